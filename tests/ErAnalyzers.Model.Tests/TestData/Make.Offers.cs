using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Model.Tests.TestData;

/// <summary>Factories for what Azure offers: bandwidths, port sizes, Global Reach, public prefixes (SKU tiers: Make.Routing.cs).</summary>
internal static partial class Make
{
    /// <summary>The circuit with another bandwidth, on the same connectivity (provider or Direct).</summary>
    public static Circuit WithBandwidth(this Circuit circuit, Setting<Bandwidth> bandwidth) => circuit with
    {
        Connectivity = circuit.Connectivity switch
        {
            ProviderConnectivity provider => provider with { Bandwidth = bandwidth },
            DirectConnectivity direct => direct with { Bandwidth = bandwidth },
            _ => circuit.Connectivity,
        },
    };

    /// <summary>The circuit with a known bandwidth written at its own location.</summary>
    public static Circuit WithBandwidth(this Circuit circuit, Bandwidth bandwidth) => circuit.WithBandwidth(Set(bandwidth));

    /// <summary>The circuit's bandwidth setting.</summary>
    public static Setting<Bandwidth> BandwidthSetting(this Circuit circuit) => circuit.Connectivity!.Bandwidth!;

    /// <summary>A Direct port pair of the given size (Dot1Q).</summary>
    public static DirectPort Port(string name, Bandwidth size) => Port(name, PortEncapsulation.Dot1Q) with { Bandwidth = Set(size) };

    /// <summary>A design with a circuit on a Direct port pair.</summary>
    public static NetworkDesignModel DirectDesign(Circuit circuit, params DirectPort[] ports) => Design(circuit) with { DirectPorts = ports };

    /// <summary>A Global Reach connection from <paramref name="circuit"/> to <paramref name="peer"/>, written at its own location.</summary>
    public static GlobalReachConnection GlobalReach(string? circuit, string? peer) => new()
    {
        Name = $"{circuit}-to-{peer}",
        Location = At(),
        CircuitName = circuit,
        PeerCircuitName = peer,
        Ipv4Subnet = Set(IpPrefix.Parse("192.168.250.0/29")),
    };

    /// <summary>A design of circuits with Global Reach connections between them.</summary>
    public static NetworkDesignModel Design(Circuit[] circuits, params GlobalReachConnection[] globalReach) =>
        Design(circuits) with { GlobalReach = globalReach };

    /// <summary>The peering with advertised public prefixes, each written at its own location.</summary>
    public static Peering WithPublicPrefixes(this Peering peering, params string[] prefixes) =>
        peering with { AdvertisedPublicPrefixes = [.. prefixes.Select(p => Set(IpPrefix.Parse(p)))] };
}
