using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;
using ErAnalyzers.Twin.Frr;
using ErAnalyzers.Twin.Twins;

namespace ErAnalyzers.Twin;

/// <summary>
/// The FRRouting configuration of each customer edge router of a design: a session to Microsoft's address of each
/// link the router terminates, with the link's policy as route maps and prefix lists. With a <see cref="Loopbacks"/>
/// plan, the same configuration as the twin runs it: on loopback addresses, without MD5 and with its site's other
/// routers as iBGP neighbours.
/// </summary>
internal static class CustomerRouters
{
    /// <summary>The placeholder written for the MD5 key held in the secret store under <paramref name="name"/>.</summary>
    public static string SecretPlaceholder(string name) => $"{{{{secret:{name}}}}}";

    /// <summary>Each router that terminates a link, in the order the design declares them, with its configuration.</summary>
    public static IReadOnlyList<(Router Router, BgpRouterConfig Config)> Configs(NetworkDesignModel model, IReadOnlyList<LinkSession> sessions, Loopbacks? twin = null)
    {
        var configs = new List<(Router, BgpRouterConfig)>();
        var routersWithLinks = sessions.Select(s => s.RouterName).ToHashSet();
        foreach (var site in model.Sites)
        {
            foreach (var router in site.Routers.Where(r => routersWithLinks.Contains(r.Name!)))
            {
                var own = sessions.Where(s => s.RouterName == router.Name).ToArray();
                configs.Add((router, Config(model, site, router, own, twin, routersWithLinks)));
            }
        }

        return configs;
    }

    private static BgpRouterConfig Config(
        NetworkDesignModel model, Site site, Router router, LinkSession[] sessions, Loopbacks? twin, IReadOnlyCollection<string> routersWithLinks)
    {
        long asn = LinkSession.Known(site.Asn, $"the ASN of site '{site.DisplayName}'").Value;
        var prefixLists = new List<PrefixList>();
        var routeMaps = new List<RouteMap>();
        var neighbors = new List<BgpNeighbor>();
        foreach (var session in sessions)
        {
            neighbors.Add(Neighbor(session, asn, twin));
            routeMaps.Add(InPolicy(session));
            var (list, map) = OutPolicy(session);
            prefixLists.AddRange(list is null ? [] : [list]);
            routeMaps.Add(map);
        }

        var statements = new List<string>();
        if (sessions.Any(s => s.Link.Policy.IgnoresAsPathLength is { IsKnown: true, Value: true }))
        {
            statements.Add("bgp bestpath as-path ignore");
        }

        if (twin is not null)
        {
            statements.AddRange(Loopbacks.RouterStatements);
            neighbors.AddRange(twin.SiteNeighbors(site, router, asn, routersWithLinks));
        }

        return new BgpRouterConfig(FrrName.Of(router.Name), asn)
        {
            Comments = Header(model, site, router, asn, sessions),
            RouterId = twin?.CustomerRouterAddress(router.Name!),
            Statements = statements,
            Neighbors = neighbors,
            Networks = [.. sessions.SelectMany(s => s.Advertised).Distinct()],
            PrefixLists = prefixLists,
            RouteMaps = routeMaps,
        };
    }

    private static BgpNeighbor Neighbor(LinkSession session, long routerAsn, Loopbacks? twin)
    {
        var policy = session.Link.Policy;
        var neighbor = new BgpNeighbor(session.Addresses.Microsoft.ToString(), LinkSession.MicrosoftAsn, [session.Family])
        {
            Description = session.Description,
            LocalAs = session.CustomerAsn == routerAsn ? null : session.CustomerAsn,
            Password = session.Peering.Md5Key is { } key ? SecretPlaceholder(key.ParameterName) : null,
            Bfd = policy.Bfd is { IsKnown: true } bfd ? bfd.Value : null,
            Timers = policy.Timers is { IsKnown: true } timers ? timers.Value : null,
            Shutdown = policy.Shutdown is { IsKnown: true, Value: true },
            RouteMapIn = session.Name + "-in",
            RouteMapOut = session.Name + "-out",
        };

        // The twin runs without TCP MD5 (see docs/twin.md) and between loopback addresses.
        return twin is null ? neighbor : neighbor with
        {
            Address = twin.MicrosoftAddress(session),
            UpdateSource = twin.CustomerAddress(session),
            Password = null,
            TwinStatements = Loopbacks.NeighborStatements,
        };
    }

    // Routes from Microsoft: all taken, with the link's local preference.
    private static RouteMap InPolicy(LinkSession session) => new(session.Name + "-in", Permit: true)
    {
        Sets = session.Link.Policy.LocalPreference is { IsKnown: true } preference ? [$"local-preference {preference.Value}"] : [],
    };

    // Routes to Microsoft: the link's advertised prefixes only (never a route learned elsewhere), prepended and with MED.
    private static (PrefixList? List, RouteMap Map) OutPolicy(LinkSession session)
    {
        string name = session.Name + "-out";
        var advertised = session.Advertised.Where(p => p.Family == session.Family).ToArray();
        if (advertised.Length == 0)
        {
            return (null, new RouteMap(name, Permit: false) { Comment = "The design advertises no prefix on this session." });
        }

        var policy = session.Link.Policy;
        var sets = new List<string>();
        if (policy.AsPathPrepend is { IsKnown: true, Value: > 0 } prepend)
        {
            sets.Add("as-path prepend " + string.Join(' ', Enumerable.Repeat(session.CustomerAsn, prepend.Value)));
        }

        if (policy.Med is { IsKnown: true } med)
        {
            sets.Add($"metric {med.Value}");
        }

        var list = new PrefixList(name, session.Family, advertised);
        return (list, new RouteMap(name, Permit: true) { Match = list, Sets = sets });
    }

    private static List<string> Header(NetworkDesignModel model, Site site, Router router, long asn, LinkSession[] sessions)
    {
        var lines = new List<string>
        {
            $"FRRouting configuration of customer edge router '{router.Name}' (site '{site.Name}', AS {asn}), design '{model.Name}':",
            "its ExpressRoute BGP sessions, written by ErAnalyzers.Twin from the design.",
        };
        var secrets = sessions.Select(s => s.Peering.Md5Key?.ParameterName).OfType<string>().Distinct().ToArray();
        if (secrets.Length > 0)
        {
            lines.Add($"Before loading, replace {string.Join(", ", secrets.Select(SecretPlaceholder))} with the BGP MD5 key your");
            lines.Add("secret store holds under that name (the securestring parameter of the same name in the ARM template).");
        }

        lines.Add("FRR originates an advertised prefix only while this router has a route to it (bgp network import-check).");
        lines.Add("");
        return lines;
    }
}
