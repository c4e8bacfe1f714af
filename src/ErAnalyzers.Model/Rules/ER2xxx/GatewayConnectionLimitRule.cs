using System;
using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER2006: a gateway connects more circuits than its SKU allows (Standard/ErGw1AZ 4, HighPerformance/ErGw2AZ 8,
/// UltraPerformance/ErGw3AZ 16, ErGwScale by its maximum scale units), or more than 4 circuits from one peering
/// location. Connections already seen above a limit are a finding even when more may be made out of sight.
/// </summary>
public sealed class GatewayConnectionLimitRule : DesignRule
{
    /// <summary>Microsoft: at most 4 circuits from the same peering location can connect to one virtual network.</summary>
    private const int MaxCircuitsPerPeeringLocation = 4;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER2006;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Design;

    /// <inheritdoc />
    public override IEnumerable<Finding> Evaluate(NetworkDesignModel design, RuleOptions options)
    {
        var peeringLocations = PeeringLocationsByCircuit(design);
        foreach (var gateway in design.Gateways)
        {
            if (TooManyForSku(gateway) is Finding finding)
            {
                yield return finding;
            }

            foreach (var fromOneLocation in TooManyFromOnePeeringLocation(gateway, peeringLocations))
            {
                yield return fromOneLocation;
            }
        }
    }

    private Finding? TooManyForSku(Gateway gateway)
    {
        if (GatewayCapabilities.ConnectionLimit(gateway) is not int limit || gateway.Connections.Count <= limit)
        {
            return null;
        }

        var sku = gateway.Sku!.Value;
        string fix = !GatewayCapabilities.CanGrow(limit) ? "connect the circuit to another gateway"
            : sku == GatewaySku.ErGwScale ? "raise its maximum scale units or connect the circuit to another gateway"
            : "use a larger SKU or connect the circuit to another gateway";
        return Report(gateway, gateway.Connections[limit].Location, null, gateway.DisplayName,
            $"connection {limit + 1} exceeds the {limit} that {GatewayCapabilities.Describe(sku, gateway)} allows; {fix}");
    }

    // Each circuit counts once, at its first connection; circuits whose peering location is not known do not count.
    private IEnumerable<Finding> TooManyFromOnePeeringLocation(Gateway gateway, Dictionary<string, string> peeringLocations)
    {
        var counted = new HashSet<string>(StringComparer.Ordinal);
        var connectionsByLocation = new Dictionary<string, List<Connection>>(StringComparer.OrdinalIgnoreCase);
        foreach (var connection in gateway.Connections)
        {
            if (connection.CircuitName is not string circuit || !peeringLocations.TryGetValue(circuit, out string? location) || !counted.Add(circuit))
            {
                continue;
            }

            if (!connectionsByLocation.TryGetValue(location, out var earlier))
            {
                connectionsByLocation[location] = earlier = [];
            }

            earlier.Add(connection);
            if (earlier.Count == MaxCircuitsPerPeeringLocation + 1)
            {
                yield return Report(gateway, connection.Location, earlier.Take(MaxCircuitsPerPeeringLocation).Select(c => c.Location),
                    gateway.DisplayName,
                    $"circuit '{circuit}' is the fifth from peering location '{location}', and at most 4 circuits from one peering location may connect to a virtual network; connect it to a gateway in another virtual network");
            }
        }
    }

    /// <summary>The peering location of each circuit whose name is unique and whose location is known (a Direct circuit's is its port's).</summary>
    private static Dictionary<string, string> PeeringLocationsByCircuit(NetworkDesignModel design)
    {
        var ports = design.DirectPorts.ByUniqueName();
        var locations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in design.Circuits.ByUniqueName())
        {
            var location = pair.Value.Connectivity switch
            {
                ProviderConnectivity provider => provider.PeeringLocation,
                DirectConnectivity { PortName: string port } when ports.TryGetValue(port, out var directPort) => directPort.PeeringLocation,
                _ => null,
            };
            if (location is { IsKnown: true })
            {
                locations.Add(pair.Key, location.Value);
            }
        }

        return locations;
    }
}
