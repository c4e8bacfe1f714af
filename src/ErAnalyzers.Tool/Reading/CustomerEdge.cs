using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ErAnalyzers.Model;

namespace ErAnalyzers.Tool.Reading;

/// <summary>
/// What a template written by ErAnalyzers.Dsl records of the customer side in its <c>metadata</c> (no Azure
/// resource holds it): the design's name, the site, router, port, BFD, AS-path prepend and shutdown of each link,
/// the address spaces of the gateways' virtual networks and the prefixes sites advertise over VPN backups.
/// </summary>
internal sealed class CustomerEdge
{
    private readonly Dictionary<string, EdgeLink> links = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Setting<IpPrefix>>> addressSpaces = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Setting<IpPrefix>>> vpnPrefixes = new(StringComparer.OrdinalIgnoreCase);

    private sealed record EdgeLink(string? Site, string? Router, string? Port, bool Bfd, Setting<long>? Prepend, bool Shutdown, SourceLocation Location);

    /// <summary>The design's name, when a template gives one.</summary>
    public string? DesignName { get; private set; }

    /// <summary>Reads the <c>metadata</c> of a template.</summary>
    public void Read(JsonNode metadata)
    {
        DesignName ??= metadata.Text("design") is { IsKnown: true } name ? name.Value : null;
        foreach (var link in metadata.Items("customerEdgeLinks"))
        {
            var key = link.Text("link") ?? throw BadInputException.At(link, "the customer edge link has no \"link\"");
            links[key.Value] = new EdgeLink(
                link.Text("site")?.Value, link.Text("router")?.Value, link.Text("port")?.Value,
                link.Boolean("bfd") is { IsKnown: true, Value: true }, link.Number("asPathPrepend"),
                link.Boolean("shutdown") is { IsKnown: true, Value: true }, link.Location);
        }

        ReadPrefixLists(metadata, "virtualNetworkAddressSpaces", "gateway", addressSpaces);
        ReadPrefixLists(metadata, "vpnAdvertisedPrefixes", "vpn", vpnPrefixes);
    }

    private static void ReadPrefixLists(JsonNode metadata, string property, string owner, Dictionary<string, List<Setting<IpPrefix>>> lists)
    {
        foreach (var entry in metadata.Items(property))
        {
            var name = entry.Text(owner) ?? throw BadInputException.At(entry, $"the entry has no \"{owner}\"");
            lists[name.Value] = [.. entry.Items("addressPrefixes").Select(EstateReader.Prefix)];
        }
    }

    /// <summary>The address space recorded for a gateway's virtual network.</summary>
    public IReadOnlyList<Setting<IpPrefix>> AddressSpace(string gateway) => addressSpaces.TryGetValue(gateway, out var prefixes) ? prefixes : [];

    /// <summary>The prefixes recorded for a VPN backup.</summary>
    public IReadOnlyList<Setting<IpPrefix>> VpnPrefixes(string vpn) => vpnPrefixes.TryGetValue(vpn, out var prefixes) ? prefixes : [];

    /// <summary>The circuit's links with what the metadata records of their customer edge.</summary>
    public Circuit Apply(Circuit circuit) => links.Count == 0 ? circuit : circuit with
    {
        Peerings = [.. circuit.Peerings.Select(peering => peering with
        {
            Ipv4 = Apply(circuit, peering, peering.Ipv4),
            Ipv6 = peering.Ipv6 is { } ipv6 ? Apply(circuit, peering, ipv6) : null,
        })],
    };

    private LinkPair Apply(Circuit circuit, Peering peering, LinkPair pair) => pair with
    {
        Primary = Apply(circuit, peering, pair.Primary),
        Secondary = Apply(circuit, peering, pair.Secondary),
    };

    // BFD is recorded as on or off, without timers; an absent prepend or shutdown is none.
    private Link? Apply(Circuit circuit, Peering peering, Link? link)
    {
        if (link is null || !links.TryGetValue($"{circuit.Name}/{peering.AzureName}/{link.Family}/{link.Role}", out var edge))
        {
            return link;
        }

        return link with
        {
            SiteName = edge.Site,
            RouterName = edge.Router,
            PortName = edge.Port,
            Policy = link.Policy with
            {
                Bfd = edge.Bfd ? Setting.Unknown<BfdTimers>(edge.Location) : null,
                AsPathPrepend = edge.Prepend is { IsKnown: true } prepend ? Setting.Of((int)Math.Clamp(prepend.Value, int.MinValue, int.MaxValue), prepend.Location) : null,
                Shutdown = edge.Shutdown ? Setting.Of(true, edge.Location) : null,
            },
        };
    }

    /// <summary>
    /// The sites of the links and VPN backups, with their routers and ports, in the order first named. A site's ASN
    /// is the peer ASN of the first peering with a link on it, else the BGP ASN of its VPN.
    /// </summary>
    public IReadOnlyList<Site> Sites(IReadOnlyList<Circuit> circuits, IReadOnlyList<(VpnBackup Vpn, Setting<Asn>? Asn)> vpns)
    {
        var sites = new List<(string Name, Setting<Asn>? Asn, List<(string Router, List<string> Ports)> Routers)>();
        (string Name, Setting<Asn>? Asn, List<(string Router, List<string> Ports)> Routers) SiteNamed(string name, Setting<Asn>? asn)
        {
            int index = sites.FindIndex(s => s.Name == name);
            if (index < 0)
            {
                sites.Add((name, asn, []));
                return sites[^1];
            }

            return sites[index];
        }

        foreach (var circuit in circuits)
        {
            foreach (var peering in circuit.Peerings)
            {
                foreach (var link in peering.LinkPairs.SelectMany(p => p.Links).Where(l => l.SiteName is not null && l.RouterName is not null))
                {
                    var routers = SiteNamed(link.SiteName!, peering.PeerAsn).Routers;
                    int router = routers.FindIndex(r => r.Router == link.RouterName);
                    if (router < 0)
                    {
                        routers.Add((link.RouterName!, []));
                        router = routers.Count - 1;
                    }

                    if (link.PortName is { } port && !routers[router].Ports.Contains(port))
                    {
                        routers[router].Ports.Add(port);
                    }
                }
            }
        }

        foreach (var (vpn, asn) in vpns)
        {
            SiteNamed(vpn.SiteName!, asn);
        }

        return [.. sites.Select(site => new Site
        {
            Name = site.Name,
            Asn = site.Asn,
            Routers = [.. site.Routers.Select(r => new Router
            {
                Name = r.Router,
                SiteName = site.Name,
                Kind = Setting.Unknown<DeviceKind>(),
                Ports = [.. r.Ports.Select(p => new RouterPort { Name = p, RouterName = r.Router })],
            })],
        })];
    }
}
