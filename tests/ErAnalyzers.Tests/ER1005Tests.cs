using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER1005 (a link of an ExpressRoute Direct port pair disabled or never enabled), as the analyzer reports it from DSL source.</summary>
public class ER1005Tests
{
    private const string Disabled = "is administratively disabled";
    private const string NoState = "has no admin state, and Azure creates links disabled";

    private static DiagnosticResult ER1005(int marker, string link, string state, string port = "erd-ams") =>
        Verify.Diagnostic("ER1005").WithLocation(marker).WithArguments(port, link, state);

    /// <summary>The start of a <c>d.DirectPort(...)</c> call: name, region, peering location, size, encapsulation.</summary>
    private const string Ams = """DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q""";

    [Fact]
    public Task A_disabled_link_is_reported_on_its_call() => Verify.Rules("ER1005").AnalyzerAsync(
        Verify.Design($$"""
                d.{{Ams}}, p => p
                    .Billing(BillingModel.UnlimitedData)
                    .Link1(AdminState.Enabled)
                    .{|#0:Link2|}(AdminState.Disabled));
        """),
        ER1005(0, "Link2", Disabled).WithMessage(
            "Link2 of Direct port 'erd-ams' is administratively disabled: enable it with AdminState.Enabled once its cross-connect is in place, because while one port is off the circuits on the pair have no redundant link"));

    [Fact]
    public Task Both_links_disabled_are_both_reported() => Verify.Rules("ER1005").AnalyzerAsync(
        Verify.Design($$"""
                d.{{Ams}}, p => p.{|#0:Link1|}(AdminState.Disabled).{|#1:Link2|}(AdminState.Disabled));
        """),
        ER1005(0, "Link1", Disabled),
        ER1005(1, "Link2", Disabled));

    [Fact]
    public Task A_link_never_configured_is_reported_on_the_port_call() => Verify.Rules("ER1005").AnalyzerAsync(
        Verify.Design($$"""
                d.{|#0:DirectPort|}("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => p
                    .Link1(AdminState.Enabled));
        """),
        ER1005(0, "Link2", NoState));

    [Fact]
    public Task A_port_without_configuration_is_reported_for_each_link() => Verify.Rules("ER1005").AnalyzerAsync(
        Verify.Design("""
                d.{|#0:DirectPort|}("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.QinQ);
        """),
        ER1005(0, "Link1", NoState),
        ER1005(0, "Link2", NoState));

    [Fact]
    public Task Good_design_with_both_links_enabled_is_silent() => Verify.Rules("ER1005").AnalyzerAsync(
        Verify.Design($$"""
                var port = d.{{Ams}}, p => p
                    .MacSecIdentity("/subscriptions/0/resourceGroups/n/providers/Microsoft.ManagedIdentity/userAssignedIdentities/m")
                    .Link1(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAesXpn256, "https://kv.vault.azure.net/secrets/ckn", "https://kv.vault.azure.net/secrets/cak"))
                    .Link2(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAesXpn256, "https://kv.vault.azure.net/secrets/ckn", "https://kv.vault.azure.net/secrets/cak")));
                d.Circuit("er-direct", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(5)).Sku(CircuitTier.Premium, BillingModel.UnlimitedData));
        """));

    [Fact]
    public Task A_port_used_by_circuits_and_gateways_only_is_still_checked() => Verify.Rules("ER1005").AnalyzerAsync(
        Verify.Design($$"""
                var port = d.{{Ams}}, p => p.Link1(AdminState.Enabled).{|#0:Link2|}(AdminState.Disabled));
                var er = d.Circuit("er-direct", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(5)));
                d.Gateway("ergw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(er));
        """),
        ER1005(0, "Link2", Disabled));

    [Fact]
    public Task A_port_handed_to_a_helper_that_only_reads_it_is_still_checked() => Verify.Rules("ER1005").AnalyzerAsync(
        Verify.Design(
            $$"""
                    var port = d.{{Ams}}, p => p.Link1(AdminState.Enabled).{|#0:Link2|}(AdminState.Disabled));
                    AddCircuit(d, port);
            """,
            """
                private static CircuitBuilder AddCircuit(DesignBuilder d, DirectPortBuilder port) =>
                    d.Circuit("er-direct", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(5)));
            """),
        ER1005(0, "Link2", Disabled));

    [Fact]
    public Task Links_configured_after_the_port_call_are_not_seen_there_so_it_stays_silent() => Verify.Rules("ER1005").AnalyzerAsync(
        Verify.Design($$"""
                d.{{Ams}}).Link1(AdminState.Enabled).Link2(AdminState.Enabled);
                var lon = d.DirectPort("erd-lon", "uksouth", "Equinix-London-LD5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => p.Link1(AdminState.Disabled));
                lon.Link1(AdminState.Enabled).Link2(AdminState.Enabled);
        """));

    [Fact]
    public Task A_port_a_helper_returns_may_be_configured_by_its_caller_so_it_stays_silent() => Verify.Rules("ER1005").AnalyzerAsync(
        Verify.Design(
            """
                    Amsterdam(d).Link2(AdminState.Enabled);
            """,
            $$"""
                private static DirectPortBuilder Amsterdam(DesignBuilder d) => d.{{Ams}}, p => p.Link1(AdminState.Enabled));
            """));

    [Fact]
    public Task Block_bodied_lambdas_and_constants_are_followed() => Verify.Rules("ER1005").AnalyzerAsync(
        Verify.Design(
            $$"""
                    const AdminState off = AdminState.Disabled;
                    d.{{Ams}}, p =>
                    {
                        p.{|#0:Link1|}(off);
                        p.{|#1:Link2|}(Off);
                    });
            """,
            """
                private const AdminState Off = AdminState.Disabled;
            """),
        ER1005(0, "Link1", Disabled),
        ER1005(1, "Link2", Disabled));

    [Fact]
    public Task A_helper_that_configures_the_links_is_followed() => Verify.Rules("ER1005").AnalyzerAsync(
        Verify.Design(
            $$"""
                    d.{{Ams}}, Links);
            """,
            """
                private static void Links(DirectPortBuilder port) => port.Link1(AdminState.Enabled).{|#0:Link2|}(AdminState.Disabled);
            """),
        ER1005(0, "Link2", Disabled));

    [Fact]
    public Task Links_set_in_a_helper_of_another_file_are_reported_at_the_call_with_the_real_place_as_additional_location() =>
        Verify.Rules("ER1005").AnalyzerAsync(
            [
                Verify.Design($$"""
                        d.{{Ams}}, p => Ports.{|#0:PreCrossConnect|}(p));
                """),
                """
                using ErAnalyzers;
                using ErAnalyzers.Dsl;

                static class Ports
                {
                    public static void PreCrossConnect(DirectPortBuilder port) => port.Link1(AdminState.Enabled).{|#1:Link2|}(AdminState.Disabled);
                }
                """,
            ],
            ER1005(0, "Link2", Disabled).WithLocation(1).InFile("Test1.cs", 6));

    [Fact]
    public Task An_admin_state_known_only_at_run_time_is_silent() => Verify.Rules("ER1005").AnalyzerAsync(
        Verify.Design($$"""
                var state = Enum.Parse<AdminState>(Environment.GetEnvironmentVariable("STATE") ?? "Enabled");
                d.{{Ams}}, p => p.Link1(state).Link2(state));
        """));

    [Fact]
    public Task A_port_whose_configuration_cannot_be_followed_is_silent() => Verify.Rules("ER1005").AnalyzerAsync(
        Verify.Design($$"""
                d.{{Ams}}, p => p.Link1(AdminState.Disabled, l => GC.KeepAlive(l)).Link2(AdminState.Enabled));
                d.DirectPort("erd-lon", "uksouth", "Equinix-London-LD5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p =>
                {
                    p.Link1(AdminState.Disabled);
                    if (Environment.ProcessorCount > 0)
                    {
                        p.Link1(AdminState.Enabled);
                    }
                });
        """));

    [Fact]
    public Task Several_ports_are_each_checked() => Verify.Rules("ER1005").AnalyzerAsync(
        Verify.Design($$"""
                d.{{Ams}}, p => p.Link1(AdminState.Enabled).Link2(AdminState.Enabled));
                d.DirectPort("erd-lon", "uksouth", "Equinix-London-LD5", Bandwidth.Gbps(100), PortEncapsulation.QinQ, p => p
                    .{|#0:Link1|}(AdminState.Disabled)
                    .Link2(AdminState.Enabled));
                d.{|#1:DirectPort|}("erd-fra", "germanywestcentral", "Equinix-Frankfurt-FR5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => p
                    .Link2(AdminState.Enabled));
        """),
        ER1005(0, "Link1", Disabled, port: "erd-lon"),
        ER1005(1, "Link1", NoState, port: "erd-fra"));
}
