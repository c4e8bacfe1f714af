using ErAnalyzers;
using ErAnalyzers.Dsl;

namespace BadValidity;

/// <summary>
/// Designs Azure rejects or that silently break (ER4xxx), each mistake marked where it is made; the rest is sound
/// (two circuits at two peering locations on a zone-redundant gateway, a Metro circuit, both links active-active, BFD,
/// MD5 keys).
/// Validate() reports errors, so no template is written.
/// </summary>
public static class BadValidityDesign
{
    private const string Vault = "https://contoso-macsec.vault.azure.net/secrets";
    private const string Identity =
        "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/network/providers/Microsoft.ManagedIdentity/userAssignedIdentities/macsec-reader";

    public static NetworkDesign Create() => NetworkDesign.Create("contoso-bad-validity", d =>
    {
        var dc = d.Site("amsterdam-dc", asn: 65010);
        var ce1 = dc.Router("ams-ce1");
        var ce2 = dc.Router("ams-ce2");

        var erAms = d.Circuit("er-ams", c => c
            // ER4006: 300 Mbps is not a bandwidth Azure offers (50, 100, 200, 500 Mbps, 1, 2, 5, 10 Gbps).
            .ServiceProvider("Equinix", peeringLocation: "Amsterdam", Bandwidth.Mbps(300))
            .Sku(CircuitTier.Premium, BillingModel.MeteredData)
            .PrivatePeering(vlan: 100, p => p
                // ER4001: a link needs a /30; this is the whole /29.
                .Primary("192.168.100.128/29", ce1, link => link.Bfd())
                .Secondary("192.168.100.136/30", ce2, link => link.Bfd())
                // ER4003: 65515 is reserved by Azure.
                .PeerAsn(65515)
                .Md5Key(Secret.Parameter("amsMd5Key")))
            // ER4004: VLAN 100 is already the private peering's.
            // ER4009: no route filter, so Microsoft advertises no prefixes on this Microsoft peering.
            .MicrosoftPeering(vlan: 100, p => p
                // ER4005: Microsoft peering takes public addresses only.
                .Primary("10.0.0.0/30", ce1, link => link.Bfd())
                .Secondary("203.0.113.4/30", ce2, link => link.Bfd())
                .AdvertisePublicPrefix("198.51.100.0/24")
                .RoutingRegistry("RIPENCC")
                .Md5Key(Secret.Parameter("amsMicrosoftMd5Key"))));

        // A Local circuit at Amsterdam2 reaches West Europe, the region of the gateway.
        var erAms2 = d.Circuit("er-ams2", c => c
            .ServiceProvider("Megaport", peeringLocation: "Amsterdam2", Bandwidth.Gbps(1))
            // ER4012: a Local circuit is always unlimited data (its price includes data transfer).
            .Sku(CircuitTier.Local, BillingModel.MeteredData)
            .PrivatePeering(vlan: 100, p => p
                .Primary("192.168.200.128/30", ce1, link => link.Bfd())
                // ER4002: the secondary repeats the primary's subnet instead of the other /30 of the /29.
                .Secondary("192.168.200.128/30", ce2, link => link.Bfd())
                .Md5Key(Secret.Parameter("ams2Md5Key")))
            .MicrosoftPeering(vlan: 200, p => p
                .Primary("203.0.113.8/30", ce1, link => link.Bfd())
                // ER4014: er-ams's Microsoft peering already uses 203.0.113.4/30; each circuit needs its own.
                .Secondary("203.0.113.4/30", ce2, link => link.Bfd())
                .AdvertisePublicPrefix("198.51.100.0/24")
                .RoutingRegistry("RIPENCC")
                .RouteFilter("rf-ams2", rf => rf.Allow(BgpCommunity.Parse("12076:51002")))
                .Md5Key(Secret.Parameter("ams2MicrosoftMd5Key"))));

        var erTok = d.Circuit("er-tok", c => c
            .ServiceProvider("Equinix", peeringLocation: "Tokyo", Bandwidth.Gbps(1))
            // ER4011: Global Reach from Amsterdam (Europe) to Tokyo (Japan) needs Premium on both circuits.
            .Sku(CircuitTier.Standard, BillingModel.MeteredData)
            .PrivatePeering(vlan: 100, p => p
                .Primary("192.168.210.128/30", ce1, link => link.Bfd())
                .Secondary("192.168.210.132/30", ce2, link => link.Bfd())
                .Md5Key(Secret.Parameter("tokMd5Key"))));

        // ER4010: a Standard circuit takes at most 10 virtual network links; 11 gateways connect this one.
        var erMetro = d.Circuit("er-ams-metro", c => c
            .ServiceProvider("Equinix", peeringLocation: "Amsterdam Metro", Bandwidth.Gbps(1))
            .Metro()
            .Sku(CircuitTier.Standard, BillingModel.MeteredData)
            .PrivatePeering(vlan: 100, p => p
                .Primary("192.168.220.128/30", ce1, link => link.Bfd())
                .Secondary("192.168.220.132/30", ce2, link => link.Bfd())
                .Md5Key(Secret.Parameter("metroMd5Key"))));
        Spoke(d, "01", erMetro);
        Spoke(d, "02", erMetro);
        Spoke(d, "03", erMetro);
        Spoke(d, "04", erMetro);
        Spoke(d, "05", erMetro);
        Spoke(d, "06", erMetro);
        Spoke(d, "07", erMetro);
        Spoke(d, "08", erMetro);
        Spoke(d, "09", erMetro);
        Spoke(d, "10", erMetro);
        Spoke(d, "11", erMetro);

        d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, region: "westeurope", virtualNetwork: "hub-weu", g => g
            .Connect(erAms)
            // ER4008: a routing weight is 0-32000.
            .Connect(erAms2, c => c.RoutingWeight(40000)));

        // ER4007: Global Reach is not available on a Local circuit.
        d.GlobalReach(erAms, erAms2, ipv4Subnet: "192.168.250.0/29");

        d.GlobalReach(erAms, erTok, ipv4Subnet: "192.168.251.0/29");

        // ER4013: 10 + 5 Gbps of circuits on a 10-Gbps port pair: when one port fails, the other cannot carry them.
        var port = d.DirectPort("erd-ams", region: "westeurope", peeringLocation: "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.QinQ, p => p
            .MacSecIdentity(Identity)
            .Link1(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAesXpn256, $"{Vault}/ams-ckn", $"{Vault}/ams-cak"))
            .Link2(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAesXpn256, $"{Vault}/ams-ckn", $"{Vault}/ams-cak")));
        d.Circuit("er-direct-prod", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(10)).Sku(CircuitTier.Standard, BillingModel.MeteredData));
        d.Circuit("er-direct-test", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(5)).Sku(CircuitTier.Standard, BillingModel.MeteredData));
    });

    /// <summary>A gateway in its own virtual network with one connection to the circuit.</summary>
    private static void Spoke(DesignBuilder d, string name, CircuitBuilder circuit) =>
        d.Gateway($"ergw-{name}", GatewaySku.ErGw1AZ, region: "westeurope", virtualNetwork: $"vnet-{name}", g => g.Connect(circuit));
}
