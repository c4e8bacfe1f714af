using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER2003: two circuits connected to one gateway advertise different on-premises prefixes. A circuit's prefixes are
/// those advertised on all links of its private peering, IPv4 and IPv6. A circuit is reported on its private peering
/// against the first circuit connected before it that advertises other prefixes.
/// </summary>
public sealed class BackupPrefixesRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER2003;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Design;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        // Two circuits that back each other up on two gateways are reported once.
        var reported = new List<(Circuit, Circuit)>();
        foreach (var group in design.GatewayBackupGroups)
        {
            var advertisements = group.Circuits.Select(Advertisement.Of).OfType<Advertisement>().ToList();
            foreach (var (later, index) in advertisements.Select((a, i) => (a, i)))
            {
                var earlier = advertisements.Take(index).FirstOrDefault(e => Difference(e, later) is not null);
                if (earlier is null || reported.Exists(pair => IsPair(pair, earlier.Circuit, later.Circuit)))
                {
                    continue;
                }

                reported.Add((earlier.Circuit, later.Circuit));
                var (prefix, over) = Difference(earlier, later)!.Value;
                findings.Add(Report(later.Circuit, later.Peering.Location, [earlier.Circuit.Location],
                    earlier.Circuit.DisplayName, later.Circuit.DisplayName, group.Owner.DisplayName, prefix.ToString(), over.DisplayName));
            }
        }
    }

    private static bool IsPair((Circuit, Circuit) pair, Circuit one, Circuit other) =>
        (ReferenceEquals(pair.Item1, one) && ReferenceEquals(pair.Item2, other)) || (ReferenceEquals(pair.Item1, other) && ReferenceEquals(pair.Item2, one));

    /// <summary>A prefix that one circuit advertises and the other does not (the later's first), with that circuit.</summary>
    private static (IpPrefix Prefix, Circuit Over)? Difference(Advertisement earlier, Advertisement later) =>
        later.FirstMissingFrom(earlier) is { } onlyLater ? (onlyLater, later.Circuit)
        : earlier.FirstMissingFrom(later) is { } onlyEarlier ? (onlyEarlier, earlier.Circuit)
        : null;

    /// <summary>The prefixes a circuit advertises on its private peering, in the order written.</summary>
    private sealed record Advertisement(Circuit Circuit, Peering Peering, IReadOnlyList<IpPrefix> Prefixes)
    {
        /// <summary>The circuit's advertisement; null when a link or a prefix is not known, or when there is none.</summary>
        public static Advertisement? Of(Circuit circuit)
        {
            var peering = circuit.Peerings.FirstOrDefault(p => p.Kind == PeeringKind.Private);
            if (peering is not { IsComplete: true } || !peering.Links().All(l => l.IsComplete))
            {
                return null;
            }

            var prefixes = peering.Links().SelectMany(l => l.Policy.AdvertisedPrefixes).ToList();
            return prefixes.Count > 0 && prefixes.TrueForAll(p => p.IsKnown)
                ? new Advertisement(circuit, peering, [.. prefixes.Select(p => p.Value).Distinct()])
                : null;
        }

        public IpPrefix? FirstMissingFrom(Advertisement other) =>
            Prefixes.Where(p => !other.Prefixes.Contains(p)).Select(p => (IpPrefix?)p).FirstOrDefault();
    }
}
