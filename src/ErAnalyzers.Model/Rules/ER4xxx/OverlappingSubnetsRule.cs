using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER4002: link subnets of one circuit overlap: primary and secondary identical, or overlapping across peerings.
/// Reported on the later link, with the earlier one as an additional location. When the two links of a pair have the
/// same /30 (/126), the finding carries the adjacent subnet (the other half of the /29 or /125) for the code fix.
/// </summary>
public sealed class OverlappingSubnetsRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER4002;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var circuit in design.Model.Circuits.Each())
        {
            CheckCircuit(circuit, [], findings);
        }
    }

    // Each link's subnet against those of the links before it in the circuit.
    private void CheckCircuit(Circuit circuit, List<SeenSubnet> seen, List<Finding> findings)
    {
        foreach (var peering in circuit.Peerings.Each())
        {
            foreach (var pair in peering.EachPair())
            {
                foreach (var link in pair.EachLink())
                {
                    if (link.Subnet is not { IsKnown: true } subnet || !IpPrefix.TryParse(subnet.Value, out var prefix))
                    {
                        continue;
                    }

                    var earlier = FirstOverlapping(seen, prefix);
                    if (earlier.Link is not null)
                    {
                        string other = ReferenceEquals(earlier.Peering, peering)
                            ? $"the {Describe(earlier.Link)} link"
                            : $"the {Describe(earlier.Link)} link of peering '{earlier.Peering.AzureName}'";
                        var finding = Report(peering, subnet.Location ?? link.Location, [earlier.Link.Subnet?.Location ?? earlier.Link.Location],
                            circuit.DisplayName, peering.AzureName, Describe(link), subnet.Value, earlier.Link.Subnet!.Value, other);
                        findings.Add(ReferenceEquals(earlier.Link, pair.Partner(link)) && AdjacentSubnet(circuit, link, prefix, earlier.Prefix) is { } adjacent
                            ? finding with { Properties = new Dictionary<string, string> { [FixProperties.Subnet] = adjacent.ToString() } }
                            : finding);
                    }

                    seen.Add(new SeenSubnet(peering, link, prefix));
                }
            }
        }
    }

    // The first link seen whose subnet overlaps prefix; its Link is null when there is none.
    private static SeenSubnet FirstOverlapping(List<SeenSubnet> seen, IpPrefix prefix)
    {
        foreach (var used in seen)
        {
            if (used.Prefix.Overlaps(prefix))
            {
                return used;
            }
        }

        return default;
    }

    /// <summary>
    /// For a link with the same /30 (/126) as its partner: the other half of their /29 (/125), when it is free in the
    /// circuit. Null when any subnet of the circuit is out of sight, since that one could be the adjacent subnet.
    /// </summary>
    private static IpPrefix? AdjacentSubnet(Circuit circuit, Link link, IpPrefix prefix, IpPrefix partner)
    {
        if (prefix != partner || prefix.Family != link.Family || prefix.Length != LinkSubnetRule.RequiredLength(link.Family) || prefix.HasHostBits
            || !circuit.IsComplete)
        {
            return null;
        }

        foreach (var peering in circuit.Peerings.Each())
        {
            if (!peering.IsComplete)
            {
                return null;
            }
        }

        var adjacent = prefix.Sibling;
        foreach (var peering in circuit.Peerings.Each())
        {
            foreach (var pair in peering.EachPair())
            {
                foreach (var other in pair.EachLink())
                {
                    if (other.Subnet is not { IsKnown: true } subnet || !IpPrefix.TryParse(subnet.Value, out var used) || used.Overlaps(adjacent))
                    {
                        return null;
                    }
                }
            }
        }

        return adjacent;
    }

    private static string Describe(Link link) => $"{link.Role.Describe()} {link.Family}";

    /// <summary>A link whose subnet was seen, with its peering and its parsed subnet.</summary>
    private readonly record struct SeenSubnet(Peering Peering, Link Link, IpPrefix Prefix);
}
