using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.TestData;

/// <summary>
/// Builds small designs with sensible defaults: a circuit with a private peering whose two IPv4 links are the two
/// /30s of 192.168.100.128/29, on VLAN 100. Every element and setting gets its own source location, so a test can
/// tell exactly where a finding was reported. Variations are made with <c>with</c> expressions.
/// </summary>
internal static partial class Make
{
    public const string File = "Design.cs";

    public const string PrimaryV4 = "192.168.100.128/30";
    public const string SecondaryV4 = "192.168.100.132/30";
    public const string PrimaryV6 = "2001:db8:100::/126";
    public const string SecondaryV6 = "2001:db8:100::4/126";
    public const string MicrosoftPrimaryV4 = "203.0.113.0/30";
    public const string MicrosoftSecondaryV4 = "203.0.113.4/30";

    private static int nextLine;

    /// <summary>A source location no other element of any test has.</summary>
    public static SourceLocation At() => new(File, Interlocked.Increment(ref nextLine));

    /// <summary>A known setting written at its own location.</summary>
    public static Setting<T> Set<T>(T value) => Setting.Of(value, At());

    /// <summary>A setting that is written (at its own location) but cannot be known at compile time.</summary>
    public static Setting<T> Unknown<T>() => Setting.Unknown<T>(At());

    public static Link Link(LinkRole role, string subnet, IpFamily family = IpFamily.IPv4) => new()
    {
        Name = $"{(role == LinkRole.Primary ? "ce1" : "ce2")} {role}",
        Location = At(),
        Role = role,
        Family = family,
        Subnet = Set(subnet),
        RouterName = role == LinkRole.Primary ? "ce1" : "ce2",
        SiteName = "dc1",
    };

    public static LinkPair Pair(IpFamily family, string? primary, string? secondary) => new()
    {
        Family = family,
        Primary = primary is null ? null : Link(LinkRole.Primary, primary, family),
        Secondary = secondary is null ? null : Link(LinkRole.Secondary, secondary, family),
    };

    public static Peering Private(int vlan = 100, string? primary = PrimaryV4, string? secondary = SecondaryV4) => new()
    {
        Name = "private",
        Location = At(),
        Kind = PeeringKind.Private,
        Vlan = Set<VlanId>(vlan),
        Ipv4 = Pair(IpFamily.IPv4, primary, secondary),
    };

    /// <summary>A Microsoft peering with a route filter that allows Exchange Online, as Microsoft requires (ER4009).</summary>
    public static Peering Microsoft(int vlan = 200, string? primary = MicrosoftPrimaryV4, string? secondary = MicrosoftSecondaryV4) => Private(vlan, primary, secondary) with
    {
        Name = "microsoft",
        Kind = PeeringKind.Microsoft,
        RouteFilter = new RouteFilter { Name = "rf-ams", Location = At(), Communities = [Set(BgpCommunity.ExchangeOnline)] },
    };

    /// <summary>Adds IPv6 sessions to the peering (the two /126s of 2001:db8:100::/125 by default).</summary>
    public static Peering WithIpv6(this Peering peering, string? primary = PrimaryV6, string? secondary = SecondaryV6) =>
        peering with { Ipv6 = Pair(IpFamily.IPv6, primary, secondary) };

    public static LinkPair PairOf(this Peering peering, IpFamily family) =>
        family == IpFamily.IPv4 ? peering.Ipv4 : peering.Ipv6 ?? throw new InvalidOperationException("The peering has no IPv6 sessions.");

    public static Link Link(this Peering peering, LinkRole role, IpFamily family = IpFamily.IPv4)
    {
        var pair = peering.PairOf(family);
        return (role == LinkRole.Primary ? pair.Primary : pair.Secondary)
            ?? throw new InvalidOperationException($"The peering has no {role} {family} link.");
    }

    public static Peering WithLink(this Peering peering, LinkRole role, Func<Link, Link> change, IpFamily family = IpFamily.IPv4)
    {
        var pair = peering.PairOf(family);
        pair = role == LinkRole.Primary ? pair with { Primary = change(peering.Link(role, family)) } : pair with { Secondary = change(peering.Link(role, family)) };
        return family == IpFamily.IPv4 ? peering with { Ipv4 = pair } : peering with { Ipv6 = pair };
    }

    public static Peering WithPolicy(this Peering peering, LinkRole role, Func<BgpPolicy, BgpPolicy> change, IpFamily family = IpFamily.IPv4) =>
        peering.WithLink(role, link => link with { Policy = change(link.Policy) }, family);

    public static Peering WithSubnet(this Peering peering, LinkRole role, string subnet, IpFamily family = IpFamily.IPv4) =>
        peering.WithLink(role, link => link with { Subnet = Set(subnet) }, family);

    /// <summary>The peering with BFD on every link and an MD5 key: the failure-detection and security rules have nothing to say.</summary>
    public static Peering Hardened(this Peering peering) => peering with
    {
        Md5Key = new SecretReference { ParameterName = "md5Key", Location = At() },
        Ipv4 = WithBfd(peering.Ipv4),
        Ipv6 = peering.Ipv6 is null ? null : WithBfd(peering.Ipv6),
    };

    private static LinkPair WithBfd(LinkPair pair) => pair with { Primary = WithBfd(pair.Primary), Secondary = WithBfd(pair.Secondary) };

    private static Link? WithBfd(Link? link) => link is null ? null : link with { Policy = link.Policy with { Bfd = Set(BfdTimers.Default) } };

    public static Circuit Circuit(string name, params Peering[] peerings) => new()
    {
        Name = name,
        Location = At(),
        Connectivity = new ProviderConnectivity
        {
            Provider = Set("Equinix"),
            PeeringLocation = Set("Amsterdam"),
            Bandwidth = Set(Bandwidth.Gbps(1)),
            Location = At(),
        },
        Peerings = peerings,
    };

    public static Circuit OnDirectPort(this Circuit circuit, string portName) => circuit with
    {
        Connectivity = new DirectConnectivity { PortName = portName, Bandwidth = Set(Bandwidth.Gbps(10)), Location = At() },
    };

    public static DirectPort Port(string name, PortEncapsulation encapsulation) => new()
    {
        Name = name,
        Location = At(),
        Encapsulation = Set(encapsulation),
        Bandwidth = Set(Bandwidth.Gbps(10)),
    };

    public static Site Site(string name, Setting<Asn>? asn) => new()
    {
        Name = name,
        Location = At(),
        Asn = asn,
        Routers = [new Router { Name = "ce1", SiteName = name, Location = At() }, new Router { Name = "ce2", SiteName = name, Location = At() }],
    };

    public static NetworkDesignModel Design(params Circuit[] circuits) => new()
    {
        Name = "design",
        Location = At(),
        Sites = [Site("dc1", Set<Asn>(65010))],
        Circuits = circuits,
    };

    /// <summary>A design with one circuit, "er-ams", holding the given peerings.</summary>
    public static NetworkDesignModel Design(params Peering[] peerings) => Design(Circuit("er-ams", peerings));

    /// <summary>The findings of one rule, in the engine's order.</summary>
    public static IReadOnlyList<Finding> Run<TRule>(this NetworkDesignModel design)
        where TRule : DesignRule, new() => RuleEngine.Evaluate(design, [new TRule()]);

    /// <summary>The only peering of the only circuit.</summary>
    public static Peering OnlyPeering(this NetworkDesignModel design) => design.Circuits.Single().Peerings.Single();
}
