using System.Collections.Generic;

namespace ErAnalyzers.Model;

/// <summary>An on-premises location (data centre, colocation) with customer edge routers.</summary>
public sealed record Site : DesignElement
{
    /// <summary>The site's BGP ASN, the peer ASN of the peerings its routers terminate unless a peering sets one.</summary>
    public Setting<Asn>? Asn { get; init; }

    /// <summary>The customer edge devices of the site.</summary>
    public IReadOnlyList<Router> Routers { get; init; } = [];
}

/// <summary>A customer edge device that terminates ExpressRoute links.</summary>
public sealed record Router : DesignElement
{
    /// <summary>The site the router stands in.</summary>
    public string? SiteName { get; init; }

    /// <summary>Router or stateful firewall.</summary>
    public Setting<DeviceKind>? Kind { get; init; }

    /// <summary>Declared physical ports.</summary>
    public IReadOnlyList<RouterPort> Ports { get; init; } = [];
}

/// <summary>A physical port (interface) of a customer edge router.</summary>
public sealed record RouterPort : DesignElement
{
    /// <summary>The router the port belongs to.</summary>
    public string? RouterName { get; init; }
}
