using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ErAnalyzers.Model;

namespace ErAnalyzers.Tool.Reading;

/// <summary>
/// The route tables of <c>az network express-route list-route-tables --path primary|secondary</c>: what Microsoft's
/// two edge routers learned on the two BGP sessions of a peering. The output names neither circuit nor path, so the
/// file name does: <c>CIRCUIT.PEERING.primary.json</c>. A path with no routes is a link that carries nothing
/// (ER1001); a prefix on one path only, or with a longer AS path on one path, makes the links active-passive (ER1002).
/// </summary>
internal sealed class RouteTables
{
    private readonly Dictionary<(string Circuit, PeeringKind Kind), JsonNode?[]> tables = [];

    /// <summary>A route table's circuit, peering and path, from its file name.</summary>
    public readonly record struct TableName(string Circuit, PeeringKind Kind, LinkRole Path);

    /// <summary>The circuits with route tables.</summary>
    public IEnumerable<string> Circuits => tables.Keys.Select(k => k.Circuit);

    /// <summary>Whether <paramref name="path"/> names a route table (<c>*.primary.json</c>, <c>*.secondary.json</c>), and which.</summary>
    public static bool TryName(string path, out TableName name)
    {
        name = default;
        string[] parts = Path.GetFileName(path).Split('.');
        if (parts.Length < 4 || !string.Equals(parts[^1], "json", StringComparison.OrdinalIgnoreCase)
            || JsonNode.EnumNamed<LinkRole>(parts[^2]) is not { } role)
        {
            return false;
        }

        PeeringKind kind = parts[^3].ToLowerInvariant() switch
        {
            "azureprivatepeering" => PeeringKind.Private,
            "microsoftpeering" => PeeringKind.Microsoft,
            _ => throw new BadInputException($"{path}: error: a route table's file name is CIRCUIT.PEERING.{parts[^2]}.json, with PEERING AzurePrivatePeering or MicrosoftPeering; found {JsonNode.Quote(parts[^3])}"),
        };
        name = new TableName(string.Join('.', parts[..^3]), kind, role);
        return true;
    }

    /// <summary>Adds the table read from a file named <paramref name="name"/>.</summary>
    public void Add(TableName name, JsonNode root)
    {
        var routes = root.Element.ValueKind == JsonValueKind.Array ? root
            : root["value"] is { Element.ValueKind: JsonValueKind.Array } value ? value
            : throw BadInputException.At(root, "expected a route table: the JSON of az network express-route list-route-tables (an object with \"value\", or an array)");
        if (!tables.TryGetValue((name.Circuit, name.Kind), out var paths))
        {
            tables[(name.Circuit, name.Kind)] = paths = new JsonNode?[2];
        }

        paths[(int)name.Path] = routes;
    }

    /// <summary>
    /// The peerings of <paramref name="circuit"/> with what its route tables show: <paramref name="configured"/>
    /// as read elsewhere, and a peering made by <paramref name="unseen"/> for a table whose peering no file describes.
    /// </summary>
    public IReadOnlyList<Peering> Apply(string circuit, IReadOnlyList<Peering> configured, Func<PeeringKind, SourceLocation?, Peering> unseen)
    {
        var result = configured.ToList();
        foreach (PeeringKind kind in Enum.GetValues<PeeringKind>())
        {
            if (!tables.TryGetValue((circuit, kind), out var paths))
            {
                continue;
            }

            int index = result.FindIndex(p => p.Kind == kind);
            PathRoutes? primary = Routes(paths[0]), secondary = Routes(paths[1]);
            var peering = index >= 0 ? result[index] : unseen(kind, (paths[0] ?? paths[1])!.Value.Location);
            if (index < 0 && new[] { primary, secondary }.SelectMany(p => p?.Routes.Values ?? Enumerable.Empty<Route>()).FirstOrDefault(r => r.Neighbour is not null) is { } route)
            {
                // A peering no file describes: its peer ASN is the neighbour AS of the routes the customer edge sends.
                peering = peering with { PeerAsn = Setting.Of(new Asn(route.Neighbour!.Value), route.Node["path"]?.Location ?? route.Node.Location) };
            }

            peering = peering with { Ipv4 = Apply(peering.Ipv4, primary, secondary) };
            if (index >= 0)
            {
                result[index] = peering;
            }
            else
            {
                result.Add(peering);
            }
        }

        return result;
    }

    private static LinkPair Apply(LinkPair pair, PathRoutes? primary, PathRoutes? secondary)
    {
        // ER1001 reports on the link that is left: the place to look at is the empty table.
        var emptyTable = primary is { Routes.Count: 0 } ? primary : secondary is { Routes.Count: 0 } ? secondary : null;
        return pair with
        {
            Primary = Link(pair.Primary, LinkRole.Primary, primary, secondary, emptyTable),
            Secondary = Link(pair.Secondary, LinkRole.Secondary, secondary, primary, emptyTable),
        };
    }

    // A path with no routes has no working link; a path with routes has a link whose routes are known.
    private static Link? Link(Link? configured, LinkRole role, PathRoutes? own, PathRoutes? other, PathRoutes? emptyTable)
    {
        if (own is null)
        {
            // No table for this path: the link as configured, or one whose routes are unknown.
            return configured ?? new Link
            {
                Role = role,
                Family = IpFamily.IPv4,
                Subnet = Setting.Unknown<string>(),
                Policy = EstateReader.CustomerEdgeUnknown,
            };
        }

        if (own.Routes.Count == 0)
        {
            return null;
        }

        var link = configured ?? new Link { Role = role, Family = IpFamily.IPv4, Subnet = Setting.Unknown<string>(), Policy = EstateReader.CustomerEdgeUnknown };
        return link with
        {
            Location = emptyTable?.Node.Location ?? link.Location ?? own.Node.Location,
            Policy = link.Policy with
            {
                AdvertisedPrefixes = [.. own.Routes.Values.Select(r => Setting.Of(r.Prefix, r.Node.Location))],
                AsPathPrepend = other is null ? Setting.Unknown<int>() : LongerPath(own, other),
            },
        };
    }

    // How much longer the AS path of this path is than the other's, for the prefix where it is longest; 0 when never.
    private static Setting<int> LongerPath(PathRoutes own, PathRoutes other)
    {
        Route? longest = null;
        int most = 0;
        foreach (var route in own.Routes.Values)
        {
            if (other.Routes.TryGetValue(route.Prefix, out var otherRoute) && route.PathLength - otherRoute.PathLength > most)
            {
                most = route.PathLength - otherRoute.PathLength;
                longest = route;
            }
        }

        return Setting.Of(most, longest?.Node["path"]?.Location ?? own.Node.Location);
    }

    // Neighbour: the first AS of the path, the customer edge's own (the peer ASN).
    private sealed record Route(IpPrefix Prefix, int PathLength, long? Neighbour, JsonNode Node);

    private sealed record PathRoutes(JsonNode Node, Dictionary<IpPrefix, Route> Routes);

    // The routes of one path by prefix; of several routes to one prefix, the one with the shortest AS path counts.
    private static PathRoutes? Routes(JsonNode? table)
    {
        if (table is not { } node)
        {
            return null;
        }

        var routes = new Dictionary<IpPrefix, Route>();
        foreach (var entry in node.Items())
        {
            var network = entry.Text("network") ?? throw BadInputException.At(entry, "the route has no \"network\"");
            if (!IpPrefix.TryParse(network.Value, out var prefix, out string problem))
            {
                throw BadInputException.At(entry["network"]!.Value, $"the route's network {JsonNode.Quote(network.Value)} is not an IP prefix: {problem}");
            }

            string[] path = (entry.Text("path")?.Value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            long? neighbour = path.Length > 0 && long.TryParse(path[0], out long first) ? first : null;

            // Routes from Microsoft (ASN 12076) or Azure's gateways (65515-65520, reserved for Azure) are not the customer's.
            if (neighbour is 12076 or (>= 65515 and <= 65520))
            {
                continue;
            }

            if (!routes.TryGetValue(prefix, out var known) || path.Length < known.PathLength)
            {
                routes[prefix] = new Route(prefix, path.Length, neighbour, entry);
            }
        }

        return new PathRoutes(node, routes);
    }
}
