using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER3003: a BGP session advertises more prefixes than its peering accepts, and Microsoft drops the session:
/// private peering 4,000 IPv4 prefixes (10,000 with Premium) and 100 IPv6 prefixes; Microsoft peering 200 of each,
/// counting the peering's public prefixes with the link's own. Only distinct known prefixes are counted: an unknown
/// one may repeat a known one, so the count is a lower bound and the rule fires only when that exceeds the limit.
/// Reported on the link's call, or on the Microsoft peering when its public prefixes alone are too many.
/// </summary>
public sealed class PrefixLimitRule : DesignRule
{
    /// <summary>IPv4 prefixes private peering accepts on a Local or Standard circuit.</summary>
    public const int PrivateIpv4Limit = 4_000;

    /// <summary>IPv4 prefixes private peering accepts on a Premium circuit.</summary>
    public const int PremiumPrivateIpv4Limit = 10_000;

    /// <summary>IPv6 prefixes private peering accepts.</summary>
    public const int PrivateIpv6Limit = 100;

    /// <summary>Prefixes Microsoft peering accepts, per address family.</summary>
    public const int MicrosoftLimit = 200;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER3003;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var (circuit, peering, pair) in design.LinkPairs)
        {
            if (pair is { Primary: null, Secondary: null })
            {
                continue;
            }

            int limit = Limit(circuit, peering.Kind, pair.Family);

            // Microsoft peering sends its public prefixes on every session of their family; they count only
            // when the whole peering was seen. Distinct prefixes are counted only when there are more prefixes
            // than the limit in all: the usual design has far fewer.
            var publicPrefixes = peering.IsComplete ? peering.AdvertisedPublicPrefixes : [];
            HashSet<IpPrefix>? shared = null;
            if (publicPrefixes.Count > limit && (shared = Known(publicPrefixes, pair.Family)).Count > limit)
            {
                findings.Add(Report(peering, peering.Location, null, Arguments(circuit, peering, pair.Family, shared.Count, "each link", limit)));
                continue;
            }

            foreach (var link in pair.EachLink())
            {
                if (!link.IsComplete || link.Policy.AdvertisedPrefixes.Count + publicPrefixes.Count <= limit)
                {
                    continue;
                }

                var advertised = Known(link.Policy.AdvertisedPrefixes, pair.Family);
                advertised.UnionWith(shared ??= Known(publicPrefixes, pair.Family));
                if (advertised.Count > limit)
                {
                    findings.Add(Report(link, link.Location, null,
                        Arguments(circuit, peering, pair.Family, advertised.Count, $"the {link.Role.Describe()} link", limit)));
                }
            }
        }
    }

    /// <summary>
    /// What a session of <paramref name="kind"/> and <paramref name="family"/> accepts on <paramref name="circuit"/>.
    /// A tier the analyzer cannot see may be Premium: then the higher limit applies.
    /// </summary>
    public static int Limit(Circuit circuit, PeeringKind kind, IpFamily family) => (kind, family) switch
    {
        (PeeringKind.Microsoft, _) => MicrosoftLimit,
        (_, IpFamily.IPv6) => PrivateIpv6Limit,
        _ when circuit.IsComplete && circuit.Tier is { IsKnown: true, Value: CircuitTier.Local or CircuitTier.Standard } => PrivateIpv4Limit,
        _ => PremiumPrivateIpv4Limit,
    };

    private static HashSet<IpPrefix> Known(IEnumerable<Setting<IpPrefix>> prefixes, IpFamily family) =>
        [.. prefixes.Where(p => p.IsKnown && p.Value.Family == family).Select(p => p.Value)];

    private static string[] Arguments(Circuit circuit, Peering peering, IpFamily family, int count, string where, int limit) =>
        [circuit.DisplayName, peering.AzureName, family.ToString(), Number(count), where, Number(limit)];

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
