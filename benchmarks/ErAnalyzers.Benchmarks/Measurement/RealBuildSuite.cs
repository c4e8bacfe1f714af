using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ErAnalyzers.Benchmarks.Corpus;
using ErAnalyzers.Benchmarks.Report;

namespace ErAnalyzers.Benchmarks.Measurement;

/// <summary>One corpus of the suite, built in every variant.</summary>
public sealed record SuiteCorpus(string Name, CorpusShape? Shape, int Circuits, int Files, int Planted, RealBuildResult WithOurs, RealBuildResult WithoutOurs, RealBuildResult AnalysisModeAll)
{
    public IEnumerable<string> Problems => new[] { WithOurs, AnalysisModeAll }.SelectMany(result => result.Problems);
}

/// <summary>
/// The real build as the benchmark (docs/performance.md): every corpus written as a project (the harness' designs and
/// realistic ones at each size, and ordinary C# that references the DSL) and built, interleaved, with ours and the
/// SDK's NetAnalyzers at their defaults as a new project has them, without ours, and with ours and every rule of
/// NetAnalyzers on (<c>AnalysisMode=All</c>).
/// </summary>
public static class RealBuildSuite
{
    private static readonly BuildVariant WithOurs = new("with ours");

    private static readonly BuildVariant WithoutOurs = new("without ours", "ErAnalyzersDir=none");

    private static readonly BuildVariant AnalysisModeAll = new("AnalysisMode=All", "AnalysisMode=All");

    public static IReadOnlyList<SuiteCorpus> Run(string directory, BenchmarkOptions options, TextWriter log)
    {
        var corpora = new List<SuiteCorpus>();
        foreach (var shape in new[] { CorpusShape.Harness, CorpusShape.Realistic })
        {
            foreach (int circuits in options.CircuitCounts)
            {
                string name = $"{shape} designs, {circuits:N0} circuits";
                string project = Path.Combine(directory, $"{shape}-{circuits}".ToLowerInvariant());
                var planted = CorpusProject.Write(project, circuits, options.Seed, shape);
                corpora.Add(Build(name, shape, circuits, project, planted.Values.Sum(), options, log));
            }
        }

        if (options.OrdinaryFiles > 0)
        {
            string project = Path.Combine(directory, "ordinary");
            CorpusProject.WriteOrdinary(project, options.OrdinaryFiles, options.Seed);
            corpora.Add(Build("Ordinary C# (no DSL use)", null, 0, project, 0, options, log));
        }

        return corpora;
    }

    public static string ToMarkdown(IReadOnlyList<SuiteCorpus> corpora, BenchmarkOptions options, MachineInfo start, MachineInfo end)
    {
        var text = new StringBuilder()
            .AppendLine(RealBuild.Header(options.Runs, options.SharedCompilation, start, end))
            .AppendLine()
            .AppendLine("| Corpus | Files | ErAnalyzers (csc's figure) | Share of the Csc task | NetAnalyzers, defaults | NetAnalyzers, AnalysisMode=All | Csc task with ours | Csc task without ours | Ours adds | Csc task, AnalysisMode=All | Planted diagnostics found |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var corpus in corpora)
        {
            var with = corpus.WithOurs;
            string share = with.OursMs is { } ours ? Percent(ours / with.CscMs) : "-";
            string adds = Percent((with.CscMs / corpus.WithoutOurs.CscMs) - 1);
            string found = corpus.Problems.Any() ? string.Join("; ", corpus.Problems) : $"{corpus.Planted:N0} of {corpus.Planted:N0}, every build";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {corpus.Name} | {corpus.Files:N0} | {RealBuild.Ms(with.OursMs)} | {share} | {RealBuild.Ms(with.NetAnalyzersMs)} | {RealBuild.Ms(corpus.AnalysisModeAll.NetAnalyzersMs)} | {RealBuild.Ms(with.CscMs)} | {RealBuild.Ms(corpus.WithoutOurs.CscMs)} | {adds} | {RealBuild.Ms(corpus.AnalysisModeAll.CscMs)} | {found} |");
        }

        // Each of our analyzers, as csc reports it, in the builds with ours.
        var analyzers = corpora.SelectMany(c => c.WithOurs.Ours.Keys).Distinct().Order(System.StringComparer.Ordinal).ToList();
        text.AppendLine()
            .AppendLine($"| Corpus | {string.Join(" | ", analyzers)} |")
            .AppendLine($"|---|{string.Concat(analyzers.Select(_ => "---:|"))}");
        foreach (var corpus in corpora)
        {
            text.AppendLine($"| {corpus.Name} | {string.Join(" | ", analyzers.Select(a => RealBuild.Ms(corpus.WithOurs.Ours.TryGetValue(a, out double ms) ? ms : null)))} |");
        }

        // Nothing quadratic: our time per circuit at the largest size against the size before it.
        foreach (var shape in corpora.Where(c => c.Shape is not null && c.WithOurs.OursMs is not null).GroupBy(c => c.Shape))
        {
            if (shape.OrderBy(c => c.Circuits).TakeLast(2).ToList() is [var smaller, var larger])
            {
                double before = smaller.WithOurs.OursMs!.Value / smaller.Circuits;
                double after = larger.WithOurs.OursMs!.Value / larger.Circuits;
                text.AppendLine().Append(CultureInfo.InvariantCulture, $"{shape.Key} designs, ErAnalyzers per circuit at {larger.Circuits:N0} circuits against {smaller.Circuits:N0}: {after * 1000:N0} µs against {before * 1000:N0} µs ({after / before:F2} x).").AppendLine();
            }
        }

        return text.ToString();
    }

    private static SuiteCorpus Build(string name, CorpusShape? shape, int circuits, string project, int planted, BenchmarkOptions options, TextWriter log)
    {
        // The corpus' code, not what an earlier build wrote under obj/.
        int files = Directory.GetFiles(project, "*.cs", SearchOption.AllDirectories).Count(file => !Path.GetRelativePath(project, file).StartsWith("obj", System.StringComparison.Ordinal));
        log.WriteLine($"{name}: {files:N0} files, {planted:N0} planted diagnostics, in {project}");
        var results = RealBuild.Run(project, [WithOurs, WithoutOurs, AnalysisModeAll], options.Runs, options.SharedCompilation, options.UnmeasuredRounds, log);
        return new SuiteCorpus(name, shape, circuits, files, planted, results[0], results[1], results[2]);
    }

    private static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{share * 100:F1}%");
}
