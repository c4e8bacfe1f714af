using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Twin.Tests.Agreement;

/// <summary>A shape on which the twin cannot give Microsoft's verdict: why, and what the twin shows instead.</summary>
internal sealed record Exclusion(string Shape, string Reason, Verdict TwinShows);

/// <summary>
/// The shapes excluded from the agreement, each with its reason. The agreement test still checks that the twin shows
/// what the exclusion says, so that an exclusion cannot hide a disagreement of another kind.
/// </summary>
internal static class Exclusions
{
    /// <summary>The links differ in their MED only.</summary>
    public static Exclusion MedOnly { get; } = new(
        "links that differ in MED only",
        "Microsoft documents nothing of what it does with a MED received on ExpressRoute (docs/twin.md). The twin's MSEEs " +
        "pass routes to the gateway as BGP does between autonomous systems, without the MED (RFC 4271, 5.1.4), so the " +
        "gateway uses both links. ER1002 warns on a MED on one link as on any setting meant to prefer one link; the twin " +
        "cannot tell whether Microsoft honours it.",
        Verdict.ActiveActive);

    /// <summary>The exclusion that applies to one family of a corpus design, or null.</summary>
    public static Exclusion? For(CorpusDesign design, IpFamily family)
    {
        var pair = design.Shape(family)?.Pair;
        if (design.Disabled || pair is not { Primary: { Shutdown: false } primary, Secondary: { Shutdown: false } secondary })
        {
            return null;
        }

        bool differOnlyInMed = primary.Prefixes.ToHashSet().SetEquals(secondary.Prefixes)
            && (primary.Prepend ?? 0) == (secondary.Prepend ?? 0)
            && (primary.LocalPreference ?? 100) == (secondary.LocalPreference ?? 100)
            && (primary.Med ?? 0) != (secondary.Med ?? 0);
        return differOnlyInMed ? MedOnly : null;
    }
}
