using System;
using ErAnalyzers.Dsl;

namespace ErAnalyzers.Dsl.Tests.Support;

/// <summary>
/// The valid parts most tests need, so that each test writes only the part it is about: a site with two routers,
/// a provider circuit with a private peering on both of them, a Direct port, a gateway.
/// </summary>
internal sealed class DesignKit
{
    public const string DesignName = "test-design";
    public const string OtherDesignName = "other-design";
    public const string Ckn = "https://contoso-macsec.vault.azure.net/secrets/ckn";
    public const string Cak = "https://contoso-macsec.vault.azure.net/secrets/cak";
    public const string Identity = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/network/providers/Microsoft.ManagedIdentity/userAssignedIdentities/macsec-reader";

    private DesignKit(DesignBuilder design)
    {
        D = design;
        Site = design.Site("ams-dc", asn: 65010);
        Ce1 = Site.Router("ams-ce1");
        Ce2 = Site.Router("ams-ce2");
    }

    /// <summary>The design being described.</summary>
    public DesignBuilder D { get; }

    /// <summary>Site <c>ams-dc</c>, ASN 65010.</summary>
    public SiteBuilder Site { get; }

    /// <summary>Router <c>ams-ce1</c> of <see cref="Site"/>.</summary>
    public RouterBuilder Ce1 { get; }

    /// <summary>Router <c>ams-ce2</c> of <see cref="Site"/>.</summary>
    public RouterBuilder Ce2 { get; }

    /// <summary>A design named <see cref="DesignName"/> with the kit's site, configured further by <paramref name="configure"/>.</summary>
    public static NetworkDesign Create(Action<DesignKit> configure, string name = DesignName) =>
        NetworkDesign.Create(name, d => configure(new DesignKit(d)));

    /// <summary>A provider circuit: Equinix Amsterdam, 1 Gbps, Standard metered.</summary>
    public static CircuitBuilder Provider(CircuitBuilder circuit) => circuit
        .ServiceProvider("Equinix", peeringLocation: "Amsterdam", Bandwidth.Gbps(1))
        .Sku(CircuitTier.Standard, BillingModel.MeteredData);

    /// <summary>A provider circuit with private peering on <paramref name="vlan"/>; <paramref name="peering"/> replaces the default links.</summary>
    public CircuitBuilder Circuit(string name = "er-ams", Action<PrivatePeeringBuilder>? peering = null, int vlan = 100) =>
        D.Circuit(name, c => Provider(c).PrivatePeering(vlan, peering ?? (p => Links(p))));

    /// <summary>A provider circuit with a Microsoft peering only.</summary>
    public CircuitBuilder MicrosoftOnlyCircuit(string name = "er-msft") =>
        D.Circuit(name, c => Provider(c).MicrosoftPeering(200, p => PublicLinks(p)));

    /// <summary>Active-active private links: a /30 on each router, BFD, an MD5 key.</summary>
    public PrivatePeeringBuilder Links(PrivatePeeringBuilder peering) => peering
        .Primary("192.168.100.128/30", Ce1, link => link.Bfd())
        .Secondary("192.168.100.132/30", Ce2, link => link.Bfd())
        .Md5Key(Secret.Parameter("privateMd5Key"));

    /// <summary>Active-active Microsoft peering links on public /30s, BFD, an MD5 key, route filter <c>rf-ams</c> (once per design).</summary>
    public MicrosoftPeeringBuilder PublicLinks(MicrosoftPeeringBuilder peering) => peering
        .Primary("203.0.113.0/30", Ce1, link => link.Bfd())
        .Secondary("203.0.113.4/30", Ce2, link => link.Bfd())
        .RouteFilter("rf-ams", rf => rf.Allow(BgpCommunity.ExchangeOnline))
        .Md5Key(Secret.Parameter("microsoftMd5Key"));

    /// <summary>
    /// A 10-Gbps Dot1Q Direct port pair in Amsterdam with both links enabled (ER1005) and MACsec with an XPN cipher
    /// (ER5003), then <paramref name="configure"/>.
    /// </summary>
    public DirectPortBuilder DirectPort(string name = "erd-ams", Action<DirectPortBuilder>? configure = null) =>
        D.DirectPort(name, "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, port =>
        {
            port.MacSecIdentity(Identity)
                .Link1(AdminState.Enabled, link => link.MacSec(MacSecCipher.GcmAesXpn256, Ckn, Cak))
                .Link2(AdminState.Enabled, link => link.MacSec(MacSecCipher.GcmAesXpn256, Ckn, Cak));
            configure?.Invoke(port);
        });

    /// <summary>A zone-redundant gateway in <c>hub-weu</c>.</summary>
    public GatewayBuilder Gateway(string name = "ergw", Action<GatewayBuilder>? configure = null) =>
        D.Gateway(name, GatewaySku.ErGw1AZ, "westeurope", "hub-weu", configure);

    /// <summary>Parts of another, valid design (<see cref="OtherDesignName"/>), made fresh for each call.</summary>
    public static ForeignParts Foreign()
    {
        ForeignParts? parts = null;
        Create(k => parts = new ForeignParts(k.Site, k.Ce1, k.Ce2.Port("et-0/0/1"), k.Circuit(), k.DirectPort()), OtherDesignName);
        return parts!;
    }
}

/// <summary>Builders of another design, to hand to this one.</summary>
internal sealed record ForeignParts(SiteBuilder Site, RouterBuilder Router, RouterPortBuilder Port, CircuitBuilder Circuit, DirectPortBuilder DirectPort);
