using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ErAnalyzers.Model;

namespace ErAnalyzers.Dsl;

/// <summary>Describes a design: sites and routers, circuits, Direct ports, gateways, Global Reach, VPN backup.</summary>
public sealed class DesignBuilder
{
    private readonly List<SiteBuilder> sites = [];
    private readonly List<CircuitBuilder> circuits = [];
    private readonly List<DirectPortBuilder> directPorts = [];
    private readonly List<GatewayBuilder> gateways = [];
    private readonly List<GlobalReachConnection> globalReach = [];
    private readonly List<VpnBackup> vpnBackups = [];
    private readonly Dictionary<string, SourceLocation> siteNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceLocation> resourceNames = new(StringComparer.OrdinalIgnoreCase);

    internal DesignBuilder(string name, SourceLocation location)
    {
        Name = name;
        Location = location;
    }

    /// <summary>The design's name.</summary>
    public string Name { get; }

    internal SourceLocation Location { get; }

    // Router names are unique across the design, so that a message naming one is never ambiguous.
    internal Dictionary<string, SourceLocation> RouterNames { get; } = new(StringComparer.Ordinal);

    /// <summary>An on-premises site with the BGP ASN its edge routers use towards Microsoft.</summary>
    public SiteBuilder Site(string name, Asn asn, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        Guard.Unique(siteNames, Guard.Name(name, "site", at), "site", at);
        var site = new SiteBuilder(this, name, Setting.Of(asn, at), at);
        sites.Add(site);
        return site;
    }

    /// <summary>An ExpressRoute circuit, configured by <paramref name="configure"/>.</summary>
    public CircuitBuilder Circuit(string name, Action<CircuitBuilder> configure, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        RegisterResource(name, "circuit", at);
        var circuit = new CircuitBuilder(this, name, at);
        Configure(configure, circuit, $"circuit '{name}'", at);
        circuits.Add(circuit);
        return circuit;
    }

    /// <summary>
    /// An ExpressRoute Direct port pair of <paramref name="size"/> (10 or 100 Gbps) at a peering location. A region
    /// Microsoft's list lacks is refused unless <paramref name="allowUnlistedRegion"/> says it is meant.
    /// </summary>
    public DirectPortBuilder DirectPort(
        string name, string region, string peeringLocation, Bandwidth size, PortEncapsulation encapsulation,
        Action<DirectPortBuilder>? configure = null, bool allowUnlistedRegion = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        RegisterResource(name, "Direct port", at);
        string element = $"Direct port '{name}'";
        var port = new DirectPortBuilder(this, name, Guard.Region(region, allowUnlistedRegion, element, at),
            Guard.Text(peeringLocation, element, "the peering location", at), size, encapsulation, at);
        if (configure is not null)
        {
            Configure(configure, port, element, at);
        }

        directPorts.Add(port);
        return port;
    }

    /// <summary>
    /// An ExpressRoute virtual network gateway in the GatewaySubnet of <paramref name="virtualNetwork"/>; connect
    /// circuits in <paramref name="configure"/>. A region Microsoft's list lacks is refused unless
    /// <paramref name="allowUnlistedRegion"/> says it is meant.
    /// </summary>
    public GatewayBuilder Gateway(
        string name, GatewaySku sku, string region, string virtualNetwork,
        Action<GatewayBuilder>? configure = null, bool allowUnlistedRegion = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        RegisterResource(name, "gateway", at);
        string element = $"gateway '{name}'";
        var gateway = new GatewayBuilder(this, name, sku, Guard.Region(region, allowUnlistedRegion, element, at),
            Guard.ResourceName(virtualNetwork, "virtual network", at), at);
        if (configure is not null)
        {
            Configure(configure, gateway, element, at);
        }

        gateways.Add(gateway);
        return gateway;
    }

    /// <summary>
    /// Global Reach between the private peerings of two circuits, over the /29 <paramref name="ipv4Subnet"/>
    /// (and the /125 <paramref name="ipv6Subnet"/> when given).
    /// </summary>
    public DesignBuilder GlobalReach(
        CircuitBuilder circuit, CircuitBuilder peer, string ipv4Subnet, string? ipv6Subnet = null,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        const string element = "Global Reach connection";
        Guard.SameDesign(circuit, this, "circuit", element, at);
        Guard.SameDesign(peer, this, "peer circuit", element, at);
        foreach (var end in new[] { circuit, peer })
        {
            if (!end.HasPrivatePeering)
            {
                throw new InvalidDesignException(element, $"circuit '{end.Name}' has no private peering; Global Reach connects private peerings", at);
            }
        }

        if (ReferenceEquals(circuit, peer))
        {
            throw new InvalidDesignException(element, $"circuit '{circuit.Name}' cannot reach itself: name two different circuits", at);
        }

        globalReach.Add(new GlobalReachConnection
        {
            Name = $"{circuit.Name}-to-{peer.Name}",
            Location = at,
            CircuitName = circuit.Name,
            PeerCircuitName = peer.Name,
            Ipv4Subnet = Setting.Of(Prefix(ipv4Subnet, IpFamily.IPv4, 29, element, at), at),
            Ipv6Subnet = ipv6Subnet is null ? null : Setting.Of(Prefix(ipv6Subnet, IpFamily.IPv6, 125, element, at), at),
        });
        return this;
    }

    /// <summary>
    /// A site-to-site VPN from a zone-redundant VPN gateway to <paramref name="site"/>, as a backup path for
    /// private peering. The pre-shared key is a secret parameter. <paramref name="configure"/> makes the VPN gateway
    /// active-active and states the prefixes the site advertises over the VPN. A region Microsoft's list lacks is
    /// refused unless <paramref name="allowUnlistedRegion"/> says it is meant.
    /// </summary>
    public DesignBuilder VpnBackup(
        string name, VpnGatewaySku sku, string region, string virtualNetwork, SiteBuilder site,
        string onPremisesAddress, string onPremisesBgpAddress, Secret sharedKey, Action<VpnBackupBuilder>? configure = null,
        bool allowUnlistedRegion = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        RegisterResource(name, "VPN backup", at);
        string element = $"VPN backup '{name}'";
        Guard.SameDesign(site, this, "site", element, at);

        // The template adds public IPs, a local network gateway and a connection named after the VPN and the site.
        RegisterResource(Arm.ArmNames.VpnPublicIp(name), "VPN public IP", at);
        RegisterResource(Arm.ArmNames.VpnLocalGateway(name, site.Name), "VPN local network gateway", at);
        var vpn = new VpnBackup
        {
            Name = name,
            Location = at,
            Sku = Setting.Of(sku, at),
            Region = Setting.Of(Guard.Region(region, allowUnlistedRegion, element, at), at),
            VirtualNetwork = Setting.Of(Guard.ResourceName(virtualNetwork, "virtual network", at), at),
            SiteName = site.Name,
            OnPremisesAddress = Setting.Of(Address(onPremisesAddress, element, "on-premises VPN address", at), at),
            OnPremisesBgpAddress = Setting.Of(Address(onPremisesBgpAddress, element, "on-premises BGP address", at), at),
            SharedKey = new SecretReference
            {
                ParameterName = (sharedKey ?? throw new InvalidDesignException(element, "the shared key must not be null", at)).ParameterName,
                Location = at,
            },
        };
        if (configure is not null)
        {
            var builder = new VpnBackupBuilder(element);
            configure(builder);
            vpn = builder.Configure(vpn);
            if (vpn.ActiveActive is not null)
            {
                RegisterResource(Arm.ArmNames.VpnSecondPublicIp(name), "VPN public IP", at);
            }
        }

        vpnBackups.Add(vpn);
        return this;
    }

    internal NetworkDesignModel Build() => new()
    {
        Name = Name,
        Location = Location,
        Sites = [.. sites.Select(s => s.Build())],
        Circuits = [.. circuits.Select(c => c.Build())],
        DirectPorts = [.. directPorts.Select(p => p.Build())],
        Gateways = [.. gateways.Select(g => g.Build())],
        GlobalReach = [.. globalReach],
        VpnBackups = [.. vpnBackups],
    };

    internal void RegisterResource(string name, string kind, SourceLocation at) =>
        Guard.Unique(resourceNames, Guard.ResourceName(name, kind, at), "resource", at);

    /// <summary>Runs a configuration lambda; a null lambda is an error of the caller's.</summary>
    internal static void Configure<T>(Action<T>? configure, T builder, string element, SourceLocation at)
    {
        if (configure is null)
        {
            throw new InvalidDesignException(element, "the configuration must not be null", at);
        }

        configure(builder);
    }

    /// <summary>Parses a network of a given family and length; fails naming the element.</summary>
    internal static IpPrefix Prefix(string? text, IpFamily family, int length, string element, SourceLocation at)
    {
        if (!IpPrefix.TryParse(text, out var prefix, out string problem))
        {
            throw new InvalidDesignException(element, $"'{text}' is not a valid IP prefix: {problem}", at);
        }

        if (prefix.Family != family || prefix.Length != length || prefix.HasHostBits)
        {
            throw new InvalidDesignException(element, $"'{text}' must be an {family} /{length} network", at);
        }

        return prefix;
    }

    private static string Address(string? text, string element, string what, SourceLocation at) =>
        System.Net.IPAddress.TryParse(text, out var address) && address.ToString() == text
            ? text
            : throw new InvalidDesignException(element, $"the {what} {Guard.Quote(text)} is not an IP address", at);
}
