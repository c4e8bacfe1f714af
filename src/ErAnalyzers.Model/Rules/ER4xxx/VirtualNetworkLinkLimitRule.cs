using System;
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

        // One pass over the links, by the name of the circuit they are on: designs may have thousands of circuits.
        var linksByCircuit = new Dictionary<string, Links>(StringComparer.Ordinal);
        foreach (var gateway in design.Model.Gateways.Each())
        {
            foreach (var connection in gateway.Connections.Each())
            {
                LinksOf(linksByCircuit, connection.CircuitName!).Add(connection.Location, isGatewayLink: true);
            }
        }

        foreach (var reach in design.Model.GlobalReach.Each())
        {
            LinksOf(linksByCircuit, reach.CircuitName!).Add(reach.Location, isGatewayLink: false);
        }

        foreach (var circuit in design.Model.Circuits.Each())
        {
            // The SKU can be set again out of sight: only a circuit seen whole has its final tier. A name two circuits
            // share says nothing about which one a link is on.
            if (!circuit.IsComplete || circuit.Name is null || !ReferenceEquals(design.Circuit(circuit.Name), circuit)
                || !linksByCircuit.TryGetValue(circuit.Name, out var links)
                || circuit.Tier is not { IsKnown: true } tier
                || circuit.Connectivity?.Bandwidth is not { IsKnown: true } bandwidth
                || Limit(tier.Value, bandwidth.Value) is not { } limit
                || links.Locations.Count <= limit)
            {
                continue;
            }

            string fix = tier.Value == CircuitTier.Premium
                ? "remove links, or move some to another circuit"
                : "remove links, or set the Premium SKU (20 to 100 links by bandwidth)";
            findings.Add(Report(circuit, circuit.Location, links.Locations, circuit.DisplayName, tier.Value.ToString(), bandwidth.Value.ToString(),
                Count(links.Locations.Count), Count(links.GatewayLinks), Count(links.Locations.Count - links.GatewayLinks), Count(limit), fix));
        }
    }

    private static Links LinksOf(Dictionary<string, Links> linksByCircuit, string circuitName)
    {
        if (!linksByCircuit.TryGetValue(circuitName, out var links))
        {
            links = new Links();
            linksByCircuit.Add(circuitName, links);
        }

        return links;
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

    /// <summary>The links of one circuit, in design order, and how many of them are gateway connections.</summary>
    private sealed class Links
    {
        public List<SourceLocation?> Locations { get; } = [];

        public int GatewayLinks { get; private set; }

        public void Add(SourceLocation? location, bool isGatewayLink)
        {
            Locations.Add(location);
            GatewayLinks += isGatewayLink ? 1 : 0;
        }
    }
}
