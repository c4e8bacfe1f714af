using System.Collections.Generic;
using System.Linq;
using System.Text;
using ErAnalyzers.Benchmarks.Measurement;

namespace ErAnalyzers.Benchmarks.Report;

/// <summary>A bar of issue 6 and how the run fared against it; <see cref="Passed"/> is null when it was not measured.</summary>
public sealed record Bar(string Name, string Measured, bool? Passed)
{
    public string Result => Passed switch { true => "PASS", false => "FAIL", null => "not measured" };
}

/// <summary>
/// Everything one run of the harness measured, its bars, and the markdown tables of docs/performance.md (in the
/// current culture: the program sets the invariant one).
/// </summary>
public sealed record BenchmarkReport(
    MachineInfo Start, MachineInfo End, string SdkVersion, int Runs, IReadOnlyList<CorpusResult> Corpora, DocumentResult? Document, RuntimeResult? Runtime)
{
    private const int BarCircuits = 1_000;
    private const int ScaleCircuits = 10_000;

    public bool AllBarsPass => Bars().All(bar => bar.Passed != false);

    public IEnumerable<Bar> Bars()
    {
        var atBar = Corpora.FirstOrDefault(c => c.Circuits == BarCircuits);
        var atScale = Corpora.FirstOrDefault(c => c.Circuits == ScaleCircuits);
        var ordinary = Corpora.FirstOrDefault(c => c.Circuits == 0);

        yield return atBar is null ? NotMeasured("ErAnalyzers <= 5% of the compiler at 1,000 circuits")
            : new("ErAnalyzers <= 5% of the compiler at 1,000 circuits", Percent(atBar.OursMs / atBar.CompilerMs), atBar.OursMs <= 0.05 * atBar.CompilerMs);
        yield return atBar is null ? NotMeasured("ErAnalyzers < NetAnalyzers at 1,000 circuits")
            : new("ErAnalyzers < NetAnalyzers at 1,000 circuits", $"{Ms(atBar.OursMs)} vs {Ms(atBar.NetAnalyzersMs)}", atBar.OursMs < atBar.NetAnalyzersMs);
        yield return ordinary is null ? NotMeasured("ErAnalyzers <= 0.5% of the compiler on ordinary C#")
            : new("ErAnalyzers <= 0.5% of the compiler on ordinary C#", Percent(ordinary.OursMs / ordinary.CompilerMs), ordinary.OursMs <= 0.005 * ordinary.CompilerMs);
        yield return atBar is null || atScale is null ? NotMeasured("Per circuit at 10,000 circuits <= 1.5 x at 1,000")
            : new("Per circuit at 10,000 circuits <= 1.5 x at 1,000",
                $"{Micros(PerCircuit(atScale))} vs {Micros(PerCircuit(atBar))} ({Ratio(PerCircuit(atScale) / PerCircuit(atBar))} x)",
                PerCircuit(atScale) <= 1.5 * PerCircuit(atBar));
        yield return Document is null ? NotMeasured("One 100-circuit document <= 50 ms (median)")
            : new($"One {Document.Circuits:N0}-circuit document <= 50 ms (median)", $"{Ms(Document.OursMs)} (whole call {Ms(Document.CallMs)})", Document.OursMs <= 50);
        yield return Runtime is null ? NotMeasured("10,000 circuits validated and written <= 1 s in a fresh process")
            : new($"{Runtime.Circuits:N0} circuits validated and written <= 1 s in a fresh process", Ms(Runtime.FirstValidateAndWriteMs), Runtime.FirstValidateAndWriteMs <= 1_000);
        yield return Runtime is null ? NotMeasured("Peak memory of the run-time path <= 300 MB")
            : new("Peak memory of the run-time path <= 300 MB", Megabytes(Runtime.PeakWorkingSetBytes), Runtime.PeakWorkingSetBytes <= 300L * 1024 * 1024);
        yield return new("Planted diagnostics found exactly, every run, no AD0001", Problems().Any() ? $"{Problems().Count()} problem(s)" : "exact", !Problems().Any());
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine($"Machine: {Start.Cores} cores, {Start.MemoryGiB:F1} GiB, {Start.OperatingSystem}, {Start.Runtime}, SDK {SdkVersion}. "
            + $"Load average (1, 5, 15 min) {Start.LoadAverage} at the start, {End.LoadAverage} at the end. Medians of {Runs} run(s).");
        text.AppendLine();
        text.AppendLine("| Corpus | Files | Compiler | ErAnalyzers | NetAnalyzers | Reading the designs | ErAnalyzers / compiler | Reading / compiler | ErAnalyzers / NetAnalyzers | ErAnalyzers per circuit | Planted diagnostics found |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var corpus in Corpora)
        {
            text.AppendLine($"| {corpus.Name} | {corpus.Files:N0} | {Ms(corpus.CompilerMs)} | {Ms(corpus.OursMs)} | {Ms(corpus.NetAnalyzersMs)} | {Ms(corpus.ReadingMs)} | "
                + $"{Percent(corpus.OursMs / corpus.CompilerMs)} | {Percent(corpus.ReadingMs / corpus.CompilerMs)} | {Ratio(corpus.OursMs / corpus.NetAnalyzersMs)} | "
                + $"{(corpus.Circuits > 0 ? Micros(PerCircuit(corpus)) : "-")} | {Found(corpus.Check)} |");
        }

        AppendCallbacks(text);

        if (Document is { } document)
        {
            text.AppendLine();
            text.AppendLine("| Editor: one document | Analysis of the document | ErAnalyzers' part | Planted diagnostics found |");
            text.AppendLine("|---|---:|---:|---|");
            text.AppendLine($"| {document.Circuits:N0} circuits, in a project of 1,000 | {Ms(document.CallMs)} | {Ms(document.OursMs)} | {Found(document.Check)} |");
        }

        if (Runtime is { } runtime)
        {
            text.AppendLine();
            text.AppendLine("| Run time: one design | Validate() + WriteArmTemplate(), first run | Build with the DSL | Validate() + WriteArmTemplate() | Template | Peak working set | Validate() found the planted mistakes |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---|");
            text.AppendLine($"| {runtime.Circuits:N0} circuits | {Ms(runtime.FirstValidateAndWriteMs)} | {Ms(runtime.BuildMs)} | {Ms(runtime.ValidateAndWriteMs)} | {Megabytes(runtime.TemplateBytes)} | "
                + $"{Megabytes(runtime.PeakWorkingSetBytes)} | {(runtime.Problems.Count == 0 ? "exactly" : "NO")} |");
        }

        text.AppendLine();
        text.AppendLine("| Bar | Measured | Result |");
        text.AppendLine("|---|---|---|");
        foreach (var bar in Bars())
        {
            text.AppendLine($"| {bar.Name} | {bar.Measured} | {bar.Result} |");
        }

        if (Problems().Any())
        {
            text.AppendLine();
        }

        foreach (string problem in Problems())
        {
            text.Append("- ").AppendLine(problem);
        }

        return text.ToString();
    }

    // Beside the bars, not one of them: the metered run of ours tells how much of its time was collections' pauses.
    private void AppendCallbacks(StringBuilder text)
    {
        if (Corpora.Count == 0)
        {
            return;
        }

        text.AppendLine();
        text.AppendLine("| ErAnalyzers metered (beside the bars) | Time less the pauses in its callbacks | Per circuit | Allocated in its callbacks | Per circuit | Runs with a collection in its callbacks |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var corpus in Corpora)
        {
            bool designs = corpus.Circuits > 0;
            text.AppendLine($"| {corpus.Name} | {Ms(corpus.OursLessPausesMs)} | {(designs ? Micros(corpus.OursLessPausesMs / corpus.Circuits) : "-")} | "
                + $"{corpus.OursAllocatedMegabytes:F1} MB | {(designs ? $"{corpus.OursAllocatedMegabytes * 1000 / corpus.Circuits:F1} KB" : "-")} | {corpus.RunsWithCollectionsInOurs} of {Runs} |");
        }

        var atBar = Corpora.FirstOrDefault(c => c.Circuits == BarCircuits);
        var atScale = Corpora.FirstOrDefault(c => c.Circuits == ScaleCircuits);
        if (atBar is not null && atScale is not null)
        {
            text.AppendLine();
            text.AppendLine($"Per circuit at {ScaleCircuits:N0} circuits against {BarCircuits:N0}, less the pauses in its callbacks: "
                + $"{Ratio(atScale.OursLessPausesMs / atScale.Circuits / (atBar.OursLessPausesMs / atBar.Circuits))} x; allocated per circuit: "
                + $"{Ratio(atScale.OursAllocatedMegabytes / atScale.Circuits / (atBar.OursAllocatedMegabytes / atBar.Circuits))} x.");
        }
    }

    private IEnumerable<string> Problems() =>
        Corpora.SelectMany(c => c.Check.Problems.Select(p => $"{c.Name}: {p}"))
            .Concat(Document?.Check.Problems.Select(p => $"Editor document: {p}") ?? [])
            .Concat(Runtime?.Problems.Select(p => $"Run time: {p}") ?? []);

    private static Bar NotMeasured(string name) => new(name, "-", null);

    private static double PerCircuit(CorpusResult corpus) => corpus.OursMs / corpus.Circuits;

    private static string Found(CountCheck check) => check.IsExact ? $"{check.ExpectedTotal:N0} of {check.ExpectedTotal:N0}" : "NO: see below";

    private static string Ms(double milliseconds) => milliseconds < 100 ? $"{milliseconds:F1} ms" : $"{milliseconds:N0} ms";

    private static string Micros(double milliseconds) => $"{milliseconds * 1000:N0} µs";

    private static string Percent(double share) => $"{share * 100:F2}%";

    private static string Ratio(double ratio) => $"{ratio:F2}";

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):F0} MB";
}
