using ErAnalyzers;
using ErAnalyzers.Dsl;

namespace BadLinkRedundancy;

/// <summary>
/// Link redundancy gone wrong (ER1xxx), one mistake per rule, each marked where it is made. The site, the gateway
/// and everything else are sound, so that only this family speaks: two circuits at two peering locations on a
/// zone-redundant gateway, BFD and an MD5 key on every session, MACsec on the Direct ports.
/// </summary>
public static class BadLinkRedundancyDesign
{
    private const string Vault = "https://contoso-macsec.vault.azure.net/secrets";
    private const string Identity =
        "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/network/providers/Microsoft.ManagedIdentity/userAssignedIdentities/macsec-reader";

    public static NetworkDesign Create() => NetworkDesign.Create("contoso-bad-link-redundancy", d =>
    {
        var dc = d.Site("amsterdam-dc", asn: 65010);
        var ce1 = dc.Router("ams-ce1");
        var ce2 = dc.Router("ams-ce2");
        var trunk = ce1.Port("et-0/0/1");

        // ER1008: BGP to Microsoft ends on a stateful firewall, which breaks failover in maintenance.
        var fw = dc.Router("ams-fw1", DeviceKind.StatefulFirewall);

        var erAms = d.Circuit("er-ams", c => c
            .ServiceProvider("Equinix", peeringLocation: "Amsterdam", Bandwidth.Gbps(1))
            .Sku(CircuitTier.Premium, BillingModel.MeteredData)
            // ER1009: 2 Gbps planned on a 1-Gbps circuit only fits while both links are up.
            .ExpectedTraffic(Bandwidth.Gbps(2))
            .PrivatePeering(vlan: 100, p => p
                .Primary("192.168.100.128/30", ce1, link => link.Bfd().Advertise("10.10.0.0/16"))
                // ER1002: prepending on the secondary only makes it a passive standby.
                .Secondary("192.168.100.132/30", ce2, link => link.Bfd().Advertise("10.10.0.0/16").PrependAsPath(3))
                .Ipv6(v6 => v6
                    // ER1001: the IPv6 secondary session is missing.
                    .Primary("fd00:100::/126", ce1, link => link.Bfd()))
                .Md5Key(Secret.Parameter("amsMd5Key"))));

        var erLon = d.Circuit("er-lon", c => c
            .ServiceProvider("Megaport", peeringLocation: "London", Bandwidth.Gbps(1))
            .Sku(CircuitTier.Premium, BillingModel.MeteredData)
            .PrivatePeering(vlan: 100, p => p
                .Primary("192.168.200.128/30", ce1, link => link.Bfd().Advertise("10.10.0.0/16"))
                // ER1003: both sessions end on ams-ce1; losing that router loses the circuit.
                .Secondary("192.168.200.132/30", ce1, link => link.Bfd().Advertise("10.10.0.0/16"))
                .Ipv6(v6 => v6
                    // ER1006: both IPv6 sessions are shut down on the customer edge, so IPv6 has no BGP session at all.
                    .Primary("fd00:200::/126", ce1, link => link.Bfd().Shutdown())
                    .Secondary("fd00:200::4/126", ce2, link => link.Bfd().Shutdown()))
                .Md5Key(Secret.Parameter("lonMd5Key"))));

        d.Circuit("er-ams2", c => c
            .ServiceProvider("Colt", peeringLocation: "Amsterdam2", Bandwidth.Gbps(1))
            .Sku(CircuitTier.Premium, BillingModel.MeteredData)
            .PrivatePeering(vlan: 110, p => p
                // ER1007 (twice): ignoring AS-path length defeats Microsoft's maintenance prepends on either link.
                .Primary("192.168.110.128/30", trunk, link => link.Bfd().IgnoreAsPathLength())
                // ER1004: both sessions on one port, as two subinterfaces of et-0/0/1.
                .Secondary("192.168.110.132/30", trunk, link => link.Bfd().IgnoreAsPathLength())
                .Md5Key(Secret.Parameter("ams2Md5Key"))));

        d.Circuit("er-fra", c => c
            .ServiceProvider("Megaport", peeringLocation: "Frankfurt", Bandwidth.Gbps(1))
            .Sku(CircuitTier.Premium, BillingModel.MeteredData)
            .PrivatePeering(vlan: 120, p => p
                .Primary("192.168.120.128/30", fw, link => link.Bfd())
                .Secondary("192.168.120.132/30", ce2, link => link.Bfd())
                .Md5Key(Secret.Parameter("fraMd5Key"))
                // ER1006: a disabled peering shuts down both BGP sessions.
                .Disabled()));

        d.DirectPort("erd-ams", region: "westeurope", peeringLocation: "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => p
            .MacSecIdentity(Identity)
            .Link1(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAesXpn256, $"{Vault}/ams-ckn", $"{Vault}/ams-cak"))
            // ER1005: Link2 is administratively down; every circuit on the pair runs on Link1 alone.
            .Link2(AdminState.Disabled, l => l.MacSec(MacSecCipher.GcmAesXpn256, $"{Vault}/ams-ckn", $"{Vault}/ams-cak")));

        // ErGw2AZ carries the 2 Gbps planned over er-ams (a gateway's throughput is fixed and not burstable).
        d.Gateway("ergw-weu", GatewaySku.ErGw2AZ, region: "westeurope", virtualNetwork: "hub-weu", g => g
            .Connect(erAms)
            .Connect(erLon));
    });
}
