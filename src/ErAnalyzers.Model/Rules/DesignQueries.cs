using System;
using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>A peering with the circuit it belongs to.</summary>
public sealed record CircuitPeering(Circuit Circuit, Peering Peering)
{
    /// <summary>A short human label: <c>peering 'AzurePrivatePeering' of circuit 'er-ams'</c>.</summary>
    public string Describe() => $"peering '{Peering.AzureName}' of circuit '{Circuit.DisplayName}'";
}

/// <summary>Walks a design the way several rules need.</summary>
public static class DesignQueries
{
    /// <summary>Every peering of every circuit.</summary>
    public static IEnumerable<CircuitPeering> AllPeerings(this NetworkDesignModel design) =>
        design.Circuits.SelectMany(c => c.Peerings.Select(p => new CircuitPeering(c, p)));

    /// <summary>The other link of a link's pair.</summary>
    public static Link? Partner(this LinkPair pair, Link link) => ReferenceEquals(link, pair.Primary) ? pair.Secondary : pair.Primary;

    /// <summary>Lower-case name of a role, for messages.</summary>
    public static string Describe(this LinkRole role) => role == LinkRole.Primary ? "primary" : "secondary";

    /// <summary>The only item, or null when there is none or more than one (then which one is meant is unknown).</summary>
    public static T? SingleOrNone<T>(this IEnumerable<T> items)
        where T : class
    {
        var firstTwo = items.Take(2).ToList();
        return firstTwo.Count == 1 ? firstTwo[0] : null;
    }

    /// <summary>
    /// For each gateway with connections that can be judged, the circuits connected to it, in connection order: the
    /// gateway is complete and every connection names one circuit of the design. Other gateways are left out, so
    /// that a rule never judges a gateway on circuits it cannot see.
    /// </summary>
    public static IEnumerable<BackupGroup> GatewayBackupGroups(this NetworkDesignModel design)
    {
        var circuitsByName = design.Circuits.ByUniqueName();
        foreach (var gateway in design.Gateways.Where(g => g.IsComplete && g.Connections.Count > 0))
        {
            if (ConnectedCircuits(circuitsByName, gateway) is { } circuits)
            {
                yield return new BackupGroup(gateway, circuits);
            }
        }
    }

    /// <summary>
    /// Every group of circuits that back each other up: each gateway's (see <see cref="GatewayBackupGroups"/>), then
    /// the on-premises site's, when the whole design was seen, every link's site is known, and circuits end at one
    /// site only (an on-premises network the design does not describe may join several sites). A site whose circuits
    /// are exactly a gateway's is left out: the gateway's finding says the same.
    /// </summary>
    public static IEnumerable<BackupGroup> BackupGroups(this NetworkDesignModel design)
    {
        var gateways = design.GatewayBackupGroups().ToList();
        return SiteBackupGroup(design) is { } site && !gateways.Exists(g => SameCircuits(g.Circuits, site.Circuits))
            ? [.. gateways, site]
            : gateways;
    }

    /// <summary>
    /// The peering location of a circuit when it is known: its provider's, or that of the ExpressRoute Direct port
    /// pair it is on. Null when it is not known.
    /// </summary>
    public static string? PeeringLocation(this NetworkDesignModel design, Circuit circuit)
    {
        var location = circuit.Connectivity switch
        {
            ProviderConnectivity provider => provider.PeeringLocation,
            DirectConnectivity { PortName: { } port } => design.DirectPorts.Where(p => p.Name == port).SingleOrNone()?.PeeringLocation,
            _ => null,
        };
        return location is { IsKnown: true } ? location.Value : null;
    }

    /// <summary>Every link of a peering, IPv4 then IPv6, primary first.</summary>
    public static IEnumerable<Link> Links(this Peering peering) => peering.LinkPairs.SelectMany(pair => pair.Links);

    // The one site where circuits end, with those circuits; null when that is not known (see BackupGroups).
    private static BackupGroup? SiteBackupGroup(NetworkDesignModel design)
    {
        bool everyLinkSeen = design.IsComplete
            && design.Circuits.All(c => c.IsComplete && c.Peerings.All(p => p.IsComplete && p.Links().All(l => l.SiteName is not null)));
        if (!everyLinkSeen)
        {
            return null;
        }

        var circuits = design.Circuits.Where(c => c.Peerings.Any(p => p.Links().Any())).ToList();
        var siteNames = circuits.SelectMany(c => c.Peerings).SelectMany(p => p.Links()).Select(l => l.SiteName).Distinct().ToList();
        return siteNames.Count == 1 && design.Sites.Where(s => s.Name == siteNames[0]).SingleOrNone() is { } site ? new BackupGroup(site, circuits) : null;
    }

    private static bool SameCircuits(IReadOnlyList<Circuit> some, IReadOnlyList<Circuit> others) =>
        some.Count == others.Count && some.All(c => others.Any(other => ReferenceEquals(c, other)));

    /// <summary>
    /// The elements by name, for lookups in designs of thousands of elements. A name given twice is ambiguous (the
    /// DSL rejects it), and so is no name: such elements are left out.
    /// </summary>
    internal static Dictionary<string, T> ByUniqueName<T>(this IEnumerable<T> elements)
        where T : DesignElement =>
        elements.Where(e => e.Name is not null).GroupBy(e => e.Name!, StringComparer.Ordinal)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);

    // The circuits a gateway connects, each once; null when a connection names no single circuit of the design.
    private static List<Circuit>? ConnectedCircuits(Dictionary<string, Circuit> circuitsByName, Gateway gateway)
    {
        var circuits = new List<Circuit>();
        foreach (var connection in gateway.Connections)
        {
            if (connection.CircuitName is null || !circuitsByName.TryGetValue(connection.CircuitName, out var circuit))
            {
                return null;
            }

            // Circuits are told apart by reference: two circuits may be equal records.
            if (!circuits.Exists(c => ReferenceEquals(c, circuit)))
            {
                circuits.Add(circuit);
            }
        }

        return circuits;
    }
}

/// <summary>
/// Circuits that back each other up: those connected to one gateway, or those whose links end at one on-premises
/// site; with the gateway or site (the owner) a finding about them is reported on.
/// </summary>
public sealed record BackupGroup(DesignElement Owner, IReadOnlyList<Circuit> Circuits)
{
    /// <summary>"Gateway" or "Site", to start a message.</summary>
    public string Kind => Owner is Site ? "Site" : "Gateway";
}
