using System.Globalization;
using System.Linq;
using System.Text;
using ErAnalyzers.Model;

namespace ErAnalyzers.Twin.Frr;

/// <summary>
/// Writes a <see cref="BgpRouterConfig"/> as FRRouting 8 configuration text: the prefix lists and route maps first, so
/// that bgpd knows them when a session comes up (a route map it does not know yet denies every route until its
/// route-map timer runs), then the router block (each neighbour's <c>remote-as</c> first, then its settings; an
/// address-family block per family). Same bytes on every run and in every culture; <c>\n</c> line ends.
/// </summary>
internal static class FrrConfigText
{
    /// <summary>The configuration text.</summary>
    public static string Render(BgpRouterConfig config)
    {
        var text = new StringBuilder();
        foreach (string comment in config.Comments)
        {
            Line(text, comment.Length == 0 ? "!" : "! " + comment);
        }

        Line(text, "frr version 8.4");
        Line(text, "frr defaults traditional");
        Line(text, $"hostname {config.Hostname}");
        Line(text, "!");
        foreach (var list in config.PrefixLists)
        {
            WritePrefixList(text, list);
            Line(text, "!");
        }

        foreach (var map in config.RouteMaps)
        {
            WriteRouteMap(text, map);
            Line(text, "!");
        }

        Line(text, $"router bgp {Number(config.Asn)}");
        if (config.RouterId is { } routerId)
        {
            Line(text, $" bgp router-id {routerId}");
        }

        // Every session says which families it carries: an IPv6 link's session carries IPv6 only.
        Line(text, " no bgp default ipv4-unicast");
        foreach (string statement in config.Statements)
        {
            Line(text, " " + statement);
        }

        foreach (var neighbor in config.Neighbors)
        {
            WriteNeighbor(text, neighbor);
        }

        foreach (var family in new[] { IpFamily.IPv4, IpFamily.IPv6 })
        {
            WriteAddressFamily(text, config, family);
        }

        Line(text, "exit");
        Line(text, "!");
        return text.ToString();
    }

    private static void WriteNeighbor(StringBuilder text, BgpNeighbor neighbor)
    {
        string n = " neighbor " + neighbor.Address;
        Line(text, $"{n} remote-as {Number(neighbor.RemoteAs)}");
        if (neighbor.Description is { } description)
        {
            Line(text, $"{n} description {description}");
        }

        if (neighbor.LocalAs is { } localAs)
        {
            // The peering's ASN replaces the router's on this session only.
            Line(text, $"{n} local-as {Number(localAs)} no-prepend replace-as");
        }

        if (neighbor.Password is { } password)
        {
            Line(text, $"{n} password {password}");
        }

        if (neighbor.UpdateSource is { } source)
        {
            Line(text, $"{n} update-source {source}");
        }

        if (neighbor.Passive)
        {
            Line(text, $"{n} passive");
        }

        foreach (string statement in neighbor.TwinStatements)
        {
            Line(text, $"{n} {statement}");
        }

        if (neighbor.Timers is { } timers)
        {
            Line(text, $"{n} timers {Number(timers.KeepaliveSeconds)} {Number(timers.HoldSeconds)}");
        }

        if (neighbor.Bfd is { } bfd)
        {
            // FRR's order: detect multiplier, required minimum receive interval, desired minimum transmit interval.
            Line(text, $"{n} bfd {Number(bfd.Multiplier)} {Number(bfd.MinReceiveMilliseconds)} {Number(bfd.IntervalMilliseconds)}");
        }

        if (neighbor.Shutdown)
        {
            Line(text, $"{n} shutdown");
        }
    }

    private static void WriteAddressFamily(StringBuilder text, BgpRouterConfig config, IpFamily family)
    {
        var networks = config.Networks.Where(p => p.Family == family).ToArray();
        var neighbors = config.Neighbors.Where(n => n.Families.Contains(family)).ToArray();
        if (networks.Length == 0 && neighbors.Length == 0)
        {
            return;
        }

        Line(text, " !");
        Line(text, $" address-family {(family == IpFamily.IPv4 ? "ipv4" : "ipv6")} unicast");
        foreach (var network in networks)
        {
            Line(text, $"  network {network}");
        }

        if (config.MaximumPaths is { } paths)
        {
            Line(text, $"  maximum-paths {Number(paths)}");
        }

        foreach (var neighbor in neighbors)
        {
            string n = "  neighbor " + neighbor.Address;
            Line(text, $"{n} activate");
            if (neighbor.NextHopSelf)
            {
                Line(text, $"{n} next-hop-self");
            }

            if (neighbor.Weight != 0)
            {
                Line(text, $"{n} weight {Number(neighbor.Weight)}");
            }

            if (neighbor.RouteMapIn is { } mapIn)
            {
                Line(text, $"{n} route-map {mapIn} in");
            }

            if (neighbor.RouteMapOut is { } mapOut)
            {
                Line(text, $"{n} route-map {mapOut} out");
            }
        }

        Line(text, " exit-address-family");
    }

    private static void WritePrefixList(StringBuilder text, PrefixList list)
    {
        string command = list.Family == IpFamily.IPv4 ? "ip prefix-list" : "ipv6 prefix-list";
        int sequence = 0;
        foreach (var prefix in list.Prefixes)
        {
            sequence += 5;
            Line(text, $"{command} {list.Name} seq {Number(sequence)} permit {prefix}");
        }
    }

    private static void WriteRouteMap(StringBuilder text, RouteMap map)
    {
        if (map.Comment is { } comment)
        {
            Line(text, "! " + comment);
        }

        Line(text, $"route-map {map.Name} {(map.Permit ? "permit" : "deny")} 10");
        if (map.Match is { } list)
        {
            Line(text, $" match {(list.Family == IpFamily.IPv4 ? "ip" : "ipv6")} address prefix-list {list.Name}");
        }

        foreach (string set in map.Sets)
        {
            Line(text, " set " + set);
        }

        Line(text, "exit");
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
