using ErAnalyzers;
using ErAnalyzers.Dsl;

namespace ExpressRouteDirect;

/// <summary>
/// ExpressRoute Direct: a 10-Gbps port pair in each of two peering locations, both links enabled with MACsec
/// (XPN cipher, secrets in Key Vault), a circuit on each pair, connected to a zone-redundant gateway with FastPath.
/// The checks find nothing.
/// </summary>
public static class ExpressRouteDirectDesign
{
    private const string Vault = "https://contoso-macsec.vault.azure.net/secrets";
    private const string Identity =
        "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/network/providers/Microsoft.ManagedIdentity/userAssignedIdentities/macsec-reader";

    public static NetworkDesign Create() => NetworkDesign.Create("contoso-direct", d =>
    {
        var amsterdam = d.Site("amsterdam-dc", asn: 65020);
        var ams1 = amsterdam.Router("ams-pe1");
        var ams2 = amsterdam.Router("ams-pe2");
        var london = d.Site("london-dc", asn: 65020);
        var lon1 = london.Router("lon-pe1");
        var lon2 = london.Router("lon-pe2");

        var portAms = d.DirectPort("erd-ams", region: "westeurope", peeringLocation: "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => p
            .MacSecIdentity(Identity)
            .Link1(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAesXpn256, $"{Vault}/ams-ckn", $"{Vault}/ams-cak"))
            .Link2(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAesXpn256, $"{Vault}/ams-ckn", $"{Vault}/ams-cak")));

        var portLon = d.DirectPort("erd-lon", region: "uksouth", peeringLocation: "Equinix-London-LD5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => p
            .MacSecIdentity(Identity)
            .Link1(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAesXpn256, $"{Vault}/lon-ckn", $"{Vault}/lon-cak"))
            .Link2(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAesXpn256, $"{Vault}/lon-ckn", $"{Vault}/lon-cak")));

        var erAms = d.Circuit("er-direct-ams", c => c
            .ExpressRouteDirect(portAms, Bandwidth.Gbps(5))
            .Sku(CircuitTier.Premium, BillingModel.UnlimitedData)
            .Region("westeurope")
            .PrivatePeering(vlan: 300, p => p
                .Primary("10.255.0.0/30", ams1, link => link.Bfd())
                .Secondary("10.255.0.4/30", ams2, link => link.Bfd())
                .Md5Key(Secret.Parameter("directAmsMd5Key"))));

        var erLon = d.Circuit("er-direct-lon", c => c
            .ExpressRouteDirect(portLon, Bandwidth.Gbps(5))
            .Sku(CircuitTier.Premium, BillingModel.UnlimitedData)
            .Region("uksouth")
            .PrivatePeering(vlan: 300, p => p
                .Primary("10.255.1.0/30", lon1, link => link.Bfd())
                .Secondary("10.255.1.4/30", lon2, link => link.Bfd())
                .Md5Key(Secret.Parameter("directLonMd5Key"))));

        d.Gateway("ergw-direct", GatewaySku.ErGw3AZ, region: "westeurope", virtualNetwork: "hub-direct", g => g
            .Connect(erAms, c => c.FastPath())
            .Connect(erLon, c => c.FastPath()));
    });
}
