using System;
using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Twin;

/// <summary>Which way traffic goes.</summary>
public enum TrafficDirection
{
    /// <summary>From Azure to an on-premises prefix: the links a gateway's routes use.</summary>
    ToOnPremises,

    /// <summary>From an on-premises site to an Azure prefix: the links the site's routers' routes use.</summary>
    ToAzure,
}

/// <summary>A link of the design: circuit, peering, family and role.</summary>
/// <param name="Circuit">The circuit's name.</param>
/// <param name="Peering">The peering's Azure name (<c>AzurePrivatePeering</c>).</param>
/// <param name="Family">IPv4 or IPv6.</param>
/// <param name="Role">Primary or secondary.</param>
public sealed record TwinLink(string Circuit, string Peering, IpFamily Family, LinkRole Role)
{
    /// <summary><c>er-ams AzurePrivatePeering IPv4 primary</c>.</summary>
    public override string ToString() => $"{Circuit} {Peering} {Family} {(Role == LinkRole.Primary ? "primary" : "secondary")}";
}

/// <summary>The links that carry a prefix one way, as the routers where that traffic starts chose them.</summary>
/// <param name="Prefix">The prefix.</param>
/// <param name="Direction">Which way.</param>
/// <param name="ObservedAt">The gateway (toward on-premises) or the site (toward Azure) whose routers' tables were read.</param>
/// <param name="Links">The links of the best and equal-cost paths, in design order; empty when no link carries it.</param>
public sealed record PrefixPaths(IpPrefix Prefix, TrafficDirection Direction, string ObservedAt, IReadOnlyList<TwinLink> Links);

/// <summary>What one link carries each way.</summary>
/// <param name="Link">The link.</param>
/// <param name="ToOnPremises">The on-premises prefixes a gateway sends over it.</param>
/// <param name="ToAzure">The Azure prefixes a site sends over it.</param>
public sealed record LinkCarriage(TwinLink Link, IReadOnlyList<IpPrefix> ToOnPremises, IReadOnlyList<IpPrefix> ToAzure)
{
    /// <summary>Whether the link carries nothing either way.</summary>
    public bool CarriesNothing => ToOnPremises.Count == 0 && ToAzure.Count == 0;
}

/// <summary>What the links of one family of a private peering carry.</summary>
/// <param name="Circuit">The circuit's name.</param>
/// <param name="Peering">The peering's Azure name.</param>
/// <param name="Family">IPv4 or IPv6.</param>
/// <param name="Links">Its links, primary first.</param>
public sealed record PeeringObservation(string Circuit, string Peering, IpFamily Family, IReadOnlyList<LinkCarriage> Links)
{
    /// <summary>
    /// Whether the peering is seen active-active: it has both links, they carry something, and each carries every
    /// prefix the other carries, in both directions.
    /// </summary>
    public bool IsActiveActive => Links.Count == 2
        && !Links.All(l => l.CarriesNothing)
        && Links[0].ToOnPremises.ToHashSet().SetEquals(Links[1].ToOnPremises)
        && Links[0].ToAzure.ToHashSet().SetEquals(Links[1].ToAzure);
}

/// <summary>What a twin of a design showed.</summary>
/// <param name="Design">The design's name.</param>
/// <param name="Convergence">From the first process's start until every session was up and the tables stayed still.</param>
/// <param name="Prefixes">For each prefix, direction and gateway or site, the links that carry it.</param>
/// <param name="Peerings">For each family of each private peering, what each link carries.</param>
public sealed record TwinReport(string Design, TimeSpan Convergence, IReadOnlyList<PrefixPaths> Prefixes, IReadOnlyList<PeeringObservation> Peerings)
{
    /// <summary>The observation of one peering's family.</summary>
    public PeeringObservation Peering(string circuit, IpFamily family = IpFamily.IPv4, string peering = "AzurePrivatePeering") =>
        Peerings.Single(p => p.Circuit == circuit && p.Family == family && p.Peering == peering);
}
