using ErAnalyzers;
using ErAnalyzers.Dsl;

namespace BadSecurity;

/// <summary>
/// Security gone wrong (ER5xxx), each mistake marked where it is made; the rest is sound (two circuits at two
/// peering locations on a zone-redundant gateway, both links active-active, BFD).
/// </summary>
public static class BadSecurityDesign
{
    private const string Vault = "https://contoso-macsec.vault.azure.net/secrets";
    private const string Identity =
        "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/network/providers/Microsoft.ManagedIdentity/userAssignedIdentities/macsec-reader";

    public static NetworkDesign Create() => NetworkDesign.Create("contoso-bad-security", d =>
    {
        var dc = d.Site("amsterdam-dc", asn: 65010);
        var ce1 = dc.Router("ams-ce1");
        var ce2 = dc.Router("ams-ce2");

        var erAms = d.Circuit("er-ams", c => c
            .ServiceProvider("Equinix", peeringLocation: "Amsterdam", Bandwidth.Gbps(1))
            .Sku(CircuitTier.Premium, BillingModel.MeteredData)
            .PrivatePeering(vlan: 100, p => p
                .Primary("192.168.100.128/30", ce1, link => link.Bfd())
                .Secondary("192.168.100.132/30", ce2, link => link.Bfd())
                // ER5001: the key is in source control. (It never reaches the template: it asks for md5Key_er_ams_Private.)
                // ER5004: and Azure rejects it: an MD5 key is at most 25 letters and digits, and '-' is neither.
                .Md5Key("Sup3r-S3cret")));

        // ER5002: no MD5 authentication on this peering (information).
        var erLon = d.Circuit("er-lon", c => c
            .ServiceProvider("Megaport", peeringLocation: "London", Bandwidth.Gbps(1))
            .Sku(CircuitTier.Premium, BillingModel.MeteredData)
            .PrivatePeering(vlan: 100, p => p
                .Primary("192.168.200.128/30", ce1, link => link.Bfd())
                .Secondary("192.168.200.132/30", ce2, link => link.Bfd())));

        d.DirectPort("erd-ams", region: "westeurope", peeringLocation: "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => p
            .MacSecIdentity(Identity)
            // ER5003: a non-XPN cipher; Microsoft recommends XPN ciphers against session drops on fast links (information).
            .Link1(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAes256, $"{Vault}/ams-ckn", $"{Vault}/ams-cak"))
            .Link2(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAesXpn256, $"{Vault}/ams-ckn", $"{Vault}/ams-cak")));

        d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, region: "westeurope", virtualNetwork: "hub-weu", g => g
            .Connect(erAms)
            .Connect(erLon));
    });
}
