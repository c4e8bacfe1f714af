using System.Collections.Generic;

namespace ErAnalyzers.Model;

/// <summary>A virtual network gateway of type ExpressRoute.</summary>
public sealed record Gateway : DesignElement
{
    /// <summary>The gateway SKU.</summary>
    public Setting<GatewaySku>? Sku { get; init; }

    /// <summary>The Azure region.</summary>
    public Setting<string>? Region { get; init; }

    /// <summary>The virtual network whose GatewaySubnet holds the gateway.</summary>
    public Setting<string>? VirtualNetwork { get; init; }

    /// <summary>Scale-unit bounds of an ErGwScale gateway.</summary>
    public Setting<ScaleUnits>? ScaleUnits { get; init; }

    /// <summary>The address space of the gateway's virtual network, which the gateway advertises to its circuits.</summary>
    public IReadOnlyList<Setting<IpPrefix>> AddressSpace { get; init; } = [];

    /// <summary>Connections from the gateway to circuits.</summary>
    public IReadOnlyList<Connection> Connections { get; init; } = [];

    /// <summary>False when the compile-time front end could not see all of the gateway's configuration.</summary>
    public bool IsComplete { get; init; } = true;
}

/// <summary>Minimum and maximum scale units of an ErGwScale gateway (equal for a fixed size).</summary>
public sealed record ScaleUnits(int Minimum, int Maximum);

/// <summary>A connection from a gateway to a circuit's private peering.</summary>
public sealed record Connection : DesignElement
{
    /// <summary>The gateway.</summary>
    public string? GatewayName { get; init; }

    /// <summary>The circuit.</summary>
    public string? CircuitName { get; init; }

    /// <summary>Routing weight (0-32000; the highest wins; default 0).</summary>
    public Setting<int>? RoutingWeight { get; init; }

    /// <summary>Whether FastPath (gateway bypass) is on.</summary>
    public Setting<bool>? FastPath { get; init; }

    /// <summary>Authorization key for a circuit in another subscription.</summary>
    public SecretReference? AuthorizationKey { get; init; }
}

/// <summary>A Global Reach connection between the private peerings of two circuits.</summary>
public sealed record GlobalReachConnection : DesignElement
{
    /// <summary>The circuit that owns the connection.</summary>
    public string? CircuitName { get; init; }

    /// <summary>The other circuit.</summary>
    public string? PeerCircuitName { get; init; }

    /// <summary>The /29 carved into the tunnel addresses.</summary>
    public Setting<IpPrefix>? Ipv4Subnet { get; init; }

    /// <summary>The /125 for IPv6, if any.</summary>
    public Setting<IpPrefix>? Ipv6Subnet { get; init; }
}

/// <summary>A site-to-site VPN from a VPN gateway to an on-premises site, kept as a backup for ExpressRoute.</summary>
public sealed record VpnBackup : DesignElement
{
    /// <summary>VPN gateway SKU.</summary>
    public Setting<VpnGatewaySku>? Sku { get; init; }

    /// <summary>The Azure region.</summary>
    public Setting<string>? Region { get; init; }

    /// <summary>The virtual network whose GatewaySubnet holds the VPN gateway.</summary>
    public Setting<string>? VirtualNetwork { get; init; }

    /// <summary>The on-premises site.</summary>
    public string? SiteName { get; init; }

    /// <summary>The public address of the on-premises VPN device.</summary>
    public Setting<string>? OnPremisesAddress { get; init; }

    /// <summary>The BGP address of the on-premises VPN device.</summary>
    public Setting<string>? OnPremisesBgpAddress { get; init; }

    /// <summary>The IPsec pre-shared key.</summary>
    public SecretReference? SharedKey { get; init; }

    /// <summary>Whether the VPN gateway is active-active (two instances, two public IPs); absent means active-standby.</summary>
    public Setting<bool>? ActiveActive { get; init; }

    /// <summary>Prefixes the on-premises VPN device advertises to Azure over the VPN.</summary>
    public IReadOnlyList<Setting<IpPrefix>> AdvertisedPrefixes { get; init; } = [];

    /// <summary>False when the compile-time front end could not see all of the VPN backup's configuration.</summary>
    public bool IsComplete { get; init; } = true;
}
