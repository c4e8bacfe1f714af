using ErAnalyzers;
using ErAnalyzers.Dsl;

namespace BadValidity;

/// <summary>
/// Designs Azure rejects or that silently break (ER4xxx), each mistake marked where it is made; the rest is sound
/// (two circuits at two peering locations on a zone-redundant gateway, both links active-active, BFD, MD5 keys).
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
            .MicrosoftPeering(vlan: 100, p => p
                // ER4005: Microsoft peering takes public addresses only.
                .Primary("10.0.0.0/30", ce1, link => link.Bfd())
                .Secondary("203.0.113.4/30", ce2, link => link.Bfd())
                .AdvertisePublicPrefix("198.51.100.0/24")
                .RoutingRegistry("RIPENCC")
                .Md5Key(Secret.Parameter("amsMicrosoftMd5Key"))));

        var erLon = d.Circuit("er-lon", c => c
            .ServiceProvider("Megaport", peeringLocation: "London", Bandwidth.Gbps(1))
            .Sku(CircuitTier.Local, BillingModel.UnlimitedData)
            .PrivatePeering(vlan: 100, p => p
                .Primary("192.168.200.128/30", ce1, link => link.Bfd())
                // ER4002: the secondary repeats the primary's subnet instead of the other /30 of the /29.
                .Secondary("192.168.200.128/30", ce2, link => link.Bfd())
                .Md5Key(Secret.Parameter("lonMd5Key"))));

        d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, region: "westeurope", virtualNetwork: "hub-weu", g => g
            .Connect(erAms)
            // ER4008: a routing weight is 0-32000.
            .Connect(erLon, c => c.RoutingWeight(40000)));

        // ER4007: Global Reach is not available on a Local circuit.
        d.GlobalReach(erAms, erLon, ipv4Subnet: "192.168.250.0/29");

        // ER4013: 10 + 5 Gbps of circuits on a 10-Gbps port pair: when one port fails, the other cannot carry them.
        var port = d.DirectPort("erd-ams", region: "westeurope", peeringLocation: "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.QinQ, p => p
            .MacSecIdentity(Identity)
            .Link1(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAesXpn256, $"{Vault}/ams-ckn", $"{Vault}/ams-cak"))
            .Link2(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAesXpn256, $"{Vault}/ams-ckn", $"{Vault}/ams-cak")));
        d.Circuit("er-direct-prod", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(10)).Sku(CircuitTier.Standard, BillingModel.MeteredData));
        d.Circuit("er-direct-test", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(5)).Sku(CircuitTier.Standard, BillingModel.MeteredData));
    });
}
