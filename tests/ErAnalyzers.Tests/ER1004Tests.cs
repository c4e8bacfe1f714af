using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER1004 (both links of a peering on one router port), as the analyzer reports it from DSL source.</summary>
public class ER1004Tests
{
    /// <summary>Reported on the secondary link (marker <paramref name="secondary"/>) with the primary (marker <paramref name="primary"/>) as additional location.</summary>
    private static DiagnosticResult ER1004(int secondary, int primary, string router, string port, string circuit = "er-ams", string peering = "AzurePrivatePeering", string family = "IPv4") =>
        Verify.Diagnostic("ER1004").WithLocation(secondary).WithLocation(primary).WithArguments(circuit, peering, family, router, port);

    [Fact]
    public Task Two_subinterfaces_of_one_port_are_reported_on_the_secondary_with_the_primary_as_additional_location() => Verify.Rules("ER1004").AnalyzerAsync(
        Verify.Design("""
                var uplink = ce1.Port("et-0/0/1");
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
                        .{|#1:Primary|}("192.168.100.128/30", uplink, link => link.Bfd())
                        .{|#0:Secondary|}("192.168.100.132/30", uplink, link => link.Bfd())));
        """),
        ER1004(0, 1, "ce1", "et-0/0/1").WithMessage(
            "Peering 'AzurePrivatePeering' (IPv4) of circuit 'er-ams' has both links on port 'et-0/0/1' of router 'ce1': move the secondary link to a port of another router, because one port failing takes down both connections"));

    [Fact]
    public Task Two_ports_of_one_router_are_left_to_ER1003() => Verify.Rules("ER1004").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1.Port("et-0/0/1"))
                    .Secondary("192.168.100.132/30", ce1.Port("et-0/0/2"))));
        """));

    [Fact]
    public Task Links_on_one_router_without_ports_are_left_to_ER1003() => Verify.Rules("ER1004").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1)
                    .Secondary("192.168.100.132/30", ce1)));
        """));

    [Fact]
    public Task Good_design_with_ports_of_the_same_name_on_two_routers_is_silent() => Verify.Rules("ER1004").AnalyzerAsync(
        Verify.Design("""
                var a = ce1.Port("et-0/0/1");
                var b = ce2.Port("et-0/0/1");
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", a)
                        .Secondary("192.168.100.132/30", b)
                        .Ipv6(v6 => v6.Primary("2001:db8:100::/126", a).Secondary("2001:db8:100::4/126", b)))
                    .MicrosoftPeering(200, m => m.Primary("203.0.113.0/30", a).Secondary("203.0.113.4/30", b)));
        """));

    [Fact]
    public Task An_ipv6_pair_on_one_port_is_reported_with_its_family() => Verify.Rules("ER1004").AnalyzerAsync(
        Verify.Design("""
                var uplink = ce2.Port("xe-1/0/0");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1)
                    .Secondary("192.168.100.132/30", ce2)
                    .Ipv6(v6 => v6
                        .{|#1:Primary|}("2001:db8:100::/126", uplink)
                        .{|#0:Secondary|}("2001:db8:100::4/126", uplink))));
        """),
        ER1004(0, 1, "ce2", "xe-1/0/0", family: "IPv6"));

    [Fact]
    public Task Microsoft_peering_on_one_port_is_reported() => Verify.Rules("ER1004").AnalyzerAsync(
        Verify.Design("""
                var uplink = ce3.Port("et-0/0/9");
                d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m
                    .{|#1:Primary|}("203.0.113.0/30", uplink)
                    .{|#0:Secondary|}("203.0.113.4/30", uplink)
                    .AdvertisePublicPrefix("198.51.100.0/24")));
        """),
        ER1004(0, 1, "ce3", "et-0/0/9", peering: "MicrosoftPeering"));

    [Fact]
    public Task Several_circuits_on_one_shared_port_are_each_reported() => Verify.Rules("ER1004").AnalyzerAsync(
        Verify.Design("""
                var shared = ce1.Port("et-0/0/1");
                var other = ce2.Port("et-0/0/1");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.{|#1:Primary|}("10.0.1.0/30", shared).{|#0:Secondary|}("10.0.1.4/30", shared)));
                d.Circuit("er-lon", c => c.PrivatePeering(100, p => p.Primary("10.0.2.0/30", shared).Secondary("10.0.2.4/30", other)));
                d.Circuit("er-fra", c => c.PrivatePeering(100, p => p.{|#3:Primary|}("10.0.3.0/30", other).{|#2:Secondary|}("10.0.3.4/30", other)));
        """),
        ER1004(0, 1, "ce1", "et-0/0/1"),
        ER1004(2, 3, "ce2", "et-0/0/1", circuit: "er-fra"));

    [Fact]
    public Task Block_bodied_lambdas_and_port_names_of_constants_are_followed() => Verify.Rules("ER1004").AnalyzerAsync(
        Verify.Design(
            """
                    var uplink = ce1.Port($"{Slot}/1");
                    d.Circuit("er-ams", c =>
                    {
                        c.PrivatePeering(100, p =>
                        {
                            p.{|#1:Primary|}("192.168.100.128/30", uplink);
                            p.{|#0:Secondary|}("192.168.100.132/30", uplink);
                        });
                    });
            """,
            """
                private const string Slot = "et-0/0";
            """),
        ER1004(0, 1, "ce1", "et-0/0/1"));

    [Fact]
    public Task A_helper_that_takes_the_port_is_followed() => Verify.Rules("ER1004").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => Links(p, Uplink(ce1))));
            """,
            """
                private static RouterPortBuilder Uplink(RouterBuilder router) => router.Port("et-0/0/1");

                private static void Links(PrivatePeeringBuilder peering, RouterPortBuilder port)
                {
                    peering.{|#1:Primary|}("192.168.100.128/30", port);
                    peering.{|#0:Secondary|}("192.168.100.132/30", port);
                }
            """),
        ER1004(0, 1, "ce1", "et-0/0/1"));

    [Fact]
    public Task Links_written_in_a_helper_of_another_file_are_reported_at_the_call() => Verify.Rules("ER1004").AnalyzerAsync(
        [
            Verify.Design("""
                    var uplink = ce1.Port("et-0/0/1");
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => Links.{|#0:OnOnePort|}(p, uplink)));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Links
            {
                public static void OnOnePort(PrivatePeeringBuilder peering, RouterPortBuilder port) =>
                    peering.{|#2:Primary|}("192.168.100.128/30", port).{|#1:Secondary|}("192.168.100.132/30", port);
            }
            """,
        ],
        Verify.Diagnostic("ER1004").WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("er-ams", "AzurePrivatePeering", "IPv4", "ce1", "et-0/0/1").InFile("Test1.cs", 6));

    [Fact]
    public Task A_port_name_known_only_at_run_time_is_silent() => Verify.Rules("ER1004").AnalyzerAsync(
        Verify.Design("""
                var uplink = ce1.Port(Environment.GetEnvironmentVariable("UPLINK") ?? "et-0/0/1");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", uplink)
                    .Secondary("192.168.100.132/30", uplink)));
        """));

    [Fact]
    public Task A_port_from_a_parameter_is_unknown_and_silent() => Verify.Rules("ER1004").AnalyzerAsync(
        Verify.Design(
            """
                    // AddCircuit is called by code outside the designs of this file: its parameters are unknown here.
            """,
            """
                private static void AddCircuit(DesignBuilder d, RouterPortBuilder uplink) =>
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", uplink).Secondary("192.168.100.132/30", uplink)));
            """));

    [Fact]
    public Task A_port_from_code_the_evaluator_cannot_follow_is_silent() => Verify.Rules("ER1004").AnalyzerAsync(
        Verify.Design("""
                var ports = new[] { ce1.Port("et-0/0/1") };
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", System.Linq.Enumerable.Single(ports))
                    .Secondary("192.168.100.132/30", System.Linq.Enumerable.Single(ports))));
        """));

    [Fact]
    public Task A_secondary_link_in_a_loop_over_ports_written_in_the_code_is_seen() => Verify.Rules("ER1004").AnalyzerAsync(
        Verify.Design("""
                var uplink = ce1.Port("et-0/0/1");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p =>
                {
                    p.{|#1:Primary|}("192.168.100.128/30", uplink);
                    foreach (var port in new[] { uplink })
                    {
                        p.{|#0:Secondary|}("192.168.100.132/30", port);
                    }
                }));
        """),
        ER1004(0, 1, "ce1", "et-0/0/1"));

    [Fact]
    public Task A_secondary_link_in_a_loop_over_ports_from_elsewhere_is_not_seen_and_not_reported() => Verify.Rules("ER1004").AnalyzerAsync(
        Verify.Design("""
                var uplink = ce1.Port("et-0/0/1");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p =>
                {
                    p.Primary("192.168.100.128/30", uplink);
                    foreach (var port in System.Linq.Enumerable.Where(new[] { uplink }, port => port.Name.Length > 0))
                    {
                        p.Secondary("192.168.100.132/30", port);
                    }
                }));
        """));
}
