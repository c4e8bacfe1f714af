using System;
using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Model.Tests.TestData;

/// <summary>Factories for the routing rules (ER3xxx): BFD, BGP timers, advertised prefixes.</summary>
internal static partial class Make
{
    /// <summary>Changes every link of every address family of the peering.</summary>
    public static Peering WithEveryLink(this Peering peering, Func<Link, Link> change)
    {
        LinkPair Change(LinkPair pair) => pair with
        {
            Primary = pair.Primary is null ? null : change(pair.Primary),
            Secondary = pair.Secondary is null ? null : change(pair.Secondary),
        };

        return peering with { Ipv4 = Change(peering.Ipv4), Ipv6 = peering.Ipv6 is null ? null : Change(peering.Ipv6) };
    }

    /// <summary>BFD with Microsoft's timers on every link of the peering.</summary>
    public static Peering WithBfd(this Peering peering) =>
        peering.WithEveryLink(link => link with { Policy = link.Policy with { Bfd = Set(BfdTimers.Default) } });

    /// <summary>
    /// <paramref name="count"/> distinct prefixes, each written at its own location: the /24s of 10.0.0.0/8
    /// (IPv4) or the /48s of 2001:db8::/32 (IPv6), from the <paramref name="first"/>th on.
    /// </summary>
    public static Setting<IpPrefix>[] Prefixes(int count, IpFamily family = IpFamily.IPv4, int first = 0) =>
        [.. Enumerable.Range(first, count).Select(i => Set(IpPrefix.Parse(family == IpFamily.IPv4
            ? $"10.{i / 256}.{i % 256}.0/24"
            : $"2001:db8:{i:x}::/48")))];

    /// <summary>Adds prefixes the link advertises.</summary>
    public static Peering Advertising(this Peering peering, LinkRole role, IEnumerable<Setting<IpPrefix>> prefixes, IpFamily family = IpFamily.IPv4) =>
        peering.WithPolicy(role, p => p with { AdvertisedPrefixes = [.. p.AdvertisedPrefixes, .. prefixes] }, family);

    /// <summary>Adds public prefixes the (Microsoft) peering advertises.</summary>
    public static Peering AdvertisingPublic(this Peering peering, IEnumerable<Setting<IpPrefix>> prefixes) =>
        peering with { AdvertisedPublicPrefixes = [.. peering.AdvertisedPublicPrefixes, .. prefixes] };

    /// <summary>The circuit with a known SKU tier.</summary>
    public static Circuit WithTier(this Circuit circuit, CircuitTier tier) => circuit with { Tier = Set(tier) };
}
