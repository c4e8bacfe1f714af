using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace ErAnalyzers.Dsl.Tests.Support;

/// <summary>Runs a command-line tool the tests check with (Bicep, the Mermaid CLI) and fails the test when it fails.</summary>
internal static class ToolProcess
{
    /// <summary>
    /// Runs <paramref name="executable"/> with <paramref name="arguments"/>; returns its output (standard output, then
    /// error). Fails the test when it runs longer than <paramref name="timeout"/> (it is killed) or exits with an error.
    /// </summary>
    public static string Run(string executable, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        string command = $"{System.IO.Path.GetFileName(executable)} {string.Join(' ', start.ArgumentList)}";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{command} did not finish in {timeout}.");
        }

        string output = stdout.Result + stderr.Result;
        Assert.True(process.ExitCode == 0, $"{command} exited with {process.ExitCode}:\n{output}");
        return output;
    }
}
