using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// A design as the rules walk it: its peerings and link pairs flattened, its elements by name, its backup groups.
/// The lookups and groups are computed on first use and shared by the rules of one evaluation; the analyzers
/// evaluate the rules once per circuit, gateway and design of a compilation, so what every rule computed again added
/// up. The collections are lists, not interfaces, so that a foreach over them allocates no enumerator. Peerings and
/// link pairs are walked, not kept: lists of them, with a record for each, cost more than walking them again, and a
/// pair's links are walked with <see cref="DesignQueries.EachLink"/> for the same reason.
/// </summary>
internal sealed class DesignView(NetworkDesignModel model)
{
    // Up to this many circuits or ports, one of a name is searched for rather than looked up in a dictionary.
    private const int SearchedUpTo = 16;

    private Dictionary<string, Circuit>? circuitsByName;
    private Dictionary<string, DirectPort>? directPortsByName;
    private List<BackupGroup>? gatewayBackupGroups;
    private List<BackupGroup>? backupGroups;

    /// <summary>The design.</summary>
    public NetworkDesignModel Model { get; } = model;

    /// <summary>Every peering of every circuit, with its circuit.</summary>
    public CircuitPeerings Peerings => new(Model.Circuits);

    /// <summary>Every link pair of every peering of every circuit, IPv4 before IPv6.</summary>
    public CircuitLinkPairs LinkPairs => new(Model.Circuits);

    /// <summary>The circuit of a name, when exactly one has it.</summary>
    public Circuit? Circuit(string name) => Named(Model.Circuits, name, ref circuitsByName);

    /// <summary>
    /// For each gateway with connections that can be judged, the circuits connected to it, in connection order: the
    /// gateway is complete and every connection names one circuit of the design. Other gateways are left out, so
    /// that a rule never judges a gateway on circuits it cannot see.
    /// </summary>
    public List<BackupGroup> GatewayBackupGroups => gatewayBackupGroups ??= AllGatewayBackupGroups();

    /// <summary>
    /// Every group of circuits that back each other up: each gateway's (see <see cref="GatewayBackupGroups"/>), then
    /// the on-premises site's, when the whole design was seen, every link's site is known, and circuits end at one
    /// site only (an on-premises network the design does not describe may join several sites). A site whose circuits
    /// are exactly a gateway's is left out: the gateway's finding says the same.
    /// </summary>
    public List<BackupGroup> BackupGroups => backupGroups ??= AllBackupGroups();

    /// <summary>The ExpressRoute Direct port pair of a name, when exactly one has it.</summary>
    public DirectPort? DirectPort(string name) => Named(Model.DirectPorts, name, ref directPortsByName);

    /// <summary>
    /// The peering location of a circuit when it is known: its provider's, or that of the ExpressRoute Direct port
    /// pair it is on. Null when it is not known.
    /// </summary>
    public string? PeeringLocation(Circuit circuit) => PeeringLocationSetting(circuit) is { IsKnown: true } location ? location.Value : null;

    /// <summary>The setting that holds a circuit's peering location (its provider's, or its Direct port pair's), if any.</summary>
    public Setting<string>? PeeringLocationSetting(Circuit circuit) => circuit.Connectivity switch
    {
        ProviderConnectivity provider => provider.PeeringLocation,
        DirectConnectivity { PortName: { } port } => DirectPort(port)?.PeeringLocation,
        _ => null,
    };

    // A few elements are searched (most designs have a handful of circuits); more are indexed once, on first use.
    private static T? Named<T>(IReadOnlyList<T> elements, string name, ref Dictionary<string, T>? byName)
        where T : DesignElement =>
        elements.Count <= SearchedUpTo ? elements.OnlyNamed(name)
        : (byName ??= elements.ByUniqueName()).TryGetValue(name, out var element) ? element : null;

    private List<BackupGroup> AllGatewayBackupGroups()
    {
        var groups = new List<BackupGroup>(Model.Gateways.Count);
        foreach (var gateway in Model.Gateways.Each())
        {
            if (gateway.IsComplete && gateway.Connections.Count > 0 && ConnectedCircuits(gateway) is { } circuits)
            {
                groups.Add(new BackupGroup(gateway, circuits));
            }
        }

        return groups;
    }

    private List<BackupGroup> AllBackupGroups()
    {
        if (SiteBackupGroup() is not { } site)
        {
            return GatewayBackupGroups;
        }

        foreach (var group in GatewayBackupGroups)
        {
            if (SameCircuits(group.Circuits, site.Circuits))
            {
                return GatewayBackupGroups;
            }
        }

        return [.. GatewayBackupGroups, site];
    }

    // The circuits a gateway connects, each once; null when a connection names no single circuit of the design.
    private List<Circuit>? ConnectedCircuits(Gateway gateway)
    {
        var circuits = new List<Circuit>(gateway.Connections.Count);
        foreach (var connection in gateway.Connections.Each())
        {
            if (connection.CircuitName is null || Circuit(connection.CircuitName) is not { } circuit)
            {
                return null;
            }

            if (!ContainsSame(circuits, circuit))
            {
                circuits.Add(circuit);
            }
        }

        return circuits;
    }

    // The one site where circuits end, with those circuits; null when that is not known (see BackupGroups).
    private BackupGroup? SiteBackupGroup()
    {
        if (!Model.IsComplete)
        {
            return null;
        }

        string? siteName = null;
        var circuits = new List<Circuit>(Model.Circuits.Count);
        foreach (var circuit in Model.Circuits.Each())
        {
            if (!circuit.IsComplete)
            {
                return null;
            }

            bool hasLinks = false;
            foreach (var peering in circuit.Peerings.Each())
            {
                if (!peering.IsComplete)
                {
                    return null;
                }

                foreach (var pair in peering.EachPair())
                {
                    foreach (var link in pair.EachLink())
                    {
                        if (link.SiteName is null || (siteName is not null && link.SiteName != siteName))
                        {
                            return null;
                        }

                        siteName = link.SiteName;
                        hasLinks = true;
                    }
                }
            }

            if (hasLinks)
            {
                circuits.Add(circuit);
            }
        }

        return siteName is not null && Model.Sites.OnlyNamed(siteName) is { } site ? new BackupGroup(site, circuits) : null;
    }

    private static bool SameCircuits(IReadOnlyList<Circuit> some, IReadOnlyList<Circuit> others)
    {
        if (some.Count != others.Count)
        {
            return false;
        }

        foreach (var circuit in some)
        {
            if (!ContainsSame(others, circuit))
            {
                return false;
            }
        }

        return true;
    }

    // Circuits are told apart by reference: two circuits may be equal records.
    private static bool ContainsSame(IReadOnlyList<Circuit> circuits, Circuit circuit)
    {
        for (int i = 0; i < circuits.Count; i++)
        {
            if (ReferenceEquals(circuits[i], circuit))
            {
                return true;
            }
        }

        return false;
    }
}
