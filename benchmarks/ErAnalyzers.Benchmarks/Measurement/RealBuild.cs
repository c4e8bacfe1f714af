using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ErAnalyzers.Benchmarks.Corpus;
using ErAnalyzers.Benchmarks.Report;

namespace ErAnalyzers.Benchmarks.Measurement;

/// <summary>One build's figures, from its log: csc's execution time of DesignAnalyzer (null when it did not run), the Csc task's wall time, and our diagnostics by id.</summary>
public sealed record BuildFigures(double? AnalyzerMs, double CscMs, IReadOnlyDictionary<string, int> Found);

/// <summary>The medians of one analyzer's builds, and what differed from the planted diagnostics.</summary>
public sealed record RealBuildResult(string Analyzer, double? AnalyzerMs, double CscMs, IReadOnlyList<BuildFigures> Builds, IReadOnlyList<string> Problems);

/// <summary>
/// What a user's build pays: <c>dotnet build --no-incremental -p:ReportAnalyzer=true -v:d</c> of a corpus project
/// (<see cref="CorpusProject"/>), with a one-shot csc (<c>UseSharedCompilation=false</c>, where our code is compiled
/// afresh each build) or the compiler server. Each analyzer folder is built in turn, A, B, A, B, ..., so that the
/// machine's load hits each alike; one unmeasured build of each comes first (the files read and the SDK's assemblies
/// in the operating system's cache).
/// </summary>
public static partial class RealBuild
{
    public static IReadOnlyList<RealBuildResult> Run(string corpus, IReadOnlyList<string> analyzers, int runs, bool sharedCompilation, TextWriter log, bool unmeasuredFirst = true)
    {
        var planted = CorpusProject.Planted(corpus);
        Require(DotNet(corpus, "restore", "-nodeReuse:false"));
        var builds = analyzers.ToDictionary(a => a, _ => new List<BuildFigures>());
        for (int run = unmeasuredFirst ? 0 : 1; run <= runs; run++)
        {
            foreach (string analyzer in analyzers)
            {
                var figures = Parse(Require(DotNet(
                    corpus, "build", "--no-restore", "--no-incremental", "-nodeReuse:false", "-v:d", "-clp:PerformanceSummary", "-p:ReportAnalyzer=true",
                    $"-p:UseSharedCompilation={sharedCompilation.ToString().ToLowerInvariant()}", $"-p:ErAnalyzersDir={Full(analyzer)}")));
                log.WriteLine($"  {(run == 0 ? "unmeasured" : $"run {run}")}, {analyzer}: DesignAnalyzer {figures.AnalyzerMs?.ToString("F0", CultureInfo.InvariantCulture) ?? "-"} ms, Csc {figures.CscMs:F0} ms");
                if (run > 0)
                {
                    builds[analyzer].Add(figures);
                }
            }
        }

        return [.. analyzers.Select(analyzer => Result(analyzer, builds[analyzer], planted))];
    }

    /// <summary>The figures of one build's log (<c>-v:d -clp:PerformanceSummary -p:ReportAnalyzer=true</c>).</summary>
    public static BuildFigures Parse(string log)
    {
        // csc's report: "   2.155   55      ErAnalyzers.Analyzers.DesignAnalyzer (ER1001, ...)"; "<0.001" when tiny.
        var analyzer = AnalyzerLine().Match(log);
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
        return new BuildFigures(
            analyzer.Success ? Seconds(analyzer.Groups["seconds"].Value) * 1000 : null,
            double.Parse(csc.Groups["ms"].Value, CultureInfo.InvariantCulture),
            found);
    }

    /// <summary>The results as a markdown table, the first analyzer the base of the ratios.</summary>
    public static string ToMarkdown(IReadOnlyList<RealBuildResult> results, int runs, bool sharedCompilation, MachineInfo start, MachineInfo end)
    {
        var table = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Machine: {start.Cores} cores, {start.MemoryGiB:F1} GiB, {start.OperatingSystem}, {start.Runtime}. Load average (1, 5, 15 min) {start.LoadAverage} at the start, {end.LoadAverage} at the end.")
            .AppendLine(CultureInfo.InvariantCulture, $"Medians of {runs} build(s) each, interleaved; {(sharedCompilation ? "compiler server" : "one-shot csc (UseSharedCompilation=false)")}.")
            .AppendLine()
            .AppendLine("| Analyzer | DesignAnalyzer (csc's figure) | Against the first | Csc task | Against the first | Planted diagnostics found |")
            .AppendLine("|---|---:|---:|---:|---:|---|");
        var first = results[0];
        foreach (var result in results)
        {
            string ours = result.AnalyzerMs is { } ms ? $"{ms:F0} ms" : "-";
            string oursRatio = result.AnalyzerMs is { } a && first.AnalyzerMs is { } b && b > 0 ? $"{a / b:F2} x" : "-";
            string found = result.AnalyzerMs is null ? "-" : result.Problems.Count == 0 ? "exactly, every build" : string.Join("; ", result.Problems);
            table.AppendLine(CultureInfo.InvariantCulture, $"| {result.Analyzer} | {ours} | {oursRatio} | {result.CscMs:F0} ms | {result.CscMs / first.CscMs:F2} x | {found} |");
        }

        return table.ToString();
    }

    private static RealBuildResult Result(string analyzer, List<BuildFigures> builds, IReadOnlyDictionary<string, int> planted)
    {
        var problems = new List<string>();
        bool loaded = builds.All(b => b.AnalyzerMs is not null);
        for (int i = 0; i < builds.Count && loaded; i++)
        {
            foreach (string id in planted.Keys.Union(builds[i].Found.Keys).Order(StringComparer.Ordinal))
            {
                if (planted.GetValueOrDefault(id) != builds[i].Found.GetValueOrDefault(id))
                {
                    problems.Add($"build {i + 1}: {id} planted {planted.GetValueOrDefault(id)}, found {builds[i].Found.GetValueOrDefault(id)}");
                }
            }
        }

        return new RealBuildResult(
            analyzer,
            loaded ? Timing.Median([.. builds.Select(b => b.AnalyzerMs!.Value)]) : null,
            Timing.Median([.. builds.Select(b => b.CscMs)]),
            builds,
            problems);
    }

    private static double Seconds(string text) =>
        text.StartsWith('<') ? 0 : double.Parse(text, CultureInfo.InvariantCulture);

    // "none" builds without our analyzer: the compile and the SDK's analyzers alone.
    private static string Full(string analyzer) => analyzer == "none" ? analyzer : Path.GetFullPath(analyzer);

    private static (string Command, int ExitCode, string Output) DotNet(string directory, params string[] arguments)
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

    [GeneratedRegex(@"^\s*(?<seconds><?\d+\.\d+)\s+<?\d+\s+ErAnalyzers\.Analyzers\.DesignAnalyzer\b", RegexOptions.Multiline)]
    private static partial Regex AnalyzerLine();

    [GeneratedRegex(@"^\s*(?<ms>\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline)]
    private static partial Regex CscLine();

    [GeneratedRegex(@"[^\s>][^>]*?\(\d+,\d+\): (?:warning|error) (?<id>ER\d{4}): .*")]
    private static partial Regex DiagnosticLine();
}
