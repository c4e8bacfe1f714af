using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER4005: Microsoft peering uses private addresses: a link subnet or an advertised public prefix inside RFC 1918
/// (IPv4) or the unique local range fc00::/7 (IPv6).
/// </summary>
public sealed class MicrosoftPeeringAddressRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER4005;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
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
                    // A subnet that does not parse is ER4001's.
                    if (link.Subnet is { IsKnown: true, Value: var text } && IpPrefix.TryParse(text, out var subnet) && subnet.IsPrivateUse)
                    {
                        findings.Add(Report(peering, link.Subnet.Location ?? link.Location, null,
                            circuit.DisplayName, $"{link.Role.Describe()} {link.Family} link subnet", text, Range(subnet)));
                    }
                }
            }

            foreach (var prefix in peering.AdvertisedPublicPrefixes.Each())
            {
                if (prefix is { IsKnown: true, Value: var value } && value.IsPrivateUse)
                {
                    findings.Add(Report(peering, prefix.Location, null,
                        circuit.DisplayName, "advertised public prefix", value.ToString(), Range(value)));
                }
            }
        }
    }

    private static string Range(IpPrefix prefix) => prefix.Family == IpFamily.IPv4 ? "RFC 1918" : "IPv6 unique local, fc00::/7";
}
