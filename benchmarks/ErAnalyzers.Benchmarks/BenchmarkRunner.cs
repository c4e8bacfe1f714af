using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ErAnalyzers.Benchmarks.Corpus;
using ErAnalyzers.Benchmarks.Measurement;
using ErAnalyzers.Benchmarks.Report;
using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Benchmarks;

/// <summary>Generates the corpora, measures each, and gathers the results; progress goes to <c>log</c>.</summary>
public static class BenchmarkRunner
{
    public static BenchmarkReport Run(BenchmarkOptions options, TextWriter log)
    {
        var machine = MachineInfo.Now();
        var toolchain = Toolchain.Find();
        var bench = new AnalyzerBench(toolchain, options.Runs, options.WarmUp, log);
        log.WriteLine($"SDK {toolchain.SdkVersion}, reference pack {toolchain.ReferencePack}, {toolchain.NetAnalyzers.Length} NetAnalyzers; {options.Runs} run(s) per figure after at least {options.WarmUp.Runs} unmeasured run(s) for {options.WarmUp.Duration.TotalSeconds:F0} s");

        var corpora = new List<CorpusResult>();
        foreach (int circuits in options.CircuitCounts)
        {
            log.WriteLine($"DSL corpus, {circuits:N0} circuits...");
            var designs = DesignGenerator.Plan(circuits, options.Seed);
            corpora.Add(bench.MeasureCorpus($"DSL, {circuits:N0} circuits", DesignTrees(designs), circuits, Flaws.Expected(designs)));
        }

        if (options.OrdinaryFiles > 0)
        {
            log.WriteLine($"Ordinary C#, {options.OrdinaryFiles:N0} files...");
            var trees = OrdinarySource.Files(options.OrdinaryFiles, options.Seed)
                .Select((text, i) => AnalyzerBench.Parse(text, $"/ordinary/File{i:D4}.cs")).ToList();
            corpora.Add(bench.MeasureCorpus("Ordinary C# (no DSL use)", trees, 0, new Dictionary<string, int>()));
        }

        DocumentResult? document = null;
        if (options.DocumentCircuits > 0)
        {
            // The document is edited in a project of 1,000 circuits.
            log.WriteLine($"Editor: one document of {options.DocumentCircuits:N0} circuits...");
            var designs = DesignGenerator.Plan(options.DocumentCircuits, options.Seed + 1);
            var tree = AnalyzerBench.Parse(DesignSource.Document(designs), "/designs/Editing.cs");
            document = bench.MeasureDocument(DesignTrees(DesignGenerator.Plan(1_000, options.Seed)), tree, options.DocumentCircuits, Flaws.Expected(designs));
        }

        RuntimeResult? runtime = null;
        if (options.RuntimeCircuits > 0)
        {
            log.WriteLine($"Run time: one design of {options.RuntimeCircuits:N0} circuits...");
            runtime = RuntimeBench.RunInChildProcess(options.RuntimeCircuits, options.Seed, options.Runs);
        }

        return new BenchmarkReport(machine, MachineInfo.Now(), toolchain.SdkVersion, options.Runs, corpora, document, runtime);
    }

    private static List<SyntaxTree> DesignTrees(IEnumerable<DesignPlan> designs) =>
        [.. designs.Select(design => AnalyzerBench.Parse(DesignSource.File(design), $"/designs/{design.ClassName}.cs"))];
}
