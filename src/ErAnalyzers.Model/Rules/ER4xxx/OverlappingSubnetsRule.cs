using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER4002: link subnets of one circuit overlap: primary and secondary identical, or overlapping across peerings.
/// Reported on the later link, with the earlier one as an additional location.
/// </summary>
public sealed class OverlappingSubnetsRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER4002;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    public override IEnumerable<Finding> Evaluate(NetworkDesignModel design, RuleOptions options)
    {
        foreach (var circuit in design.Circuits)
        {
            var seen = new List<(Peering Peering, Link Link, IpPrefix Prefix)>();
            foreach (var peering in circuit.Peerings)
            {
                foreach (var link in peering.LinkPairs.SelectMany(pair => pair.Links))
                {
                    if (link.Subnet is not { IsKnown: true } subnet || !IpPrefix.TryParse(subnet.Value, out var prefix))
                    {
                        continue;
                    }

                    var earlier = seen.FirstOrDefault(s => s.Prefix.Overlaps(prefix));
                    if (earlier.Link is not null)
                    {
                        string other = ReferenceEquals(earlier.Peering, peering)
                            ? $"the {Describe(earlier.Link)} link"
                            : $"the {Describe(earlier.Link)} link of peering '{earlier.Peering.AzureName}'";
                        yield return Report(peering, subnet.Location ?? link.Location, [earlier.Link.Subnet?.Location ?? earlier.Link.Location],
                            circuit.DisplayName, peering.AzureName, Describe(link), subnet.Value, earlier.Link.Subnet!.Value, other);
                    }

                    seen.Add((peering, link, prefix));
                }
            }
        }
    }

    private static string Describe(Link link) => $"{link.Role.Describe()} {link.Family}";
}
