using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Model;

namespace ErAnalyzers.Twin.Twins;

/// <summary>
/// Reads which links carry which prefix from the daemons' own tables: toward on-premises at each gateway (the MSEEs
/// its best and equal-cost paths come through), toward Azure at each site (the link sessions its routers' best and
/// equal-cost paths come over; a route a router takes from another router of its site over iBGP counts at that one).
/// </summary>
internal static class TwinObserver
{
    public static async Task<(IReadOnlyList<PrefixPaths> Prefixes, IReadOnlyList<PeeringObservation> Peerings)> ObserveAsync(RunningTwin twin, CancellationToken cancellation)
    {
        var seen = new Dictionary<(IpPrefix Prefix, TrafficDirection Direction, string At), HashSet<TwinLink>>();
        foreach (var process in twin.Processes.Where(p => p.Instance.ObservedAt is not null))
        {
            var direction = process.Instance.Name.StartsWith("gw-", StringComparison.Ordinal) ? TrafficDirection.ToOnPremises : TrafficDirection.ToAzure;
            foreach (bool ipv6 in new[] { false, true })
            {
                using var routes = await twin.RoutesAsync(process, ipv6, cancellation).ConfigureAwait(false);
                if (!routes.RootElement.TryGetProperty("routes", out var table))
                {
                    continue;
                }

                foreach (var route in table.EnumerateObject())
                {
                    var prefix = IpPrefix.Parse(route.Name);
                    foreach (var path in route.Value.EnumerateArray().Where(IsSelected))
                    {
                        if (path.TryGetProperty("peerId", out var peer) && peer.GetString() is { } peerId
                            && twin.Plan.Paths.TryGetValue(TwinPlan.PathKey(process.Instance.Name, peerId), out var via))
                        {
                            var key = (prefix, direction, process.Instance.ObservedAt!);
                            if (!seen.TryGetValue(key, out var links))
                            {
                                seen[key] = links = [];
                            }

                            // A gateway's MSEEs are those of private peering.
                            links.Add(new TwinLink(via.Circuit.Name!, via.Session?.Peering.AzureName ?? "AzurePrivatePeering", prefix.Family, via.Role));
                        }
                    }
                }
            }
        }

        var order = twin.Plan.Sessions.Select(Link).ToList();
        var prefixes = seen
            .Select(entry => new PrefixPaths(entry.Key.Prefix, entry.Key.Direction, entry.Key.At, [.. entry.Value.OrderBy(order.IndexOf)]))
            .OrderBy(p => p.Direction).ThenBy(p => p.ObservedAt, StringComparer.Ordinal).ThenBy(p => p.Prefix.ToString(), StringComparer.Ordinal)
            .ToArray();
        var peerings = twin.Plan.Sessions
            .Where(s => s.Peering.Kind == PeeringKind.Private)
            .GroupBy(s => (s.Circuit, s.Peering, s.Family))
            .Select(pair => new PeeringObservation(pair.Key.Circuit.Name!, pair.Key.Peering.AzureName, pair.Key.Family, [.. pair.Select(session =>
            {
                var link = Link(session);
                return new LinkCarriage(
                    link,
                    [.. prefixes.Where(p => p.Direction == TrafficDirection.ToOnPremises && p.Links.Contains(link)).Select(p => p.Prefix).Distinct()],
                    [.. prefixes.Where(p => p.Direction == TrafficDirection.ToAzure && p.Links.Contains(link)).Select(p => p.Prefix).Distinct()]);
            })]))
            .ToArray();
        return (prefixes, peerings);
    }

    private static TwinLink Link(LinkSession session) => new(session.Circuit.Name!, session.Peering.AzureName, session.Family, session.Link.Role);

    // A path the router uses: valid, and its best path or one of its equal-cost paths.
    private static bool IsSelected(JsonElement path) =>
        Flag(path, "valid") && (Flag(path, "bestpath") || Flag(path, "multipath"));

    private static bool Flag(JsonElement path, string name) => path.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
