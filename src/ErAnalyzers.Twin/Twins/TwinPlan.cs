using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErAnalyzers.Model;
using ErAnalyzers.Twin.Frr;

namespace ErAnalyzers.Twin.Twins;

/// <summary>
/// One bgpd process of the twin: its name, its loopback addresses, its configuration, and where its routes are
/// observed: the site of a customer router, the gateway's name, or null for an MSEE.
/// </summary>
internal sealed record TwinInstance(string Name, string Address, IReadOnlyList<string> ListenAddresses, BgpRouterConfig Config, string? ObservedAt);

/// <summary>
/// The processes of a design's twin. The customer edge routers run the configuration <see cref="RouterConfigs"/> writes,
/// moved onto loopback addresses. Microsoft's side is a model: two MSEEs per circuit and peering (AS 12076), one per
/// connection, each with the sessions of its links and, on private peering, a session to each gateway connected to the
/// circuit; and a gateway per <c>d.Gateway(...)</c> (AS 65515) with a session to each MSEE of its circuits, the
/// connection's routing weight as BGP weight, and equal-cost paths across them.
/// </summary>
internal sealed class TwinPlan
{
    /// <summary>The ASN of every ExpressRoute gateway.</summary>
    public const long GatewayAsn = 65515;

    /// <summary>Equal-cost paths a gateway keeps per prefix: two MSEEs for each of up to 8 circuits.</summary>
    public const int GatewayPaths = 16;

    private const string PermitAll = "twin-permit-all";

    private TwinPlan(Loopbacks loopbacks, IReadOnlyList<LinkSession> sessions, IReadOnlyList<TwinInstance> instances, IReadOnlyDictionary<string, TwinPath> paths)
    {
        Loopbacks = loopbacks;
        Sessions = sessions;
        Instances = instances;
        Paths = paths;
    }

    /// <summary>Where everything is.</summary>
    public Loopbacks Loopbacks { get; }

    /// <summary>The design's link sessions.</summary>
    public IReadOnlyList<LinkSession> Sessions { get; }

    /// <summary>Every process, customer routers first, then MSEEs, then gateways.</summary>
    public IReadOnlyList<TwinInstance> Instances { get; }

    /// <summary>
    /// What a route's peer address means, by instance and peer: at a customer router, the link session to an MSEE;
    /// at a gateway, the MSEE (circuit and role) it came through.
    /// </summary>
    public IReadOnlyDictionary<string, TwinPath> Paths { get; }

    /// <summary>The twin of <paramref name="model"/> in <c>127.{block}.0.0/16</c>.</summary>
    public static TwinPlan Of(NetworkDesignModel model, byte block)
    {
        var loopbacks = new Loopbacks(block);
        var sessions = LinkSession.Of(model);
        var instances = new List<TwinInstance>();
        var paths = new Dictionary<string, TwinPath>(StringComparer.Ordinal);

        foreach (var (router, config) in CustomerRouters.Configs(model, sessions, loopbacks))
        {
            string name = Loopbacks.CustomerRouterInstance(router.Name!);
            var own = sessions.Where(s => s.RouterName == router.Name).ToArray();
            instances.Add(new(name, config.RouterId!, [config.RouterId!, .. own.Select(loopbacks.CustomerAddress)], config, router.SiteName));
            foreach (var session in own)
            {
                paths[PathKey(name, loopbacks.MicrosoftAddress(session))] = new TwinPath(session.Circuit, session.Link.Role, session);
            }
        }

        var msees = Msees(model, sessions, loopbacks).ToArray();
        foreach (var gateway in model.Gateways)
        {
            string name = GatewayInstance(gateway);
            var neighbors = new List<BgpNeighbor>();
            foreach (var connection in gateway.Connections)
            {
                foreach (var msee in msees.Where(m => m.Circuit.Name == connection.CircuitName && m.Kind == PeeringKind.Private))
                {
                    neighbors.Add(new BgpNeighbor(loopbacks.InstanceAddress(msee.Name), LinkSession.MicrosoftAsn, [IpFamily.IPv4, IpFamily.IPv6])
                    {
                        Description = $"{msee.Name} (connection to {FrrName.Of(connection.CircuitName)})",
                        // The MSEEs open the sessions to the gateway, the customer routers those to the MSEEs.
                        Passive = true,
                        UpdateSource = loopbacks.InstanceAddress(name),
                        TwinStatements = Loopbacks.NeighborStatements,
                        Weight = connection.RoutingWeight is { IsKnown: true } weight ? weight.Value : 0,
                        RouteMapIn = PermitAll,
                        RouteMapOut = PermitAll,
                    });
                    paths[PathKey(name, loopbacks.InstanceAddress(msee.Name))] = new TwinPath(msee.Circuit, msee.Role, null);
                }
            }

            string address = loopbacks.InstanceAddress(name);
            instances.Add(new(name, address, [address], MicrosoftRouter(name, GatewayAsn, address, neighbors) with
            {
                Statements = [.. Loopbacks.RouterStatements, "bgp bestpath as-path multipath-relax"],
                MaximumPaths = GatewayPaths,
                Networks = VirtualNetworkPrefixes(model, gateway),
            }, gateway.Name));
        }

        foreach (var msee in msees)
        {
            string address = loopbacks.InstanceAddress(msee.Name);
            var neighbors = msee.Sessions.Select(session => new BgpNeighbor(loopbacks.CustomerAddress(session), session.CustomerAsn, [session.Family])
            {
                Description = session.Description,
                UpdateSource = loopbacks.MicrosoftAddress(session),
                Passive = true,
                TwinStatements = Loopbacks.NeighborStatements,
                Shutdown = session.Peering.Enabled is { IsKnown: true, Value: false },
                RouteMapIn = PermitAll,
                RouteMapOut = PermitAll,
            }).ToList();
            if (msee.Kind == PeeringKind.Private)
            {
                neighbors.AddRange(model.Gateways.Where(g => g.Connections.Any(c => c.CircuitName == msee.Circuit.Name)).Select(gateway =>
                    new BgpNeighbor(loopbacks.InstanceAddress(GatewayInstance(gateway)), GatewayAsn, [IpFamily.IPv4, IpFamily.IPv6])
                    {
                        Description = GatewayInstance(gateway),
                        UpdateSource = address,
                        TwinStatements = Loopbacks.NeighborStatements,
                        RouteMapIn = PermitAll,
                        RouteMapOut = PermitAll,
                    }));
            }

            instances.Add(new(msee.Name, address, [address, .. msee.Sessions.Select(loopbacks.MicrosoftAddress)],
                MicrosoftRouter(msee.Name, LinkSession.MicrosoftAsn, address, neighbors) with { Statements = Loopbacks.RouterStatements }, null));
        }

        // Customer routers first, then MSEEs, then gateways: the order they are started and stopped in.
        var ordered = instances.Where(i => i.Name.StartsWith("ce-", StringComparison.Ordinal))
            .Concat(instances.Where(i => i.Name.StartsWith("msee-", StringComparison.Ordinal)))
            .Concat(instances.Where(i => i.Name.StartsWith("gw-", StringComparison.Ordinal)))
            .ToArray();
        return new TwinPlan(loopbacks, sessions, ordered, paths);
    }

    /// <summary>The key of <see cref="Paths"/>.</summary>
    public static string PathKey(string instance, string peer) => instance + " " + peer;

    /// <summary>The name of the process of the MSEE that terminates the <paramref name="role"/> links of a circuit's peering.</summary>
    public static string MseeInstance(Circuit circuit, PeeringKind kind, LinkRole role) =>
        $"msee-{FrrName.Of(circuit.Name)}-{(kind == PeeringKind.Private ? "private" : "microsoft")}-{(role == LinkRole.Primary ? "primary" : "secondary")}";

    /// <summary>The same twin with <paramref name="timers"/> on every session, at both ends.</summary>
    public TwinPlan WithTimers(BgpTimers timers) => new(
        Loopbacks,
        Sessions,
        [.. Instances.Select(i => i with { Config = i.Config with { Neighbors = [.. i.Config.Neighbors.Select(n => n with { Timers = timers })] } })],
        Paths);

    /// <summary>The name of a gateway's process.</summary>
    public static string GatewayInstance(Gateway gateway) => "gw-" + FrrName.Of(gateway.Name);

    /// <summary>
    /// The prefixes a gateway originates: its virtual network's address space, or when the design gives none, a stand-in
    /// from the benchmarking range 198.18.0.0/15 (RFC 2544), one /24 per gateway, and an IPv6 one (2001:db8:ffff:N::/64)
    /// when a circuit it connects has IPv6 links.
    /// </summary>
    public static IReadOnlyList<IpPrefix> VirtualNetworkPrefixes(NetworkDesignModel model, Gateway gateway)
    {
        if (gateway.AddressSpace.Count > 0)
        {
            return [.. gateway.AddressSpace.Select(p => LinkSession.Known(p, "a gateway's address space")).Distinct()];
        }

        int index = model.Gateways.ToList().IndexOf(gateway);
        var standIns = new List<IpPrefix> { IpPrefix.Parse(string.Create(CultureInfo.InvariantCulture, $"198.{18 + (index / 256)}.{index % 256}.0/24")) };
        bool ipv6 = model.Circuits.Where(c => gateway.Connections.Any(k => k.CircuitName == c.Name))
            .SelectMany(c => c.Peerings).Any(p => p.Kind == PeeringKind.Private && p.Ipv6 is { Links.Count: > 0 });
        if (ipv6)
        {
            standIns.Add(IpPrefix.Parse(string.Create(CultureInfo.InvariantCulture, $"2001:db8:ffff:{index:x}::/64")));
        }

        return standIns;
    }

    private static BgpRouterConfig MicrosoftRouter(string name, long asn, string address, IReadOnlyList<BgpNeighbor> neighbors) => new(name, asn)
    {
        Comments = [$"Twin of Microsoft's side: {name}.", ""],
        RouterId = address,
        Neighbors = neighbors,
        RouteMaps = [new RouteMap(PermitAll, Permit: true)],
    };

    // The MSEEs of each circuit, per peering (each peering is its own routing table at Microsoft) and role.
    private static IEnumerable<Msee> Msees(NetworkDesignModel model, IReadOnlyList<LinkSession> sessions, Loopbacks loopbacks)
    {
        foreach (var circuit in model.Circuits)
        {
            foreach (var peering in circuit.Peerings)
            {
                foreach (var role in new[] { LinkRole.Primary, LinkRole.Secondary })
                {
                    var own = sessions.Where(s => ReferenceEquals(s.Circuit, circuit) && ReferenceEquals(s.Peering, peering) && s.Link.Role == role).ToArray();
                    if (own.Length > 0)
                    {
                        yield return new Msee(MseeInstance(circuit, peering.Kind, role), circuit, peering.Kind, role, own);
                    }
                }
            }
        }
    }

    private sealed record Msee(string Name, Circuit Circuit, PeeringKind Kind, LinkRole Role, IReadOnlyList<LinkSession> Sessions);
}

/// <summary>Which way a route came: through which circuit's primary or secondary MSEE, and over which link session if seen at a customer router.</summary>
internal sealed record TwinPath(Circuit Circuit, LinkRole Role, LinkSession? Session);
