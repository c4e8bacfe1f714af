using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Model.Tests.TestData;

/// <summary>Circuits at chosen peering locations and gateways that connect them, for the ER2xxx rules.</summary>
internal static partial class Make
{
    /// <summary>A Standard provider circuit with a private peering (both links at site dc1) at <paramref name="peeringLocation"/>.</summary>
    public static Circuit StandardCircuitAt(string name, string peeringLocation) =>
        Circuit(name, Private()).AtLocation(peeringLocation).WithTier(CircuitTier.Standard);

    /// <summary>The circuit at another peering location of its provider.</summary>
    public static Circuit AtLocation(this Circuit circuit, string peeringLocation) => circuit with
    {
        Connectivity = (ProviderConnectivity)circuit.Connectivity! with { PeeringLocation = Set(peeringLocation) },
    };

    /// <summary>The circuit from another provider.</summary>
    public static Circuit FromProvider(this Circuit circuit, string provider) => circuit with
    {
        Connectivity = (ProviderConnectivity)circuit.Connectivity! with { Provider = Set(provider) },
    };

    /// <summary>The circuit with both private links advertising <paramref name="prefixes"/>.</summary>
    public static Circuit Advertising(this Circuit circuit, params string[] prefixes) => circuit.WithPrivatePeering(peering => peering
        .WithPolicy(LinkRole.Primary, p => p with { AdvertisedPrefixes = [.. prefixes.Select(AdvertisedPrefix)] })
        .WithPolicy(LinkRole.Secondary, p => p with { AdvertisedPrefixes = [.. prefixes.Select(AdvertisedPrefix)] }));

    public static Circuit WithPrivatePeering(this Circuit circuit, System.Func<Peering, Peering> change) => circuit with
    {
        Peerings = [.. circuit.Peerings.Select(p => p.Kind == PeeringKind.Private ? change(p) : p)],
    };

    /// <summary>The circuit with every link ending at routers of site <paramref name="site"/>.</summary>
    public static Circuit EndingAt(this Circuit circuit, string? site) => circuit with
    {
        Peerings = [.. circuit.Peerings.Select(peering => peering with
        {
            Ipv4 = EndingAt(peering.Ipv4, site),
            Ipv6 = peering.Ipv6 is null ? null : EndingAt(peering.Ipv6, site),
        })],
    };

    public static Setting<IpPrefix> AdvertisedPrefix(string prefix) => Set(IpPrefix.Parse(prefix));

    private static LinkPair EndingAt(LinkPair pair, string? site) => pair with
    {
        Primary = pair.Primary is null ? null : pair.Primary with { SiteName = site },
        Secondary = pair.Secondary is null ? null : pair.Secondary with { SiteName = site },
    };

    /// <summary>A zone-redundant gateway with a connection to each circuit, in order.</summary>
    public static Gateway GatewayFor(string name, params Circuit[] circuits) => new()
    {
        Name = name,
        Location = At(),
        Sku = Set(GatewaySku.ErGw1AZ),
        Connections = [.. circuits.Select(c => new Connection { Name = $"{name}-{c.Name}", Location = At(), GatewayName = name, CircuitName = c.Name })],
    };

    /// <summary>The gateway in Azure region <paramref name="region"/>.</summary>
    public static Gateway InRegion(this Gateway gateway, string region) => gateway with { Region = Set(region) };

    /// <summary>A Global Reach connection owned by <paramref name="circuit"/> to <paramref name="peer"/>.</summary>
    public static GlobalReachConnection Reach(Circuit circuit, Circuit peer) => new()
    {
        Location = At(),
        CircuitName = circuit.Name,
        PeerCircuitName = peer.Name,
        Ipv4Subnet = Set(IpPrefix.Parse("192.168.250.0/29")),
    };

    /// <summary>A design with the circuits (links at site dc1) and gateways.</summary>
    public static NetworkDesignModel DesignOf(Circuit[] circuits, params Gateway[] gateways) => Design(circuits) with { Gateways = gateways };
}
