using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER3004: a gateway learns more routes from the private peerings of its circuits than its SKU holds
/// (Standard/ErGw1AZ 4,000, the others 9,500), or its virtual network's address space is more than a connection
/// carries to the circuit (1,000 IPv4 prefixes, 100 IPv6), so that the connection disconnects. Routes are counted as
/// distinct prefixes, and prefixes not known are not counted: the count never overstates.
/// </summary>
public sealed class GatewayRouteLimitRule : DesignRule
{
    // Microsoft: "a maximum of 1000 IPv4 prefixes advertised on a single ExpressRoute connection", and of 100 IPv6.
    private const int MaxIpv4PrefixesPerConnection = 1000;
    private const int MaxIpv6PrefixesPerConnection = 100;

    private const int HighestLearnedRouteLimit = 9500;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER3004;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Design;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var gateway in design.Model.Gateways.Each())
        {
            if (TooManyLearned(design, gateway) is { } learned)
            {
                findings.Add(learned);
            }

            // Without a connection the address space goes to no circuit.
            if (gateway.Connections.Count > 0)
            {
                TooManyAdvertised(gateway, IpFamily.IPv4, MaxIpv4PrefixesPerConnection, findings);
                TooManyAdvertised(gateway, IpFamily.IPv6, MaxIpv6PrefixesPerConnection, findings);
            }
        }
    }

    private Finding? TooManyLearned(DesignView design, Gateway gateway)
    {
        if (LearnedRouteLimit(gateway) is not int limit)
        {
            return null;
        }

        var routes = new HashSet<IpPrefix>();
        var counted = new List<Circuit>();
        foreach (var connection in gateway.Connections.Each())
        {
            if (connection.CircuitName is not { } name || design.Circuit(name) is not { } circuit || counted.Exists(c => ReferenceEquals(c, circuit)))
            {
                continue;
            }

            counted.Add(circuit);
            foreach (var peering in circuit.Peerings.Each())
            {
                if (peering.Kind != PeeringKind.Private)
                {
                    continue;
                }

                foreach (var prefix in peering.EachAdvertisedPrefix())
                {
                    if (prefix.IsKnown)
                    {
                        routes.Add(prefix.Value);
                    }
                }
            }
        }

        if (routes.Count <= limit)
        {
            return null;
        }

        var sku = gateway.Sku!.Value;
        string fix = limit < HighestLearnedRouteLimit
            ? "advertise fewer, summarized prefixes from on-premises, or use a larger SKU"
            : "advertise fewer, summarized prefixes from on-premises";
        return Report(gateway, gateway.Location, null, gateway.DisplayName,
            $"learns {routes.Count} routes from the private peerings of its circuits, more than the {limit} that {GatewayCapabilities.Describe(sku, gateway)} holds",
            fix);
    }

    // Reported on the prefix that goes over the limit, with the gateway.
    private void TooManyAdvertised(Gateway gateway, IpFamily family, int limit, List<Finding> findings)
    {
        var prefixes = new HashSet<IpPrefix>();
        foreach (var prefix in gateway.AddressSpace.Each())
        {
            if (prefix is { IsKnown: true, Value.Family: var known } && known == family && prefixes.Add(prefix.Value) && prefixes.Count == limit + 1)
            {
                findings.Add(Report(gateway, prefix.Location, [gateway.Location], gateway.DisplayName,
                    $"advertises its virtual network's address space on each connection, and prefix {prefix.Value} is {family} prefix {limit + 1}, more than the {limit} a connection carries, so the connection disconnects",
                    "summarize the address space (advertised gateway prefixes, summarizedGatewayPrefixes) or use fewer prefixes"));
                return;
            }
        }
    }

    /// <summary>
    /// Routes a gateway learns at most (Microsoft's "Number of routes learned by gateway"): Standard and ErGw1AZ 4,000,
    /// HighPerformance, ErGw2AZ, UltraPerformance, ErGw3AZ and ErGwScale 9,500. Null when the SKU is unknown or Basic.
    /// </summary>
    private static int? LearnedRouteLimit(Gateway gateway) => gateway.Sku is { IsKnown: true } sku
        ? sku.Value switch
        {
            GatewaySku.Standard or GatewaySku.ErGw1AZ => 4000,
            GatewaySku.HighPerformance or GatewaySku.ErGw2AZ or GatewaySku.UltraPerformance or GatewaySku.ErGw3AZ or GatewaySku.ErGwScale => HighestLearnedRouteLimit,
            _ => null,
        }
        : null;
}
