using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER1003: both links of a link pair (one peering, one address family) end on the same customer edge router, on
/// different ports or on the router as a whole (one shared port is ER1004's). Reported on the secondary link, with
/// the primary as additional location.
/// </summary>
public sealed class SameRouterRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER1003;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        // Where a link ends is fixed by its Primary/Secondary call: code the evaluator could not follow cannot move
        // it, so an incomplete peering is no reason for silence here.
        foreach (var links in design.LinkPairs)
        {
            if (links.Pair is { Primary: { } primary, Secondary: { } secondary }
                && OnOneRouter(primary, secondary) && !SameRouterPortRule.OnOnePort(primary, secondary))
            {
                findings.Add(Report(links.Peering, secondary.Location, [primary.Location], links.Arguments(secondary.RouterName!, secondary.SiteName!)));
            }
        }
    }

    /// <summary>Whether two links end on one router: router and site names both known and equal.</summary>
    internal static bool OnOneRouter(Link first, Link second) =>
        first.RouterName is not null && first.SiteName is not null
        && first.RouterName == second.RouterName && first.SiteName == second.SiteName;
}
