using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER2003: two circuits connected to one gateway back each other up for an on-premises address space, but one
/// advertises addresses the other's prefixes do not cover, so Azure loses them when the first circuit fails. A
/// circuit's prefixes are those advertised on all links of its private peering, IPv4 and IPv6. More specific prefixes
/// over one circuit and the covering prefix over the other (Microsoft's disaster-recovery technique) cover each
/// other; circuits whose address spaces do not overlap serve different networks and are not compared. A circuit is
/// reported on its private peering against the first circuit connected before it that backs it up and does not
/// cover it.
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
        List<(Circuit, Circuit)>? reported = null;
        foreach (var group in design.GatewayBackupGroups)
        {
            var advertisements = new List<Advertisement>(group.Circuits.Count);
            foreach (var circuit in group.Circuits.Each())
            {
                if (Advertisement.Of(circuit) is { } advertisement)
                {
                    advertisements.Add(advertisement);
                }
            }

            for (int index = 0; index < advertisements.Count; index++)
            {
                var later = advertisements[index];
                if (FirstDifferentBefore(advertisements, index) is not { } earlier || WasReported(reported, earlier.Circuit, later.Circuit))
                {
                    continue;
                }

                (reported ??= []).Add((earlier.Circuit, later.Circuit));
                var (prefix, over, other) = Difference(earlier, later)!.Value;
                findings.Add(Report(later.Circuit, later.Peering.Location, [earlier.Circuit.Location],
                    earlier.Circuit.DisplayName, later.Circuit.DisplayName, group.Owner.DisplayName, prefix.ToString(), over.DisplayName, other.DisplayName));
            }
        }
    }

    // The first advertisement before the one at index that backs it up and does not cover it; null when none does.
    private static Advertisement? FirstDifferentBefore(List<Advertisement> advertisements, int index)
    {
        for (int i = 0; i < index; i++)
        {
            if (Difference(advertisements[i], advertisements[index]) is not null)
            {
                return advertisements[i];
            }
        }

        return null;
    }

    private static bool WasReported(List<(Circuit, Circuit)>? reported, Circuit one, Circuit other)
    {
        if (reported is null)
        {
            return false;
        }

        foreach (var pair in reported)
        {
            if ((ReferenceEquals(pair.Item1, one) && ReferenceEquals(pair.Item2, other)) || (ReferenceEquals(pair.Item1, other) && ReferenceEquals(pair.Item2, one)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A prefix that one circuit advertises and the other's prefixes do not cover (the later's first), with the circuit
    /// that advertises it and the other; null when each covers the other, or when they share no address (then they
    /// serve different networks and do not back each other up).
    /// </summary>
    private static (IpPrefix Prefix, Circuit Over, Circuit Other)? Difference(Advertisement earlier, Advertisement later) =>
        !earlier.Overlaps(later) ? null
        : later.FirstNotCoveredBy(earlier) is { } onlyLater ? (onlyLater, later.Circuit, earlier.Circuit)
        : earlier.FirstNotCoveredBy(later) is { } onlyEarlier ? (onlyEarlier, earlier.Circuit, later.Circuit)
        : null;

    /// <summary>
    /// The prefixes a circuit advertises on its private peering, in the order written (a prefix written twice stays
    /// twice: the first missing from another advertisement is the same). A value that walks the peering's links: a
    /// list of the prefixes for each circuit cost more than walking them again.
    /// </summary>
    private readonly record struct Advertisement(Circuit Circuit, Peering Peering)
    {
        /// <summary>The circuit's advertisement; null when a link or a prefix is not known, or when there is none.</summary>
        public static Advertisement? Of(Circuit circuit)
        {
            if (PrivatePeering(circuit) is not { IsComplete: true } peering)
            {
                return null;
            }

            foreach (var pair in peering.EachPair())
            {
                foreach (var link in pair.EachLink())
                {
                    if (!link.IsComplete)
                    {
                        return null;
                    }
                }
            }

            bool any = false;
            foreach (var prefix in peering.EachAdvertisedPrefix())
            {
                if (!prefix.IsKnown)
                {
                    return null;
                }

                any = true;
            }

            return any ? new Advertisement(circuit, peering) : null;
        }

        private static Peering? PrivatePeering(Circuit circuit)
        {
            foreach (var peering in circuit.Peerings.Each())
            {
                if (peering.Kind == PeeringKind.Private)
                {
                    return peering;
                }
            }

            return null;
        }

        /// <summary>The first prefix advertised here that the other's prefixes, taken together, do not cover.</summary>
        public IpPrefix? FirstNotCoveredBy(Advertisement other)
        {
            foreach (var prefix in Peering.EachAdvertisedPrefix())
            {
                if (!other.Covers(prefix.Value))
                {
                    return prefix.Value;
                }
            }

            return null;
        }

        /// <summary>Whether some prefix advertised here shares an address with one advertised by the other.</summary>
        public bool Overlaps(Advertisement other)
        {
            foreach (var prefix in Peering.EachAdvertisedPrefix())
            {
                foreach (var others in other.Peering.EachAdvertisedPrefix())
                {
                    if (prefix.Value.Overlaps(others.Value))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // Covered when one advertised prefix contains it, or when more specific ones cover both of its halves (two
        // /25s cover their /24). Only halves that an advertised prefix lies inside are split again.
        private bool Covers(IpPrefix prefix)
        {
            bool split = false;
            foreach (var advertised in Peering.EachAdvertisedPrefix())
            {
                if (advertised.Value.Contains(prefix))
                {
                    return true;
                }

                split |= prefix.Contains(advertised.Value);
            }

            if (!split)
            {
                return false;
            }

            var lower = prefix.WithLength(prefix.Length + 1).Network;
            return Covers(lower) && Covers(lower.Sibling);
        }
    }
}
