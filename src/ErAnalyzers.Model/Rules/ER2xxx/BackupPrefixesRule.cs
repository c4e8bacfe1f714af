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
        var reported = new List<(Circuit, Circuit)>();
        foreach (var group in design.GatewayBackupGroups)
        {
            var advertisements = new List<Advertisement>();
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
                var earlier = FirstDifferentBefore(advertisements, index);
                if (earlier is null || WasReported(reported, earlier.Circuit, later.Circuit))
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

    private static bool WasReported(List<(Circuit, Circuit)> reported, Circuit one, Circuit other)
    {
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
    /// twice: the first missing from another advertisement is the same).
    /// </summary>
    private sealed record Advertisement(Circuit Circuit, Peering Peering, List<IpPrefix> Prefixes)
    {
        /// <summary>The circuit's advertisement; null when a link or a prefix is not known, or when there is none.</summary>
        public static Advertisement? Of(Circuit circuit)
        {
            if (PrivatePeering(circuit) is not { IsComplete: true } peering)
            {
                return null;
            }

            // Every link and prefix is checked and counted first, so that the list is made once, at its size.
            int count = 0;
            foreach (var pair in peering.EachPair())
            {
                foreach (var link in pair.EachLink())
                {
                    if (!link.IsComplete)
                    {
                        return null;
                    }

                    foreach (var prefix in link.Policy.AdvertisedPrefixes.Each())
                    {
                        if (!prefix.IsKnown)
                        {
                            return null;
                        }

                        count++;
                    }
                }
            }

            if (count == 0)
            {
                return null;
            }

            var prefixes = new List<IpPrefix>(count);
            foreach (var pair in peering.EachPair())
            {
                foreach (var link in pair.EachLink())
                {
                    foreach (var prefix in link.Policy.AdvertisedPrefixes.Each())
                    {
                        prefixes.Add(prefix.Value);
                    }
                }
            }

            return new Advertisement(circuit, peering, prefixes);
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
            foreach (var prefix in Prefixes)
            {
                if (!other.Prefixes.Contains(prefix))
                {
                    return prefix;
                }
            }

            return null;
        }
    }
}
