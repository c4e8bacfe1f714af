using System.Collections.Generic;
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
                var (prefix, over) = Difference(earlier, later)!.Value;
                findings.Add(Report(later.Circuit, later.Peering.Location, [earlier.Circuit.Location],
                    earlier.Circuit.DisplayName, later.Circuit.DisplayName, group.Owner.DisplayName, prefix.ToString(), over.DisplayName));
            }
        }
    }

    // The first advertisement before the one at index that differs from it; null when none does.
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

    /// <summary>A prefix that one circuit advertises and the other does not (the later's first), with that circuit.</summary>
    private static (IpPrefix Prefix, Circuit Over)? Difference(Advertisement earlier, Advertisement later) =>
        later.FirstMissingFrom(earlier) is { } onlyLater ? (onlyLater, later.Circuit)
        : earlier.FirstMissingFrom(later) is { } onlyEarlier ? (onlyEarlier, earlier.Circuit)
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

        public IpPrefix? FirstMissingFrom(Advertisement other)
        {
            foreach (var prefix in Peering.EachAdvertisedPrefix())
            {
                if (!other.Advertises(prefix.Value))
                {
                    return prefix.Value;
                }
            }

            return null;
        }

        private bool Advertises(IpPrefix prefix)
        {
            foreach (var advertised in Peering.EachAdvertisedPrefix())
            {
                if (advertised.Value.Equals(prefix))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
