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
    public Task Removes_an_extra_prefix_and_keeps_the_chain_layout() => Fix.FixAsync(
        Verify.Design(Circuit(", link => link\n                .Advertise(\"10.0.0.0/16\")\n                .{|ER1002:Advertise|}(\"10.0.0.0/25\")", ", link => link\n                .Advertise(\"10.0.0.0/16\")")),
        Verify.Design(Circuit(", link => link\n                .Advertise(\"10.0.0.0/16\")", ", link => link\n                .Advertise(\"10.0.0.0/16\")")));

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
