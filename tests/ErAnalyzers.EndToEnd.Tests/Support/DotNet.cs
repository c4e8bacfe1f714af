using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;

namespace ErAnalyzers.EndToEnd.Tests.Support;

/// <summary>What a dotnet command printed and how it ended.</summary>
public sealed record CommandResult(string Command, int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The output lines that contain <paramref name="text"/>, without duplicates (MSBuild repeats warnings in its summary).</summary>
    public IReadOnlyList<string> Lines(string text) =>
        Output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains(text, StringComparison.Ordinal)).Distinct().ToList();

    public override string ToString() => $"{Command} exited with {ExitCode}:\n{Output}";
}

/// <summary>Runs the dotnet CLI as a user would, isolated from the test host's MSBuild and from other runs' package cache.</summary>
public static class DotNet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="arguments"/>; with <paramref name="packagesFolder"/> as its package cache,
    /// or the user's when null.
    /// </summary>
    public static Task<CommandResult> RunAsync(string workingDirectory, string? packagesFolder, params string[] arguments) =>
        RunProgramAsync("dotnet", workingDirectory, packagesFolder, arguments);

    /// <summary>Runs <paramref name="program"/> (dotnet, or a tool dotnet installed) in the same isolated environment.</summary>
    public static async Task<CommandResult> RunProgramAsync(string program, string workingDirectory, string? packagesFolder, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs inside MSBuild's environment; a child build must not inherit it.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        if (packagesFolder is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packagesFolder;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(Timeout)) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return new CommandResult($"{program} {string.Join(' ', arguments)}", process.ExitCode, await output + await error);
    }
}
