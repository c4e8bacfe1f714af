using System;
using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER2006: a gateway connects more circuits than its SKU allows (Standard/ErGw1AZ 4, HighPerformance/ErGw2AZ 8,
/// UltraPerformance/ErGw3AZ 16, ErGwScale by its minimum scale units), or more than 4 circuits from one peering
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
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var gateway in design.Model.Gateways.Each())
        {
            if (TooManyForSku(gateway) is Finding finding)
            {
                findings.Add(finding);
            }

            // Fewer connections cannot bring one location above its limit.
            if (gateway.Connections.Count > MaxCircuitsPerPeeringLocation)
            {
                TooManyFromOnePeeringLocation(design, gateway, findings);
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
            : sku == GatewaySku.ErGwScale ? "raise its minimum scale units or connect the circuit to another gateway"
            : "use a larger SKU or connect the circuit to another gateway";
        return Report(gateway, gateway.Connections[limit].Location, null, gateway.DisplayName,
            $"connection {limit + 1} exceeds the {limit} that {GatewayCapabilities.Describe(sku, gateway)} allows; {fix}");
    }

    // Each circuit counts once, at its first connection; circuits whose peering location is not known do not count.
    private void TooManyFromOnePeeringLocation(DesignView design, Gateway gateway, List<Finding> findings)
    {
        var counted = new HashSet<string>(StringComparer.Ordinal);
        var connectionsByLocation = new Dictionary<string, List<Connection>>(StringComparer.OrdinalIgnoreCase);
        foreach (var connection in gateway.Connections.Each())
        {
            if (connection.CircuitName is not string circuit || PeeringLocation(design, circuit) is not string location || !counted.Add(circuit))
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
                findings.Add(Report(gateway, connection.Location, earlier.Take(MaxCircuitsPerPeeringLocation).Select(c => c.Location),
                    gateway.DisplayName,
                    $"circuit '{circuit}' is the fifth from peering location '{location}', and at most 4 circuits from one peering location may connect to a virtual network; connect it to a gateway in another virtual network"));
            }
        }
    }

    /// <summary>The peering location of a circuit whose name is unique, when it is known (a Direct circuit's is its port's).</summary>
    private static string? PeeringLocation(DesignView design, string circuit) =>
        design.Circuit(circuit) is { } named ? design.PeeringLocation(named) : null;
}
