using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace ErAnalyzers.Dsl.Tests.Support;

/// <summary>Files of the repository, found from this source file's own path (the tests run from a clean clone).</summary>
internal static class RepoFiles
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path under the repository root.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>
    /// The 1-based line of <paramref name="file"/> that contains <paramref name="text"/>; fails unless exactly one
    /// line does, so that an expected line is never ambiguous.
    /// </summary>
    public static int LineOf(string file, string text)
    {
        var lines = File.ReadAllLines(file)
            .Select((line, index) => (Line: line, Number: index + 1))
            .Where(l => l.Line.Contains(text, StringComparison.Ordinal))
            .ToArray();
        Assert.True(lines.Length == 1, $"Expected exactly one line of {file} to contain `{text}`; found {lines.Length}.");
        return lines[0].Number;
    }

    private static string FindRoot([CallerFilePath] string thisFile = "")
    {
        // tests/ErAnalyzers.Dsl.Tests/Support/RepoFiles.cs
        string root = System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
        return File.Exists(System.IO.Path.Combine(root, "ErAnalyzers.sln"))
            ? root
            : throw new InvalidOperationException($"No ErAnalyzers.sln in {root}, found from {thisFile}.");
    }
}
