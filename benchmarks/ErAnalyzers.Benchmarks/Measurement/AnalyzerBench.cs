using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using ErAnalyzers.Analyzers;
using ErAnalyzers.ReadingFloor;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErAnalyzers.Benchmarks.Measurement;

/// <summary>
/// The medians of one corpus, in milliseconds: the compiler, our analyzers, NetAnalyzers, and the floor of merely
/// reading the designs (<see cref="DesignReadingAnalyzer"/>), each on the same compilation; and, from the metered run
/// of ours (<see cref="MeteredAnalyzer"/>), its time less the collections' pauses in its callbacks, what its
/// callbacks allocated, and in how many runs a collection landed in them.
/// </summary>
public sealed record CorpusResult(
    string Name, int Files, int Circuits, double CompilerMs, double OursMs, double NetAnalyzersMs, double ReadingMs, CountCheck Check,
    double OursLessPausesMs, double OursAllocatedMegabytes, int RunsWithCollectionsInOurs);

/// <summary>The medians of the editor's path on one document, in milliseconds: the whole call, and our analyzers' part of it.</summary>
public sealed record DocumentResult(int Circuits, double CallMs, double OursMs, CountCheck Check);

/// <summary>
/// Runs the compiler, our analyzers and NetAnalyzers on compilations of a corpus, as issue 6 and
/// docs/performance.md describe: each run compiles afresh, times <c>GetDiagnostics()</c>, then runs each analyzer
/// set with <c>logAnalyzerExecutionTime</c> and without concurrency, and takes its execution time. Unmeasured runs
/// come first, for <paramref name="warmUp"/>: the runtime optimizes hot code as a long-running compiler server has.
/// </summary>
public sealed class AnalyzerBench(Toolchain toolchain, int runs, WarmUp warmUp, TextWriter log)
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    // One thread, as the analyzers run without concurrency: the ratios compare like with like.
    private static readonly CSharpCompilationOptions CompilationOptions =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false);

    private readonly ImmutableArray<DiagnosticAnalyzer> ours = [new DesignAnalyzer()];

    public static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    public CorpusResult MeasureCorpus(string name, IReadOnlyList<SyntaxTree> trees, int circuits, IReadOnlyDictionary<string, int> expected)
    {
        var check = new CountCheck(expected);
        int warmUpRuns = Timing.Run(warmUp, () => MeasureRun(trees, new CountCheck(expected), run: 0));
        log.WriteLine($"  {warmUpRuns} unmeasured run(s) first");
        var compiler = new List<double>();
        var oursTimes = new List<double>();
        var peerTimes = new List<double>();
        var readingTimes = new List<double>();
        var lessPauses = new List<double>();
        var allocated = new List<double>();
        int runsWithCollections = 0;
        for (int run = 1; run <= runs; run++)
        {
            var measured = MeasureRun(trees, check, run);
            compiler.Add(measured.Compiler);
            oursTimes.Add(measured.Ours);
            peerTimes.Add(measured.Peer);
            readingTimes.Add(measured.Reading);
            lessPauses.Add(measured.Metered - measured.InOurs.Collections.Paused.TotalMilliseconds);
            allocated.Add(measured.InOurs.AllocatedBytes / 1e6);
            runsWithCollections += measured.InOurs.Collections.Count > 0 ? 1 : 0;

            // Each run, for the spread behind the medians: a garbage collection that lands in a callback counts there.
            log.WriteLine($"  run {run}: compiler {measured.Compiler:F0} ms, ErAnalyzers {measured.Ours:F1} ms ({measured.OursCollections}), "
                + $"NetAnalyzers {measured.Peer:F0} ms, reading {measured.Reading:F1} ms; ErAnalyzers metered {measured.Metered:F1} ms ({measured.InOurs})");
        }

        return new CorpusResult(
            name, trees.Count, circuits, Timing.Median(compiler), Timing.Median(oursTimes), Timing.Median(peerTimes), Timing.Median(readingTimes), check,
            Timing.Median(lessPauses), Timing.Median(allocated), runsWithCollections);
    }

    private readonly record struct RunFigures(double Compiler, double Ours, Collections OursCollections, double Peer, double Reading, double Metered, InCallbacks InOurs);

    // One run on a fresh compilation: the compiler's time, then ours, NetAnalyzers', the reading floor's, and ours metered.
    private RunFigures MeasureRun(IReadOnlyList<SyntaxTree> trees, CountCheck check, int run)
    {
        var compilation = Compile(trees);
        double compiler = Timing.Milliseconds(() => RequireNoErrors(compilation.GetDiagnostics()));

        var (oursTime, found, oursCollections) = Analyze(compilation, ours, check, run);
        check.Check(run, found);

        double peer = Analyze(compilation, toolchain.NetAnalyzers, check, run).Milliseconds;
        double reading = Analyze(compilation, [new DesignReadingAnalyzer()], check, run).Milliseconds;

        var metered = new MeteredAnalyzer(new DesignAnalyzer());
        var (meteredTime, meteredFound, _) = Analyze(compilation, [metered], check, run);
        check.Check(run, meteredFound);
        return new(compiler, oursTime, oursCollections, peer, reading, meteredTime, metered.Measured);
    }

    /// <summary>
    /// The editor's request for one document's analyzer diagnostics, on a compilation of the project already bound
    /// (as the editor has it); a fresh analysis each run, since an analysis caches its results. The request is
    /// <c>GetAnalysisResultAsync(model, null)</c>, the one behind <c>GetAnalyzerSemanticDiagnosticsAsync</c>.
    /// </summary>
    public DocumentResult MeasureDocument(IReadOnlyList<SyntaxTree> project, SyntaxTree document, int circuits, IReadOnlyDictionary<string, int> expected)
    {
        var check = new CountCheck(expected);
        var compilation = Compile([.. project, document]);
        RequireNoErrors(compilation.GetDiagnostics());
        var model = compilation.GetSemanticModel(document);
        log.WriteLine($"  {Timing.Run(warmUp, () => AnalyzeDocument(compilation, model, new CountCheck(expected), run: 0))} unmeasured run(s) first");
        var calls = new List<double>();
        var oursTimes = new List<double>();
        for (int run = 1; run <= runs; run++)
        {
            var (call, oursTime) = AnalyzeDocument(compilation, model, check, run);
            calls.Add(call);
            oursTimes.Add(oursTime);
        }

        return new DocumentResult(circuits, Timing.Median(calls), Timing.Median(oursTimes), check);
    }

    private (double Call, double Ours) AnalyzeDocument(Compilation compilation, SemanticModel model, CountCheck check, int run)
    {
        var analysis = compilation.WithAnalyzers(ours, Options(check, run));
        AnalysisResult result = null!;
        double call = Timing.Milliseconds(() => result = analysis.GetAnalysisResultAsync(model, null, CancellationToken.None).GetAwaiter().GetResult());
        check.Check(run, result.GetAllDiagnostics());
        return (call, result.AnalyzerTelemetryInfo[ours[0]].ExecutionTime.TotalMilliseconds);
    }

    private CSharpCompilation Compile(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create("Benchmark", trees, toolchain.References, CompilationOptions);

    /// <summary>
    /// Runs analyzers over a whole compilation; returns the sum of their execution times, what they reported, and the
    /// garbage collections during the analysis.
    /// </summary>
    private static (double Milliseconds, ImmutableArray<Diagnostic> Diagnostics, Collections Collections) Analyze(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, CountCheck check, int run)
    {
        Timing.CollectGarbage();
        var before = Collections.SoFar();
        var analysis = compilation.WithAnalyzers(analyzers, Options(check, run));
        var result = analysis.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
        return (result.AnalyzerTelemetryInfo.Values.Sum(info => info.ExecutionTime.TotalMilliseconds), result.GetAllDiagnostics(), Collections.SoFar() - before);
    }

    // An analyzer that throws (AD0001) fails the check: its time would not be worth reporting.
    private static CompilationWithAnalyzersOptions Options(CountCheck check, int run) => new(
        new AnalyzerOptions([]),
        (exception, analyzer, _) => check.Fail(run, $"AD0001: {analyzer.GetType().Name} threw {exception.GetType().Name}: {exception.Message}"),
        concurrentAnalysis: false,
        logAnalyzerExecutionTime: true);

    private static void RequireNoErrors(ImmutableArray<Diagnostic> diagnostics)
    {
        if (diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
        {
            throw new InvalidOperationException($"the generated code does not compile: {error}");
        }
    }

}
