using System;
using System.Collections.Generic;
using System.Text;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER2003: a circuit connected to a gateway advertises addresses that the gateway's other circuits backing it up do
/// not cover together, so Azure loses them when that circuit fails. A circuit's prefixes are those advertised on all
/// links of its private peering, IPv4 and IPv6. Its backups on a gateway are the gateway's other circuits whose
/// address space overlaps its own; circuits whose address spaces do not overlap serve different networks and are not
/// compared. Covered means covered by the backups' prefixes taken together, so more specific prefixes over one
/// circuit and the covering prefix over another (Microsoft's disaster-recovery technique) cover each other, and a
/// shared backup that carries the networks of several circuits is covered by them together. A circuit is reported
/// once, with the first prefix not covered, on the private peering of the last circuit connected of it and its
/// backups.
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
        // A circuit whose backups do not cover it on two gateways is reported once, on the first.
        List<Circuit>? reported = null;
        var backups = new List<Advertisement>();
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
                var backedUp = advertisements[index];
                if (Contains(reported, backedUp.Circuit))
                {
                    continue;
                }

                // Connection order: the last of the circuit and its backups is where the finding goes.
                int last = index;
                backups.Clear();
                for (int other = 0; other < advertisements.Count; other++)
                {
                    if (!ReferenceEquals(advertisements[other].Circuit, backedUp.Circuit) && backedUp.Overlaps(advertisements[other]))
                    {
                        backups.Add(advertisements[other]);
                        last = Math.Max(last, other);
                    }
                }

                if (backups.Count == 0 || backedUp.FirstNotCoveredBy(backups) is not { } prefix)
                {
                    continue;
                }

                (reported ??= []).Add(backedUp.Circuit);
                var at = advertisements[last];
                var also = new List<SourceLocation?>(backups.Count);
                if (!ReferenceEquals(at.Circuit, backedUp.Circuit))
                {
                    also.Add(backedUp.Circuit.Location);
                }

                foreach (var backup in backups)
                {
                    if (!ReferenceEquals(backup.Circuit, at.Circuit))
                    {
                        also.Add(backup.Circuit.Location);
                    }
                }

                findings.Add(Report(at.Circuit, at.Peering.Location, also,
                    backedUp.Circuit.DisplayName, prefix.ToString(), group.Owner.DisplayName, Names(backups, "and"), Names(backups, "or")));
            }
        }
    }

    private static bool Contains(List<Circuit>? circuits, Circuit circuit)
    {
        if (circuits is not null)
        {
            foreach (var each in circuits)
            {
                if (ReferenceEquals(each, circuit))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "'er-ams'", "'er-ams' and 'er-fra'", "'er-ams', 'er-fra' and 'er-par'" (or "or" for the fix: any one will do).
    private static string Names(List<Advertisement> advertisements, string conjunction)
    {
        var names = new StringBuilder();
        for (int i = 0; i < advertisements.Count; i++)
        {
            names.Append(i == 0 ? "" : i == advertisements.Count - 1 ? $" {conjunction} " : ", ")
                .Append('\'').Append(advertisements[i].Circuit.DisplayName).Append('\'');
        }

        return names.ToString();
    }

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

        /// <summary>The first prefix advertised here that the others' prefixes, taken together, do not cover.</summary>
        public IpPrefix? FirstNotCoveredBy(List<Advertisement> others)
        {
            foreach (var prefix in Peering.EachAdvertisedPrefix())
            {
                if (!Covers(others, prefix.Value))
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
        // /25s cover their /24, over one circuit or two). Only halves that an advertised prefix lies inside are split again.
        private static bool Covers(List<Advertisement> advertisements, IpPrefix prefix)
        {
            bool split = false;
            foreach (var advertisement in advertisements)
            {
                foreach (var advertised in advertisement.Peering.EachAdvertisedPrefix())
                {
                    if (advertised.Value.Contains(prefix))
                    {
                        return true;
                    }

                    split |= prefix.Contains(advertised.Value);
                }
            }

            if (!split)
            {
                return false;
            }

            var lower = prefix.WithLength(prefix.Length + 1).Network;
            return Covers(advertisements, lower) && Covers(advertisements, lower.Sibling);
        }
    }
}
