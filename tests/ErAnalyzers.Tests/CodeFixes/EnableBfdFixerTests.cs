using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Fix = ErAnalyzers.Tests.CodeFixes.FixVerify<ErAnalyzers.CodeFixes.EnableBfdFixer>;

namespace ErAnalyzers.Tests.CodeFixes;

public class EnableBfdFixerTests
{
    private static string Circuit(string primary, string secondary, string name = "er-ams") => $$"""
                d.Circuit("{{name}}", c => c
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
                        .{{primary}}
                        .{{secondary}}));
        """;

    private const string Bfd = """Secondary("192.168.100.132/30", ce2, link => link.Bfd())""";

    [Fact]
    public Task Gives_a_link_without_configuration_one_that_enables_bfd() => Fix.FixAsync(
        Verify.Design(Circuit("""{|ER3001:Primary|}("192.168.100.128/30", ce1)""", Bfd)),
        Verify.Design(Circuit("""Primary("192.168.100.128/30", ce1, link => link.Bfd())""", Bfd)));

    [Fact]
    public Task Appends_bfd_to_an_expression_bodied_configuration() => Fix.FixAsync(
        Verify.Design(Circuit("""{|ER3001:Primary|}("192.168.100.128/30", ce1, l => l.Advertise("10.10.0.0/16").Timers(10, 30))""", Bfd)),
        Verify.Design(Circuit("""Primary("192.168.100.128/30", ce1, l => l.Advertise("10.10.0.0/16").Timers(10, 30).Bfd())""", Bfd)));

    // The configuration is found by its name in any order; one added is named after named arguments.
    [Theory]
    [InlineData("subnet: \"192.168.100.128/30\", router: ce1", "subnet: \"192.168.100.128/30\", router: ce1, configure: link => link.Bfd()")]
    [InlineData("router: ce1, subnet: \"192.168.100.128/30\"", "router: ce1, subnet: \"192.168.100.128/30\", configure: link => link.Bfd()")]
    [InlineData("configure: l => l.Med(0), router: ce1, subnet: \"192.168.100.128/30\"", "configure: l => l.Med(0).Bfd(), router: ce1, subnet: \"192.168.100.128/30\"")]
    [InlineData("\"192.168.100.128/30\", router: ce1, configure: l => l.Med(0)", "\"192.168.100.128/30\", router: ce1, configure: l => l.Med(0).Bfd()")]
    public Task Finds_the_configuration_by_name_in_any_order(string arguments, string fixedArguments) => Fix.FixAsync(
        Verify.Design(Circuit($"{{|ER3001:Primary|}}({arguments})", Bfd)),
        Verify.Design(Circuit($"Primary({fixedArguments})", Bfd)));

    [Fact]
    public Task Keeps_a_chain_written_one_call_per_line() => Fix.FixAsync(
        Verify.Design(Circuit("{|ER3001:Primary|}(\"192.168.100.128/30\", ce1, link => link\n                .Advertise(\"10.10.0.0/16\")\n                .Med(10))", Bfd)),
        Verify.Design(Circuit("Primary(\"192.168.100.128/30\", ce1, link => link\n                .Advertise(\"10.10.0.0/16\")\n                .Med(10)\n                .Bfd())", Bfd)));

    [Fact]
    public Task Keeps_the_indentation_of_a_last_call_with_a_comment_above_it() => Fix.FixAsync(
        Verify.Design(Circuit("{|ER3001:Primary|}(\"192.168.100.128/30\", ce1, link => link\n                .Advertise(\"10.10.0.0/16\")\n                // Metric agreed with the provider\n                .Med(10))", Bfd)),
        Verify.Design(Circuit("Primary(\"192.168.100.128/30\", ce1, link => link\n                .Advertise(\"10.10.0.0/16\")\n                // Metric agreed with the provider\n                .Med(10)\n                .Bfd())", Bfd)));

    [Fact]
    public Task Names_the_configuration_after_named_arguments() => Fix.FixAsync(
        Verify.Design(Circuit("""{|ER3001:Primary|}(router: ce1, subnet: "192.168.100.128/30")""", Bfd)),
        Verify.Design(Circuit("""Primary(router: ce1, subnet: "192.168.100.128/30", configure: link => link.Bfd())""", Bfd)));

    [Fact]
    public Task Works_on_links_that_end_on_a_router_port_and_on_ipv6_links() => Fix.FixAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .{|ER3001:Primary|}("192.168.100.128/30", ce1.Port("et-0/0/1"))
                    .Secondary("192.168.100.132/30", ce2, link => link.Bfd())
                    .Ipv6(v6 => v6.{|ER3001:Primary|}("2001:db8:100::/126", ce1, link => link.Advertise("2001:db8:1::/48")))));
        """),
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1.Port("et-0/0/1"), link => link.Bfd())
                    .Secondary("192.168.100.132/30", ce2, link => link.Bfd())
                    .Ipv6(v6 => v6.Primary("2001:db8:100::/126", ce1, link => link.Advertise("2001:db8:1::/48").Bfd()))));
        """));

    [Fact]
    public Task A_local_named_link_does_not_get_in_the_way() => Fix.FixAsync(
        Verify.Design("""
                var link = "primary";
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .{|ER3001:Primary|}("192.168.100.128/30", ce1)
                    .Secondary("192.168.100.132/30", ce2, l => l.Bfd())));
                GC.KeepAlive(link);
        """),
        Verify.Design("""
                var link = "primary";
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link => link.Bfd())
                    .Secondary("192.168.100.132/30", ce2, l => l.Bfd())));
                GC.KeepAlive(link);
        """));

    [Fact]
    public Task Adds_bfd_as_the_last_statement_of_a_block_bodied_configuration() => Fix.FixAsync(
        Verify.Design(Circuit("{|ER3001:Primary|}(\"192.168.100.128/30\", ce1, link =>\n                {\n                    link.Advertise(\"10.10.0.0/16\");\n                })", Bfd)),
        Verify.Design(Circuit("Primary(\"192.168.100.128/30\", ce1, link =>\n                {\n                    link.Advertise(\"10.10.0.0/16\");\n                    link.Bfd();\n                })", Bfd)));

    [Fact]
    public Task Is_not_offered_while_the_configuration_is_half_typed() => Fix.NoFixAsync(
        // The file ends in the middle of the call: .Bfd() appended to it would become its argument.
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Designs
        {
            static NetworkDesign Build() => NetworkDesign.Create("test", d =>
            {
                var site = d.Site("dc", asn: 65010);
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", site.Router("ce1"), link => link.Bfd())
                    .{|ER3001:Secondary|}("192.168.100.132/30", site.Router("ce2"), link => link.IgnoreAsPathLength({|CS1026:|}{|CS1026:|}{|CS1026:|}{|CS1026:|}{|CS1002:|}{|CS1513:|}{|CS1026:|}{|CS1002:|}{|CS1513:|}
        """);

    [Fact]
    public Task Is_not_offered_for_a_method_group_or_a_helper_call() => Fix.NoFixAsync(
        Verify.Design(
            Circuit("""{|ER3001:Primary|}("192.168.100.128/30", ce1, Plain)""", """{|ER3001:Secondary|}("192.168.100.132/30", ce2, link => Plain(link))"""),
            """
                private static void Plain(LinkBuilder link) => link.Advertise("10.10.0.0/16");
            """));

    [Fact]
    public Task Fix_all_enables_bfd_on_every_link_of_every_circuit() => Fix.FixAsync(
        Verify.Design(
            Circuit("""{|ER3001:Primary|}("192.168.100.128/30", ce1)""", """{|ER3001:Secondary|}("192.168.100.132/30", ce2, link => link.Med(0))""") + "\n"
            + Circuit("""{|ER3001:Primary|}("192.168.200.128/30", ce1, link => link.Advertise("10.20.0.0/16"))""", """{|ER3001:Secondary|}("192.168.200.132/30", ce2)""", name: "er-lon")),
        Verify.Design(
            Circuit("""Primary("192.168.100.128/30", ce1, link => link.Bfd())""", """Secondary("192.168.100.132/30", ce2, link => link.Med(0).Bfd())""") + "\n"
            + Circuit("""Primary("192.168.200.128/30", ce1, link => link.Advertise("10.20.0.0/16").Bfd())""", """Secondary("192.168.200.132/30", ce2, link => link.Bfd())""", name: "er-lon")));

    [Fact]
    public Task Fix_all_reaches_every_document_of_the_project() => Fix.FixAsync(
        [
            Verify.Design(Circuit("""{|ER3001:Primary|}("192.168.100.128/30", ce1)""", Bfd)),
            Verify.Design(Circuit("""{|ER3001:Primary|}("192.168.100.128/30", ce1, link => link.Med(5))""", Bfd, name: "er-lon")).Replace("class Designs", "class MoreDesigns"),
        ],
        [
            Verify.Design(Circuit("""Primary("192.168.100.128/30", ce1, link => link.Bfd())""", Bfd)),
            Verify.Design(Circuit("""Primary("192.168.100.128/30", ce1, link => link.Med(5).Bfd())""", Bfd, name: "er-lon")).Replace("class Designs", "class MoreDesigns"),
        ]);
}
