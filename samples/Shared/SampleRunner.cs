using System;
using System.IO;
using System.Runtime.CompilerServices;
using ErAnalyzers.Dsl;

namespace ErAnalyzers.Samples;

/// <summary>What every sample does with its design: print the findings, draw the topology, then write the template.</summary>
public static class SampleRunner
{
    /// <summary>
    /// Prints the design's findings as <c>file:line: severity id: message</c> and writes its template to
    /// <c>out/azuredeploy.json</c> next to the sample (or to the path given as the first argument), with its topology,
    /// findings marked, in <c>topology.md</c> beside it.
    /// Returns the exit code: 1 when the design has errors and no template could be written.
    /// </summary>
    public static int Run(NetworkDesign design, string[] args, [CallerFilePath] string program = "")
    {
        var findings = design.Validate();
        Console.WriteLine($"Design '{design.Name}': {findings.Count} finding(s)");
        foreach (var finding in findings)
        {
            string where = finding.Location is { } at ? $"{Relative(at.FilePath)}:{at.Line}: " : "";
            Console.WriteLine($"{where}{finding.Severity.ToString().ToLowerInvariant()} {finding.RuleId}: {finding.Message}");
        }

        string path = args.Length > 0 ? args[0] : Path.Combine(Path.GetDirectoryName(program)!, "out", "azuredeploy.json");
        string diagram = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "topology.md");
        design.WriteDiagram(diagram);
        Console.WriteLine($"Topology drawn in {Relative(diagram)}");
        try
        {
            design.WriteArmTemplate(path);
        }
        catch (DesignValidationException)
        {
            Console.WriteLine("No template written: the design has errors.");
            return 1;
        }

        Console.WriteLine($"Template written to {Relative(path)}");
        return 0;
    }

    private static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
}
