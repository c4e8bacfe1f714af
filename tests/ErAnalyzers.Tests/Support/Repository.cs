using System;
using System.IO;

namespace ErAnalyzers.Tests.Support;

/// <summary>The repository the tests run from.</summary>
internal static class Repository
{
    /// <summary>The folder of <c>ErAnalyzers.sln</c>, above the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ErAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no ErAnalyzers.sln above {AppContext.BaseDirectory}");
    }
}
