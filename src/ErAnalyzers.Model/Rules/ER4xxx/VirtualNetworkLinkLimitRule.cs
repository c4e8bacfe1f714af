using System.Collections.Generic;
using System.Globalization;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER4010: a circuit has more virtual network links than it allows: 10 for Local and Standard, for Premium 20 to 100
/// by bandwidth. A link is a gateway connection to the circuit or a Global Reach connection the circuit owns (Azure
/// counts Global Reach connections against the limit). Judged only when the whole design and every gateway were seen,
/// so that no link is out of sight, and every connection names its circuit.
/// </summary>
public sealed class VirtualNetworkLinkLimitRule : DesignRule
{
    // Premium links by circuit bandwidth in Mbps (40 and 100 Gbps on ExpressRoute Direct).
    private static readonly Dictionary<long, int> PremiumLimits = new()
    {
        [50] = 20, [100] = 25, [200] = 25, [500] = 40, [1_000] = 50, [2_000] = 60, [5_000] = 75, [10_000] = 100,
        [40_000] = 100, [100_000] = 100,
    };

    private const int StandardLimit = 10;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER4010;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Design;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        if (!AllLinksSeen(design.Model))
        {
            return;
        }

        foreach (var circuit in design.Model.Circuits.Each())
        {
            // The SKU can be set again out of sight: only a circuit seen whole has its final tier.
            if (!circuit.IsComplete || circuit.Tier is not { IsKnown: true } tier
                || circuit.Connectivity?.Bandwidth is not { IsKnown: true } bandwidth
                || Limit(tier.Value, bandwidth.Value) is not { } limit)
            {
                continue;
            }

            var links = new List<SourceLocation?>();
            int gatewayLinks = 0;
            foreach (var gateway in design.Model.Gateways.Each())
            {
                foreach (var connection in gateway.Connections.Each())
                {
                    if (ReferenceEquals(design.Circuit(connection.CircuitName!), circuit))
                    {
                        gatewayLinks++;
                        links.Add(connection.Location);
                    }
                }
            }

            foreach (var reach in design.Model.GlobalReach.Each())
            {
                if (ReferenceEquals(design.Circuit(reach.CircuitName!), circuit))
                {
                    links.Add(reach.Location);
                }
            }

            if (links.Count > limit)
            {
                string fix = tier.Value == CircuitTier.Premium
                    ? "remove links, or move some to another circuit"
                    : "remove links, or set the Premium SKU (20 to 100 links by bandwidth)";
                findings.Add(Report(circuit, circuit.Location, links, circuit.DisplayName, tier.Value.ToString(), bandwidth.Value.ToString(),
                    Count(links.Count), Count(gatewayLinks), Count(links.Count - gatewayLinks), Count(limit), fix));
            }
        }
    }

    // Links added out of sight, or to a circuit not named, would make any count wrong.
    private static bool AllLinksSeen(NetworkDesignModel design)
    {
        if (!design.IsComplete)
        {
            return false;
        }

        foreach (var gateway in design.Gateways.Each())
        {
            if (!gateway.IsComplete)
            {
                return false;
            }

            foreach (var connection in gateway.Connections.Each())
            {
                if (connection.CircuitName is null)
                {
                    return false;
                }
            }
        }

        foreach (var reach in design.GlobalReach.Each())
        {
            if (reach.CircuitName is null)
            {
                return false;
            }
        }

        return true;
    }

    private static int? Limit(CircuitTier tier, Bandwidth bandwidth) => tier switch
    {
        CircuitTier.Local or CircuitTier.Standard => StandardLimit,
        CircuitTier.Premium when PremiumLimits.TryGetValue(bandwidth.Megabits, out int limit) => limit,
        _ => null,
    };

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
