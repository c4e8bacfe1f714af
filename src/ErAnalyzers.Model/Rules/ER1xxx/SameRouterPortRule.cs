using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER1004: both links of a link pair (one peering, one address family) end on the same port of one router, for
/// example as two subinterfaces of one interface. Reported on the secondary link, with the primary as additional
/// location.
/// </summary>
public sealed class SameRouterPortRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER1004;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        // As for ER1003, where a link ends is fixed by its call: an incomplete peering does not move it.
        foreach (var links in design.LinkPairs)
        {
            if (links.Pair is { Primary: { } primary, Secondary: { } secondary } && OnOnePort(primary, secondary))
            {
                findings.Add(Report(links.Peering, secondary.Location, [primary.Location], links.Arguments(secondary.RouterName!, secondary.PortName!)));
            }
        }
    }

    /// <summary>Whether two links end on one port: the same router and the same known port name.</summary>
    internal static bool OnOnePort(Link first, Link second) =>
        SameRouterRule.OnOneRouter(first, second) && first.PortName is not null && first.PortName == second.PortName;
}
