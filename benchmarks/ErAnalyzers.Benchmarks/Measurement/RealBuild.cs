using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Benchmarks.Corpus;
using ErAnalyzers.Benchmarks.Report;

namespace ErAnalyzers.Benchmarks.Measurement;

/// <summary>
/// One build's figures, from its log: csc's execution time of each of our analyzers, or of the reading floor (none
/// when neither ran), of the SDK's NetAnalyzers (null when they did not run), the Csc task's wall time, and our
/// diagnostics by id.
/// </summary>
public sealed record BuildFigures(IReadOnlyDictionary<string, double> Ours, double? NetAnalyzersMs, double CscMs, IReadOnlyDictionary<string, int> Found)
{
    /// <summary>Csc's figures of our analyzers (or the floor), summed; null when none ran.</summary>
    public double? OursMs => Ours.Count == 0 ? null : Ours.Values.Sum();

    /// <summary>Whether our analyzer checked the designs in this build, so that it must have found the planted diagnostics.</summary>
    public bool ChecksDesigns => Ours.ContainsKey(nameof(DesignAnalyzer));
}

/// <summary>One way of building a corpus: a name, and the MSBuild properties that make it.</summary>
public sealed record BuildVariant(string Name, params string[] Properties);

/// <summary>The medians of one variant's builds, and what differed from the planted diagnostics.</summary>
public sealed record RealBuildResult(BuildVariant Variant, IReadOnlyList<BuildFigures> Builds, IReadOnlyList<string> Problems)
{
    /// <summary>Our analyzers' figure (summed), null when ours did not run in every build.</summary>
    public double? OursMs => Median(b => b.OursMs);

    public double? NetAnalyzersMs => Median(b => b.NetAnalyzersMs);

    public double CscMs => Timing.Median([.. Builds.Select(b => b.CscMs)]);

    /// <summary>The median of each of our analyzers.</summary>
    public IReadOnlyDictionary<string, double> Ours => Builds.SelectMany(b => b.Ours.Keys).Distinct()
        .ToDictionary(name => name, name => Timing.Median([.. Builds.Select(b => b.Ours.GetValueOrDefault(name))]));

    private double? Median(Func<BuildFigures, double?> figure) =>
        Builds.All(b => figure(b) is not null) ? Timing.Median([.. Builds.Select(b => figure(b)!.Value)]) : null;
}

/// <summary>
/// What a user's build pays: <c>dotnet build --no-incremental -p:ReportAnalyzer=true -v:d</c> of a corpus project
/// (<see cref="CorpusProject"/>), with a one-shot csc (<c>UseSharedCompilation=false</c>, where our code is compiled
/// afresh each build) or the compiler server. Each variant is built in turn, A, B, A, B, ..., so that the machine's
/// load hits each alike, after unmeasured rounds of the same (the files read and the SDK's assemblies in the
/// operating system's cache, and the compiler server's code compiled again, optimized).
/// </summary>
public static partial class RealBuild
{
    /// <summary>
    /// Variants that load the analyzer in each folder (<c>none</c>: without ours; <c>floor</c>: the reading floor instead
    /// of ours, what any analyzer that reads the designs pays).
    /// </summary>
    public static IReadOnlyList<BuildVariant> AnalyzerFolders(IEnumerable<string> folders) =>
        [.. folders.Select(folder => folder switch
        {
            "none" => new BuildVariant(folder, "ErAnalyzersDir=none"),
            "floor" => new BuildVariant(folder, "ErAnalyzersDir=none", "ReadingFloor=true"),
            _ => new BuildVariant(folder, $"ErAnalyzersDir={Path.GetFullPath(folder)}"),
        })];

    public static IReadOnlyList<RealBuildResult> Run(string corpus, IReadOnlyList<BuildVariant> variants, int runs, bool sharedCompilation, int unmeasuredRounds, TextWriter log)
    {
        var planted = CorpusProject.Planted(corpus);
        Require(DotNet(corpus, "restore", "-nodeReuse:false"));
        var builds = variants.ToDictionary(v => v, _ => new List<BuildFigures>());
        for (int run = 1 - unmeasuredRounds; run <= runs; run++)
        {
            foreach (var variant in variants)
            {
                var figures = Parse(Require(DotNet(
                    corpus,
                    ["build", "--no-restore", "--no-incremental", "-nodeReuse:false", "-v:d", "-clp:PerformanceSummary", "-p:ReportAnalyzer=true",
                     $"-p:UseSharedCompilation={sharedCompilation.ToString().ToLowerInvariant()}", .. variant.Properties.Select(p => $"-p:{p}")])));
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(run <= 0 ? "unmeasured" : $"run {run}")}, {variant.Name}: ErAnalyzers {Ms(figures.OursMs)}, NetAnalyzers {Ms(figures.NetAnalyzersMs)}, Csc {figures.CscMs:F0} ms (load {MachineInfo.Now().LoadAverage})"));
                if (run > 0)
                {
                    builds[variant].Add(figures);
                }
            }
        }

        return [.. variants.Select(variant => Result(variant, builds[variant], planted))];
    }

    /// <summary>The figures of one build's log (<c>-v:d -clp:PerformanceSummary -p:ReportAnalyzer=true</c>).</summary>
    public static BuildFigures Parse(string log)
    {
        // MSBuild's task summary: "   32490 ms  Csc    1 calls".
        var csc = CscLine().Match(log);
        if (!csc.Success)
        {
            throw new InvalidOperationException("the log has no Csc task in its performance summary: was it built with -clp:PerformanceSummary?");
        }

        // Each diagnostic once: MSBuild prints it where it happens ("1>path(l,c): warning ...") and again in its summary.
        var found = log.Split('\n')
            .Select(line => DiagnosticLine().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Value.TrimEnd())
            .Distinct()
            .CountBy(line => DiagnosticLine().Match(line).Groups["id"].Value)
            .ToDictionary(pair => pair.Key, pair => pair.Value);
        var assemblies = AnalyzerTimes(log);
        var netAnalyzers = assemblies.Where(a => NetAnalyzerAssemblies.Contains(a.Assembly)).ToList();
        return new BuildFigures(
            assemblies.Where(a => OurAssemblies.Contains(a.Assembly)).SelectMany(a => a.Analyzers).ToDictionary(a => a.Name.Split('.')[^1], a => a.Ms),
            netAnalyzers.Count == 0 ? null : netAnalyzers.Sum(a => a.Ms),
            double.Parse(csc.Groups["ms"].Value, CultureInfo.InvariantCulture),
            found);
    }

    /// <summary>The A/B comparison of analyzer folders as a markdown table, the first folder the base of the ratios.</summary>
    public static string ToMarkdown(IReadOnlyList<RealBuildResult> results, int runs, bool sharedCompilation, MachineInfo start, MachineInfo end)
    {
        var table = new StringBuilder()
            .AppendLine(Header(runs, sharedCompilation, start, end))
            .AppendLine()
            .AppendLine("| Analyzer | ErAnalyzers, or the floor (csc's figure) | Against the first | Csc task | Against the first | Planted diagnostics found |")
            .AppendLine("|---|---:|---:|---:|---:|---|");
        var first = results[0];
        foreach (var result in results)
        {
            string oursRatio = result.OursMs is { } a && first.OursMs is { } b && b > 0 ? $"{a / b:F2} x" : "-";
            table.AppendLine(CultureInfo.InvariantCulture, $"| {result.Variant.Name} | {Ms(result.OursMs)} | {oursRatio} | {Ms(result.CscMs)} | {result.CscMs / first.CscMs:F2} x | {Found(result)} |");
        }

        return table.ToString();
    }

    /// <summary>Where and how the builds ran: the machine, its load at the start and the end, the compiler.</summary>
    public static string Header(int runs, bool sharedCompilation, MachineInfo start, MachineInfo end) => string.Create(
        CultureInfo.InvariantCulture,
        $"Machine: {start.Cores} cores, {start.MemoryGiB:F1} GiB, {start.OperatingSystem}, {start.Runtime}. Load average (1, 5, 15 min) {start.LoadAverage} at the start, {end.LoadAverage} at the end.\n"
        + $"Medians of {runs} build(s) each, interleaved; {(sharedCompilation ? "warm compiler server" : "one-shot csc (UseSharedCompilation=false)")}.");

    /// <summary>Whether every build of a variant that ran ours reported exactly the planted diagnostics.</summary>
    public static string Found(RealBuildResult result) =>
        !result.Builds.All(build => build.ChecksDesigns) ? "-" : result.Problems.Count == 0 ? "exactly, every build" : string.Join("; ", result.Problems);

    public static string Ms(double? ms) => ms is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value:N0} ms") : "-";

    private static RealBuildResult Result(BuildVariant variant, List<BuildFigures> builds, IReadOnlyDictionary<string, int> planted)
    {
        var problems = new List<string>();
        for (int i = 0; i < builds.Count && builds[i].ChecksDesigns; i++)
        {
            foreach (string id in planted.Keys.Union(builds[i].Found.Keys).Order(StringComparer.Ordinal))
            {
                if (planted.GetValueOrDefault(id) != builds[i].Found.GetValueOrDefault(id))
                {
                    problems.Add($"build {i + 1}: {id} planted {planted.GetValueOrDefault(id)}, found {builds[i].Found.GetValueOrDefault(id)}");
                }
            }
        }

        return new RealBuildResult(variant, builds, problems);
    }

    // csc's report (-p:ReportAnalyzer=true), per analyzer assembly its total and then each of its analyzers:
    //    0.503   56   ErAnalyzers, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null
    //    0.503   56      ErAnalyzers.Analyzers.DesignAnalyzer (ER1001, ...)
    // "<0.001" when tiny. The source generators' report that follows it is not the analyzers'.
    private static List<(string Assembly, double Ms, List<(string Name, double Ms)> Analyzers)> AnalyzerTimes(string log)
    {
        var assemblies = new List<(string Assembly, double Ms, List<(string Name, double Ms)> Analyzers)>();
        int start = log.IndexOf("Total analyzer execution time", StringComparison.Ordinal);
        if (start < 0)
        {
            return assemblies;
        }

        int end = log.IndexOf("Total generator execution time", start, StringComparison.Ordinal);
        foreach (Match line in ReportLine().Matches(log[start..(end < 0 ? log.Length : end)]))
        {
            double ms = line.Groups["seconds"].Value.StartsWith('<') ? 0 : double.Parse(line.Groups["seconds"].Value, CultureInfo.InvariantCulture) * 1000;
            if (line.Groups["version"].Success)
            {
                assemblies.Add((line.Groups["name"].Value, ms, []));
            }
            else if (assemblies.Count > 0)
            {
                assemblies[^1].Analyzers.Add((line.Groups["name"].Value, ms));
            }
        }

        return assemblies;
    }

    // Ours, and the reading floor that stands in for it.
    private static readonly string[] OurAssemblies = ["ErAnalyzers", "ErAnalyzers.ReadingFloor"];

    // The SDK's code analysis: its analyzers common to C# and Visual Basic, and its C# ones.
    private static readonly string[] NetAnalyzerAssemblies = ["Microsoft.CodeAnalysis.NetAnalyzers", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers"];

    private static (string Command, int ExitCode, string Output) DotNet(string directory, params IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A build started from inside another (dotnet run, a test host) must not inherit its MSBuild settings.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return ($"dotnet {string.Join(' ', arguments)}", process.ExitCode, output + error.GetAwaiter().GetResult());
    }

    private static string Require((string Command, int ExitCode, string Output) result) =>
        result.ExitCode == 0 ? result.Output : throw new InvalidOperationException($"{result.Command} exited with {result.ExitCode}:\n{result.Output}");

    [GeneratedRegex(@"^\s*(?<seconds><?\d+\.\d+)\s+<?\d+\s+(?<name>[^\s,(]+)(?<version>, Version=)?", RegexOptions.Multiline)]
    private static partial Regex ReportLine();

    [GeneratedRegex(@"^\s*(?<ms>\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline)]
    private static partial Regex CscLine();

    [GeneratedRegex(@"[^\s>][^>]*?\(\d+,\d+\): (?:warning|error) (?<id>ER\d{4}): .*")]
    private static partial Regex DiagnosticLine();
}
