using System.Linq;
using ErAnalyzers;
using ErAnalyzers.Dsl;

namespace BadFailureDetection;

/// <summary>
/// Failure detection and routing gone wrong (ER3xxx), each mistake marked where it is made; the rest is sound: two
/// circuits at two peering locations on a zone-redundant gateway, both links active-active, MD5 keys.
/// </summary>
public static class BadFailureDetectionDesign
{
    public static NetworkDesign Create() => NetworkDesign.Create("contoso-bad-failure-detection", d =>
    {
        var dc = d.Site("amsterdam-dc", asn: 65010);
        var ce1 = dc.Router("ams-ce1");
        var ce2 = dc.Router("ams-ce2");

        var erAms = d.Circuit("er-ams", c => c
            .ServiceProvider("Equinix", peeringLocation: "Amsterdam", Bandwidth.Gbps(1))
            .Sku(CircuitTier.Premium, BillingModel.MeteredData)
            .PrivatePeering(vlan: 100, p => p
                .Primary("192.168.100.128/30", ce1, link => link.Bfd())
                // ER3001: no BFD here, so a failed link is noticed only when the 180-second BGP hold timer runs out.
                .Secondary("192.168.100.132/30", ce2)
                .Md5Key(Secret.Parameter("amsMd5Key")))
            .MicrosoftPeering(vlan: 200, p => AdvertiseServices(p
                .Primary("203.0.113.0/30", ce1, link => link.Bfd())
                .Secondary("203.0.113.4/30", ce2, link => link.Bfd())
                .RoutingRegistry("RIPENCC")
                .RouteFilter("rf-ams", rf => rf.Allow(BgpCommunity.Parse("12076:51002")))
                .Md5Key(Secret.Parameter("amsMicrosoftMd5Key")))));

        var erLon = d.Circuit("er-lon", c => c
            .ServiceProvider("Megaport", peeringLocation: "London", Bandwidth.Gbps(1))
            .Sku(CircuitTier.Premium, BillingModel.MeteredData)
            .PrivatePeering(vlan: 100, p => p
                // ER3002 (and ER3001): aggressive BGP timers instead of BFD load both routers and still detect in seconds, not under one.
                .Primary("192.168.200.128/30", ce1, link => link.Timers(keepaliveSeconds: 10, holdSeconds: 30))
                .Secondary("192.168.200.132/30", ce2, link => link.Bfd())
                .Md5Key(Secret.Parameter("lonMd5Key"))));

        d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, region: "westeurope", virtualNetwork: "hub-weu", g => Spokes(g
            .AddressSpace("10.100.0.0/16")
            .Connect(erAms)
            .Connect(erLon)));
    });

    /// <summary>
    /// ER3004: the hub's address space and 1,000 spoke virtual networks that use its gateway make 1,001 IPv4 prefixes
    /// on each connection, above the 1,000 a connection carries: Azure disconnects it. A loop is out of the analyzers'
    /// sight, so this one too is reported when the program runs (Validate()).
    /// </summary>
    private static GatewayBuilder Spokes(GatewayBuilder gateway)
    {
        foreach (int spoke in Enumerable.Range(0, 1000))
        {
            gateway.AddressSpace($"10.{101 + spoke / 256}.{spoke % 256}.0/24");
        }

        return gateway;
    }

    /// <summary>
    /// ER3003: 250 public prefixes on the Microsoft peering, above its limit of 200: Microsoft drops the session.
    /// A loop is out of the analyzers' sight, so this one is reported when the program runs (Validate()).
    /// </summary>
    private static MicrosoftPeeringBuilder AdvertiseServices(MicrosoftPeeringBuilder peering)
    {
        foreach (int block in Enumerable.Range(0, 250))
        {
            peering.AdvertisePublicPrefix($"20.{block}.0.0/16");
        }

        return peering;
    }
}
