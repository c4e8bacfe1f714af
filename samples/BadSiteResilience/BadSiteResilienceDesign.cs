using ErAnalyzers;
using ErAnalyzers.Dsl;

namespace BadSiteResilience;

/// <summary>
/// Site and gateway resilience gone wrong (ER2xxx), one mistake per gateway, each marked where it is made. Every
/// circuit is itself sound (both links active-active on two routers, BFD, an MD5 key); a helper builds them all.
/// ER2004 is reported at the helper's Sku(...) call, where the tier of every circuit is written; ER2010 at the
/// ServiceProvider(...) call of the one circuit built outside the helper.
/// </summary>
public static class BadSiteResilienceDesign
{
    public static NetworkDesign Create() => NetworkDesign.Create("contoso-bad-site-resilience", d =>
    {
        var dc = d.Site("amsterdam-dc", asn: 65010);
        var ce1 = dc.Router("ams-ce1");
        var ce2 = dc.Router("ams-ce2");

        const string OnPremises = "10.10.0.0/16";
        var erAms = Circuit(d, "er-ams", "Equinix", "Amsterdam", 10, ce1, ce2, OnPremises);
        // ER2003 (reported on gateway ergw-one-site): er-ams-b advertises half of the on-premises /16 only.
        var erAmsB = Circuit(d, "er-ams-b", "Equinix", "Amsterdam", 11, ce1, ce2, "10.10.0.0/17");
        var erLon = Circuit(d, "er-lon", "Megaport", "London", 20, ce1, ce2, OnPremises);
        var erFra = Circuit(d, "er-fra", "Colt", "Frankfurt", 30, ce1, ce2, OnPremises);
        var erPar = Circuit(d, "er-par", "Orange", "Paris", 40, ce1, ce2, OnPremises);
        var erDub = Circuit(d, "er-dub", "Eir", "Dublin", 50, ce1, ce2, OnPremises);
        var erSin = Circuit(d, "er-sin", "Singtel", "Singapore", 60, ce1, ce2, OnPremises);

        // ER2001: one circuit at one peering location (standard resiliency) is below the minimum, high by default.
        d.Gateway("ergw-single", GatewaySku.ErGw1AZ, region: "westeurope", virtualNetwork: "hub-single", g => g
            .Connect(erAms));

        // ER2002: two circuits that back each other up, both in Amsterdam: one site outage takes both.
        // ER2003: er-ams-b does not cover 10.10.128.0/17 of er-ams's 10.10.0.0/16, so when er-ams fails Azure loses it.
        // ER2009: one provider for both: no provider diversity (information).
        d.Gateway("ergw-one-site", GatewaySku.ErGw1AZ, region: "westeurope", virtualNetwork: "hub-one-site", g => g
            .Connect(erAms)
            .Connect(erAmsB));

        // ER2004: a Standard circuit reaches only the Azure regions of its geopolitical region: Singapore's is Asia, and
        // this gateway is in West Europe, so er-sin needs Premium (er-lon, in Europe, does not).
        d.Gateway("ergw-global", GatewaySku.ErGw2AZ, region: "westeurope", virtualNetwork: "hub-global", g => g
            .Connect(erLon)
            .Connect(erSin));

        // ER2005: the Standard SKU is not zone-redundant (ErGw1AZ is its zone-redundant equivalent).
        d.Gateway("ergw-legacy", GatewaySku.Standard, region: "westeurope", virtualNetwork: "hub-legacy", g => g
            .Connect(erLon)
            .Connect(erFra));

        // ER2006: ErGw1AZ takes at most 4 circuit connections; the fifth is refused.
        d.Gateway("ergw-busy", GatewaySku.ErGw1AZ, region: "westeurope", virtualNetwork: "hub-busy", g => g
            .Connect(erAms)
            .Connect(erLon)
            .Connect(erFra)
            .Connect(erPar)
            .Connect(erDub));

        // ER2007: autoscaling needs a minimum of at least 2 scale units.
        d.Gateway("ergw-scale", GatewaySku.ErGwScale, region: "northeurope", virtualNetwork: "hub-scale", g => g
            .ScaleUnits(1, 10)
            .Connect(erLon)
            .Connect(erFra));

        // ER2010: Metro() says Metro circuit, but "Zurich" is one peering location: Azure builds a circuit at one site.
        // Azure makes a Metro circuit by its peering location ("Zurich Metro", which uses Zurich and Zurich2).
        d.Circuit("er-zrh", c => c
            .ServiceProvider("Colt", peeringLocation: "Zurich", Bandwidth.Gbps(1))
            .Metro()
            .Sku(CircuitTier.Standard, BillingModel.MeteredData)
            .PrivatePeering(vlan: 100, p => p
                .Primary("192.168.90.0/30", ce1, link => link.Bfd().Advertise(OnPremises))
                .Secondary("192.168.90.4/30", ce2, link => link.Bfd().Advertise(OnPremises))
                .Md5Key(Secret.Parameter("md5Key90"))));

        // ER2008: FastPath needs UltraPerformance, ErGw3AZ or ErGwScale with at least 10 scale units.
        d.Gateway("ergw-fastpath", GatewaySku.ErGw1AZ, region: "northeurope", virtualNetwork: "hub-fastpath", g => g
            .Connect(erLon, c => c.FastPath())
            .Connect(erPar));

        // ER2011: 600 Mbps planned over each of two circuits is 1.2 Gbps through an ErGw1AZ gateway, whose 1 Gbps is
        // fixed and not burstable.
        var erBer = Circuit(d, "er-ber", "Equinix", "Berlin", 70, ce1, ce2, OnPremises).ExpectedTraffic(Bandwidth.Mbps(600));
        var erMuc = Circuit(d, "er-muc", "Colt", "Munich", 80, ce1, ce2, OnPremises).ExpectedTraffic(Bandwidth.Mbps(600));
        // ER2012: a VPN backup beside ergw-single that is not active-active, and advertises 10.10.1.0/24, more specific
        // than the 10.10.0.0/16 over ExpressRoute, so Azure sends that traffic over the VPN even while ExpressRoute is up.
        d.VpnBackup("vpn-single", VpnGatewaySku.VpnGw2AZ, region: "westeurope", virtualNetwork: "hub-single", site: dc,
            onPremisesAddress: "198.51.100.10", onPremisesBgpAddress: "10.10.255.1", sharedKey: Secret.Parameter("vpnSharedKey"),
            configure: vpn => vpn.Advertise("10.10.1.0/24"));

        d.Gateway("ergw-undersized", GatewaySku.ErGw1AZ, region: "westeurope", virtualNetwork: "hub-undersized", g => g
            .Connect(erBer)
            .Connect(erMuc));
    });

    /// <summary>A sound Standard circuit: both links active-active on two routers, BFD, an MD5 key.</summary>
    private static CircuitBuilder Circuit(
        DesignBuilder d, string name, string provider, string location, int block, RouterBuilder ce1, RouterBuilder ce2, string onPremises) =>
        d.Circuit(name, c => c
            .ServiceProvider(provider, peeringLocation: location, Bandwidth.Gbps(1))
            .Sku(CircuitTier.Standard, BillingModel.MeteredData)
            .PrivatePeering(vlan: 100, p => p
                .Primary($"192.168.{block}.0/30", ce1, link => link.Bfd().Advertise(onPremises))
                .Secondary($"192.168.{block}.4/30", ce2, link => link.Bfd().Advertise(onPremises))
                .Md5Key(Secret.Parameter($"md5Key{block}"))));
}
