using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace ErAnalyzers.Tests.Robustness;

/// <summary>
/// The analyzer and the code fixes on half-typed and broken designs: variants of every sample and test design, made
/// by the edits of <see cref="Mutator"/> from a fixed seed. No analyzer exception (AD0001 would switch the analyzer
/// off in the editor), no code fix that throws, no fix that leaves a syntax error the source did not have.
/// <c>ER_FUZZ_VARIANTS</c> sets the number of variants (for a longer run, e.g. 200000), <c>ER_FUZZ_SEED</c> the seed.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultVariants = 10_000;

    private const int DefaultSeed = 7;

    // Fix All runs on one variant in this many (each fix is checked on every variant).
    private const int FixAllEvery = 4;

    // A variant that takes longer has hung the analyzer or a fix.
    private static readonly TimeSpan VariantTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Analyzer_and_code_fixes_survive_every_variant()
    {
        int variants = Setting("ER_FUZZ_VARIANTS", DefaultVariants);
        int seed = Setting("ER_FUZZ_SEED", DefaultSeed);
        var seeds = FuzzSeeds.All;
        var harness = await FuzzHarness.CreateAsync();
        var problems = new ConcurrentQueue<string>();
        var fixes = new ConcurrentDictionary<string, int>();
        int diagnostics = 0;
        int fixAlls = 0;

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, variants), async (index, _) =>
        {
            var origin = seeds[index % seeds.Count];
            var random = new Random(unchecked((seed * 1_000_003) + index));
            int mutated = random.Next(origin.Sources.Count);
            var (text, mutations) = Mutator.Mutate(origin.Sources[mutated], random);
            string[] sources = [.. origin.Sources];
            sources[mutated] = text;
            try
            {
                // A hung analyzer or fix would not look at a cancellation token: the wait stops instead.
                var outcome = await harness.RunAsync(sources, fixAll: index % FixAllEvery == 0).WaitAsync(VariantTimeout);
                Interlocked.Add(ref diagnostics, outcome.Diagnostics);
                Interlocked.Add(ref fixAlls, outcome.FixAllsApplied);
                foreach (string fixer in outcome.FixesApplied)
                {
                    fixes.AddOrUpdate(fixer, 1, (_, count) => count + 1);
                }

                foreach (string problem in outcome.Problems)
                {
                    problems.Enqueue(Report(index, origin, $"file {mutated}: {mutations}", problem, sources));
                }
            }
            catch (TimeoutException)
            {
                problems.Enqueue(Report(index, origin, $"file {mutated}: {mutations}", $"did not finish in {VariantTimeout}", sources));
            }
        });
        clock.Stop();

        var fixCounts = fixes.OrderBy(f => f.Key, StringComparer.Ordinal).ToArray();
        output.WriteLine($"{variants} variants of {seeds.Count} designs (seed {seed}) in {clock.Elapsed.TotalSeconds:F1} s: "
            + $"{diagnostics} diagnostics, {fixes.Values.Sum()} fixes applied, {fixAlls} Fix All applied, {problems.Count} problems");
        output.WriteLine(string.Join(", ", fixCounts.Select(f => $"{f.Key} {f.Value}")));

        Assert.True(problems.IsEmpty, $"{problems.Count} problems; the first ones:\n\n{string.Join("\n\n", problems.Take(5))}");

        // The variants reach every fix: a fix never offered would be fuzzed in name only.
        Assert.Equal(FuzzHarness.Fixers.Select(f => f.GetType().Name).Order(StringComparer.Ordinal), fixCounts.Select(f => f.Key));
        Assert.True(fixAlls > 0);
    }

    private static string Report(int index, Seed origin, string mutations, string problem, string[] sources) =>
        $"variant {index} of {origin.Name} ({mutations}): {problem}"
        + string.Concat(sources.Select((source, i) => $"\n--- file {i} ---\n{source}"));

    private static int Setting(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out int value) && value > 0 ? value : fallback;
}
