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
    /// <summary>What the whole twin shows: which links carry each prefix, and what each peering's links carry.</summary>
    public static async Task<(IReadOnlyList<PrefixPaths> Prefixes, IReadOnlyList<PeeringObservation> Peerings)> ObserveAsync(RunningTwin twin, CancellationToken cancellation)
    {
        var prefixes = await PrefixesAsync(twin, _ => true, cancellation).ConfigureAwait(false);
        return (prefixes, Peerings(twin.Plan, prefixes));
    }

    /// <summary>Which links carry each prefix, read at the gateways and sites' routers <paramref name="observed"/> lets through.</summary>
    public static async Task<IReadOnlyList<PrefixPaths>> PrefixesAsync(RunningTwin twin, Func<BgpdProcess, bool> observed, CancellationToken cancellation)
    {
        var readers = twin.Processes.Where(p => p.Instance.ObservedAt is not null && observed(p))
            .SelectMany(process => new[] { false, true }.Select(async ipv6 => (process, ipv6, routes: await twin.RoutesAsync(process, ipv6, cancellation).ConfigureAwait(false))))
            .ToArray();
        var seen = new Dictionary<(IpPrefix Prefix, TrafficDirection Direction, string At), HashSet<TwinLink>>();
        foreach (var (process, _, document) in await Task.WhenAll(readers).ConfigureAwait(false))
        {
            using var routes = document;
            var direction = process.Instance.Name.StartsWith("gw-", StringComparison.Ordinal) ? TrafficDirection.ToOnPremises : TrafficDirection.ToAzure;
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

        var order = twin.Plan.Sessions.Select(Link).ToList();
        return seen
            .Select(entry => new PrefixPaths(entry.Key.Prefix, entry.Key.Direction, entry.Key.At, [.. entry.Value.OrderBy(order.IndexOf)]))
            .OrderBy(p => p.Direction).ThenBy(p => p.ObservedAt, StringComparer.Ordinal).ThenBy(p => p.Prefix.ToString(), StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>What each family of each private peering's links carry, given which links carry each prefix.</summary>
    public static IReadOnlyList<PeeringObservation> Peerings(TwinPlan plan, IReadOnlyList<PrefixPaths> prefixes) =>
        plan.Sessions
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

    /// <summary>The link a session is part of, as reports name it.</summary>
    public static TwinLink Link(LinkSession session) => new(session.Circuit.Name!, session.Peering.AzureName, session.Family, session.Link.Role);

    // A path the router uses: valid, and its best path or one of its equal-cost paths.
    private static bool IsSelected(JsonElement path) =>
        Flag(path, "valid") && (Flag(path, "bestpath") || Flag(path, "multipath"));

    private static bool Flag(JsonElement path, string name) => path.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
