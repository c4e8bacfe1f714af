using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace ErAnalyzers.Dsl.Tests.Support;

/// <summary>
/// The Bicep CLI restored with this project (package Azure.Bicep.CommandLine.linux-x64; its path reaches the tests
/// through the assembly metadata <c>BicepPath</c>). It type-checks a template against Azure's own resource types.
/// </summary>
internal static partial class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The bicep binary, made executable if the package extraction left it without the x bit.</summary>
    public static string Executable { get; } = Locate();

    /// <summary>
    /// Decompiles <paramref name="templatePath"/> to Bicep and builds the result, as the deployment tooling would.
    /// Returns the combined output of both commands; fails when either command fails or produces no file.
    /// </summary>
    public static string DecompileAndBuild(string templatePath)
    {
        string bicepFile = Path.ChangeExtension(templatePath, ".bicep");
        string builtFile = Path.ChangeExtension(templatePath, ".built.json");
        string decompile = Run("decompile", templatePath);
        Assert.True(File.Exists(bicepFile), $"bicep decompile wrote no {bicepFile}:\n{decompile}");
        string build = Run("build", bicepFile, "--outfile", builtFile);
        Assert.True(File.Exists(builtFile), $"bicep build wrote no {builtFile}:\n{build}");
        return decompile + build;
    }

    /// <summary>Bicep's type and syntax diagnostics (BCPnnn) in an output; linter rules have other codes.</summary>
    public static string[] BcpDiagnostics(string output) =>
        [.. output.Split('\n').Where(line => BcpCode().IsMatch(line)).Select(line => line.TrimEnd())];

    [GeneratedRegex(@"\bBCP\d+\b")]
    private static partial Regex BcpCode();

    private static string Run(string command, string file, params string[] options) =>
        ToolProcess.Run(Executable, [command, file, .. options], Timeout, Path.GetDirectoryName(file));

    private static string Locate()
    {
        string? path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "BicepPath")?.Value;
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The Bicep CLI was not found at '{path}'. The test project's AssemblyMetadata 'BicepPath' comes from "
                + "$(PkgAzure_Bicep_CommandLine_linux-x64); restore the project.");
        }

        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            const UnixFileMode executable = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(path, mode | executable);
            }
        }

        return path;
    }
}
