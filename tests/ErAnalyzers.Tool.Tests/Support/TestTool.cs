using System;
using System.IO;
using ErAnalyzers.Tool;

namespace ErAnalyzers.Tool.Tests;

/// <summary>The test data and an in-process run of the command line.</summary>
internal static class TestTool
{
    /// <summary>The path of a file under Fixtures.</summary>
    public static string Fixture(string path) => Path.Combine(AppContext.BaseDirectory, "Fixtures", path);

    /// <summary>Runs <c>eranalyzers</c> with <paramref name="args"/>: its exit code, output and error output.</summary>
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = Cli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
