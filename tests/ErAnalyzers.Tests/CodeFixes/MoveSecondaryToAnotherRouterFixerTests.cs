using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Fix = ErAnalyzers.Tests.CodeFixes.FixVerify<ErAnalyzers.CodeFixes.MoveSecondaryToAnotherRouterFixer>;

namespace ErAnalyzers.Tests.CodeFixes;

public class MoveSecondaryToAnotherRouterFixerTests
{
    private static string Peering(string links, string name = "er-ams") => $$"""
                d.Circuit("{{name}}", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
        {{links}}));
        """;

    private static string Site(string body) => $$"""
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Designs
        {
            static NetworkDesign Build() => NetworkDesign.Create("test", d =>
            {
                var ams = d.Site("amsterdam-dc", asn: 65010);
        {{body}}
            });
        }
        """;

    [Fact]
    public Task Moves_the_secondary_to_the_second_router_of_the_site() => Fix.FixAsync(
        Verify.Design(Peering("""
                        .Primary("192.168.100.128/30", ce1, link => link.Bfd())
                        .{|ER1003:Secondary|}("192.168.100.132/30", ce1, link => link.Bfd())
        """)),
        Verify.Design(Peering("""
                        .Primary("192.168.100.128/30", ce1, link => link.Bfd())
                        .Secondary("192.168.100.132/30", ce2, link => link.Bfd())
        """)));

    // The router is found by its parameter whatever the order; the names and the order stay.
    [Theory]
    [InlineData("subnet: \"192.168.100.132/30\", router: ce1, configure: link => link.Bfd()", "subnet: \"192.168.100.132/30\", router: ce2, configure: link => link.Bfd()")]
    [InlineData("router: ce1, subnet: \"192.168.100.132/30\", configure: link => link.Bfd()", "router: ce2, subnet: \"192.168.100.132/30\", configure: link => link.Bfd()")]
    [InlineData("configure: link => link.Bfd(), port: port, subnet: \"192.168.100.132/30\"", "configure: link => link.Bfd(), router: ce2, subnet: \"192.168.100.132/30\"")]
    [InlineData("\"192.168.100.132/30\", router: ce1, configure: link => link.Bfd()", "\"192.168.100.132/30\", router: ce2, configure: link => link.Bfd()")]
    public Task Finds_the_router_by_name_and_keeps_the_arguments_names_and_order(string arguments, string moved) => Fix.FixAsync(
        Verify.Design(Peering($$"""
                        .Primary("192.168.100.128/30", ce1, link => link.Bfd())
                        .{|ER1003:Secondary|}({{arguments}})
        """).Replace("d.Circuit", "var port = ce1.Port(\"xe-0/0/1\");\n        d.Circuit")),
        Verify.Design(Peering($$"""
                        .Primary("192.168.100.128/30", ce1, link => link.Bfd())
                        .Secondary({{moved}})
        """).Replace("d.Circuit", "var port = ce1.Port(\"xe-0/0/1\");\n        d.Circuit")));

    [Fact]
    public Task Takes_the_first_other_router_of_the_site_in_declaration_order() => Fix.FixAsync(
        Verify.Design(Peering("""
                        .Primary("192.168.100.128/30", ce2)
                        .{|ER1003:Secondary|}("192.168.100.132/30", ce2)
        """)),
        Verify.Design(Peering("""
                        .Primary("192.168.100.128/30", ce2)
                        .Secondary("192.168.100.132/30", ce1)
        """)));

    [Fact]
    public Task Declares_a_new_router_next_to_the_first_when_the_site_has_no_other() => Fix.FixAsync(
        Site("""
                var edge = ams.Router("ams-ce1");
                var other = d.Site("london-dc", asn: 65020).Router("lon-ce1");
        """ + "\n" + Peering("""
                        .Primary("192.168.100.128/30", edge)
                        .{|ER1003:Secondary|}("192.168.100.132/30", edge)
        """)),
        Site("""
                var edge = ams.Router("ams-ce1");
                var edge2 = ams.Router("ams-ce2");
                var other = d.Site("london-dc", asn: 65020).Router("lon-ce1");
        """ + "\n" + Peering("""
                        .Primary("192.168.100.128/30", edge)
                        .Secondary("192.168.100.132/30", edge2)
        """)));

    [Fact]
    public Task Offers_no_fix_when_the_router_is_on_a_site_made_inline() => Fix.NoFixAsync(
        Site("""
                // Two sites made inline: the London router is not a router of the Paris site.
                var edge = d.Site("paris-dc", asn: 65030).Router("par-ce1");
                var other = d.Site("london-dc", asn: 65020).Router("lon-ce1");
        """ + "\n" + Peering("""
                        .Primary("192.168.100.128/30", edge)
                        .{|ER1003:Secondary|}("192.168.100.132/30", edge)
        """)));

    [Fact]
    public Task Moves_a_secondary_on_a_port_of_the_router_to_another_router() => Fix.FixAsync(
        Verify.Design(Peering("""
                        .Primary("192.168.100.128/30", uplink1)
                        .{|ER1003:Secondary|}("192.168.100.132/30", uplink2)
        """).Replace("d.Circuit", "var uplink1 = ce3.Port(\"et-0/0/1\");\n        var uplink2 = ce3.Port(\"et-0/0/2\");\n        d.Circuit")),
        Verify.Design(Peering("""
                        .Primary("192.168.100.128/30", uplink1)
                        .Secondary("192.168.100.132/30", ce1)
        """).Replace("d.Circuit", "var uplink1 = ce3.Port(\"et-0/0/1\");\n        var uplink2 = ce3.Port(\"et-0/0/2\");\n        d.Circuit")));

    [Fact]
    public Task A_named_port_argument_becomes_a_named_router_argument() => Fix.FixAsync(
        Verify.Design(Peering("""
                        .Primary("192.168.100.128/30", ce1)
                        .{|ER1003:Secondary|}(subnet: "192.168.100.132/30", port: ce1.Port("et-0/0/2"))
        """).Replace("ce1.Port(\"et-0/0/2\")", "uplink").Replace("d.Circuit", "var uplink = ce1.Port(\"et-0/0/2\");\n        d.Circuit")),
        Verify.Design(Peering("""
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary(subnet: "192.168.100.132/30", router: ce2)
        """).Replace("d.Circuit", "var uplink = ce1.Port(\"et-0/0/2\");\n        d.Circuit")));

    [Fact]
    public Task Moves_an_ipv6_secondary() => Fix.FixAsync(
        Verify.Design(Peering("""
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2)
                        .Ipv6(v6 => v6
                            .Primary("2001:db8:100::/126", ce3)
                            .{|ER1003:Secondary|}("2001:db8:100::4/126", ce3))
        """)),
        Verify.Design(Peering("""
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2)
                        .Ipv6(v6 => v6
                            .Primary("2001:db8:100::/126", ce3)
                            .Secondary("2001:db8:100::4/126", ce1))
        """)));

    [Fact]
    public Task Fix_all_declares_one_new_router_and_reuses_it() => Fix.FixAsync(
        Site("""
                var edge1 = ams.Router("ams-edge-a");
                d.Circuit("er-1", c => c.PrivatePeering(100, p => p
                    .Primary("10.0.0.0/30", edge1)
                    .{|ER1003:Secondary|}("10.0.0.4/30", edge1)
                    .Ipv6(v6 => v6.Primary("2001:db8::/126", edge1).{|ER1003:Secondary|}("2001:db8::4/126", edge1))));
                d.Circuit("er-2", c => c.MicrosoftPeering(200, m => m
                    .Primary("203.0.113.0/30", edge1)
                    .{|ER1003:Secondary|}("203.0.113.4/30", edge1)));
        """),
        Site("""
                var edge1 = ams.Router("ams-edge-a");
                var edge2 = ams.Router("ams-edge-a-2");
                d.Circuit("er-1", c => c.PrivatePeering(100, p => p
                    .Primary("10.0.0.0/30", edge1)
                    .Secondary("10.0.0.4/30", edge2)
                    .Ipv6(v6 => v6.Primary("2001:db8::/126", edge1).Secondary("2001:db8::4/126", edge2))));
                d.Circuit("er-2", c => c.MicrosoftPeering(200, m => m
                    .Primary("203.0.113.0/30", edge1)
                    .Secondary("203.0.113.4/30", edge2)));
        """));

    [Fact]
    public Task Moves_a_secondary_written_as_a_statement_in_a_block() => Fix.FixAsync(
        Verify.Design("""
                d.Circuit("er-ams", c =>
                {
                    c.PrivatePeering(100, p =>
                    {
                        p.Primary("192.168.100.128/30", ce1);
                        p.{|ER1003:Secondary|}("192.168.100.132/30", ce1);
                    });
                });
        """),
        Verify.Design("""
                d.Circuit("er-ams", c =>
                {
                    c.PrivatePeering(100, p =>
                    {
                        p.Primary("192.168.100.128/30", ce1);
                        p.Secondary("192.168.100.132/30", ce2);
                    });
                });
        """));

    [Fact]
    public Task Offers_no_fix_when_the_router_is_not_declared_as_site_Router() => Fix.NoFixAsync(
        Verify.Design(
            """
                    var edge = Edge(site);
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", edge)
                        .{|ER1003:Secondary|}("192.168.100.132/30", edge)));
            """,
            """
                private static RouterBuilder Edge(SiteBuilder site) => site.Router("ce4");
            """));

    private static readonly string[] AnchoredSources =
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
    ];

    [Fact]
    public Task Offers_no_fix_at_a_helper_call_that_leads_to_another_file() => Fix.FixAsync(
        AnchoredSources,
        AnchoredSources,
        Fix.Diagnostic("ER1003").WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("er-ams", "AzurePrivatePeering", "IPv4", "ce1", "dc").InFile("Test1.cs", 6));
}
