using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErAnalyzers.Tests.Robustness;

/// <summary>
/// The analyzer on a large project made of every sample and test design (each test in a namespace of its own, with
/// its helper files): concurrent execution reports what sequential execution reports, run after run, and sequential
/// execution reports it in the same order every time.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int ConcurrentRuns = 20;

    private const int SequentialRuns = 5;

    // Not CompileAsync: some designs do not compile on purpose (an invalid value, a helper of another test).
    private static readonly Lazy<Task<Compilation>> LargeProject = new(async () => CSharpCompilation.Create(
        "Large", LargeProjectFiles(), await TestReferences.ResolveAsync(withDsl: true), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));

    [Fact]
    public async Task Concurrent_analysis_reports_what_sequential_analysis_reports_in_every_run()
    {
        var compilation = await LargeProject.Value;
        string[] sequential = [.. (await AnalyzeAsync(compilation, concurrent: false)).Order(StringComparer.Ordinal)];
        Assert.True(sequential.Length > 1000, $"only {sequential.Length} diagnostics");

        for (int run = 0; run < ConcurrentRuns; run++)
        {
            Assert.Equal(sequential, (await AnalyzeAsync(compilation, concurrent: true)).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Sequential_analysis_reports_in_the_same_order_in_every_run()
    {
        var compilation = await LargeProject.Value;
        string[] first = await AnalyzeAsync(compilation, concurrent: false);

        for (int run = 1; run < SequentialRuns; run++)
        {
            Assert.Equal(first, await AnalyzeAsync(compilation, concurrent: false));
        }
    }

    // Each seed's files share a namespace of their own, so that the tests' classes named alike do not collide.
    private static IEnumerable<SyntaxTree> LargeProjectFiles() =>
        FuzzSeeds.All.SelectMany((seed, i) => seed.Sources.Select((source, j) => CSharpSyntaxTree.ParseText(
            source.Contains("namespace ", StringComparison.Ordinal) ? source : $"namespace Seed{i};\n{source}",
            path: $"/{i}/{j}.cs")));

    /// <summary>
    /// Every diagnostic as text, in the order reported; none is AD0001. Sequentially, the compilation is bound
    /// sequentially too: a concurrent build would hand the analyzer the methods in the order they happen to be bound.
    /// </summary>
    private static async Task<string[]> AnalyzeAsync(Compilation compilation, bool concurrent)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), (exception, _, _) => exceptions.Enqueue(exception), concurrent, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithOptions(compilation.Options.WithConcurrentBuild(concurrent))
            .WithAnalyzers([new DesignAnalyzer()], options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return [.. diagnostics.Select(Describe)];
    }

    // Everything a diagnostic carries.
    private static string Describe(Diagnostic diagnostic) =>
        $"{Where(diagnostic.Location)} {diagnostic.Severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}"
        + $" [{string.Join(", ", diagnostic.AdditionalLocations.Select(Where))}]"
        + $" {{{string.Join(", ", diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))}}}";

    private static string Where(Location location) => $"{location.SourceTree?.FilePath}{location.GetLineSpan().Span}";
}
