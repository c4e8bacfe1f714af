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
    /// <summary>
    /// The hold timer of every session during the drills: Microsoft's 180 seconds (keepalive 60) scaled down 60 times,
    /// to the shortest hold time BGP allows (RFC 4271), 3 seconds (keepalive 1); a shorter hold time a design sets is 3 seconds too.
    /// </summary>
    public static readonly BgpTimers DrillTimers = new(KeepaliveSeconds: 1, HoldSeconds: 3);

    /// <summary>How many times shorter than Microsoft's the drills' timers are.</summary>
    public const int DrillTimerScale = 60;

    /// <summary>The failure drills, when <see cref="TwinOptions.Drills"/> asked for them: each link, customer router and MSEE of private peering in turn.</summary>
    public IReadOnlyList<DrillOutcome> Drills { get; init; } = [];

    /// <summary>The report as Markdown: each peering's links and what they carry, each prefix's links, each drill's outcome.</summary>
    public string ToMarkdown() => TwinReportText.ToMarkdown(this);

    /// <summary>The report as JSON for tools (camelCase names, times in seconds, enums as names).</summary>
    public string ToJson() => TwinReportText.ToJson(this);

    /// <summary>The observation of one peering's family.</summary>
    public PeeringObservation Peering(string circuit, IpFamily family = IpFamily.IPv4, string peering = "AzurePrivatePeering") =>
        Peerings.Single(p => p.Circuit == circuit && p.Family == family && p.Peering == peering);
}

/// <summary>What a failure drill takes down.</summary>
public enum DrillTarget
{
    /// <summary>One link of a private peering (both its IPv4 and IPv6 sessions): a cut fibre.</summary>
    Link,

    /// <summary>A customer edge router: every session it has, to Microsoft and within its site.</summary>
    CustomerRouter,

    /// <summary>One MSEE of a circuit's private peering: its links' sessions and its sessions to the gateways.</summary>
    Msee,
}

/// <summary>
/// One failure drill: an element of the design silently cut off, as a broken fibre or a dead router is (no BGP
/// message says goodbye; the other ends find out when their hold timers expire), and what the twin did about it.
/// </summary>
/// <param name="Target">What kind of element was taken down.</param>
/// <param name="Name">Which one: <c>er-ams AzurePrivatePeering primary link</c>, <c>router ams-ce1</c>, <c>MSEE er-ams primary</c>.</param>
/// <param name="DeadLinks">The link sessions it took down.</param>
/// <param name="GatewayFailover">
/// From the cut until no gateway used a dead link any more; null when no gateway used one before the cut.
/// </param>
/// <param name="Lost">The prefixes that had a path before the cut (direction and where seen) and none after it.</param>
public sealed record DrillOutcome(DrillTarget Target, string Name, IReadOnlyList<TwinLink> DeadLinks, TimeSpan? GatewayFailover, IReadOnlyList<PrefixPaths> Lost)
{
    /// <summary>Whether every prefix reachable before the cut is still reachable after it.</summary>
    public bool EveryPrefixReachable => Lost.Count == 0;
}
