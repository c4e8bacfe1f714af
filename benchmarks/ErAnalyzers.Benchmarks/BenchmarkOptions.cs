using System;
using ErAnalyzers.Benchmarks.Corpus;
using ErAnalyzers.Benchmarks.Measurement;
using System.Linq;

namespace ErAnalyzers.Benchmarks;

/// <summary>What to measure; the defaults are issue 6's full run.</summary>
public sealed record BenchmarkOptions
{
    public const string Usage = """
        Usage: ErAnalyzers.Benchmarks [options]
          --runs N              runs per figure, whose median is reported (default 5)
          --warmup N,S          unmeasured runs before each figure's: at least N, for at least S seconds (default 3,10;
                                0,0 skips them)
          --circuits A,B,...    sizes of the DSL corpora in circuits, each at least 2 (default 100,1000,10000)
          --ordinary-files N    files of ordinary C# (default 2000; 0 skips)
          --document N          circuits in the one document of the editor's path (default 100; 0 skips)
          --runtime N           circuits of the run-time design (default 10000; 0 skips)
          --seed N              seed of the generated code (default 6)
          --no-fail             exit 0 even when a bar fails

        A user's build instead (docs/performance.md):
          --build-corpora DIR   write every corpus as a project under DIR (harness and realistic designs at each
                                --circuits count, --ordinary-files of ordinary C#), build each --runs times with ours,
                                without ours and with AnalysisMode=All, interleaved, and print the tables
          --write-corpus DIR    write the corpus of the first --circuits count as a project in DIR, and stop
          --shape S             how --write-corpus writes the designs: harness (one file each, default) or realistic
          --healthy             --write-corpus leaves the planted mistakes out (the same designs, nothing to report)
          --real-build DIR      build the project in DIR --runs times with each analyzer, interleaved, and print the
                                medians of csc's time for our analyzers and the Csc task's wall time
          --analyzers A,B,...   folders holding ErAnalyzers.dll and ErAnalyzers.Model.dll, none (without ours) or floor
                                (the reading floor instead of ours); default: DIR/analyzer
          --shared-compilation  build with the compiler server instead of a one-shot csc
          --unmeasured N        rounds of unmeasured builds before the measured ones (default 1; 2 with the server)
        """;

    public int Runs { get; init; } = 5;

    public WarmUp WarmUp { get; init; } = new(3, TimeSpan.FromSeconds(10));

    public int[] CircuitCounts { get; init; } = [100, 1_000, 10_000];

    public int OrdinaryFiles { get; init; } = 2_000;

    public int DocumentCircuits { get; init; } = 100;

    public int RuntimeCircuits { get; init; } = 10_000;

    public int Seed { get; init; } = 6;

    public bool FailOnBar { get; init; } = true;

    /// <summary>Where to write the corpus of the first circuit count as a project, instead of measuring.</summary>
    public string? WriteCorpus { get; init; }

    /// <summary>How <see cref="WriteCorpus"/> writes the designs.</summary>
    public CorpusShape Shape { get; init; } = CorpusShape.Harness;

    /// <summary>Whether <see cref="WriteCorpus"/> leaves the planted mistakes out.</summary>
    public bool Healthy { get; init; }

    /// <summary>A corpus project to build with each of <see cref="Analyzers"/>, instead of measuring in process.</summary>
    public string? RealBuild { get; init; }

    /// <summary>The analyzer folders of the real build (<c>none</c>: without ours); by default the corpus' own.</summary>
    public string[] Analyzers { get; init; } = [];

    /// <summary>Where to write every corpus as a project and build it in each variant, instead of measuring in process.</summary>
    public string? BuildCorpora { get; init; }

    /// <summary>The real build uses the compiler server instead of a one-shot csc.</summary>
    public bool SharedCompilation { get; init; }

    /// <summary>
    /// Rounds of unmeasured builds before the real build's measured ones: one puts the files in the operating
    /// system's cache; the compiler server needs more to compile its hot code again, optimized.
    /// </summary>
    public int UnmeasuredRounds => unmeasuredRounds ?? (SharedCompilation ? 2 : 1);

    private int? unmeasuredRounds;

    public static BenchmarkOptions Parse(string[] arguments)
    {
        var options = new BenchmarkOptions();
        for (int i = 0; i < arguments.Length; i++)
        {
            string Value() => ++i < arguments.Length ? arguments[i] : throw new ArgumentException($"{arguments[i - 1]} needs a value");
            options = arguments[i] switch
            {
                "--runs" => options with { Runs = Positive(Value()) },
                "--warmup" => options with { WarmUp = ParseWarmUp(Value()) },
                "--circuits" => options with { CircuitCounts = [.. Value().Split(',').Select(CircuitCount)] },
                "--ordinary-files" => options with { OrdinaryFiles = int.Parse(Value()) },
                "--document" => options with { DocumentCircuits = int.Parse(Value()) },
                "--runtime" => options with { RuntimeCircuits = int.Parse(Value()) },
                "--seed" => options with { Seed = int.Parse(Value()) },
                "--no-fail" => options with { FailOnBar = false },
                "--write-corpus" => options with { WriteCorpus = Value() },
                "--shape" => options with { Shape = Enum.Parse<CorpusShape>(Value(), ignoreCase: true) },
                "--healthy" => options with { Healthy = true },
                "--real-build" => options with { RealBuild = Value() },
                "--analyzers" => options with { Analyzers = Value().Split(',') },
                "--shared-compilation" => options with { SharedCompilation = true },
                "--build-corpora" => options with { BuildCorpora = Value() },
                "--unmeasured" => options with { unmeasuredRounds = NotNegative(Value()) },
                _ => throw new ArgumentException($"unknown option {arguments[i]}"),
            };
        }

        return options;
    }

    private static WarmUp ParseWarmUp(string text) => text.Split(',') is [var runs, var seconds]
        ? new WarmUp(NotNegative(runs), TimeSpan.FromSeconds(NotNegative(seconds)))
        : throw new ArgumentException($"--warmup takes runs and seconds, as 3,10: {text}");

    private static int NotNegative(string text) =>
        int.Parse(text) is >= 0 and var value ? value : throw new ArgumentException($"{text} must not be negative");

    // A design generator's corpus has at least one design of two circuits: one alone is ER2001's finding, not a corpus.
    private static int CircuitCount(string text) =>
        int.Parse(text) is >= 2 and var value ? value : throw new ArgumentException($"--circuits: {text} circuits is too few; a corpus has at least 2");

    private static int Positive(string text) =>
        int.Parse(text) is > 0 and var value ? value : throw new ArgumentException($"{text} must be positive");
}
