using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER2012: a VPN backup that cannot take over from ExpressRoute.</summary>
public class VpnBackupTakeoverRuleTests
{
    private const string NotActiveActive = "its VPN gateway is not active-active, so one gateway instance carries the backup";

    private static VpnBackup Vpn(string network = "hub-weu", bool activeActive = true, params string[] prefixes) => new()
    {
        Name = "vpn",
        Location = Make.At(),
        Sku = Make.Set(VpnGatewaySku.VpnGw2AZ),
        VirtualNetwork = Make.Set(network),
        SiteName = "dc1",
        ActiveActive = activeActive ? Make.Set(true) : null,
        AdvertisedPrefixes = [.. prefixes.Select(Make.AdvertisedPrefix)],
    };

    // An ErGw1AZ gateway in hub-weu (Make.GatewayFor has no virtual network) connecting a circuit advertising `prefixes`.
    private static NetworkDesignModel Design(VpnBackup vpn, params string[] prefixes)
    {
        var circuit = Make.StandardCircuitAt("er-ams", "Amsterdam").Advertising(prefixes);
        return Make.DesignOf([circuit], Make.GatewayFor("ergw", circuit) with { VirtualNetwork = Make.Set("hub-weu") }) with { VpnBackups = [vpn] };
    }

    [Fact]
    public void An_active_active_vpn_next_to_the_expressroute_gateway_with_the_same_or_shorter_prefixes_is_silent()
    {
        Assert.Empty(Design(Vpn("HUB-WEU", true, "10.1.0.0/16", "10.0.0.0/8"), "10.1.0.0/16").Run<VpnBackupTakeoverRule>());
    }

    [Fact]
    public void A_vpn_in_another_virtual_network_is_reported()
    {
        var vpn = Vpn("hub-vpn");

        FindingAssert.Single(Design(vpn, "10.1.0.0/16").Run<VpnBackupTakeoverRule>(), Descriptors.ER2012, Severity.Warning, vpn.Location,
            ["vpn", "its VPN gateway is in virtual network 'hub-vpn', and no ExpressRoute gateway is (they are in 'hub-weu')",
                "put the VPN gateway in the virtual network of the ExpressRoute gateway it backs up, next to it"]);
    }

    [Fact]
    public void A_vpn_that_is_not_active_active_is_reported_unless_its_configuration_was_not_seen_whole()
    {
        var vpn = Vpn(activeActive: false);

        var finding = FindingAssert.Single(Design(vpn, "10.1.0.0/16").Run<VpnBackupTakeoverRule>(), Descriptors.ER2012, Severity.Warning, vpn.Location,
            ["vpn", NotActiveActive, "make it active-active (ActiveActive()): two instances, each with a tunnel of its own"]);
        Assert.Equal(
            "VPN backup 'vpn' cannot take over from ExpressRoute as it should: its VPN gateway is not active-active, so one gateway instance carries the backup: make it active-active (ActiveActive()): two instances, each with a tunnel of its own",
            finding.Message);
        Assert.Empty(Design(vpn with { IsComplete = false }, "10.1.0.0/16").Run<VpnBackupTakeoverRule>());
        Assert.Empty(Design(vpn with { ActiveActive = Make.Unknown<bool>() }, "10.1.0.0/16").Run<VpnBackupTakeoverRule>());
    }

    [Fact]
    public void A_prefix_more_specific_over_the_vpn_than_over_expressroute_is_reported_on_the_prefix()
    {
        var vpn = Vpn(prefixes: ["10.1.0.0/16", "10.1.5.0/24", "10.2.0.0/24", "192.168.0.0/24"]);

        FindingAssert.Single(Design(vpn, "10.1.0.0/16", "10.2.0.0/24", "10.2.0.0/16").Run<VpnBackupTakeoverRule>(), Descriptors.ER2012, Severity.Warning,
            vpn.AdvertisedPrefixes[1].Location,
            ["vpn", "10.1.5.0/24 is advertised over it, more specific than 10.1.0.0/16 over ExpressRoute, so Azure sends the traffic for 10.1.5.0/24 over the VPN",
                "advertise over the VPN the prefixes advertised over ExpressRoute, or shorter ones"],
            vpn.Location);
    }

    [Fact]
    public void Expressroute_prefixes_not_known_keep_the_prefix_check_silent()
    {
        var vpn = Vpn(prefixes: "10.1.5.0/24");
        var design = Design(vpn, "10.1.0.0/16");
        var unknown = design with
        {
            Circuits = [design.Circuits[0].WithPrivatePeering(p => p.WithPolicy(LinkRole.Secondary, policy => policy with
            {
                AdvertisedPrefixes = [.. policy.AdvertisedPrefixes, Make.Unknown<IpPrefix>()],
            }))],
        };

        Assert.Single(design.Run<VpnBackupTakeoverRule>());
        Assert.Empty(unknown.Run<VpnBackupTakeoverRule>());
        Assert.Empty((design with { Gateways = [design.Gateways[0] with { IsComplete = false }] }).Run<VpnBackupTakeoverRule>());
    }

    [Fact]
    public void Virtual_networks_not_known_or_a_design_not_seen_whole_keep_the_network_check_silent()
    {
        var vpn = Vpn("hub-vpn");
        var design = Design(vpn, "10.1.0.0/16");

        Assert.Empty((design with { IsComplete = false }).Run<VpnBackupTakeoverRule>());
        Assert.Empty((design with { Gateways = [design.Gateways[0] with { VirtualNetwork = Make.Unknown<string>() }] }).Run<VpnBackupTakeoverRule>());
        Assert.Empty((design with { VpnBackups = [vpn with { VirtualNetwork = Make.Unknown<string>() }] }).Run<VpnBackupTakeoverRule>());
        Assert.Empty((design with { Gateways = [] }).Run<VpnBackupTakeoverRule>());
    }
}
