using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>ER1001: a peering (private or Microsoft, IPv4 or IPv6) has one of its two connections only.</summary>
public sealed class SingleConnectionRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER1001;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var (circuit, peering) in design.Peerings)
        {
            // Part of the peering was not seen: the other link may be there.
            if (!peering.IsComplete)
            {
                continue;
            }

            foreach (var pair in peering.EachPair())
            {
                var present = pair.Primary ?? pair.Secondary;
                if (present is null || (pair.Primary is not null && pair.Secondary is not null))
                {
                    continue;
                }

                var missing = present.Role == LinkRole.Primary ? LinkRole.Secondary : LinkRole.Primary;
                findings.Add(Report(peering, present.Location, null,
                    circuit.DisplayName, peering.AzureName, pair.Family.ToString(), missing.Describe()) with
                {
                    Subject = present,
                    Properties = FixData(present, missing),
                });
            }
        }
    }

    // The missing link takes the other half of the present link's /29 (/125), and BFD when the present link has none
    // (ER3001 would flag the copy of its configuration).
    private static Dictionary<string, string> FixData(Link present, LinkRole missing)
    {
        var data = new Dictionary<string, string> { [FixProperties.MissingRole] = missing.ToString() };
        if (present.IsComplete && !CircuitLink.MayRunBfdOn(present))
        {
            data[FixProperties.AddBfd] = "true";
        }

        if (present.Subnet is { IsKnown: true } subnet && IpPrefix.TryParse(subnet.Value, out var prefix)
            && prefix.Length == LinkSubnetRule.RequiredLength(present.Family) && !prefix.HasHostBits)
        {
            data[FixProperties.Subnet] = prefix.Sibling.ToString();
        }

        return data;
    }
}
