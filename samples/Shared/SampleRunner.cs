using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using ErAnalyzers.Dsl;
using ErAnalyzers.Twin;

namespace ErAnalyzers.Samples;

/// <summary>What every sample does with its design: print the findings, draw the topology, then write the template.</summary>
public static class SampleRunner
{
    private const string TwinOption = "--twin";

    /// <summary>
    /// Prints the design's findings as <c>file:line: severity id: message</c> and writes its template to
    /// <c>out/azuredeploy.json</c> next to the sample (or to the path given as an argument), with its topology,
    /// findings marked, in <c>topology.md</c> beside it. With <c>--twin</c>, also writes the routers' configurations
    /// (<c>routers/</c>) and runs the design's twin with its failure drills (<c>twin.md</c>, <c>twin.json</c>) there.
    /// Returns the exit code: 1 when the design has errors and no template could be written, or the twin could not run.
    /// </summary>
    public static async Task<int> RunAsync(NetworkDesign design, string[] args, [CallerFilePath] string program = "")
    {
        bool twin = args.Contains(TwinOption);
        args = [.. args.Where(arg => arg != TwinOption)];
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
        return twin ? await RunTwinAsync(design, Path.GetDirectoryName(Path.GetFullPath(path))!) : 0;
    }

    private static async Task<int> RunTwinAsync(NetworkDesign design, string folder)
    {
        string routers = Path.Combine(folder, "routers");
        design.WriteRouterConfigs(routers);
        Console.WriteLine($"Router configurations written to {Relative(routers)}");
        Console.WriteLine("Running the twin and its failure drills (FRR bgpd processes on loopback addresses)...");
        TwinReport report;
        try
        {
            report = await design.RunTwinAsync(new TwinOptions { Drills = true });
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            Console.WriteLine($"No twin: {e.Message}");
            return 1;
        }

        File.WriteAllText(Path.Combine(folder, "twin.md"), report.ToMarkdown());
        File.WriteAllText(Path.Combine(folder, "twin.json"), report.ToJson());
        foreach (var peering in report.Peerings)
        {
            Console.WriteLine($"  {peering.Circuit} {peering.Peering} {peering.Family}: {(peering.IsActiveActive ? "active-active" : "not active-active")}");
        }

        Console.WriteLine($"  {report.Drills.Count(d => d.EveryPrefixReachable)} of {report.Drills.Count} failure drills keep every prefix reachable");
        Console.WriteLine($"Twin report written to {Relative(Path.Combine(folder, "twin.md"))} and twin.json");
        return 0;
    }

    private static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
}
