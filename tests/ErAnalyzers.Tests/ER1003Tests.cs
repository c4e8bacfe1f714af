using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER1003 (both links of a peering on one customer edge router), as the analyzer reports it from DSL source.</summary>
public class ER1003Tests
{
    /// <summary>Reported on the secondary link (marker <paramref name="secondary"/>) with the primary (marker <paramref name="primary"/>) as additional location.</summary>
    private static DiagnosticResult ER1003(int secondary, int primary, string router, string circuit = "er-ams", string peering = "AzurePrivatePeering", string family = "IPv4", string site = "dc") =>
        Verify.Diagnostic("ER1003").WithLocation(secondary).WithLocation(primary).WithArguments(circuit, peering, family, router, site);

    [Fact]
    public Task Both_links_on_one_router_are_reported_on_the_secondary_with_the_primary_as_additional_location() => Verify.Rules("ER1003").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
                        .{|#1:Primary|}("192.168.100.128/30", ce1, link => link.Bfd())
                        .{|#0:Secondary|}("192.168.100.132/30", ce1, link => link.Bfd())));
        """),
        ER1003(0, 1, "ce1").WithMessage(
            "Peering 'AzurePrivatePeering' (IPv4) of circuit 'er-ams' has both links on router 'ce1': move the secondary link to another router of site 'dc', because one router failing takes down both connections"));

    [Fact]
    public Task Two_ports_of_one_router_are_one_router() => Verify.Rules("ER1003").AnalyzerAsync(
        Verify.Design("""
                var uplink1 = ce2.Port("et-0/0/1");
                var uplink2 = ce2.Port("et-0/0/2");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .{|#1:Primary|}("192.168.100.128/30", uplink1)
                    .{|#0:Secondary|}("192.168.100.132/30", uplink2)));
        """),
        ER1003(0, 1, "ce2"));

    [Fact]
    public Task A_port_on_one_link_and_the_router_on_the_other_is_one_router() => Verify.Rules("ER1003").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .{|#1:Primary|}("192.168.100.128/30", ce1.Port("et-0/0/1"))
                    .{|#0:Secondary|}("192.168.100.132/30", ce1)));
        """),
        ER1003(0, 1, "ce1"));

    [Fact]
    public Task Good_design_with_each_link_on_its_own_router_is_silent() => Verify.Rules("ER1003").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Premium, BillingModel.UnlimitedData)
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1.Port("et-0/0/1"))
                        .Secondary("192.168.100.132/30", ce2.Port("et-0/0/1"))
                        .Ipv6(v6 => v6
                            .Primary("2001:db8:100::/126", ce1)
                            .Secondary("2001:db8:100::4/126", ce2)))
                    .MicrosoftPeering(200, m => m
                        .Primary("203.0.113.0/30", ce2)
                        .Secondary("203.0.113.4/30", ce3)
                        .AdvertisePublicPrefix("198.51.100.0/24")));
        """));

    [Fact]
    public Task An_ipv6_pair_on_one_router_is_reported_with_its_family() => Verify.Rules("ER1003").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1)
                    .Secondary("192.168.100.132/30", ce2)
                    .Ipv6(v6 => v6
                        .{|#1:Primary|}("2001:db8:100::/126", ce3)
                        .{|#0:Secondary|}("2001:db8:100::4/126", ce3))));
        """),
        ER1003(0, 1, "ce3", family: "IPv6"));

    [Fact]
    public Task Microsoft_peering_on_one_router_is_reported() => Verify.Rules("ER1003").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2))
                    .MicrosoftPeering(200, m => m
                        .AdvertisePublicPrefix("198.51.100.0/24")
                        .{|#1:Primary|}("203.0.113.0/30", ce2)
                        .{|#0:Secondary|}("203.0.113.4/30", ce2)));
        """),
        ER1003(0, 1, "ce2", peering: "MicrosoftPeering"));

    [Fact]
    public Task Only_the_bad_circuits_of_several_are_reported() => Verify.Rules("ER1003").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("10.0.1.0/30", ce1).Secondary("10.0.1.4/30", ce2)));
                d.Circuit("er-lon", c => c.PrivatePeering(100, p => p.{|#1:Primary|}("10.0.2.0/30", ce1).{|#0:Secondary|}("10.0.2.4/30", ce1)));
                d.Circuit("er-fra", c => c.PrivatePeering(100, p => p.Primary("10.0.3.0/30", ce2).Secondary("10.0.3.4/30", ce3)));
                d.Circuit("er-par", c => c.PrivatePeering(100, p => p.{|#3:Primary|}("10.0.4.0/30", ce3).{|#2:Secondary|}("10.0.4.4/30", ce3)));
        """),
        ER1003(0, 1, "ce1", circuit: "er-lon"),
        ER1003(2, 3, "ce3", circuit: "er-par"));

    [Fact]
    public Task Block_bodied_lambdas_and_router_locals_are_followed() => Verify.Rules("ER1003").AnalyzerAsync(
        Verify.Design("""
                var amsterdam = d.Site("amsterdam-dc", asn: 65020);
                var edge = amsterdam.Router("ams-edge");
                var sameEdge = edge;
                d.Circuit("er-ams", c =>
                {
                    c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1));
                    c.PrivatePeering(100, p =>
                    {
                        p.{|#1:Primary|}("192.168.100.128/30", edge);
                        p.{|#0:Secondary|}("192.168.100.132/30", sameEdge);
                    });
                });
        """),
        ER1003(0, 1, "ams-edge", site: "amsterdam-dc"));

    [Fact]
    public Task Router_names_made_of_constants_and_helpers_that_declare_routers_are_followed() => Verify.Rules("ER1003").AnalyzerAsync(
        Verify.Design(
            """
                    var edge = Edge(site, $"{City}-ce4");
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.OnOneRouter(edge)));
            """,
            """
                private const string City = "ams";

                private static RouterBuilder Edge(SiteBuilder site, string name) => site.Router(name);

                private static PrivatePeeringBuilder OnOneRouter(this PrivatePeeringBuilder peering, RouterBuilder router) =>
                    peering.{|#1:Primary|}("192.168.100.128/30", router).{|#0:Secondary|}("192.168.100.132/30", router);
            """),
        ER1003(0, 1, "ams-ce4"));

    [Fact]
    public Task Links_written_in_a_helper_of_another_file_are_reported_at_the_call_with_the_real_places_as_additional_locations() =>
        Verify.Rules("ER1003").AnalyzerAsync(
            [
                Verify.Design("""
                        d.Circuit("er-ams", c => c.PrivatePeering(100, p => Links.{|#0:OnOneRouter|}(p, ce1)));
                """),
                """
                using ErAnalyzers.Dsl;

                static class Links
                {
                    public static void OnOneRouter(PrivatePeeringBuilder peering, RouterBuilder router) =>
                        peering.{|#2:Primary|}("192.168.100.128/30", router).{|#1:Secondary|}("192.168.100.132/30", router);
                }
                """,
            ],
            Verify.Diagnostic("ER1003").WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("er-ams", "AzurePrivatePeering", "IPv4", "ce1", "dc").InFile("Test1.cs", 6));

    [Fact]
    public Task A_router_from_a_parameter_is_unknown_and_silent() => Verify.Rules("ER1003").AnalyzerAsync(
        Verify.Design(
            """
                    // AddCircuit is called by code outside the designs of this file: its parameters are unknown here.
            """,
            """
                public static void AddCircuit(DesignBuilder d, RouterBuilder first, RouterBuilder second) =>
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", first).Secondary("192.168.100.132/30", second)));
            """));

    [Fact]
    public Task A_router_from_code_the_evaluator_cannot_follow_is_silent() => Verify.Rules("ER1003").AnalyzerAsync(
        Verify.Design("""
                var routers = new[] { ce1, ce2 };
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", routers[0])
                    .Secondary("192.168.100.132/30", Environment.ProcessorCount > 0 ? ce1 : ce2)));
        """));

    [Fact]
    public Task A_secondary_link_the_evaluator_does_not_see_is_not_reported() => Verify.Rules("ER1003").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p =>
                {
                    p.Primary("192.168.100.128/30", ce1);
                    if (Environment.ProcessorCount > 0)
                    {
                        p.Secondary("192.168.100.132/30", ce1);
                    }
                }));
        """));

    [Fact]
    public Task A_link_configured_by_code_it_cannot_follow_still_ends_where_its_call_says() => Verify.Rules("ER1003").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p =>
                {
                    p.{|#1:Primary|}("192.168.100.128/30", ce1);
                    p.{|#0:Secondary|}("192.168.100.132/30", ce1, link => GC.KeepAlive(link));
                    GC.KeepAlive(p);
                }));
        """),
        ER1003(0, 1, "ce1"));

    [Fact]
    public Task Routers_of_two_sites_are_two_routers() => Verify.Rules("ER1003").AnalyzerAsync(
        Verify.Design("""
                var london = d.Site("london-dc", asn: 65020);
                var lon1 = london.Router("lon-ce1");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1)
                    .Secondary("192.168.100.132/30", lon1)));
        """));
}
