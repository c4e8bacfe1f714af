using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ErAnalyzers.Dsl;
using ErAnalyzers.Model;

namespace ErAnalyzers.Twin.Tests.Agreement;

/// <summary>A prefix a link can advertise, the same shape in each family.</summary>
internal enum Advertised
{
    /// <summary>The site's prefix: 10.10.0.0/16, 2001:db8:10::/48.</summary>
    OnPremises,

    /// <summary>Another site prefix: 10.30.0.0/16, 2001:db8:30::/48.</summary>
    Extra,

    /// <summary>The lower half of <see cref="OnPremises"/>: 10.10.0.0/17, 2001:db8:10::/49.</summary>
    LowerHalf,

    /// <summary>The upper half of <see cref="OnPremises"/>: 10.10.128.0/17, 2001:db8:10:8000::/49.</summary>
    UpperHalf,

    /// <summary>A less specific prefix covering <see cref="OnPremises"/>: 10.0.0.0/12, 2001:db8:10::/44.</summary>
    Covering,
}

/// <summary>One link's settings, as the DSL calls that make them (null: the call is not made).</summary>
internal sealed record LinkShape(IReadOnlyList<Advertised> Prefixes, int? Prepend = null, long? LocalPreference = null, long? Med = null, bool Shutdown = false)
{
    /// <summary>A link that advertises the site's prefix and nothing else.</summary>
    public static LinkShape Plain { get; } = new([Advertised.OnPremises]);
}

/// <summary>The two links of one family of the private peering; a missing one is null.</summary>
internal sealed record PairShape(LinkShape? Primary, LinkShape? Secondary)
{
    public static PairShape Plain { get; } = new(LinkShape.Plain, LinkShape.Plain);

    /// <summary>Both links with <paramref name="change"/> applied, each given its role.</summary>
    public PairShape With(Func<LinkShape, LinkRole, LinkShape?> change) =>
        new(Primary is null ? null : change(Primary, LinkRole.Primary), Secondary is null ? null : change(Secondary, LinkRole.Secondary));
}

/// <summary>
/// One difference made to a link pair: <paramref name="Kind"/> names its shape without values (a row of the agreement
/// table), <paramref name="Name"/> with them.
/// </summary>
internal sealed record Trait(string Kind, string Name, Func<LinkShape, LinkRole, LinkShape?> Change)
{
    public static Trait Only(LinkRole role) => new("single link", $"{Word(role)} only", (link, r) => r == role ? link : null);

    public static Trait Prepend(int? primary, int? secondary) =>
        Setting("prepend", 0, primary, secondary, (link, count) => link with { Prepend = (int?)count });

    public static Trait LocalPreference(long? primary, long? secondary) =>
        Setting("local preference", 100, primary, secondary, (link, value) => link with { LocalPreference = value });

    public static Trait Med(long? primary, long? secondary) =>
        Setting("MED", 0, primary, secondary, (link, value) => link with { Med = value });

    public static Trait Shutdown(bool primary, bool secondary) => new(
        primary && secondary ? "both links shut down" : "one link shut down",
        primary && secondary ? "both shut down" : $"{Word(primary ? LinkRole.Primary : LinkRole.Secondary)} shut down",
        (link, role) => link with { Shutdown = link.Shutdown || (role == LinkRole.Primary ? primary : secondary) });

    public static Trait Prefixes(string kind, string name, Advertised[] primary, Advertised[] secondary) =>
        new(kind, name, (link, role) => link with { Prefixes = role == LinkRole.Primary ? primary : secondary });

    public static string Word(LinkRole role) => role == LinkRole.Primary ? "primary" : "secondary";

    // "prepend 3 on secondary", "prepend 1 and 4", "prepend 2 on both"; the kind says where, not how much, and whether
    // a value on one link only is the value a link has without it.
    private static Trait Setting(string what, long whenAbsent, long? primary, long? secondary, Func<LinkShape, long, LinkShape> set)
    {
        string kind = (primary, secondary) switch
        {
            (null, null) => throw new ArgumentException("a setting on neither link"),
            (_, null) or (null, _) when (primary ?? secondary) == whenAbsent => $"{what} on one link, the default value",
            (_, null) or (null, _) => $"{what} on one link",
            _ when primary == secondary => $"{what} equal on both",
            _ => $"{what} unequal on both",
        };
        string name = (primary, secondary) switch
        {
            (_, null) => $"{what} {Number(primary!.Value)} on primary",
            (null, _) => $"{what} {Number(secondary.Value)} on secondary",
            _ when primary == secondary => $"{what} {Number(primary!.Value)} on both",
            _ => $"{what} {Number(primary!.Value)} and {Number(secondary!.Value)}",
        };
        return new(kind, name, (link, role) => (role == LinkRole.Primary ? primary : secondary) is { } value ? set(link, value) : link);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The shape of one family's links: the plain pair with its traits applied in turn.</summary>
internal sealed record FamilyShape(IReadOnlyList<Trait> Traits)
{
    public static FamilyShape Plain { get; } = new([]);

    public PairShape Pair => Traits.Aggregate(PairShape.Plain, (pair, trait) => pair.With(trait.Change));

    /// <summary>The row of the agreement table: the kinds of its traits.</summary>
    public string Kind => Traits.Count == 0 ? "both links alike" : string.Join(" + ", Traits.Select(t => t.Kind));

    public string Name => Traits.Count == 0 ? "both links alike" : string.Join(", ", Traits.Select(t => t.Name));
}

/// <summary>
/// A design of the agreement corpus: site <c>ams-dc</c> (AS 65010, routers <c>ams-ce1</c> and <c>ams-ce2</c>), circuit
/// <c>er-ams</c> whose private peering's IPv4 links (and IPv6 links, when <see cref="Ipv6"/> is given) have the shape
/// given, both on <c>ams-ce1</c> when <see cref="OneRouter"/>, and gateway <c>ergw-weu</c> connected to it.
/// </summary>
internal sealed record CorpusDesign(int Number, FamilyShape Ipv4, FamilyShape? Ipv6, bool OneRouter, bool Disabled)
{
    private const string Site = "ams-dc";

    /// <summary>The design's name in the DSL (which takes 80 characters at most): <c>agreement 017</c>.</summary>
    public string DesignName => $"agreement {Number:000}";

    /// <summary>What the design is: "017 IPv4: prepend 3 on secondary | IPv6: both links alike | one router".</summary>
    public string Name
    {
        get
        {
            var parts = new List<string> { $"{Number:000} IPv4: {Ipv4.Name}" };
            if (Ipv6 is not null)
            {
                parts.Add($"IPv6: {Ipv6.Name}");
            }

            parts.Add(OneRouter ? "one router" : "two routers");
            if (Disabled)
            {
                parts.Add("peering disabled");
            }

            return string.Join(" | ", parts);
        }
    }

    /// <summary>The shape of one family, null when the design has no links of it.</summary>
    public FamilyShape? Shape(IpFamily family) => family == IpFamily.IPv4 ? Ipv4 : Ipv6;

    /// <summary>The design, made with the DSL.</summary>
    public NetworkDesign Build() => NetworkDesign.Create(DesignName, d =>
    {
        var site = d.Site(Site, asn: 65010);
        var ce1 = site.Router("ams-ce1");
        var ce2 = OneRouter ? ce1 : site.Router("ams-ce2");
        var er = d.Circuit("er-ams", c => c
            .ServiceProvider("Equinix", peeringLocation: "Amsterdam Metro", Bandwidth.Gbps(1))
            .Metro()
            .Sku(CircuitTier.Standard, BillingModel.MeteredData)
            .PrivatePeering(100, p =>
            {
                Links(p, IpFamily.IPv4, Ipv4.Pair, ce1, ce2);
                if (Ipv6 is { } ipv6)
                {
                    p.Ipv6(v6 => Links(v6, IpFamily.IPv6, ipv6.Pair, ce1, ce2));
                }

                p.Md5Key(Secret.Parameter("privateMd5Key"));
                if (Disabled)
                {
                    p.Disabled();
                }
            }));
        d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, region: "westeurope", virtualNetwork: "hub-weu", g => g.Connect(er));
    });

    /// <summary>The same design as C# source: a static class with one method returning it, for the analyzer to read.</summary>
    public string ToCSharp(string className)
    {
        var text = new StringBuilder();
        text.Append($$"""
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            // {{Name}}
            static class {{className}}
            {
                static NetworkDesign Build() => NetworkDesign.Create("{{DesignName}}", d =>
                {
                    var site = d.Site("{{Site}}", asn: 65010);
                    var ce1 = site.Router("ams-ce1");
                    var ce2 = {{(OneRouter ? "ce1" : "site.Router(\"ams-ce2\")")}};
                    var er = d.Circuit("er-ams", c => c
                        .ServiceProvider("Equinix", peeringLocation: "Amsterdam Metro", Bandwidth.Gbps(1))
                        .Metro()
                        .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                        .PrivatePeering(100, p => p
            """).Append('\n');
        LinksText(text, IpFamily.IPv4, Ipv4.Pair);
        if (Ipv6 is { } ipv6)
        {
            text.Append("                .Ipv6(v6 => v6\n");
            LinksText(text, IpFamily.IPv6, ipv6.Pair);
            text.Append("                    )\n");
        }

        text.Append("                .Md5Key(Secret.Parameter(\"privateMd5Key\"))").Append(Disabled ? "\n                .Disabled()" : "").Append("));\n");
        text.Append("""
                    d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, region: "westeurope", virtualNetwork: "hub-weu", g => g.Connect(er));
                });
            }
            """);
        return text.ToString();
    }

    /// <summary>The prefix <paramref name="prefix"/> stands for in <paramref name="family"/>.</summary>
    public static string Prefix(Advertised prefix, IpFamily family) => (prefix, family) switch
    {
        (Advertised.OnPremises, IpFamily.IPv4) => "10.10.0.0/16",
        (Advertised.Extra, IpFamily.IPv4) => "10.30.0.0/16",
        (Advertised.LowerHalf, IpFamily.IPv4) => "10.10.0.0/17",
        (Advertised.UpperHalf, IpFamily.IPv4) => "10.10.128.0/17",
        (Advertised.Covering, IpFamily.IPv4) => "10.0.0.0/12",
        (Advertised.OnPremises, _) => "2001:db8:10::/48",
        (Advertised.Extra, _) => "2001:db8:30::/48",
        (Advertised.LowerHalf, _) => "2001:db8:10::/49",
        (Advertised.UpperHalf, _) => "2001:db8:10:8000::/49",
        _ => "2001:db8:10::/44",
    };

    private static string Subnet(IpFamily family, LinkRole role) => (family, role) switch
    {
        (IpFamily.IPv4, LinkRole.Primary) => "192.168.100.128/30",
        (IpFamily.IPv4, _) => "192.168.100.132/30",
        (_, LinkRole.Primary) => "2001:db8:100::/126",
        _ => "2001:db8:100::4/126",
    };

    private static void Links<T>(LinkPairBuilder<T> pair, IpFamily family, PairShape shape, RouterBuilder ce1, RouterBuilder ce2)
        where T : LinkPairBuilder<T>
    {
        if (shape.Primary is { } primary)
        {
            pair.Primary(Subnet(family, LinkRole.Primary), ce1, link => Configure(link, primary, family));
        }

        if (shape.Secondary is { } secondary)
        {
            pair.Secondary(Subnet(family, LinkRole.Secondary), ce2, link => Configure(link, secondary, family));
        }
    }

    private static void Configure(LinkBuilder link, LinkShape shape, IpFamily family)
    {
        foreach (var prefix in shape.Prefixes)
        {
            link.Advertise(Prefix(prefix, family));
        }

        if (shape.Prepend is { } prepend)
        {
            link.PrependAsPath(prepend);
        }

        if (shape.LocalPreference is { } preference)
        {
            link.LocalPreference(preference);
        }

        if (shape.Med is { } med)
        {
            link.Med(med);
        }

        if (shape.Shutdown)
        {
            link.Shutdown();
        }
    }

    // The calls Configure makes, in the same order, as source.
    private static void LinksText(StringBuilder text, IpFamily family, PairShape shape)
    {
        foreach (var (role, link) in new[] { (LinkRole.Primary, shape.Primary), (LinkRole.Secondary, shape.Secondary) })
        {
            if (link is null)
            {
                continue;
            }

            var calls = link.Prefixes.Select(p => $".Advertise(\"{Prefix(p, family)}\")").ToList();
            calls.AddRange(link.Prepend is { } prepend ? [$".PrependAsPath({prepend})"] : []);
            calls.AddRange(link.LocalPreference is { } preference ? [$".LocalPreference({preference})"] : []);
            calls.AddRange(link.Med is { } med ? [$".Med({med})"] : []);
            calls.AddRange(link.Shutdown ? [".Shutdown()"] : []);
            text.Append(CultureInfo.InvariantCulture, $"                    .{role}(\"{Subnet(family, role)}\", {(role == LinkRole.Primary ? "ce1" : "ce2")}, l => l{string.Concat(calls)})\n");
        }
    }
}

/// <summary>
/// The agreement corpus: every single-trait shape below on each family (IPv4; IPv6 beside plain IPv4 links), on two
/// routers and on one, then seeded combinations of two or three traits, then the disabled peering. The same designs,
/// in the same order, on every run.
/// </summary>
internal static class AgreementCorpus
{
    /// <summary>The seed of the combinations.</summary>
    public const int Seed = 19_06;

    /// <summary>How many seeded combinations follow the single-trait shapes.</summary>
    public const int Combinations = 80;

    private static readonly LinkRole[] Roles = [LinkRole.Primary, LinkRole.Secondary];

    /// <summary>One shape per documented way to make a peering single, active-passive, down or still active-active.</summary>
    public static IReadOnlyList<FamilyShape> SingleTraits { get; } =
    [
        FamilyShape.Plain,
        new([Trait.Only(LinkRole.Primary)]),
        new([Trait.Only(LinkRole.Secondary)]),
        new([Trait.Prepend(3, null)]),
        new([Trait.Prepend(null, 1)]),
        new([Trait.Prepend(null, 0)]),
        new([Trait.Prepend(1, 4)]),
        new([Trait.Prepend(2, 2)]),
        new([Trait.Prefixes("prefix on one link only", "extra prefix on primary", [Advertised.OnPremises, Advertised.Extra], [Advertised.OnPremises])]),
        new([Trait.Prefixes("prefix on one link only", "extra prefix on secondary", [Advertised.OnPremises], [Advertised.OnPremises, Advertised.Extra])]),
        new([Trait.Prefixes("prefix on one link only", "different prefixes", [Advertised.OnPremises], [Advertised.Extra])]),
        new([Trait.Prefixes("more specific on one link", "both halves on primary", [Advertised.OnPremises, Advertised.LowerHalf, Advertised.UpperHalf], [Advertised.OnPremises])]),
        new([Trait.Prefixes("more specific on one link", "upper half on secondary", [Advertised.OnPremises], [Advertised.OnPremises, Advertised.UpperHalf])]),
        new([Trait.Prefixes("more specific on one link", "halves on primary, whole on secondary", [Advertised.LowerHalf, Advertised.UpperHalf], [Advertised.OnPremises])]),
        new([Trait.Prefixes("less specific on one link", "covering prefix on secondary", [Advertised.OnPremises], [Advertised.OnPremises, Advertised.Covering])]),
        new([Trait.Prefixes("same prefixes on both", "same prefixes in another order", [Advertised.OnPremises, Advertised.Extra], [Advertised.Extra, Advertised.OnPremises])]),
        new([Trait.Prefixes("same prefixes on both", "same more specifics on both", [Advertised.LowerHalf, Advertised.UpperHalf], [Advertised.LowerHalf, Advertised.UpperHalf])]),
        new([Trait.LocalPreference(200, null)]),
        new([Trait.LocalPreference(null, 50)]),
        new([Trait.LocalPreference(100, null)]),
        new([Trait.LocalPreference(300, 150)]),
        new([Trait.LocalPreference(150, 150)]),
        new([Trait.Med(null, 100)]),
        new([Trait.Med(50, null)]),
        new([Trait.Med(0, null)]),
        new([Trait.Med(10, 20)]),
        new([Trait.Med(50, 50)]),
        new([Trait.Shutdown(true, false)]),
        new([Trait.Shutdown(false, true)]),
        new([Trait.Shutdown(true, true)]),
        new([Trait.Only(LinkRole.Primary), Trait.Shutdown(true, false)]),
        new([Trait.Prepend(null, 3), Trait.LocalPreference(null, 50)]),
    ];

    /// <summary>The corpus, numbered from 1 (made by <see cref="Generate"/>).</summary>
    public static IReadOnlyList<CorpusDesign> Designs { get; } = Generate();

    internal static List<CorpusDesign> Generate()
    {
        var designs = new List<CorpusDesign>();
        void Add(FamilyShape ipv4, FamilyShape? ipv6, bool oneRouter, bool disabled = false) =>
            designs.Add(new CorpusDesign(designs.Count + 1, ipv4, ipv6, oneRouter, disabled));

        foreach (bool oneRouter in new[] { false, true })
        {
            foreach (var shape in SingleTraits)
            {
                Add(shape, null, oneRouter);
                Add(FamilyShape.Plain, shape, oneRouter);
            }
        }

        var random = new Random(Seed);
        for (int i = 0; i < Combinations; i++)
        {
            var ipv4 = Combination(random);
            // Half the combinations are dual-stack, with a combination of their own on IPv6.
            var ipv6 = random.Next(2) == 0 ? null : Combination(random);
            Add(ipv4, ipv6, oneRouter: random.Next(4) == 0);
        }

        Add(FamilyShape.Plain, null, oneRouter: false, disabled: true);
        Add(FamilyShape.Plain, FamilyShape.Plain, oneRouter: false, disabled: true);
        Add(new([Trait.Only(LinkRole.Primary)]), null, oneRouter: false, disabled: true);
        return designs;
    }

    // Two or three traits of different kinds, with values that tie with the default or with each other as often as they
    // differ; one combination in eight also shuts a link down.
    private static FamilyShape Combination(Random random)
    {
        var prefixes = SingleTraits.Where(s => s.Traits is [{ Kind: "prefix on one link only" or "more specific on one link" or "less specific on one link" or "same prefixes on both" }])
            .Select(s => s.Traits[0]).ToArray();
        var makers = new Func<Trait>[]
        {
            () => Values(random, () => random.Next(0, 5), Trait.Prepend),
            () => Values(random, () => Pick(random, 50L, 100L, 150L, 200L), Trait.LocalPreference),
            () => Values(random, () => Pick(random, 0L, 10L, 50L), Trait.Med),
            () => Pick(random, prefixes),
        };
        var traits = makers.OrderBy(_ => random.Next()).Take(random.Next(2, 4)).Select(make => make()).ToList();
        if (random.Next(8) == 0)
        {
            var role = Pick(random, Roles);
            traits.Add(Trait.Shutdown(role == LinkRole.Primary, role == LinkRole.Secondary));
        }

        return new FamilyShape(traits);
    }

    // On the primary only, the secondary only, or both.
    private static Trait Values<T>(Random random, Func<T> draw, Func<T?, T?, Trait> make)
        where T : struct
    {
        int where = random.Next(3);
        return make(where == 1 ? null : draw(), where == 0 ? null : draw());
    }

    private static T Pick<T>(Random random, params T[] values) => values[random.Next(values.Length)];
}
