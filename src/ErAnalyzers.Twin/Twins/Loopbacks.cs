using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErAnalyzers.Model;
using ErAnalyzers.Twin.Frr;

namespace ErAnalyzers.Twin.Twins;

/// <summary>
/// Where the twin puts everything: one loopback address per process (its router id and its iBGP and gateway
/// sessions) and one per end of each link session, all in <c>127.{block}.0.0/16</c>. The design's own addresses are
/// never bound or connected to; its prefixes only travel inside BGP.
/// </summary>
internal sealed class Loopbacks(byte block)
{
    // Each address at most 250 per third octet, so that none ends in .0 or .255.
    private const int PerOctet = 250;

    private readonly Dictionary<string, string> addresses = new(StringComparer.Ordinal);

    /// <summary>
    /// Statements every twin router needs: no zebra to check routes against, 127/8 next hops, and no graceful restart
    /// (a session reset while the twin starts would otherwise leave stale routes until the end-of-RIB marker).
    /// </summary>
    public static IReadOnlyList<string> RouterStatements { get; } = ["no bgp network import-check", "bgp allow-martian-nexthop", "bgp graceful-restart-disable"];

    /// <summary>
    /// Statements every twin session needs: eBGP between loopback addresses is not on a connected subnet, and the
    /// twin retries and advertises at once rather than after FRR's 120 s retry and batching delays.
    /// </summary>
    public static IReadOnlyList<string> NeighborStatements { get; } = ["disable-connected-check", "timers connect 1", "advertisement-interval 0"];

    /// <summary>The /16 of 127/8 the plan uses.</summary>
    public string Block => $"127.{block.ToString(CultureInfo.InvariantCulture)}.0.0/16";

    /// <summary>Every address handed out, in the order it was.</summary>
    public IReadOnlyCollection<string> All => addresses.Values;

    /// <summary>The address of the twin process <paramref name="instance"/>.</summary>
    public string InstanceAddress(string instance) => Address("instance " + instance);

    /// <summary>The address of a customer edge router's process.</summary>
    public string CustomerRouterAddress(string routerName) => InstanceAddress(CustomerRouterInstance(routerName));

    /// <summary>The customer end of a link session.</summary>
    public string CustomerAddress(LinkSession session) => Address(session.Name + " customer");

    /// <summary>Microsoft's end of a link session.</summary>
    public string MicrosoftAddress(LinkSession session) => Address(session.Name + " microsoft");

    /// <summary>The name of a customer edge router's process.</summary>
    public static string CustomerRouterInstance(string routerName) => "ce-" + FrrName.Of(routerName);

    /// <summary>
    /// The iBGP sessions from <paramref name="router"/> to the other routers of its site that terminate a link, so
    /// that the site's routers share what each learns (local preference acts site-wide, as on a real site).
    /// </summary>
    public IEnumerable<BgpNeighbor> SiteNeighbors(Site site, Router router, long asn, IReadOnlyCollection<string> routersWithLinks) =>
        site.Routers.Where(other => other.Name != router.Name && routersWithLinks.Contains(other.Name!))
            .Select(other => new BgpNeighbor(CustomerRouterAddress(other.Name!), asn, [IpFamily.IPv4, IpFamily.IPv6])
            {
                // The router declared later opens the session.
                Passive = IndexOf(site, other) > IndexOf(site, router),
                Description = $"iBGP to {FrrName.Of(other.Name)} of the same site (twin)",
                UpdateSource = CustomerRouterAddress(router.Name!),
                TwinStatements = NeighborStatements,
                NextHopSelf = true,
            });

    private static int IndexOf(Site site, Router router) => site.Routers.ToList().FindIndex(r => r.Name == router.Name);

    private string Address(string key)
    {
        if (!addresses.TryGetValue(key, out string? address))
        {
            int n = addresses.Count;
            if (n >= PerOctet * 256)
            {
                throw new InvalidOperationException($"The design needs more than {PerOctet * 256} twin addresses in {Block}.");
            }

            address = string.Create(CultureInfo.InvariantCulture, $"127.{block}.{n / PerOctet}.{(n % PerOctet) + 1}");
            addresses.Add(key, address);
        }

        return address;
    }
}
