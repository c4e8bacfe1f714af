using System.Threading.Tasks;
using ErAnalyzers.CodeFixes;
using ErAnalyzers.Tests.Verifiers;
using Fix = ErAnalyzers.Tests.CodeFixes.FixVerify<ErAnalyzers.CodeFixes.MakeLinksActiveActiveFixer>;

namespace ErAnalyzers.Tests.CodeFixes;

public class MakeLinksActiveActiveFixerTests
{
    private static string Circuit(string primary, string secondary, string name = "er-ams") => $$"""
                d.Circuit("{{name}}", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1{{primary}})
                        .Secondary("192.168.100.132/30", ce2{{secondary}})));
        """;

    [Fact]
    public Task Removes_a_prepend_at_the_end_of_a_chain() => Fix.FixAsync(
        Verify.Design(Circuit(", link => link.Bfd()", ", link => link.Bfd().{|ER1002:PrependAsPath|}(3)")),
        Verify.Design(Circuit(", link => link.Bfd()", ", link => link.Bfd()")));

    [Fact]
    public Task Removes_a_prepend_in_the_middle_of_a_chain() => Fix.FixAsync(
        Verify.Design(Circuit(", link => link.Bfd()", ", link => link.{|ER1002:PrependAsPath|}(3).Bfd()")),
        Verify.Design(Circuit(", link => link.Bfd()", ", link => link.Bfd()")));

    [Fact]
    public Task Removes_the_configuration_when_the_setting_was_all_of_it() => Fix.FixAsync(
        Verify.Design(Circuit("", ", link => link.{|ER1002:Shutdown|}()")),
        Verify.Design(Circuit("", "")));

    [Fact]
    public Task Removes_a_statement_that_only_set_the_setting() => Fix.FixAsync(
        Verify.Design(Circuit("", """
            , link =>
                                {
                                    link.Bfd();
                                    link.{|ER1002:LocalPreference|}(50);
                                }
            """)),
        Verify.Design(Circuit("", """
            , link =>
                                {
                                    link.Bfd();
                                }
            """)));

    [Fact]
    public Task Copies_a_prefix_advertised_on_one_link_only_to_the_other_and_keeps_the_chain_layout() => Fix.FixAsync(
        Verify.Design(Circuit(", link => link\n                .Advertise(\"10.0.0.0/16\")\n                .{|ER1002:Advertise|}(\"10.0.0.0/25\")", ", link => link\n                .Advertise(\"10.0.0.0/16\")")),
        Verify.Design(Circuit(", link => link\n                .Advertise(\"10.0.0.0/16\")\n                .Advertise(\"10.0.0.0/25\")", ", link => link\n                .Advertise(\"10.0.0.0/16\")\n                .Advertise(\"10.0.0.0/25\")")));

    [Fact]
    public Task Gives_both_links_the_smaller_prepend_when_both_prepend() => Fix.FixAsync(
        Verify.Design(Circuit(", link => link.PrependAsPath(1)", ", link => link.{|ER1002:PrependAsPath|}(4)")),
        Verify.Design(Circuit(", link => link.PrependAsPath(1)", ", link => link.PrependAsPath(1)")));

    [Fact]
    public Task Gives_the_passive_link_the_higher_local_preference_when_both_set_one() => Fix.FixAsync(
        Verify.Design(Circuit(", link => link.LocalPreference(200)", ", link => link.{|ER1002:LocalPreference|}(50)")),
        Verify.Design(Circuit(", link => link.LocalPreference(200)", ", link => link.LocalPreference(200)")));

    [Fact]
    public Task Gives_the_passive_link_the_lower_MED_when_both_set_one() => Fix.FixAsync(
        Verify.Design(Circuit(", link => link.Med(10)", ", link => link.{|ER1002:Med|}(value: 50)")),
        Verify.Design(Circuit(", link => link.Med(10)", ", link => link.Med(value: 10)")));

    [Fact]
    public Task Copies_the_active_links_local_preference_to_a_link_without_configuration() => Fix.FixAsync(
        Verify.Design(Circuit(", link => link.{|ER1002:LocalPreference|}(200)", "")),
        Verify.Design(Circuit(", link => link.LocalPreference(200)", ", link => link.LocalPreference(200)")));

    [Fact]
    public Task Copies_the_setting_into_a_block_lambda_of_the_other_link() => Fix.FixAsync(
        Verify.Design(Circuit(", link => link.{|ER1002:LocalPreference|}(value: 200)", """
            , cfg =>
                                {
                                    cfg.Bfd();
                                }
            """)),
        Verify.Design(Circuit(", link => link.LocalPreference(value: 200)", """
            , cfg =>
                                {
                                    cfg.Bfd();
                                    cfg.LocalPreference(value: 200);
                                }
            """)));

    [Fact]
    public Task Names_the_configuration_it_adds_when_the_other_link_names_its_arguments() => Fix.FixAsync(
        Verify.Design(Circuit(", link => link.{|ER1002:Advertise|}(\"10.0.0.0/16\")", "").Replace("Secondary(\"192.168.100.132/30\", ce2", "Secondary(router: ce2, subnet: \"192.168.100.132/30\"")),
        Verify.Design(Circuit(", link => link.Advertise(\"10.0.0.0/16\")", "").Replace("Secondary(\"192.168.100.132/30\", ce2", "Secondary(router: ce2, subnet: \"192.168.100.132/30\", configure: link => link.Advertise(\"10.0.0.0/16\")")));

    [Fact]
    public Task Offers_no_copy_into_a_configuration_given_as_a_method_group() => Fix.NoFixAsync(
        Verify.Design(Circuit(", link => link.{|ER1002:LocalPreference|}(200)", ", Standard"), members: "    static void Standard(LinkBuilder link) => link.Bfd();"));

    [Fact]
    public Task Empties_a_method_group_whose_only_call_was_the_setting() => Fix.FixAsync(
        Verify.Design(Circuit("", ", Passive"), members: "    static void Passive(LinkBuilder link) => link.{|ER1002:Shutdown|}();"),
        Verify.Design(Circuit("", ", Passive"), members: "    static void Passive(LinkBuilder link) { }"));

    [Fact]
    public Task Lowers_a_prepend_written_in_a_helper_method_of_the_file() => Fix.FixAsync(
        Verify.Design(Circuit(", link => link.PrependAsPath(2)", ", link => Standby(link)"), members: "    static LinkBuilder Standby(LinkBuilder link) => link.Bfd().{|ER1002:PrependAsPath|}(count: 5);"),
        Verify.Design(Circuit(", link => link.PrependAsPath(2)", ", link => Standby(link)"), members: "    static LinkBuilder Standby(LinkBuilder link) => link.Bfd().PrependAsPath(count: 2);"));

    [Fact]
    public Task Fix_all_removes_every_asymmetric_setting_of_every_circuit() => Fix.FixAsync(
        Verify.Design(
            Circuit("", ", link => link.{|ER1002:PrependAsPath|}(2).{|ER1002:Med|}(50)") + "\n"
            + Circuit(", link => link.{|ER1002:Shutdown|}()", "", name: "er-lon")),
        Verify.Design(
            Circuit("", "") + "\n"
            + Circuit("", "", name: "er-lon")));

    [Fact]
    public Task Fix_all_reaches_every_document_of_the_project() => Fix.FixAsync(
        [
            Verify.Design(Circuit("", ", link => link.{|ER1002:PrependAsPath|}(2)")),
            Verify.Design(Circuit("", ", link => link.{|ER1002:Shutdown|}()", name: "er-lon")).Replace("class Designs", "class MoreDesigns"),
        ],
        [
            Verify.Design(Circuit("", "")),
            Verify.Design(Circuit("", "", name: "er-lon")).Replace("class Designs", "class MoreDesigns"),
        ]);
}
