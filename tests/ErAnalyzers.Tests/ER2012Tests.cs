using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>
/// ER2012 (a VPN backup that cannot take over from ExpressRoute), as the analyzer reports it from DSL source. The rule
/// needs the gateways and circuits, so it is checked at <c>NetworkDesign.Create</c>.
/// </summary>
public class ER2012Tests
{
    private const string NotActiveActive = "its VPN gateway is not active-active, so one gateway instance carries the backup";
    private const string MakeActiveActive = "make it active-active (ActiveActive()): two instances, each with a tunnel of its own";

    private static DiagnosticResult ER2012(int marker, string vpn, string problem, string fix) =>
        Verify.Diagnostic("ER2012").WithLocation(marker).WithArguments(vpn, problem, fix);

    // A circuit advertising 10.10.0.0/16 on gateway ergw-weu in hub-weu.
    private const string ExpressRoute = """
                var ams = d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1, link => link.Advertise("10.10.0.0/16"))
                        .Secondary("192.168.100.132/30", ce2, link => link.Advertise("10.10.0.0/16"))));
                d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g.Connect(ams));

        """;

    [Fact]
    public Task A_vpn_that_is_not_active_active_is_reported_on_its_call() => Verify.Rules("ER2012").AnalyzerAsync(
        Verify.Design(ExpressRoute + """
                d.{|#0:VpnBackup|}("vpn-weu", VpnGatewaySku.VpnGw2AZ, "westeurope", "hub-weu", site, "198.51.100.10", "10.10.255.1", Secret.Parameter("vpnKey"));
        """),
        ER2012(0, "vpn-weu", NotActiveActive, MakeActiveActive).WithMessage(
            "VPN backup 'vpn-weu' cannot take over from ExpressRoute as it should: its VPN gateway is not active-active, so one gateway instance carries the backup: " + MakeActiveActive));

    [Fact]
    public Task A_vpn_in_another_virtual_network_from_constants_is_reported() => Verify.Rules("ER2012").AnalyzerAsync(
        Verify.Design(
            ExpressRoute + """
                    d.{|#0:VpnBackup|}(Vpn, VpnGatewaySku.VpnGw2AZ, "westeurope", VpnNetwork, site, "198.51.100.10", "10.10.255.1", Secret.Parameter("vpnKey"),
                        vpn => vpn.ActiveActive());
            """,
            """
                private const string Vpn = "vpn-weu";
                private const string VpnNetwork = "hub-" + "vpn";
            """),
        ER2012(0, "vpn-weu", "its VPN gateway is in virtual network 'hub-vpn', and no ExpressRoute gateway is (they are in 'hub-weu')",
            "put the VPN gateway in the virtual network of the ExpressRoute gateway it backs up, next to it"));

    [Fact]
    public Task A_more_specific_prefix_over_the_vpn_from_a_helper_is_reported_on_its_advertise_call() => Verify.Rules("ER2012").AnalyzerAsync(
        Verify.Design(
            ExpressRoute + """
                    d.{|#1:VpnBackup|}("vpn-weu", VpnGatewaySku.VpnGw2AZ, "westeurope", "hub-weu", site, "198.51.100.10", "10.10.255.1", Secret.Parameter("vpnKey"), Backup);
            """,
            """
                private static void Backup(VpnBackupBuilder vpn)
                {
                    var lab = "10.10.5.0/24";
                    vpn.ActiveActive().Advertise("10.10.0.0/16").{|#0:Advertise|}(lab);
                }
            """),
        Verify.Diagnostic("ER2012").WithLocation(0).WithLocation(1).WithArguments("vpn-weu",
            "10.10.5.0/24 is advertised over it, more specific than 10.10.0.0/16 over ExpressRoute, so Azure sends the traffic for 10.10.5.0/24 over the VPN",
            "advertise over the VPN the prefixes advertised over ExpressRoute, or shorter ones"));

    [Fact]
    public Task A_vpn_built_in_another_file_is_followed() => Verify.Rules("ER2012").AnalyzerAsync(
        [
            Verify.Design(ExpressRoute + """
                    Backups.{|#0:Add|}(d, site);
            """),
            """
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            static class Backups
            {
                public static void Add(DesignBuilder d, SiteBuilder site) =>
                    d.{|#1:VpnBackup|}("vpn-weu", VpnGatewaySku.VpnGw2AZ, "westeurope", "hub-weu", site, "198.51.100.10", "10.10.255.1", Secret.Parameter("vpnKey"));
            }
            """,
        ],
        Verify.Diagnostic("ER2012").WithLocation(0).WithLocation(1).WithArguments("vpn-weu", NotActiveActive, MakeActiveActive).InFile("Test1.cs", 7));

    // Microsoft's design: the VPN gateway beside the ExpressRoute gateway, active-active, with the same or shorter prefixes.
    [Fact]
    public Task The_recommended_vpn_backup_is_silent() => Verify.Rules("ER2012").AnalyzerAsync(
        Verify.Design(ExpressRoute + """
                d.VpnBackup("vpn-weu", VpnGatewaySku.VpnGw2AZ, "westeurope", "hub-weu", site, "198.51.100.10", "10.10.255.1", Secret.Parameter("vpnKey"), vpn => vpn
                    .ActiveActive()
                    .Advertise("10.10.0.0/16")
                    .Advertise("10.0.0.0/8"));
        """));

    [Theory]
    [InlineData("a configuration handed to other code", """
                d.VpnBackup("vpn-weu", VpnGatewaySku.VpnGw2AZ, "westeurope", "hub-weu", site, "198.51.100.10", "10.10.255.1", Secret.Parameter("vpnKey"), vpn => GC.KeepAlive(vpn));
        """)]
    [InlineData("a virtual network from the environment", """
                d.VpnBackup("vpn-weu", VpnGatewaySku.VpnGw2AZ, "westeurope", Environment.MachineName, site, "198.51.100.10", "10.10.255.1", Secret.Parameter("vpnKey"), vpn => vpn.ActiveActive());
        """)]
    [InlineData("a prefix from the environment", """
                d.VpnBackup("vpn-weu", VpnGatewaySku.VpnGw2AZ, "westeurope", "hub-weu", site, "198.51.100.10", "10.10.255.1", Secret.Parameter("vpnKey"), vpn => vpn.ActiveActive()
                    .Advertise(Environment.GetEnvironmentVariable("LAB_PREFIX")));
        """)]
    public Task What_the_evaluator_cannot_see_keeps_the_rule_silent(string form, string vpn) =>
        Verify.Rules("ER2012").AnalyzerAsync(Verify.Design($"        // {form}\n" + ExpressRoute + vpn));
}
