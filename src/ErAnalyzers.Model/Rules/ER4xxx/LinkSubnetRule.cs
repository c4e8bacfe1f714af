using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>ER4001: a link subnet is malformed, has host bits set, or is not a /30 (IPv4) or /126 (IPv6).</summary>
public sealed class LinkSubnetRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER4001;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var (circuit, peering) in design.Peerings)
        {
            foreach (var pair in peering.EachPair())
            {
                foreach (var link in pair.EachLink())
                {
                    if (link.Subnet is { IsKnown: true, Value: var text } && Problem(text, pair.Family) is string problem)
                    {
                        findings.Add(Report(peering, link.Subnet.Location ?? link.Location, null,
                            circuit.DisplayName, peering.AzureName, $"{link.Role.Describe()} {pair.Family}", text, problem));
                    }
                }
            }
        }
    }

    /// <summary>The required prefix length of a link subnet of a family: /30 or /126.</summary>
    public static int RequiredLength(IpFamily family) => family == IpFamily.IPv4 ? 30 : 126;

    private static string? Problem(string text, IpFamily family)
    {
        if (!IpPrefix.TryParse(text, out var prefix, out string parseProblem))
        {
            return parseProblem;
        }

        if (prefix.Family != family)
        {
            return $"it is an {prefix.Family} prefix on an {family} link";
        }

        int required = RequiredLength(family);
        if (prefix.Length == required - 1)
        {
            var lower = prefix.Network.WithLength(required);
            return $"it is a /{prefix.Length}; each link needs its own /{required}: split it into {lower} and {lower.Sibling}";
        }

        if (prefix.Length != required)
        {
            return $"it is a /{prefix.Length}; each link needs a /{required}";
        }

        return prefix.HasHostBits ? $"host bits are set; the network is {prefix.Network}" : null;
    }
}
