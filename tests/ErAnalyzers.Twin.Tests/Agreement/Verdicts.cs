using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Twin.Tests.Agreement;

/// <summary>What one family of a private peering is, as the rules or the twin see it.</summary>
internal enum Verdict
{
    /// <summary>Both links carry the same prefixes both ways.</summary>
    ActiveActive,

    /// <summary>Both links are there, something is carried, but not the same prefixes both ways.</summary>
    ActivePassive,

    /// <summary>The family has one link.</summary>
    SingleConnection,

    /// <summary>No link carries anything: the peering is disabled or every link shut down.</summary>
    NoConnection,
}

/// <summary>
/// The two verdicts on one family of a private peering, defined so that they can be compared:
/// <list type="bullet">
/// <item>the rules': <see cref="Verdict.NoConnection"/> on ER1006 (the peering disabled, or the family's links all shut
/// down), else <see cref="Verdict.SingleConnection"/> on ER1001, else <see cref="Verdict.ActivePassive"/> on ER1002,
/// else <see cref="Verdict.ActiveActive"/>. ER1003 (both links on one router) is about where the links end, not how
/// they are used: it is no verdict here;</item>
/// <item>the twin's: <see cref="Verdict.NoConnection"/> when no link carries anything either way, else
/// <see cref="Verdict.SingleConnection"/> when the family has one link, else <see cref="Verdict.ActiveActive"/> when
/// <see cref="PeeringObservation.IsActiveActive"/>, else <see cref="Verdict.ActivePassive"/>. A link that carries
/// nothing either way while its partner carries traffic (shut down, or preferred against both ways) is the passive
/// link of an active-passive pair: the design has both links and the SLA's two sessions, which ER1001 is about.</item>
/// </list>
/// </summary>
internal static class Verdicts
{
    public static Verdict OfRules(IReadOnlyList<Finding> findings, IpFamily family)
    {
        bool OnFamily(Finding finding) => finding.Subject is Link link && link.Family == family;
        if (findings.Any(f => f.RuleId == Descriptors.ER1006.Id && IsDown(f, family)))
        {
            return Verdict.NoConnection;
        }

        return findings.Any(f => f.RuleId == Descriptors.ER1001.Id && OnFamily(f)) ? Verdict.SingleConnection
            : findings.Any(f => f.RuleId == Descriptors.ER1002.Id && OnFamily(f)) ? Verdict.ActivePassive
            : Verdict.ActiveActive;
    }

    public static Verdict OfTwin(PeeringObservation peering) =>
        peering.Links.All(l => l.CarriesNothing) ? Verdict.NoConnection
        : peering.Links.Count == 1 ? Verdict.SingleConnection
        : peering.IsActiveActive ? Verdict.ActiveActive
        : Verdict.ActivePassive;

    /// <summary>The verdict in words, with the rule that gives it: "active-passive (ER1002)".</summary>
    public static string Words(Verdict verdict, bool withRule = false) => verdict switch
    {
        Verdict.ActiveActive => "active-active",
        Verdict.ActivePassive => "active-passive" + (withRule ? " (ER1002)" : ""),
        Verdict.SingleConnection => "single connection" + (withRule ? " (ER1001)" : ""),
        _ => "no connection" + (withRule ? " (ER1006)" : ""),
    };

    /// <summary>What the twin saw, in words: "standby (secondary carries nothing)", "links differ toward Azure".</summary>
    public static string Seen(PeeringObservation peering)
    {
        if (peering.Links.Count == 2 && peering.Links.Count(l => l.CarriesNothing) == 1)
        {
            return $"standby ({Role(peering.Links.Single(l => l.CarriesNothing))} carries nothing)";
        }

        if (OfTwin(peering) != Verdict.ActivePassive)
        {
            return OfTwin(peering) switch
            {
                Verdict.ActiveActive => "both links, same prefixes both ways",
                Verdict.SingleConnection => "one link",
                _ => "nothing carried",
            };
        }

        var ways = new List<string>();
        if (!peering.Links[0].ToOnPremises.ToHashSet().SetEquals(peering.Links[1].ToOnPremises))
        {
            ways.Add("toward on-premises");
        }

        if (!peering.Links[0].ToAzure.ToHashSet().SetEquals(peering.Links[1].ToAzure))
        {
            ways.Add("toward Azure");
        }

        return "links differ " + string.Join(" and ", ways);
    }

    // ER1006 is about the whole peering when it is disabled, about one family when its links are shut down.
    private static bool IsDown(Finding finding, IpFamily family) =>
        finding.MessageArguments[2].StartsWith("is disabled", System.StringComparison.Ordinal)
        || finding.MessageArguments[2].Contains($" {family} link", System.StringComparison.Ordinal);

    private static string Role(LinkCarriage link) => link.Link.Role == LinkRole.Primary ? "primary" : "secondary";
}
