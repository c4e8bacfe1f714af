using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER2011: the traffic planned through a gateway exceeds its fixed throughput (Warning), or, short of that, a circuit
/// connected to it has more bandwidth than the gateway carries (Info). The planned traffic is the sum of the
/// <c>ExpectedTraffic</c> of the circuits whose traffic all goes through this gateway; circuits whose traffic may take
/// another path do not count (see <see cref="PlannedThrough"/>), so that the sum never overstates. Connections with
/// FastPath bypass the gateway and count for neither.
/// </summary>
public sealed class GatewayThroughputRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER2011;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Design;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var gateway in design.Model.Gateways.Each())
        {
            if (GatewayCapabilities.Throughput(gateway) is not { } throughput)
            {
                continue;
            }

            string sku = GatewayCapabilities.Describe(gateway.Sku!.Value, gateway);
            if (PlannedTraffic(design, gateway) is { } planned && planned.Total.CompareTo(throughput) > 0)
            {
                findings.Add(Report(gateway, gateway.Location, planned.Locations, gateway.DisplayName, sku, throughput.ToString(),
                    $"the circuits connected to it plan {planned.Total} of steady-state traffic through it ({string.Join(", ", planned.Parts)})",
                    "use a larger SKU (more scale units for ErGwScale), FastPath where the gateway supports it, or spread the virtual networks over more gateways"));
            }
            else if (FirstFasterCircuit(design, gateway, throughput) is { } faster)
            {
                findings.Add(Report(Severity.Info, gateway, faster.Connection.Location, [gateway.Location], gateway.DisplayName, sku, throughput.ToString(),
                    $"circuit '{faster.Circuit.DisplayName}' connected to it has {faster.Bandwidth} of bandwidth",
                    "make sure the traffic through the gateway stays within its throughput, or use a larger SKU"));
            }
        }
    }

    // The sum of the planned traffic of the circuits whose traffic all goes through the gateway; null when none counts.
    private static Planned? PlannedTraffic(DesignView design, Gateway gateway)
    {
        long megabits = 0;
        var counted = new List<Circuit>();
        var parts = new List<string>();
        var locations = new List<SourceLocation?>();
        foreach (var connection in gateway.Connections.Each())
        {
            // A circuit connected twice counts once.
            if (PlannedThrough(design, gateway, connection) is { } circuit && !counted.Exists(c => ReferenceEquals(c, circuit)))
            {
                counted.Add(circuit);
                megabits += circuit.ExpectedTraffic!.Value.Megabits;
                parts.Add($"'{circuit.DisplayName}' {circuit.ExpectedTraffic.Value}");
                locations.Add(circuit.ExpectedTraffic.Location);
            }
        }

        return counted.Count == 0 ? null : new Planned(Bandwidth.Mbps(megabits), parts, locations);
    }

    /// <summary>
    /// The circuit of a connection when its planned traffic is known and all of it goes through this gateway: the
    /// circuit is seen whole (its <c>ExpectedTraffic</c> is final), the connection has no FastPath, the circuit has no
    /// Microsoft peering (whose traffic does not reach the gateway) and no Global Reach (site-to-site traffic), and,
    /// in a design seen whole, no other gateway connects it (its traffic would be shared out in an unknown way).
    /// </summary>
    private static Circuit? PlannedThrough(DesignView design, Gateway gateway, Connection connection)
    {
        if (!BypassKnownOff(connection) || connection.CircuitName is not { } name || design.Circuit(name) is not
            { IsComplete: true, ExpectedTraffic.IsKnown: true } circuit)
        {
            return null;
        }

        foreach (var peering in circuit.Peerings.Each())
        {
            if (peering.Kind == PeeringKind.Microsoft)
            {
                return null;
            }
        }

        return design.Model.IsComplete && !InGlobalReach(design, name) && OnlyGatewayOf(design, gateway, name) ? circuit : null;
    }

    // The first circuit whose bandwidth exceeds the gateway's throughput, over a connection without FastPath.
    private static (Connection Connection, Circuit Circuit, Bandwidth Bandwidth)? FirstFasterCircuit(DesignView design, Gateway gateway, Bandwidth throughput)
    {
        foreach (var connection in gateway.Connections.Each())
        {
            if (BypassKnownOff(connection) && connection.CircuitName is { } name
                && design.Circuit(name) is { IsComplete: true, Connectivity.Bandwidth: { IsKnown: true } bandwidth } circuit
                && bandwidth.Value.CompareTo(throughput) > 0)
            {
                return (connection, circuit, bandwidth.Value);
            }
        }

        return null;
    }

    private static bool BypassKnownOff(Connection connection) => connection.FastPath.TryGetValueOrDefault(false, out bool fastPath) && !fastPath;

    private static bool InGlobalReach(DesignView design, string circuit)
    {
        foreach (var reach in design.Model.GlobalReach.Each())
        {
            if (reach.CircuitName == circuit || reach.PeerCircuitName == circuit)
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlyGatewayOf(DesignView design, Gateway gateway, string circuit)
    {
        foreach (var other in design.Model.Gateways.Each())
        {
            if (ReferenceEquals(other, gateway))
            {
                continue;
            }

            // A gateway not seen whole, or a connection to a circuit not known, may connect this circuit too.
            if (!other.IsComplete)
            {
                return false;
            }

            foreach (var connection in other.Connections.Each())
            {
                if (connection.CircuitName is null || connection.CircuitName == circuit)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private sealed record Planned(Bandwidth Total, List<string> Parts, List<SourceLocation?> Locations);
}
