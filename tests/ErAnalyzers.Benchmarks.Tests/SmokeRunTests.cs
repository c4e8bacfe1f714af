using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ErAnalyzers.Benchmarks;
using ErAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ErAnalyzers.Benchmarks.Measurement;
using ErAnalyzers.ReadingFloor;

namespace ErAnalyzers.Benchmarks.Tests;

/// <summary>
/// The harness of docs/performance.md on 20 circuits, once: its generated code compiles, our analyzers and
/// Validate() find exactly the mistakes it planted, and its report holds every table and bar.
/// </summary>
public sealed class SmokeRunTests
{
    private static readonly BenchmarkOptions Small = new()
    {
        Runs = 1,
        WarmUp = WarmUp.None,
        CircuitCounts = [20],
        OrdinaryFiles = 20,
        DocumentCircuits = 20,
        RuntimeCircuits = 0,
    };

    [Fact]
    public void A_small_run_finds_exactly_the_planted_diagnostics()
    {
        var report = BenchmarkRunner.Run(Small, System.IO.TextWriter.Null);

        var designs = Assert.Single(report.Corpora, c => c.Circuits == 20);
        Assert.Equal(designs.Check.Expected.OrderBy(p => p.Key), designs.Check.Found.OrderBy(p => p.Key));
        Assert.True(designs.Check.ExpectedTotal > 0, "the corpus plants mistakes");
        Assert.Empty(designs.Check.Problems);
        Assert.Empty(Assert.Single(report.Corpora, c => c.Circuits == 0).Check.Found);
        Assert.Empty(report.Document!.Check.Problems);
        Assert.True(report.Document.Check.ExpectedTotal > 0);
        Assert.Contains(report.Bars(), bar => bar.Name.StartsWith("Planted diagnostics", System.StringComparison.Ordinal) && bar.Passed == true);
    }

    [Fact]
    public void Healthy_designs_are_the_planted_ones_without_their_mistakes_and_have_no_finding()
    {
        var planted = DesignGenerator.Plan(200, seed: 6);
        var healthy = DesignGenerator.Plan(200, seed: 6, healthy: true);

        Assert.NotEmpty(Flaws.Expected(planted));
        Assert.Empty(DesignRuntime.Build("healthy", healthy).Validate());
        Assert.Equal(planted.Count, healthy.Count);
        Assert.All(planted.Zip(healthy), pair => Assert.Equal(
            pair.First.Circuits.Select(c => (c.Index, c.BandwidthGbps, c.Tier)),
            pair.Second.Circuits.Select(c => (c.Index, c.BandwidthGbps, c.Tier))));
        var sound = planted.Zip(healthy).Where(pair => pair.First.Flaw == DesignFlaw.None && pair.First.Circuits.All(c => c.Flaw == CircuitFlaw.None)).ToList();
        Assert.NotEmpty(sound);
        Assert.All(sound, pair => Assert.Equal(pair.First.Circuits, pair.Second.Circuits));
    }

    [Fact]
    public void The_reading_floor_reads_every_design_and_its_helpers_and_only_designs()
    {
        var designs = DesignGenerator.Plan(20, seed: 6);
        var trees = designs.Select(design => AnalyzerBench.Parse(DesignSource.File(design), $"/designs/{design.ClassName}.cs")).ToList();
        var ordinary = OrdinarySource.Files(5, seed: 6).Select((text, i) => AnalyzerBench.Parse(text, $"/ordinary/File{i}.cs")).ToList();

        Assert.True(Read(trees).Read > 0, "the floor reads the designs' operations");
        Assert.True(Read([.. trees.Take(1)]).Read < Read(trees).Read, "and more of them in more designs");
        Assert.True(Read(trees).HelperBodies > 0, "and the bodies of the helper methods they call");
        Assert.Equal((0, 0), Read(ordinary));
    }

    private static (long Read, int HelperBodies) Read(IReadOnlyList<SyntaxTree> trees)
    {
        var reader = new DesignReadingAnalyzer();
        var compilation = CSharpCompilation.Create("Floor", trees, Toolchain.Find().References, new(OutputKind.DynamicallyLinkedLibrary));
        _ = compilation.WithAnalyzers([reader]).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return (reader.Read, reader.HelperBodies);
    }

    [Fact]
    public void A_warm_up_runs_its_runs_and_until_its_time_has_passed_and_not_at_all_when_it_has_none()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var starts = new List<long>();
        int runs = Timing.Run(new WarmUp(1, System.TimeSpan.FromMilliseconds(50)), () =>
        {
            starts.Add(watch.ElapsedMilliseconds);
            System.Threading.Thread.Sleep(10);
        });

        Assert.Equal(starts.Count, runs);
        Assert.True(watch.ElapsedMilliseconds >= 50, "it runs until its time has passed");
        // Timed from the first run's start, which is after the warm-up's clock starts: a loaded machine may take a
        // while to reach the first run, and that delay is not the warm-up's.
        Assert.True(starts[^1] - starts[0] < 50, "and starts no run after that");
        Assert.Equal(3, Timing.Run(new WarmUp(3, System.TimeSpan.FromTicks(1)), () => System.Threading.Thread.Sleep(1)));
        Assert.Equal(0, Timing.Run(WarmUp.None, () => Assert.Fail("a warm-up of nothing runs nothing")));
        Assert.Equal(new WarmUp(4, System.TimeSpan.FromSeconds(12)), BenchmarkOptions.Parse(["--warmup", "4,12"]).WarmUp);
        Assert.Equal(WarmUp.None, BenchmarkOptions.Parse(["--warmup", "0,0"]).WarmUp);
        Assert.Throws<System.ArgumentException>(() => BenchmarkOptions.Parse(["--warmup", "-1,3"]));
        Assert.Throws<System.ArgumentException>(() => BenchmarkOptions.Parse(["--warmup", "3"]));
    }

    [Fact]
    public void A_corpus_of_fewer_than_two_circuits_is_refused_when_the_options_are_read()
    {
        Assert.Equal([2, 1000], BenchmarkOptions.Parse(["--circuits", "2,1000"]).CircuitCounts);
        Assert.Contains("at least 2", Assert.Throws<System.ArgumentException>(() => BenchmarkOptions.Parse(["--circuits", "1"])).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_meter_counts_the_collections_and_allocations_in_an_analyzers_callbacks_and_keeps_its_findings()
    {
        var designs = DesignGenerator.Plan(20, seed: 6);
        var trees = designs.Select(design => AnalyzerBench.Parse(DesignSource.File(design), $"/designs/{design.ClassName}.cs")).ToList();
        var compilation = CSharpCompilation.Create("Metered", trees, Toolchain.Find().References, new(OutputKind.DynamicallyLinkedLibrary));

        var ours = new MeteredAnalyzer(new Analyzers.DesignAnalyzer());
        var metered = await compilation.WithAnalyzers([ours]).GetAnalyzerDiagnosticsAsync();
        var bare = await compilation.WithAnalyzers([new Analyzers.DesignAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        Assert.Equal(bare.Select(d => d.ToString()).Order(), metered.Select(d => d.ToString()).Order());
        Assert.NotEmpty(metered);
        Assert.True(ours.Measured.AllocatedBytes > 0, "evaluating designs allocates");

        // On one thread, as the harness analyzes: each callback's own collection is counted once. At least one per
        // type, since a collection that another thread of the process starts during a callback counts too.
        var collecting = new MeteredAnalyzer(new CollectingAnalyzer());
        var oneThread = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        _ = await compilation.WithAnalyzers([collecting], oneThread).GetAnalyzerDiagnosticsAsync();
        var collections = collecting.Measured.Collections;
        Assert.True(collections.Count >= trees.Count, $"{collections.Count} collections counted for {trees.Count} types");
        Assert.True(collections.Paused > System.TimeSpan.Zero);
    }

    // Collects once at the end of each type's analysis (one type per design file). Hosted by this test only.
#pragma warning disable RS1036, RS1041, RS2008
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class CollectingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("COLLECT1", "Never", "Never", "Test", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start => start.RegisterSymbolStartAction(
                type => type.RegisterSymbolEndAction(_ => System.GC.Collect()), SymbolKind.NamedType));
        }
    }
#pragma warning restore RS1036, RS1041, RS2008

    [Fact]
    public void The_real_build_builds_every_corpus_with_ours_without_ours_and_with_every_rule_of_NetAnalyzers_and_finds_exactly_the_planted_diagnostics()
    {
        string directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "er-corpora-" + System.Guid.NewGuid().ToString("N"));
        try
        {
            var options = BenchmarkOptions.Parse(["--build-corpora", directory, "--circuits", "10", "--ordinary-files", "10", "--runs", "1", "--unmeasured", "0"]);

            var corpora = RealBuildSuite.Run(directory, options, System.IO.TextWriter.Null);

            Assert.Equal(["Harness designs, 10 circuits", "Realistic designs, 10 circuits", "Ordinary C# (no DSL use)"], corpora.Select(c => c.Name));
            foreach (var corpus in corpora)
            {
                Assert.Empty(corpus.Problems);
                Assert.True(corpus.WithOurs.OursMs > 0, $"{corpus.Name}: csc reports our analyzers' time");
                Assert.Equal(["DesignAnalyzer"], corpus.WithOurs.Ours.Keys);
                Assert.Null(corpus.WithoutOurs.OursMs);
                Assert.True(corpus.WithOurs.NetAnalyzersMs > 0 && corpus.WithoutOurs.NetAnalyzersMs > 0, $"{corpus.Name}: NetAnalyzers run by default");
                Assert.True(corpus.AnalysisModeAll.NetAnalyzersMs > 0 && corpus.AnalysisModeAll.OursMs > 0);
                Assert.True(corpus.WithOurs.CscMs > 0 && corpus.WithoutOurs.CscMs > 0 && corpus.AnalysisModeAll.CscMs > 0);
            }

            var designs = corpora.Where(c => c.Shape is not null).ToList();
            Assert.All(designs, corpus => Assert.Equal(corpus.Planted, Assert.Single(corpus.WithOurs.Builds).Found.Values.Sum()));
            Assert.All(designs, corpus => Assert.True(corpus.Planted > 0, "the corpus plants mistakes"));
            Assert.True(designs[1].Files > designs[0].Files, "the realistic designs spread over more files");
            Assert.Empty(Assert.Single(corpora[2].WithOurs.Builds).Found);

            string markdown = RealBuildSuite.ToMarkdown(corpora, options, Report.MachineInfo.Now(), Report.MachineInfo.Now());
            Assert.All(corpora, corpus => Assert.Contains($"| {corpus.Name} | {corpus.Files} |", markdown, System.StringComparison.Ordinal));
            Assert.Contains("every build |", markdown, System.StringComparison.Ordinal);
        }
        finally
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_builds_log_gives_csc_figure_for_each_of_our_analyzers_and_for_NetAnalyzers_and_not_for_generators()
    {
        const string log = """
                     Total analyzer execution time: 0.883 seconds.

                     Time (s)    %   Analyzer
                        0.503   56   ErAnalyzers, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null
                        0.503   56      ErAnalyzers.Analyzers.DesignAnalyzer (ER1001, ER1002)

                        0.189   21   Microsoft.CodeAnalysis.NetAnalyzers, Version=10.0.401.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35
                        0.081    9      Microsoft.NetCore.Analyzers.InteropServices.DisableRuntimeMarshallingAnalyzer (CA1420, CA1421)
                       <0.001   <1      Microsoft.NetCore.Analyzers.Runtime.UseThreadStaticCorrectly (CA2019, CA2259)

                        0.153   17   Microsoft.CodeAnalysis.CSharp.NetAnalyzers, Version=10.0.401.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35
                        0.065    7      Microsoft.NetCore.CSharp.Analyzers.Runtime.CSharpDetectPreviewFeatureAnalyzer (CA2252)

                        0.013    1   Microsoft.Interop.LibraryImportGenerator, Version=10.0.14.42308, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a
                        0.007   <1      Microsoft.Interop.Analyzers.CustomMarshallerAttributeAnalyzer (SYSLIB1055)
             1>/tmp/c/Designs/Region00001Design.cs(68,18): warning ER1001: Peering 'MicrosoftPeering' has no secondary connection [/tmp/c/DesignCorpus.csproj]
                     Total generator execution time: 0.736 seconds.

                     Time (s)    %   Generator
                        0.455   61   ErAnalyzers, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null
                        0.304   41      ErAnalyzers.Analyzers.DesignAnalyzer
            Task Performance Summary:
                 3217 ms  Csc                                        1 calls
            /tmp/c/Designs/Region00001Design.cs(68,18): warning ER1001: Peering 'MicrosoftPeering' has no secondary connection [/tmp/c/DesignCorpus.csproj]
            """;

        var figures = RealBuild.Parse(log);

        Assert.Equal(new Dictionary<string, double> { ["DesignAnalyzer"] = 503 }, figures.Ours);
        Assert.Equal(503, figures.OursMs);
        Assert.True(figures.ChecksDesigns);
        Assert.Equal(342, figures.NetAnalyzersMs!.Value, precision: 6);
        Assert.Equal(3217, figures.CscMs);
        Assert.Equal(new Dictionary<string, int> { ["ER1001"] = 1 }, figures.Found);
        Assert.Null(RealBuild.Parse(log.Replace("ErAnalyzers", "Others", System.StringComparison.Ordinal).Replace("NetAnalyzers", "Others", System.StringComparison.Ordinal)).OursMs);
    }

    [Fact]
    public void A_builds_log_gives_the_reading_floors_figure_in_place_of_ours_and_asks_it_for_no_finding()
    {
        const string log = """
                     Total analyzer execution time: 0.372 seconds.

                     Time (s)    %   Analyzer
                        0.341   92   ErAnalyzers.ReadingFloor, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null
                        0.341   92      ErAnalyzers.ReadingFloor.DesignReadingAnalyzer (READ0001)
            Task Performance Summary:
                 6104 ms  Csc                                        1 calls
            """;

        var figures = RealBuild.Parse(log);

        Assert.Equal(new Dictionary<string, double> { ["DesignReadingAnalyzer"] = 341 }, figures.Ours);
        Assert.False(figures.ChecksDesigns);
    }

    [Fact]
    public void The_reading_floor_runs_in_a_command_line_build_which_skips_an_analyzer_whose_diagnostics_are_all_hidden()
    {
        Assert.Contains(new DesignReadingAnalyzer().SupportedDiagnostics, descriptor => descriptor.DefaultSeverity != DiagnosticSeverity.Hidden);
    }

    [Fact]
    public void A_real_build_with_the_floor_times_it_in_place_of_ours_and_checks_no_planted_diagnostic()
    {
        string directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "er-floor-" + System.Guid.NewGuid().ToString("N"));
        try
        {
            CorpusProject.Write(directory, circuits: 10, seed: 6);

            var results = RealBuild.Run(directory, RealBuild.AnalyzerFolders(["none", "floor", System.IO.Path.Combine(directory, "analyzer")]), runs: 1, sharedCompilation: false, unmeasuredRounds: 0, System.IO.TextWriter.Null);

            Assert.Null(results[0].OursMs);
            Assert.Equal(["DesignReadingAnalyzer"], results[1].Ours.Keys);
            Assert.Equal("-", RealBuild.Found(results[1]));
            Assert.Equal(["DesignAnalyzer"], results[2].Ours.Keys);
            Assert.Equal("exactly, every build", RealBuild.Found(results[2]));
        }
        finally
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_run_time_path_finds_exactly_the_planted_mistakes()
    {
        // The harness's default corpus at 1,000 circuits: every kind of design the generator makes, each combination.
        var result = RuntimeBench.Run(circuits: 1000, seed: new BenchmarkOptions().Seed, runs: 1);

        Assert.Empty(result.Problems);
        Assert.True(result.TemplateBytes > 0);
    }
}
