using System;
using System.Collections.Generic;
using ErAnalyzers.Dsl;

namespace ErAnalyzers.Twin.Tests.Support;

/// <summary>
/// Designs for the twin's tests: the samples that have router configurations, and one site (<c>ams-dc</c>, AS 65010,
/// routers <c>ams-ce1</c> and <c>ams-ce2</c>) with one circuit whose private peering's links are shaped by the test.
/// </summary>
internal static class Designs
{
    /// <summary>The samples without error findings, which have router configurations.</summary>
    public static TheoryData<string> Samples => ["QuickStart", "MaximumResiliency", "ExpressRouteDirect", "BadLinkRedundancy"];

    /// <summary>A fresh design of the sample <paramref name="name"/>.</summary>
    public static NetworkDesign Sample(string name) => name switch
    {
        "QuickStart" => QuickStart.QuickStartDesign.Create(),
        "MaximumResiliency" => MaximumResiliency.MaximumResiliencyDesign.Create(),
        "ExpressRouteDirect" => ExpressRouteDirect.ExpressRouteDirectDesign.Create(),
        "BadLinkRedundancy" => BadLinkRedundancy.BadLinkRedundancyDesign.Create(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a sample with router configurations"),
    };

    /// <summary>Every policy element a link or peering can have, each in a design of its own, by name.</summary>
    public static IReadOnlyDictionary<string, Func<NetworkDesign>> PolicyShapes { get; } = new Dictionary<string, Func<NetworkDesign>>
    {
        ["plain"] = () => OnePeering(),
        ["prepend"] = () => OnePeering(secondary: l => l.PrependAsPath(3)),
        ["prepend-both"] = () => OnePeering(primary: l => l.PrependAsPath(1), secondary: l => l.PrependAsPath(2)),
        ["local-preference"] = () => OnePeering(primary: l => l.LocalPreference(200), secondary: l => l.LocalPreference(50)),
        ["med"] = () => OnePeering(secondary: l => l.Med(100)),
        ["more-specific"] = () => OnePeering(primary: l => l.Advertise("10.10.0.0/17").Advertise("10.10.128.0/17")),
        ["one-sided-prefix"] = () => OnePeering(primary: l => l.Advertise("10.30.0.0/16")),
        ["timers"] = () => OnePeering(primary: l => l.Timers(10, 30), secondary: l => l.Timers(3, 10)),
        ["bfd"] = () => OnePeering(primary: l => l.Bfd(), secondary: l => l.Bfd(750, 5)),
        ["shutdown"] = () => OnePeering(secondary: l => l.Shutdown()),
        ["ignore-as-path"] = () => OnePeering(primary: l => l.IgnoreAsPathLength()),
        ["peer-asn"] = () => OnePeering(primary: l => l.PrependAsPath(2), peering: (p, _, _) => p.PeerAsn(65020)),
        ["literal-md5-key"] = () => OnePeering(peering: (p, _, _) => p.Md5Key("Sup3rSecretKey")),
        ["disabled"] = () => OnePeering(peering: (p, _, _) => p.Disabled()),
        ["dual-stack"] = () => OnePeering(peering: (p, ce1, ce2) => p.Ipv6(v6 => v6
            .Primary("2001:db8:100::/126", ce1, l => l.Advertise("2001:db8:10::/48").Bfd())
            .Secondary("2001:db8:100::4/126", ce2, l => l.Advertise("2001:db8:10::/48").Med(10)))),
        ["everything"] = () => OnePeering(
            primary: l => l.Bfd().Timers(10, 30).LocalPreference(300).Med(5).PrependAsPath(1).IgnoreAsPathLength(),
            secondary: l => l.Shutdown().PrependAsPath(4).Advertise("10.10.0.0/17")),
    };

    /// <summary>The names of <see cref="PolicyShapes"/>.</summary>
    public static TheoryData<string> PolicyShapeNames => [.. PolicyShapes.Keys];

    /// <summary>
    /// Circuit <c>er-ams</c> with a private peering (MD5 key parameter <c>privateMd5Key</c>) whose primary link
    /// (192.168.100.128/30 on ams-ce1) and secondary link (192.168.100.132/30 on ams-ce2) both advertise 10.10.0.0/16
    /// and are then configured by <paramref name="primary"/> and <paramref name="secondary"/>, the peering then by
    /// <paramref name="peering"/> (given the two routers); a gateway
    /// <c>ergw-weu</c> (address space 10.100.0.0/16) connected to it, the connection configured by <paramref name="gateway"/>.
    /// </summary>
    public static NetworkDesign OnePeering(Action<LinkBuilder>? primary = null, Action<LinkBuilder>? secondary = null, Action<PrivatePeeringBuilder, RouterBuilder, RouterBuilder>? peering = null, Action<ConnectionBuilder>? gateway = null) =>
        NetworkDesign.Create("one-peering", d =>
        {
            var site = d.Site("ams-dc", asn: 65010);
            var ce1 = site.Router("ams-ce1");
            var ce2 = site.Router("ams-ce2");
            var er = d.Circuit("er-ams", c => c
                .ServiceProvider("Equinix", peeringLocation: "Amsterdam Metro", Bandwidth.Gbps(1))
                .Metro()
                .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                .PrivatePeering(100, p =>
                {
                    p.Primary("192.168.100.128/30", ce1, link => Configure(link, primary))
                        .Secondary("192.168.100.132/30", ce2, link => Configure(link, secondary))
                        .Md5Key(Secret.Parameter("privateMd5Key"));
                    peering?.Invoke(p, ce1, ce2);
                }));
            d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, region: "westeurope", virtualNetwork: "hub-weu", g => g
                .AddressSpace("10.100.0.0/16")
                .Connect(er, connection => gateway?.Invoke(connection)));
        });

    private static void Configure(LinkBuilder link, Action<LinkBuilder>? configure)
    {
        link.Advertise("10.10.0.0/16");
        configure?.Invoke(link);
    }
}
