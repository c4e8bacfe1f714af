using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER1008 (a BGP session to Microsoft on a stateful firewall), as the analyzer reports it from DSL source.</summary>
public class ER1008Tests
{
    /// <summary>Reported on the link (marker <paramref name="link"/>) with the firewall's declaration (marker <paramref name="device"/>) as additional location.</summary>
    private static DiagnosticResult ER1008(int link, int device, string role, string firewall, string circuit = "er-ams", string peering = "AzurePrivatePeering", string family = "IPv4") =>
        Verify.Diagnostic("ER1008").WithLocation(link).WithLocation(device).WithArguments(circuit, peering, family, role, firewall);

    [Fact]
    public Task A_link_on_a_firewall_is_reported_on_the_link_with_the_declaration_as_additional_location() => Verify.Rules("ER1008").AnalyzerAsync(
        Verify.Design("""
                var fw1 = site.{|#1:Router|}("fw1", DeviceKind.StatefulFirewall);
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
                        .{|#0:Primary|}("192.168.100.128/30", fw1, link => link.Bfd())
                        .Secondary("192.168.100.132/30", ce2, link => link.Bfd())));
        """),
        ER1008(0, 1, "primary", "fw1").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithMessage(
            "The primary link of peering 'AzurePrivatePeering' (IPv4) of circuit 'er-ams' ends on stateful firewall 'fw1': terminate the BGP session on a stateless router, because a stateful device can break failover during maintenance"));

    [Fact]
    public Task Both_links_on_firewalls_are_both_reported() => Verify.Rules("ER1008").AnalyzerAsync(
        Verify.Design("""
                var fw1 = site.{|#2:Router|}("fw1", DeviceKind.StatefulFirewall);
                var fw2 = site.{|#3:Router|}(kind: DeviceKind.StatefulFirewall, name: "fw2");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .{|#0:Primary|}("192.168.100.128/30", fw1)
                    .{|#1:Secondary|}("192.168.100.132/30", fw2)));
        """),
        ER1008(0, 2, "primary", "fw1"),
        ER1008(1, 3, "secondary", "fw2"));

    [Fact]
    public Task A_link_on_a_port_of_a_firewall_is_reported() => Verify.Rules("ER1008").AnalyzerAsync(
        Verify.Design("""
                var fw = site.{|#1:Router|}("fw-edge", DeviceKind.StatefulFirewall);
                var outside = fw.Port("ethernet1/1");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1)
                    .{|#0:Secondary|}("192.168.100.132/30", outside)));
        """),
        ER1008(0, 1, "secondary", "fw-edge"));

    [Fact]
    public Task Good_design_on_routers_is_silent() => Verify.Rules("ER1008").AnalyzerAsync(
        Verify.Design("""
                var r4 = site.Router("ce4", DeviceKind.Router);
                d.Circuit("er-ams", c => c
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", r4)
                        .Ipv6(v6 => v6.Primary("2001:db8:100::/126", ce1).Secondary("2001:db8:100::4/126", r4)))
                    .MicrosoftPeering(200, m => m.Primary("203.0.113.0/30", ce2).Secondary("203.0.113.4/30", ce3)));
        """));

    [Fact]
    public Task Ipv6_and_microsoft_peering_sessions_on_a_firewall_are_reported() => Verify.Rules("ER1008").AnalyzerAsync(
        Verify.Design("""
                var fw = site.{|#2:Router|}("fw1", DeviceKind.StatefulFirewall);
                d.Circuit("er-ams", c => c
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2)
                        .Ipv6(v6 => v6.{|#0:Primary|}("2001:db8:100::/126", fw).Secondary("2001:db8:100::4/126", ce2)))
                    .MicrosoftPeering(200, m => m.Primary("203.0.113.0/30", ce1).{|#1:Secondary|}("203.0.113.4/30", fw)));
        """),
        ER1008(0, 2, "primary", "fw1", family: "IPv6"),
        ER1008(1, 2, "secondary", "fw1", peering: "MicrosoftPeering"));

    [Fact]
    public Task A_kind_held_in_a_constant_is_followed() => Verify.Rules("ER1008").AnalyzerAsync(
        Verify.Design(
            """
                    var fw = site.{|#1:Router|}("fw1", EdgeKind);
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.{|#0:Primary|}("192.168.100.128/30", fw).Secondary("192.168.100.132/30", ce2)));
            """,
            """
                private const DeviceKind EdgeKind = DeviceKind.StatefulFirewall;
            """),
        ER1008(0, 1, "primary", "fw1"));

    [Fact]
    public Task A_firewall_declared_by_a_helper_is_followed() => Verify.Rules("ER1008").AnalyzerAsync(
        Verify.Design(
            """
                    var fw = Firewall(site, "fw1");
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).{|#0:Secondary|}("192.168.100.132/30", fw)));
            """,
            """
                private static RouterBuilder Firewall(SiteBuilder site, string name) => site.{|#1:Router|}(name, DeviceKind.StatefulFirewall);
            """),
        ER1008(0, 1, "secondary", "fw1"));

    [Fact]
    public Task A_firewall_declared_in_another_file_is_the_additional_location() => Verify.Rules("ER1008").AnalyzerAsync(
        [
            Verify.Design("""
                    var fw = Devices.Firewall(site);
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.{|#0:Primary|}("192.168.100.128/30", fw).Secondary("192.168.100.132/30", ce2)));
            """),
            """
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            static class Devices
            {
                public static RouterBuilder Firewall(SiteBuilder site) => site.{|#1:Router|}("fw1", DeviceKind.StatefulFirewall);
            }
            """,
        ],
        ER1008(0, 1, "primary", "fw1"));

    [Fact]
    public Task Links_written_in_a_helper_of_another_file_are_reported_at_the_call() => Verify.Rules("ER1008").AnalyzerAsync(
        [
            Verify.Design("""
                    var fw = site.{|#2:Router|}("fw1", DeviceKind.StatefulFirewall);
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => Links.{|#0:Through|}(p, fw, ce2)));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Links
            {
                public static void Through(PrivatePeeringBuilder peering, RouterBuilder first, RouterBuilder second) =>
                    peering.{|#1:Primary|}("192.168.100.128/30", first).Secondary("192.168.100.132/30", second);
            }
            """,
        ],
        Verify.Diagnostic("ER1008").WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("er-ams", "AzurePrivatePeering", "IPv4", "primary", "fw1").InFile("Test1.cs", 6));

    [Fact]
    public Task Only_the_sessions_on_firewalls_of_several_circuits_are_reported() => Verify.Rules("ER1008").AnalyzerAsync(
        Verify.Design("""
                var fw = site.{|#2:Router|}("fw1", DeviceKind.StatefulFirewall);
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("10.0.1.0/30", ce1).Secondary("10.0.1.4/30", ce2)));
                d.Circuit("er-lon", c => c.PrivatePeering(100, p => p.{|#0:Primary|}("10.0.2.0/30", fw).Secondary("10.0.2.4/30", ce2)));
                d.Circuit("er-fra", c =>
                {
                    c.PrivatePeering(100, p =>
                    {
                        p.Primary("10.0.3.0/30", ce3);
                        p.{|#1:Secondary|}("10.0.3.4/30", fw);
                    });
                });
        """),
        ER1008(0, 2, "primary", "fw1", circuit: "er-lon"),
        ER1008(1, 2, "secondary", "fw1", circuit: "er-fra"));

    [Fact]
    public Task A_kind_known_only_at_run_time_is_silent() => Verify.Rules("ER1008").AnalyzerAsync(
        Verify.Design("""
                var kind = Enum.Parse<DeviceKind>(Environment.GetEnvironmentVariable("EDGE_KIND") ?? "Router");
                var edge = site.Router("edge", kind);
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", edge).Secondary("192.168.100.132/30", ce2)));
        """));

    [Fact]
    public Task A_firewall_passed_in_as_a_parameter_is_unknown_and_silent() => Verify.Rules("ER1008").AnalyzerAsync(
        Verify.Design(
            """
                    // AddCircuit is called by code outside the designs of this file: its parameters are unknown here.
            """,
            """
                private static void AddCircuit(DesignBuilder d, RouterBuilder edge) =>
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", edge).Secondary("192.168.100.132/30", edge)));
            """));

    [Fact]
    public Task A_firewall_from_code_the_evaluator_cannot_follow_is_silent() => Verify.Rules("ER1008").AnalyzerAsync(
        Verify.Design("""
                var edges = new[] { site.Router("fw1", DeviceKind.StatefulFirewall) };
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", System.Linq.Enumerable.Single(edges)).Secondary("192.168.100.132/30", ce2)));
        """));
}
