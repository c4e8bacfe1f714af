using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Model.Tests.TestData;

/// <summary>Gateways with their connections, and circuits placed at peering locations.</summary>
internal static partial class Make
{
    /// <summary>A gateway in hub-weu, West Europe.</summary>
    public static Gateway Gateway(string name, GatewaySku sku, params Connection[] connections) => Gateway(name, Set(sku), connections);

    /// <summary>A gateway whose SKU setting is given (unknown, or absent when null).</summary>
    public static Gateway Gateway(string name, Setting<GatewaySku>? sku, params Connection[] connections) => new()
    {
        Name = name,
        Location = At(),
        Sku = sku,
        Region = Set("westeurope"),
        VirtualNetwork = Set("hub-weu"),
        Connections = [.. connections.Select(c => c with { GatewayName = name, Name = c.Name ?? $"{name}-{c.CircuitName}" })],
    };

    /// <summary>A connection to a circuit; its gateway is set when the gateway is made.</summary>
    public static Connection Connection(string? circuit) => new() { Location = At(), CircuitName = circuit };

    /// <summary>Connections to circuits <c>{prefix}1</c>, <c>{prefix}2</c>, ...</summary>
    public static Connection[] Connections(int count, string prefix = "er-") =>
        [.. Enumerable.Range(1, count).Select(i => Connection(prefix + i))];

    public static Connection WithRoutingWeight(this Connection connection, Setting<int>? weight) => connection with { RoutingWeight = weight };

    public static Connection WithFastPath(this Connection connection) => connection with { FastPath = Set(true) };

    public static Gateway WithScaleUnits(this Gateway gateway, int minimum, int maximum) =>
        gateway with { ScaleUnits = Set(new ScaleUnits(minimum, maximum)) };

    public static Gateway Incomplete(this Gateway gateway) => gateway with { IsComplete = false };

    /// <summary>A provider circuit with a private peering at <paramref name="peeringLocation"/> (unknown when null).</summary>
    public static Circuit CircuitAt(string name, string? peeringLocation) => Circuit(name, Private()) with
    {
        Connectivity = new ProviderConnectivity
        {
            Provider = Set("Equinix"),
            PeeringLocation = peeringLocation is null ? Unknown<string>() : Set(peeringLocation),
            Bandwidth = Set(Bandwidth.Gbps(1)),
            Location = At(),
        },
    };

    /// <summary>A design of circuits and gateways (and Direct ports).</summary>
    public static NetworkDesignModel Design(Circuit[] circuits, Gateway[] gateways, params DirectPort[] ports) =>
        Design(circuits) with { Gateways = gateways, DirectPorts = ports };

    /// <summary>A design of gateways only (gateway rules need no circuits).</summary>
    public static NetworkDesignModel Design(params Gateway[] gateways) => Design([], gateways);
}
