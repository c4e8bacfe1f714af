using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Fix = ErAnalyzers.Tests.CodeFixes.FixVerify<ErAnalyzers.CodeFixes.AddSecondaryConnectionFixer>;

namespace ErAnalyzers.Tests.CodeFixes;

public class AddSecondaryConnectionFixerTests
{
    private static string Peering(string links, string name = "er-ams") => $$"""
                d.Circuit("{{name}}", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
        {{links}}));
        """;

    [Fact]
    public Task Adds_the_secondary_on_the_adjacent_subnet_and_the_second_router() => Fix.FixAsync(
        Verify.Design(Peering("""
                        .{|ER1001:Primary|}("192.168.100.128/30", ce1, link => link.Bfd())
        """)),
        Verify.Design(Peering("""
                        .Primary("192.168.100.128/30", ce1, link => link.Bfd())
                        .Secondary("192.168.100.132/30", ce2, link => link.Bfd())
        """)));

    // The new link names and orders its arguments as the lone link does, whatever the order (BFD, which the lone
    // link lacks, comes named after named arguments).
    [Theory]
    [InlineData(
        """Primary(subnet: "192.168.100.128/30", router: ce1, configure: link => link.Bfd())""",
        """Secondary(subnet: "192.168.100.132/30", router: ce2, configure: link => link.Bfd())""")]
    [InlineData(
        """Primary(router: ce1, subnet: "192.168.100.128/30")""",
        """Secondary(router: ce2, subnet: "192.168.100.132/30", configure: link => link.Bfd())""")]
    [InlineData(
        """Primary("192.168.100.128/30", router: ce1, configure: link => link.Advertise("10.0.0.0/16"))""",
        """Secondary("192.168.100.132/30", router: ce2, configure: link => link.Advertise("10.0.0.0/16").Bfd())""")]
    [InlineData(
        """Primary(configure: link => { link.Advertise("10.0.0.0/16"); }, port: port, subnet: "192.168.100.128/30")""",
        """Secondary(configure: link => { link.Advertise("10.0.0.0/16"); link.Bfd(); }, router: ce2, subnet: "192.168.100.132/30")""")]
    public Task Reads_arguments_by_name_and_keeps_their_names_and_order(string lone, string added) => Fix.FixAsync(
        Verify.Design(Peering($$"""
                        .{|ER1001:{{lone}}|}
        """.Replace("{|ER1001:Primary(", "{|ER1001:Primary|}(").Replace(")|}", ")")).Replace("d.Circuit", "var port = ce1.Port(\"xe-0/0/1\");\n        d.Circuit")),
        Verify.Design(Peering($$"""
                        .{{lone}}
                        .{{added}}
        """).Replace("d.Circuit", "var port = ce1.Port(\"xe-0/0/1\");\n        d.Circuit")));

    [Fact]
    public Task Keeps_a_comment_above_the_lone_link_with_it() => Fix.FixAsync(
        Verify.Design(Peering("""
                        // The only cross-connect so far.
                        .{|ER1001:Primary|}("192.168.100.128/30", ce1)
        """)),
        Verify.Design(Peering("""
                        // The only cross-connect so far.
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2, link => link.Bfd())
        """)));

    [Fact]
    public Task Adds_the_lower_half_when_the_primary_is_missing() => Fix.FixAsync(
        Verify.Design(Peering("""
                        .{|ER1001:Secondary|}("192.168.100.132/30", ce2)
        """)),
        Verify.Design(Peering("""
                        .Secondary("192.168.100.132/30", ce2)
                        .Primary("192.168.100.128/30", ce1, link => link.Bfd())
        """)));

    [Fact]
    public Task Uses_the_other_126_of_the_125_for_IPv6() => Fix.FixAsync(
        Verify.Design(Peering("""
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2)
                        .Ipv6(v6 => v6
                            .{|ER1001:Primary|}("2001:db8:100::/126", ce1))
        """)),
        Verify.Design(Peering("""
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2)
                        .Ipv6(v6 => v6
                            .Primary("2001:db8:100::/126", ce1)
                            .Secondary("2001:db8:100::4/126", ce2, link => link.Bfd()))
        """)));

    [Fact]
    public Task Declares_a_new_router_next_to_the_first_when_the_site_has_no_other() => Fix.FixAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Designs
        {
            static NetworkDesign Build() => NetworkDesign.Create("test", d =>
            {
                var ams = d.Site("amsterdam-dc", asn: 65010);
                var ce1 = ams.Router("ams-ce1");
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
                        .{|ER1001:Primary|}("192.168.100.128/30", ce1)));
            });
        }
        """,
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Designs
        {
            static NetworkDesign Build() => NetworkDesign.Create("test", d =>
            {
                var ams = d.Site("amsterdam-dc", asn: 65010);
                var ce1 = ams.Router("ams-ce1");
                var ce2 = ams.Router("ams-ce2");
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2, link => link.Bfd())));
            });
        }
        """);

    [Fact]
    public Task Names_the_new_router_with_a_suffix_when_the_number_of_the_first_is_too_large_to_count_on() => Fix.FixAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Designs
        {
            static NetworkDesign Build() => NetworkDesign.Create("test", d =>
            {
                var ams = d.Site("amsterdam-dc", asn: 65010);
                var ce1 = ams.Router("ams-ce4294967296");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.{|ER1001:Primary|}("192.168.100.128/30", ce1)));
            });
        }
        """,
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Designs
        {
            static NetworkDesign Build() => NetworkDesign.Create("test", d =>
            {
                var ams = d.Site("amsterdam-dc", asn: 65010);
                var ce1 = ams.Router("ams-ce4294967296");
                var ce2 = ams.Router("ams-ce4294967296-2");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2, link => link.Bfd())));
            });
        }
        """);

    [Fact]
    public Task Fix_all_declares_one_new_router_and_reuses_it() => Fix.FixAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Designs
        {
            static NetworkDesign Build() => NetworkDesign.Create("test", d =>
            {
                var ams = d.Site("amsterdam-dc", asn: 65010);
                var edge1 = ams.Router("ams-edge-a");
                d.Circuit("er-1", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.{|ER1001:Primary|}("10.0.0.0/30", edge1)));
                d.Circuit("er-2", c => c
                    .ServiceProvider("Equinix", "Amsterdam2", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.{|ER1001:Primary|}("10.0.1.4/30", edge1)));
            });
        }
        """,
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Designs
        {
            static NetworkDesign Build() => NetworkDesign.Create("test", d =>
            {
                var ams = d.Site("amsterdam-dc", asn: 65010);
                var edge1 = ams.Router("ams-edge-a");
                var edge2 = ams.Router("ams-edge-a-2");
                d.Circuit("er-1", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("10.0.0.0/30", edge1).Secondary("10.0.0.4/30", edge2, link => link.Bfd())));
                d.Circuit("er-2", c => c
                    .ServiceProvider("Equinix", "Amsterdam2", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("10.0.1.4/30", edge1).Secondary("10.0.1.0/30", edge2, link => link.Bfd())));
            });
        }
        """);

    [Fact]
    public Task Adds_the_link_to_a_statement_in_a_block() => Fix.FixAsync(
        Verify.Design("""
                d.Circuit("er-ams", c =>
                {
                    c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1));
                    c.Sku(CircuitTier.Standard, BillingModel.MeteredData);
                    c.MicrosoftPeering(200, p =>
                    {
                        p.{|ER1001:Primary|}("203.0.113.0/30", ce1);
                    });
                });
        """),
        Verify.Design("""
                d.Circuit("er-ams", c =>
                {
                    c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1));
                    c.Sku(CircuitTier.Standard, BillingModel.MeteredData);
                    c.MicrosoftPeering(200, p =>
                    {
                        p.Primary("203.0.113.0/30", ce1).Secondary("203.0.113.4/30", ce2, link => link.Bfd());
                    });
                });
        """));

    [Fact]
    public Task Moves_from_a_port_to_another_router_of_the_site() => Fix.FixAsync(
        Verify.Design(Peering("""
                        .{|ER1001:Primary|}("192.168.100.128/30", port)
        """).Replace("d.Circuit", "var port = ce1.Port(\"xe-0/0/1\");\n        d.Circuit")),
        Verify.Design(Peering("""
                        .Primary("192.168.100.128/30", port)
                        .Secondary("192.168.100.132/30", ce2, link => link.Bfd())
        """).Replace("d.Circuit", "var port = ce1.Port(\"xe-0/0/1\");\n        d.Circuit")));

    [Fact]
    public Task Offers_no_fix_while_the_lone_link_is_half_typed() => Fix.NoFixAsync(
        Verify.Design(Peering("""
                        .{|ER1001:Primary|}("192.168.100.128/30" {|CS1003:ce1|}, link => link.Bfd())
        """)));

    [Fact]
    public Task Offers_no_fix_when_the_router_is_on_a_site_made_inline() => Fix.NoFixAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Designs
        {
            // A new router would need a copy of d.Site(...): a second site of the same name, which the DSL rejects.
            static NetworkDesign Build() => NetworkDesign.Create("test", d =>
            {
                var ce1 = d.Site("amsterdam-dc", asn: 65010).Router("ams-ce1");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.{|ER1001:Primary|}("192.168.100.128/30", ce1)));
            });
        }
        """);

    [Fact]
    public Task Offers_no_fix_when_the_subnet_is_not_known() => Fix.NoFixAsync(
        Verify.Design(Peering("""
                        .{|ER1001:Primary|}(subnet, ce1)
        """), members: "    static string subnet = \"192.168.100.128/30\";"));
}
