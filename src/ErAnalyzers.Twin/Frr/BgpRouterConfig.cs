using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Twin.Frr;

/// <summary>
/// One FRRouting <c>bgpd</c> configuration: a BGP router, its neighbours, prefix lists and route maps. The customer
/// edge routers, the MSEEs and the gateways of the twin are all written from this, by <see cref="FrrConfigText"/>.
/// </summary>
internal sealed record BgpRouterConfig(string Hostname, long Asn)
{
    /// <summary>Comment lines written at the top of the file (without the leading <c>!</c>).</summary>
    public IReadOnlyList<string> Comments { get; init; } = [];

    /// <summary>The router id; null leaves the choice to FRR (a real router takes it from its interfaces).</summary>
    public string? RouterId { get; init; }

    /// <summary>Statements of the <c>router bgp</c> block before the neighbours (<c>bgp bestpath as-path ignore</c>).</summary>
    public IReadOnlyList<string> Statements { get; init; } = [];

    /// <summary>The BGP neighbours, in the order they are written.</summary>
    public IReadOnlyList<BgpNeighbor> Neighbors { get; init; } = [];

    /// <summary>The prefixes the router originates (<c>network</c> statements), by family.</summary>
    public IReadOnlyList<IpPrefix> Networks { get; init; } = [];

    /// <summary>Equal-cost paths per prefix (<c>maximum-paths</c>); null keeps FRR's default.</summary>
    public int? MaximumPaths { get; init; }

    /// <summary>The prefix lists the route maps match.</summary>
    public IReadOnlyList<PrefixList> PrefixLists { get; init; } = [];

    /// <summary>The route maps the neighbours apply.</summary>
    public IReadOnlyList<RouteMap> RouteMaps { get; init; } = [];
}

/// <summary>A BGP neighbour and the address families it is activated in.</summary>
internal sealed record BgpNeighbor(string Address, long RemoteAs, IReadOnlyList<IpFamily> Families)
{
    /// <summary>What the session is, for people reading the configuration.</summary>
    public string? Description { get; init; }

    /// <summary>The TCP MD5 password as written in the file (a placeholder in a customer configuration).</summary>
    public string? Password { get; init; }

    /// <summary>The local AS the neighbour sees, when it differs from the router's.</summary>
    public long? LocalAs { get; init; }

    /// <summary>BFD on the session, with its timers.</summary>
    public BfdTimers? Bfd { get; init; }

    /// <summary>BGP keepalive and hold timers; null keeps FRR's (60 and 180 seconds).</summary>
    public BgpTimers? Timers { get; init; }

    /// <summary>Whether the session is administratively shut down.</summary>
    public bool Shutdown { get; init; }

    /// <summary>The address the session is opened from (twin only: several addresses per process).</summary>
    public string? UpdateSource { get; init; }

    /// <summary>Whether the router only waits for the neighbour to connect (twin only: one side opens each session, so no collision resets it).</summary>
    public bool Passive { get; init; }

    /// <summary>Statements for the twin only: the neighbour is not on a connected subnet, retries quickly.</summary>
    public IReadOnlyList<string> TwinStatements { get; init; } = [];

    /// <summary>The BGP weight of routes from the neighbour (the gateway's routing weight of a connection).</summary>
    public int Weight { get; init; }

    /// <summary>Whether routes sent to the (iBGP) neighbour carry this router as next hop.</summary>
    public bool NextHopSelf { get; init; }

    /// <summary>The route map applied to routes received from the neighbour.</summary>
    public string? RouteMapIn { get; init; }

    /// <summary>The route map applied to routes sent to the neighbour.</summary>
    public string? RouteMapOut { get; init; }
}

/// <summary>A prefix list that permits exactly <see cref="Prefixes"/>.</summary>
internal sealed record PrefixList(string Name, IpFamily Family, IReadOnlyList<IpPrefix> Prefixes);

/// <summary>
/// A route map of one entry: permit (optionally only what a prefix list matches) and set attributes, or deny all.
/// </summary>
internal sealed record RouteMap(string Name, bool Permit)
{
    /// <summary>The prefix list the entry matches; null matches every route.</summary>
    public PrefixList? Match { get; init; }

    /// <summary>The <c>set</c> clauses, without the word <c>set</c> (<c>local-preference 200</c>).</summary>
    public IReadOnlyList<string> Sets { get; init; } = [];

    /// <summary>A comment written above the route map.</summary>
    public string? Comment { get; init; }
}
