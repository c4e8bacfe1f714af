using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>What <c>d.Site(...)</c> evaluates to.</summary>
internal sealed record SiteRef(string? Name, Setting<Asn>? Asn, SourceLocation Location);

/// <summary>What <c>site.Router(...)</c> evaluates to.</summary>
internal sealed record RouterRef(string? Name, SiteRef? Site, Setting<DeviceKind>? Kind, SourceLocation Location)
{
    /// <summary>The model's name of a link on this router; null when the router's name is not known.</summary>
    public string? LinkName(LinkRole role) => Name is null ? null : Name + " " + role.ToString();

    public Router ToModel() => new() { Name = Name, Location = Location, SiteName = Site?.Name, Kind = Kind };
}

/// <summary>What <c>router.Port(...)</c> evaluates to.</summary>
internal sealed record PortRef(RouterRef? Router, string? Name);

/// <summary>What <c>Secret.Parameter(...)</c> evaluates to.</summary>
internal sealed record SecretRef(string? ParameterName);

/// <summary>What <c>NetworkDesign.Create(...)</c> configures.</summary>
internal sealed class DesignState(string? name, SourceLocation location) : Builder
{
    public List<CircuitState> Circuits { get; } = [];

    public List<GatewayState> Gateways { get; } = [];

    public List<DirectPortState> DirectPorts { get; } = [];

    public List<GlobalReachConnection> GlobalReach { get; } = [];

    public List<VpnBackup> VpnBackups { get; } = [];

    public NetworkDesignModel ToModel(IReadOnlyList<Site> sites) => new()
    {
        Name = name,
        Location = location,
        Sites = sites,
        Circuits = Circuits.ConvertAll(c => c.ToModel()),
        Gateways = Gateways.ConvertAll(g => g.ToModel()),
        DirectPorts = DirectPorts.ConvertAll(p => p.ToModel()),
        GlobalReach = GlobalReach.ToArray(),
        VpnBackups = VpnBackups.ToArray(),
        IsComplete = !Incomplete,
    };
}

internal sealed class GatewayState(string? name, Setting<GatewaySku> sku, Setting<string> region, Setting<string> virtualNetwork, SourceLocation location) : Builder
{
    public string? Name { get; } = name;

    public Setting<ScaleUnits>? ScaleUnits { get; set; }

    public List<Setting<IpPrefix>> AddressSpace { get; } = [];

    public List<ConnectionState> Connections { get; } = [];

    public Gateway ToModel() => new()
    {
        Name = Name,
        Location = location,
        Sku = sku,
        Region = region,
        VirtualNetwork = virtualNetwork,
        ScaleUnits = ScaleUnits,
        AddressSpace = AddressSpace.ToArray(),
        Connections = Connections.ConvertAll(c => c.ToModel(Name)),
        IsComplete = !Incomplete && Connections.TrueForAll(c => !c.Incomplete),
    };
}

internal sealed class ConnectionState(string? circuitName, SourceLocation location) : Builder
{
    public string? Name { get; set; }

    public Setting<int>? RoutingWeight { get; set; }

    public Setting<bool>? FastPath { get; set; }

    public SecretReference? AuthorizationKey { get; set; }

    public Connection ToModel(string? gatewayName) => new()
    {
        Name = Name ?? (gatewayName is not null && circuitName is not null ? $"{gatewayName}-{circuitName}" : null),
        Location = location,
        GatewayName = gatewayName,
        CircuitName = circuitName,
        RoutingWeight = RoutingWeight,
        FastPath = FastPath,
        AuthorizationKey = AuthorizationKey,
    };
}

internal sealed class DirectPortState(string? name, SourceLocation location) : Builder
{
    public string? Name { get; } = name;

    public Setting<string>? Region { get; init; }

    public Setting<string>? PeeringLocation { get; init; }

    public Setting<Bandwidth>? Size { get; init; }

    public Setting<PortEncapsulation>? Encapsulation { get; init; }

    public Setting<BillingModel>? Billing { get; set; }

    public Setting<string>? MacSecIdentity { get; set; }

    public DirectPortLink Link1 { get; set; } = new() { Name = "Link1" };

    public DirectPortLink Link2 { get; set; } = new() { Name = "Link2" };

    public DirectPort ToModel() => new()
    {
        Name = Name,
        Location = location,
        Region = Region,
        PeeringLocation = PeeringLocation,
        Bandwidth = Size,
        Encapsulation = Encapsulation,
        Billing = Billing,
        MacSecIdentity = MacSecIdentity,
        Link1 = Link1,
        Link2 = Link2,
        IsComplete = !Incomplete,
    };
}

/// <summary>What the configuration of <c>Link1(...)</c> or <c>Link2(...)</c> of a Direct port sets.</summary>
internal sealed class DirectPortLinkState : Builder
{
    public MacSecConfig? MacSec { get; set; }
}

/// <summary>What the configuration of <c>d.VpnBackup(...)</c> sets.</summary>
internal sealed class VpnBackupState : Builder
{
    public Setting<bool>? ActiveActive { get; set; }

    public List<Setting<IpPrefix>> AdvertisedPrefixes { get; } = [];
}

internal sealed class CircuitState(string? name, SourceLocation location) : Builder
{
    public string? Name { get; } = name;

    public Setting<Bandwidth>? ExpectedTraffic { get; set; }

    public CircuitConnectivity? Connectivity { get; set; }

    public bool Metro { get; set; }

    public Setting<CircuitTier>? Tier { get; set; }

    public Setting<BillingModel>? Billing { get; set; }

    public Setting<string>? Region { get; set; }

    public List<PeeringState> Peerings { get; } = [];

    public bool HasPeering(PeeringKind kind) => Peerings.Exists(peering => peering.Kind == kind);

    /// <summary>The circuit as its call made it: the design's model reuses it while the builder is unchanged since.</summary>
    public Circuit? Made { get; set; }

    public Circuit ToModel() => Made is { } made && !Changed ? made : new()
    {
        Name = Name,
        Location = location,
        Connectivity = Connectivity,
        IsMetro = Metro,
        Tier = Tier,
        Billing = Billing,
        Region = Region,
        ExpectedTraffic = ExpectedTraffic,
        Peerings = Peerings.ConvertAll(p => p.ToModel()),
        IsComplete = !Incomplete,
    };
}

internal class LinkPairState(IpFamily family) : Builder
{
    public IpFamily Family { get; } = family;

    public LinkState? Primary { get; set; }

    public LinkState? Secondary { get; set; }

    public LinkPair ToPair() => new() { Family = Family, Primary = Primary?.ToModel(), Secondary = Secondary?.ToModel() };
}

internal sealed class PeeringState(PeeringKind kind, Setting<VlanId>? vlan, SourceLocation location) : LinkPairState(IpFamily.IPv4)
{
    public PeeringKind Kind { get; } = kind;

    public LinkPairState? Ipv6 { get; set; }

    public Setting<Asn>? PeerAsn { get; set; }

    public SecretReference? Md5Key { get; set; }

    public Setting<bool>? Enabled { get; set; }

    public List<Setting<IpPrefix>> PublicPrefixes { get; } = [];

    public Setting<Asn>? CustomerAsn { get; set; }

    public Setting<string>? RoutingRegistry { get; set; }

    public RouteFilterState? RouteFilter { get; set; }

    public Peering ToModel() => new()
    {
        Name = Kind == PeeringKind.Private ? "AzurePrivatePeering" : "MicrosoftPeering",
        Location = location,
        Kind = Kind,
        Vlan = vlan,
        PeerAsn = PeerAsn,
        Ipv4 = ToPair(),
        Ipv6 = Ipv6?.ToPair(),
        Md5Key = Md5Key,
        Enabled = Enabled,
        AdvertisedPublicPrefixes = PublicPrefixes.ToArray(),
        CustomerAsn = CustomerAsn,
        RoutingRegistryName = RoutingRegistry,
        RouteFilter = RouteFilter?.ToModel(),
        IsComplete = !Incomplete && Ipv6?.Incomplete != true,
    };
}

/// <summary>What <c>p.RouteFilter(...)</c> configures on a Microsoft peering.</summary>
internal sealed class RouteFilterState(string? name, SourceLocation location) : Builder
{
    public List<Setting<BgpCommunity>> Communities { get; } = [];

    public RouteFilter ToModel() => new() { Name = name, Location = location, Communities = Communities.ToArray() };
}

internal sealed class LinkState(LinkRole role, IpFamily family, Setting<string>? subnet, RouterRef? router, string? port, SourceLocation location) : Builder
{
    public List<Setting<IpPrefix>> AdvertisedPrefixes { get; } = [];

    public Setting<int>? AsPathPrepend { get; set; }

    public Setting<long>? LocalPreference { get; set; }

    public Setting<long>? Med { get; set; }

    public Setting<BfdTimers>? Bfd { get; set; }

    public Setting<BgpTimers>? Timers { get; set; }

    public Setting<bool>? Shutdown { get; set; }

    public Setting<bool>? IgnoresAsPathLength { get; set; }

    public Link ToModel() => new()
    {
        Name = router?.LinkName(role) ?? role.ToString(),
        Location = location,
        Role = role,
        Family = family,
        Subnet = subnet,
        RouterName = router?.Name,
        SiteName = router?.Site?.Name,
        PortName = port,
        IsComplete = !Incomplete,
        Policy = new()
        {
            AdvertisedPrefixes = AdvertisedPrefixes.ToArray(),
            AsPathPrepend = AsPathPrepend,
            LocalPreference = LocalPreference,
            Med = Med,
            Bfd = Bfd,
            Timers = Timers,
            Shutdown = Shutdown,
            IgnoresAsPathLength = IgnoresAsPathLength,
        },
    };
}
