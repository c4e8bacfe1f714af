using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER4014: a link subnet of a circuit's Microsoft peering is also a Microsoft peering link subnet of another circuit
/// of the design. Reported on the later link, with the earlier one as an additional location. Only well-formed link
/// subnets (a /30 or /126 network) are compared, so that overlap is equality; a malformed one is ER4001's.
/// </summary>
public sealed class SharedMicrosoftPeeringSubnetRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER4014;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Design;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        Dictionary<IpPrefix, (Circuit Circuit, Link Link)>? firstUse = null;
        foreach (var (circuit, peering) in design.Peerings)
        {
            if (peering.Kind != PeeringKind.Microsoft)
            {
                continue;
            }

            foreach (var pair in peering.EachPair())
            {
                foreach (var link in pair.EachLink())
                {
                    if (link.Subnet is not { IsKnown: true } subnet || !IpPrefix.TryParse(subnet.Value, out var prefix)
                        || prefix.Family != link.Family || prefix.Length != LinkSubnetRule.RequiredLength(link.Family) || prefix.HasHostBits)
                    {
                        continue;
                    }

                    firstUse ??= [];
                    if (!firstUse.TryGetValue(prefix, out var first))
                    {
                        firstUse.Add(prefix, (circuit, link));
                    }
                    else if (!ReferenceEquals(first.Circuit, circuit))
                    {
                        // Within one circuit, a subnet used twice is ER4002's.
                        findings.Add(Report(peering, subnet.Location ?? link.Location, [first.Link.Subnet!.Location ?? first.Link.Location],
                            circuit.DisplayName, Describe(link), subnet.Value, first.Circuit.DisplayName, Describe(first.Link)));
                    }
                }
            }
        }
    }

    private static string Describe(Link link) => $"{link.Role.Describe()} {link.Family}";
}
