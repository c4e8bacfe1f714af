using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Fix = ErAnalyzers.Tests.CodeFixes.FixVerify<ErAnalyzers.CodeFixes.UseAdjacentSubnetFixer>;

namespace ErAnalyzers.Tests.CodeFixes;

public class UseAdjacentSubnetFixerTests
{
    private static string Circuit(string primary, string secondary, string name = "er-ams", string ipv6 = "") => $$"""
                d.Circuit("{{name}}", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
                        .Primary({{primary}}, ce1, link => link.Bfd())
                        .{{secondary}}{{ipv6}}));
        """;

    [Fact]
    public Task Moves_an_identical_secondary_to_the_other_half_of_the_29() => Fix.FixAsync(
        Verify.Design(Circuit("\"192.168.100.128/30\"", "{|ER4002:Secondary|}(\"192.168.100.128/30\", ce2, link => link.Bfd())")),
        Verify.Design(Circuit("\"192.168.100.128/30\"", "Secondary(\"192.168.100.132/30\", ce2, link => link.Bfd())")));

    [Fact]
    public Task Moves_a_secondary_identical_to_the_upper_half_to_the_lower_half() => Fix.FixAsync(
        Verify.Design(Circuit("\"192.168.100.132/30\"", "{|ER4002:Secondary|}(\"192.168.100.132/30\", ce2)")),
        Verify.Design(Circuit("\"192.168.100.132/30\"", "Secondary(\"192.168.100.128/30\", ce2)")));

    [Fact]
    public Task Moves_an_identical_ipv6_secondary_to_the_other_126_of_the_125() => Fix.FixAsync(
        Verify.Design(Circuit("\"192.168.100.128/30\"", "Secondary(\"192.168.100.132/30\", ce2)",
            ipv6: "\n                        .Ipv6(v6 => v6.Primary(\"2001:db8:100::/126\", ce1).{|ER4002:Secondary|}(\"2001:db8:100::/126\", ce2))")),
        Verify.Design(Circuit("\"192.168.100.128/30\"", "Secondary(\"192.168.100.132/30\", ce2)",
            ipv6: "\n                        .Ipv6(v6 => v6.Primary(\"2001:db8:100::/126\", ce1).Secondary(\"2001:db8:100::4/126\", ce2))")));

    [Theory]
    [InlineData("subnet: {0}, router: ce2, configure: link => link.Bfd()")]
    [InlineData("configure: link => link.Bfd(), router: ce2, subnet: {0}")]
    [InlineData("{0}, router: ce2, configure: link => link.Bfd()")]
    public Task Finds_the_subnet_by_name_in_any_order(string arguments) => Fix.FixAsync(
        Verify.Design(Circuit("\"192.168.100.128/30\"", "{|ER4002:Secondary|}(" + string.Format(arguments, "\"192.168.100.128/30\"") + ")")),
        Verify.Design(Circuit("\"192.168.100.128/30\"", "Secondary(" + string.Format(arguments, "\"192.168.100.132/30\"") + ")")));

    [Fact]
    public Task Replaces_a_named_subnet_argument_and_keeps_its_comment() => Fix.FixAsync(
        Verify.Design(Circuit("\"192.168.100.128/30\"", "{|ER4002:Secondary|}(router: ce2, subnet: \"192.168.100.128/30\" /* second MSEE */)")),
        Verify.Design(Circuit("\"192.168.100.128/30\"", "Secondary(router: ce2, subnet: \"192.168.100.132/30\" /* second MSEE */)")));

    [Fact]
    public Task Fixes_a_microsoft_peering_link_written_as_its_own_statement() => Fix.FixAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.MicrosoftPeering(200, m =>
                {
                    m.Primary("203.0.113.0/30", ce1);
                    m.{|ER4002:Secondary|}("203.0.113.0/30", ce2);
                    m.AdvertisePublicPrefix("198.51.100.0/24");
                }));
        """),
        Verify.Design("""
                d.Circuit("er-ams", c => c.MicrosoftPeering(200, m =>
                {
                    m.Primary("203.0.113.0/30", ce1);
                    m.Secondary("203.0.113.4/30", ce2);
                    m.AdvertisePublicPrefix("198.51.100.0/24");
                }));
        """));

    [Fact]
    public Task Is_not_offered_for_a_subnet_that_is_not_a_literal() => Fix.NoFixAsync(
        Verify.Design(
            """
                    const string Subnet = "192.168.100.128/30";
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary(Subnet, ce1).{|ER4002:Secondary|}(Subnet, ce2)));
            """));

    [Fact]
    public Task Is_not_offered_when_the_adjacent_subnet_is_used_by_another_peering() => Fix.NoFixAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).{|ER4002:Secondary|}("192.168.100.128/30", ce2))
                    .MicrosoftPeering(200, m => m.Primary("192.168.100.132/30", ce1).Secondary("203.0.113.4/30", ce2)));
        """));

    [Fact]
    public Task Is_not_offered_for_an_overlap_that_is_not_the_same_subnet() => Fix.NoFixAsync(
        Verify.Design(Circuit("\"192.168.100.128/30\"", "{|ER4002:Secondary|}(\"192.168.100.128/29\", ce2)")));

    [Fact]
    public Task Is_not_offered_when_part_of_the_circuit_is_out_of_sight() => Fix.NoFixAsync(
        Verify.Design("""
                d.Circuit("er-ams", c =>
                {
                    c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).{|ER4002:Secondary|}("192.168.100.128/30", ce2));
                    GC.KeepAlive(c);
                });
        """));

    [Fact]
    public Task Is_not_offered_at_a_call_that_leads_to_another_file() => Fix.FixAsync(
        [
            Verify.Design("""
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => Links.{|ER4002:Same|}(p, ce1, ce2)));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Links
            {
                public static void Same(PrivatePeeringBuilder peering, RouterBuilder first, RouterBuilder second) =>
                    peering.Primary("192.168.100.128/30", first).Secondary("192.168.100.128/30", second);
            }
            """,
        ],
        [
            Verify.Design("""
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => Links.{|ER4002:Same|}(p, ce1, ce2)));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Links
            {
                public static void Same(PrivatePeeringBuilder peering, RouterBuilder first, RouterBuilder second) =>
                    peering.Primary("192.168.100.128/30", first).Secondary("192.168.100.128/30", second);
            }
            """,
        ]);

    [Fact]
    public Task Fix_all_moves_every_identical_link_of_every_circuit() => Fix.FixAsync(
        Verify.Design(
            Circuit("\"10.0.1.0/30\"", "{|ER4002:Secondary|}(\"10.0.1.0/30\", ce2)") + "\n"
            + Circuit("\"10.0.2.4/30\"", "{|ER4002:Secondary|}(\"10.0.2.4/30\", ce2)", name: "er-lon",
                ipv6: "\n                        .Ipv6(v6 => v6.Primary(\"2001:db8:2::/126\", ce1).{|ER4002:Secondary|}(\"2001:db8:2::/126\", ce2))") + "\n"
            + Circuit("\"10.0.3.0/30\"", "Secondary(\"10.0.3.4/30\", ce2)", name: "er-fra")),
        Verify.Design(
            Circuit("\"10.0.1.0/30\"", "Secondary(\"10.0.1.4/30\", ce2)") + "\n"
            + Circuit("\"10.0.2.4/30\"", "Secondary(\"10.0.2.0/30\", ce2)", name: "er-lon",
                ipv6: "\n                        .Ipv6(v6 => v6.Primary(\"2001:db8:2::/126\", ce1).Secondary(\"2001:db8:2::4/126\", ce2))") + "\n"
            + Circuit("\"10.0.3.0/30\"", "Secondary(\"10.0.3.4/30\", ce2)", name: "er-fra")));

    [Fact]
    public Task Fix_all_reaches_every_document_of_the_project() => Fix.FixAsync(
        [
            Verify.Design(Circuit("\"10.0.1.0/30\"", "{|ER4002:Secondary|}(\"10.0.1.0/30\", ce2)")),
            Verify.Design(Circuit("\"10.0.2.0/30\"", "{|ER4002:Secondary|}(\"10.0.2.0/30\", ce2)", name: "er-lon")).Replace("class Designs", "class MoreDesigns"),
        ],
        [
            Verify.Design(Circuit("\"10.0.1.0/30\"", "Secondary(\"10.0.1.4/30\", ce2)")),
            Verify.Design(Circuit("\"10.0.2.0/30\"", "Secondary(\"10.0.2.4/30\", ce2)", name: "er-lon")).Replace("class Designs", "class MoreDesigns"),
        ]);
}
