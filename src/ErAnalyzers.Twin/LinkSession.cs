using System;
using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;
using ErAnalyzers.Twin.Frr;

namespace ErAnalyzers.Twin;

/// <summary>
/// One link of a design as a BGP session: the customer edge router at the first usable address of the link subnet,
/// an MSEE of the circuit (AS 12076) at the second.
/// </summary>
internal sealed record LinkSession(Circuit Circuit, Peering Peering, Link Link, string RouterName, long CustomerAsn, LinkAddresses Addresses)
{
    /// <summary>Microsoft's ASN on every ExpressRoute session.</summary>
    public const long MicrosoftAsn = 12076;

    /// <summary>A name unique in the design and valid in FRR: <c>er-ams-private-v4-primary</c>.</summary>
    public string Name => FrrName.Of($"{Circuit.Name}-{PeeringWord}-{(Link.Family == IpFamily.IPv4 ? "v4" : "v6")}-{RoleWord}");

    /// <summary>What the session is, in words: <c>er-ams AzurePrivatePeering IPv4 primary</c>.</summary>
    public string Description => FrrName.Of($"{Circuit.Name}") + $" {Peering.AzureName} {Link.Family} {RoleWord}";

    /// <summary>The family of the session.</summary>
    public IpFamily Family => Link.Family;

    /// <summary>"primary" or "secondary".</summary>
    public string RoleWord => Link.Role == LinkRole.Primary ? "primary" : "secondary";

    /// <summary>
    /// The prefixes the customer edge advertises on the session: the link's own, and on Microsoft peering the
    /// peering's public prefixes of the session's family; each once, in the order written.
    /// </summary>
    public IReadOnlyList<IpPrefix> Advertised =>
        [.. Link.Policy.AdvertisedPrefixes.Select(p => Known(p, "an advertised prefix"))
            .Concat(Peering.AdvertisedPublicPrefixes.Select(p => Known(p, "a public prefix")).Where(p => p.Family == Family))
            .Distinct()];

    private string PeeringWord => Peering.Kind == PeeringKind.Private ? "private" : "microsoft";

    /// <summary>Every link of the design as a session, circuit by circuit, peering by peering, IPv4 first, primary first.</summary>
    public static IReadOnlyList<LinkSession> Of(NetworkDesignModel model)
    {
        var sites = model.Sites.ToDictionary(s => s.Name ?? "", StringComparer.Ordinal);
        var sessions = new List<LinkSession>();
        foreach (var circuit in model.Circuits)
        {
            foreach (var peering in circuit.Peerings)
            {
                foreach (var link in peering.LinkPairs.SelectMany(pair => pair.Links))
                {
                    var site = sites[link.SiteName ?? ""];
                    long asn = Known(peering.PeerAsn ?? site.Asn, $"the ASN of site '{site.DisplayName}'").Value;
                    sessions.Add(new(circuit, peering, link, link.RouterName ?? "", asn, LinkAddresses.Of(Known(link.Subnet, "a link subnet"))));
                }
            }
        }

        return sessions;
    }

    /// <summary>The value of a setting the DSL always knows at run time.</summary>
    internal static T Known<T>(Setting<T>? setting, string what) => setting is { IsKnown: true }
        ? setting.Value
        : throw new InvalidOperationException($"The design does not give {what}: router configurations and the twin need a design made by the DSL at run time.");
}

/// <summary>Names as FRR takes them in a configuration (host names, route maps, prefix lists, descriptions).</summary>
internal static class FrrName
{
    /// <summary><paramref name="name"/> with every character but ASCII letters, digits, '.', '_' and '-' replaced by '_'.</summary>
    public static string Of(string? name) =>
        string.Concat((name ?? "").Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_'));
}
