using ErAnalyzers;
using ErAnalyzers.Dsl;

namespace QuickStart;

/// <summary>
/// A first design with two deliberate mistakes, so that its run shows what the checks find:
/// the Microsoft peering has a single connection (ER1001) and the private peering is active-passive (ER1002).
/// The rest follows Microsoft's guidance: an ExpressRoute Metro circuit (high resiliency: its two connections at
/// two sites of the metro), BFD and an MD5 key on every session, a route filter on the Microsoft peering, a
/// zone-redundant gateway.
/// </summary>
public static class QuickStartDesign
{
    public static NetworkDesign Create() => NetworkDesign.Create("contoso-quickstart", d =>
    {
        var amsterdam = d.Site("amsterdam-dc", asn: 65010);
        var ce1 = amsterdam.Router("ams-ce1");
        var ce2 = amsterdam.Router("ams-ce2");

        var er = d.Circuit("er-ams", c => c
            .ServiceProvider("Equinix", peeringLocation: "Amsterdam Metro", Bandwidth.Gbps(1))
            .Metro()
            .Sku(CircuitTier.Standard, BillingModel.MeteredData)
            .Region("westeurope")
            .PrivatePeering(vlan: 100, p => p
                .Primary("192.168.100.128/30", ce1, link => link.Bfd().Advertise("10.10.0.0/16"))
                // Deliberate ER1002: prepending on the secondary only makes it a passive standby.
                .Secondary("192.168.100.132/30", ce2, link => link.Bfd().Advertise("10.10.0.0/16").PrependAsPath(3))
                .Md5Key(Secret.Parameter("privateMd5Key")))
            .MicrosoftPeering(vlan: 200, p => p
                // Deliberate ER1001: the secondary connection of the Microsoft peering is missing.
                .Primary("203.0.113.0/30", ce1, link => link.Bfd())
                .AdvertisePublicPrefix("198.51.100.0/24")
                .RoutingRegistry("RIPENCC")
                // Without a route filter Microsoft advertises no prefixes on Microsoft peering: this one allows Azure
                // in West Europe (12076:51002) and Exchange Online.
                .RouteFilter("rf-ams", rf => rf
                    .Allow(BgpCommunity.Parse("12076:51002"))
                    .Allow(BgpCommunity.ExchangeOnline))
                .Md5Key(Secret.Parameter("microsoftMd5Key"))));

        d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, region: "westeurope", virtualNetwork: "hub-weu", g => g
            .Connect(er));

        // A site-to-site VPN as a last resort for private traffic: next to the ExpressRoute gateway, active-active, and
        // advertising no more specific prefixes than ExpressRoute, so that Azure prefers ExpressRoute while it is up.
        d.VpnBackup("vpn-weu", VpnGatewaySku.VpnGw2AZ, region: "westeurope", virtualNetwork: "hub-weu", site: amsterdam,
            onPremisesAddress: "198.51.100.10", onPremisesBgpAddress: "10.10.255.1", sharedKey: Secret.Parameter("vpnSharedKey"),
            configure: vpn => vpn.ActiveActive().Advertise("10.10.0.0/16"));
    });
}
