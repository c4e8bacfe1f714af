using ErAnalyzers;
using ErAnalyzers.Dsl;

namespace QuickStart;

/// <summary>
/// A first design with deliberate mistakes, so that its run shows what the checks find: the Microsoft peering has
/// a single connection (ER1001), the private peering is active-passive (ER1002), and the gateway has one circuit
/// until the second is ordered (ER2001).
/// </summary>
public static class QuickStartDesign
{
    public static NetworkDesign Create() => NetworkDesign.Create("contoso-quickstart", d =>
    {
        var amsterdam = d.Site("amsterdam-dc", asn: 65010);
        var ce1 = amsterdam.Router("ams-ce1");
        var ce2 = amsterdam.Router("ams-ce2");

        var er = d.Circuit("er-ams", c => c
            .ServiceProvider("Equinix", peeringLocation: "Amsterdam", Bandwidth.Gbps(1))
            .Sku(CircuitTier.Standard, BillingModel.MeteredData)
            .Region("westeurope")
            .PrivatePeering(vlan: 100, p => p
                .Primary("192.168.100.128/30", ce1, link => link.Bfd().Advertise("10.10.0.0/16"))
                // Deliberate ER1002: prepending on the secondary only makes it a passive standby.
                .Secondary("192.168.100.132/30", ce2, link => link.Bfd().Advertise("10.10.0.0/16").PrependAsPath(3)))
            .MicrosoftPeering(vlan: 200, p => p
                // Deliberate ER1001: the secondary connection of the Microsoft peering is missing.
                .Primary("203.0.113.0/30", ce1, link => link.Bfd())
                .AdvertisePublicPrefix("198.51.100.0/24")
                .RoutingRegistry("RIPENCC")));

        d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, region: "westeurope", virtualNetwork: "hub-weu", g => g
            .Connect(er));

        // A site-to-site VPN carries private traffic while a second circuit is ordered.
        d.VpnBackup("vpn-weu", VpnGatewaySku.VpnGw2AZ, region: "westeurope", virtualNetwork: "hub-weu", site: amsterdam,
            onPremisesAddress: "198.51.100.10", onPremisesBgpAddress: "10.10.255.1", sharedKey: Secret.Parameter("vpnSharedKey"));
    });
}
