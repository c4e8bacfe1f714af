using ErAnalyzers;
using ErAnalyzers.Dsl;

namespace MaximumResiliency;

/// <summary>
/// Microsoft's maximum resiliency: two circuits at two peering locations from two providers, each with both
/// connections active-active on two routers per site, BFD on every session, a zone-redundant gateway, and Global
/// Reach between the sites. The checks find nothing.
/// </summary>
public static class MaximumResiliencyDesign
{
    private const long ContosoAsn = 65010;

    public static NetworkDesign Create() => NetworkDesign.Create("contoso-maximum", d =>
    {
        var amsterdam = d.Site("amsterdam-dc", asn: ContosoAsn);
        var ams1 = amsterdam.Router("ams-ce1");
        var ams2 = amsterdam.Router("ams-ce2");
        var london = d.Site("london-dc", asn: ContosoAsn);
        var lon1 = london.Router("lon-ce1").Port("et-0/0/1");
        var lon2 = london.Router("lon-ce2").Port("et-0/0/1");

        var erAms = d.Circuit("er-ams", c => c
            .ServiceProvider("Equinix", peeringLocation: "Amsterdam", Bandwidth.Gbps(1))
            .Sku(CircuitTier.Standard, BillingModel.MeteredData)
            .Region("westeurope")
            .PrivatePeering(vlan: 100, p => p
                .Primary("192.168.100.128/30", ams1, link => link.Bfd().Advertise("10.10.0.0/16"))
                .Secondary("192.168.100.132/30", ams2, link => link.Bfd().Advertise("10.10.0.0/16"))
                .Ipv6(v6 => v6
                    .Primary("2001:db8:100::/126", ams1, link => link.Bfd())
                    .Secondary("2001:db8:100::4/126", ams2, link => link.Bfd()))
                .Md5Key(Secret.Parameter("amsMd5Key"))));

        var erLon = d.Circuit("er-lon", c => c
            .ServiceProvider("Megaport", peeringLocation: "London", Bandwidth.Gbps(1))
            .Sku(CircuitTier.Standard, BillingModel.MeteredData)
            .Region("uksouth")
            .PrivatePeering(vlan: 100, p => p
                .Primary("192.168.200.128/30", lon1, link => link.Bfd().Advertise("10.10.0.0/16"))
                .Secondary("192.168.200.132/30", lon2, link => link.Bfd().Advertise("10.10.0.0/16"))
                .Ipv6(v6 => v6
                    .Primary("2001:db8:200::/126", lon1, link => link.Bfd())
                    .Secondary("2001:db8:200::4/126", lon2, link => link.Bfd()))
                .Md5Key(Secret.Parameter("lonMd5Key"))));

        d.Gateway("ergw-weu", GatewaySku.ErGw3AZ, region: "westeurope", virtualNetwork: "hub-weu", g => g
            .Connect(erAms)
            .Connect(erLon));

        d.GlobalReach(erAms, erLon, ipv4Subnet: "192.168.250.0/29", ipv6Subnet: "2001:db8:250::/125");
    });
}
