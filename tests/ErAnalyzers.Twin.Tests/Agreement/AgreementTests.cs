using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;
using ErAnalyzers.Twin.Tests.Support;
using Xunit.Abstractions;

namespace ErAnalyzers.Twin.Tests.Agreement;

/// <summary>
/// The rules against the protocol: every design of <see cref="AgreementCorpus"/> goes through the rules
/// (<c>Validate()</c>, the rules the analyzer runs) and through its twin, and on every family of its private peering
/// the two verdicts of <see cref="Verdicts"/> agree, but for the <see cref="Exclusions"/>.
/// </summary>
[Collection(TwinCollection.Name)]
public sealed class AgreementTests(ITestOutputHelper output)
{
    // Twins at a time. A twin of the corpus takes 5 to 10 s, mostly waiting on BGP, and about 2 s of processor time
    // (its bgpd processes and the vtysh queries that watch them): on 2 cores, 24 twins took 74 s four at a time and
    // 56 s eight at a time, while other builds ran.
    private const int Parallelism = 8;

    // A twin of the corpus converges in 3 to 10 s here; four at a time on a busy machine take longer, never this long.
    private static readonly TwinOptions Options = new() { ConvergenceTimeout = TimeSpan.FromSeconds(45) };

    [Fact]
    public void The_corpus_has_at_least_200_designs_each_named_by_its_shape_and_the_same_on_every_run()
    {
        var designs = AgreementCorpus.Designs;

        Assert.True(designs.Count >= 200, $"{designs.Count} designs");
        Assert.Equal(designs.Count, designs.Select(d => d.Name).Distinct().Count());
        Assert.Equal(designs.Count, designs.Select(d => d.ToCSharp("D")).Distinct().Count());
        Assert.Equal(Names(designs), Names(AgreementCorpus.Generate()));
    }

    [Fact]
    public void The_corpus_reaches_every_verdict_of_the_rules_on_both_families_and_both_placements()
    {
        var families = Families().Select(f => (f.Design, f.Family, Verdict: Verdicts.OfRules(f.Findings, f.Family), f.Findings)).ToArray();

        Assert.All(families, f => Assert.DoesNotContain(f.Findings, finding => finding.Severity == Severity.Error));
        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            foreach (var family in new[] { IpFamily.IPv4, IpFamily.IPv6 })
            {
                Assert.Contains(families, f => f.Verdict == verdict && f.Family == family);
            }
        }

        // Both links on one router is ER1003, and no verdict of its own: every verdict occurs there too.
        var oneRouter = families.Where(f => f.Design.OneRouter && f.Design.Shape(f.Family)!.Pair is { Primary: not null, Secondary: not null }).ToArray();
        Assert.All(oneRouter, f => Assert.Contains(f.Findings, finding => finding.RuleId == Descriptors.ER1003.Id));
        Assert.Equal([Verdict.ActiveActive, Verdict.ActivePassive, Verdict.NoConnection], oneRouter.Select(f => f.Verdict).Distinct().Order());
    }

    [SkippableFact]
    public async Task The_rules_and_the_twin_agree_on_every_family_of_every_design_of_the_corpus()
    {
        FrrHost.RequireInstalled();
        var clock = Stopwatch.StartNew();

        using var gate = new SemaphoreSlim(Parallelism);
        var outcomes = (await Task.WhenAll(AgreementCorpus.Designs.Select(async design =>
        {
            await gate.WaitAsync();
            try
            {
                return await Compare(design);
            }
            finally
            {
                gate.Release();
            }
        }))).SelectMany(o => o).ToArray();
        clock.Stop();

        output.WriteLine($"{AgreementCorpus.Designs.Count} designs, {outcomes.Length} families, {Parallelism} twins at a time: {clock.Elapsed.TotalSeconds:0} s " +
            $"(convergence {outcomes.Min(o => o.Convergence).TotalSeconds:0.0}-{outcomes.Max(o => o.Convergence).TotalSeconds:0.0} s per twin)");
        output.WriteLine(AgreementTable.Of(outcomes));
        var disagreements = outcomes.Where(o => !o.Agrees).ToArray();
        foreach (var outcome in outcomes.Where(o => !o.Agrees || o.Exclusion is not null))
        {
            output.WriteLine(outcome.ToString());
        }

        Assert.True(disagreements.Length == 0, $"{disagreements.Length} of {outcomes.Length} families disagree:\n{string.Join("\n", disagreements.Select(d => d.ToString()))}");
    }

    private static async Task<IReadOnlyList<Outcome>> Compare(CorpusDesign corpusDesign)
    {
        var design = corpusDesign.Build();
        var findings = design.Validate();
        var report = await design.RunTwinAsync(Options);
        return [.. report.Peerings.Select(peering => new Outcome(
            corpusDesign,
            peering.Family,
            Verdicts.OfRules(findings, peering.Family),
            Verdicts.OfTwin(peering),
            Verdicts.Seen(peering),
            Exclusions.For(corpusDesign, peering.Family),
            report.Convergence))];
    }

    private static IEnumerable<(CorpusDesign Design, IpFamily Family, IReadOnlyList<Finding> Findings)> Families() =>
        AgreementCorpus.Designs.SelectMany(design =>
        {
            var findings = design.Build().Validate();
            return new[] { IpFamily.IPv4, IpFamily.IPv6 }.Where(f => design.Shape(f) is not null).Select(f => (design, f, findings));
        });

    private static string[] Names(IEnumerable<CorpusDesign> designs) => [.. designs.Select(d => d.Name)];
}

/// <summary>The two verdicts on one family of one design.</summary>
internal sealed record Outcome(CorpusDesign Design, IpFamily Family, Verdict Rules, Verdict Twin, string Seen, Exclusion? Exclusion, TimeSpan Convergence)
{
    /// <summary>The verdicts agree, or on an excluded shape the twin shows what the exclusion says.</summary>
    public bool Agrees => Exclusion is null ? Rules == Twin : Twin == Exclusion.TwinShows;

    public override string ToString() =>
        $"{Design.Name} {Family}: rules {Rules}, twin {Twin} ({Seen}){(Exclusion is null ? "" : $"; excluded: {Exclusion.Shape}")}";
}
