using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Fix = ErAnalyzers.Tests.CodeFixes.FixVerify<ErAnalyzers.CodeFixes.UseZoneRedundantSkuFixer>;

namespace ErAnalyzers.Tests.CodeFixes;

public class UseZoneRedundantSkuFixerTests
{
    private static string Gateway(string name, string sku, string gateway = "Gateway") => $$"""
                d.{{gateway}}("{{name}}", {{sku}},
                    region: "westeurope", virtualNetwork: "hub-{{name}}");
        """;

    [Theory]
    [InlineData("Standard", "ErGw1AZ")]
    [InlineData("HighPerformance", "ErGw2AZ")]
    [InlineData("UltraPerformance", "ErGw3AZ")]
    [InlineData("Basic", "ErGw1AZ")]
    public Task Replaces_the_sku_member_with_its_zone_redundant_counterpart(string sku, string replacement) => Fix.FixAsync(
        Verify.Design(Gateway("ergw-weu", $"GatewaySku.{sku}", "{|ER2005:Gateway|}")),
        Verify.Design(Gateway("ergw-weu", $"GatewaySku.{replacement}")));

    [Theory]
    [InlineData("name: \"ergw-weu\", sku: {0}, region: \"westeurope\", virtualNetwork: \"hub-weu\"")]
    [InlineData("virtualNetwork: \"hub-weu\", sku: {0}, name: \"ergw-weu\", region: \"westeurope\"")]
    [InlineData("\"ergw-weu\", sku: {0}, \"westeurope\", virtualNetwork: \"hub-weu\"")]
    public Task Finds_the_sku_by_name_in_any_order(string arguments) => Fix.FixAsync(
        Verify.Design($"        d.{{|ER2005:Gateway|}}({string.Format(arguments, "GatewaySku.Standard")});"),
        Verify.Design($"        d.Gateway({string.Format(arguments, "GatewaySku.ErGw1AZ")});"));

    [Fact]
    public Task Keeps_a_named_argument_and_the_comments_around_it() => Fix.FixAsync(
        Verify.Design("""
                d.{|ER2005:Gateway|}(name: "ergw-weu", region: "westeurope", virtualNetwork: "hub-weu", sku: /* legacy */ GatewaySku.Standard /* for now */);
        """),
        Verify.Design("""
                d.Gateway(name: "ergw-weu", region: "westeurope", virtualNetwork: "hub-weu", sku: /* legacy */ GatewaySku.ErGw1AZ /* for now */);
        """));

    [Fact]
    public Task Replaces_a_fully_qualified_member_and_one_imported_with_using_static() => Fix.FixAsync(
        "using static ErAnalyzers.GatewaySku;\n" + Verify.Design("""
                d.{|ER2005:Gateway|}("ergw-weu", ErAnalyzers.GatewaySku.UltraPerformance, "westeurope", "hub-weu");
                d.{|ER2005:Gateway|}("ergw-neu", HighPerformance, "northeurope", "hub-neu");
        """),
        "using static ErAnalyzers.GatewaySku;\n" + Verify.Design("""
                d.Gateway("ergw-weu", ErAnalyzers.GatewaySku.ErGw3AZ, "westeurope", "hub-weu");
                d.Gateway("ergw-neu", ErGw2AZ, "northeurope", "hub-neu");
        """));

    [Fact]
    public Task Offers_no_fix_when_the_sku_is_not_written_as_the_member_itself() => Fix.NoFixAsync(
        Verify.Design(
            """
                    const GatewaySku local = GatewaySku.HighPerformance;
                    d.{|ER2005:Gateway|}("ergw-weu", Legacy, "westeurope", "hub-weu");
                    d.{|ER2005:Gateway|}("ergw-neu", local, "northeurope", "hub-neu");
                    d.{|ER2005:Gateway|}("ergw-uks", (GatewaySku)1, "uksouth", "hub-uks");
            """,
            """
                private const GatewaySku Legacy = GatewaySku.Standard;
            """));

    [Fact]
    public Task Fix_all_replaces_every_legacy_sku_of_the_document() => Fix.FixAsync(
        Verify.Design(
            Gateway("ergw-weu", "GatewaySku.Standard", "{|ER2005:Gateway|}") + "\n"
            + Gateway("ergw-neu", "GatewaySku.ErGw2AZ") + "\n"
            + Gateway("ergw-uks", "GatewaySku.UltraPerformance", "{|ER2005:Gateway|}") + "\n"
            + Gateway("ergw-frc", "GatewaySku.Basic", "{|ER2005:Gateway|}")),
        Verify.Design(
            Gateway("ergw-weu", "GatewaySku.ErGw1AZ") + "\n"
            + Gateway("ergw-neu", "GatewaySku.ErGw2AZ") + "\n"
            + Gateway("ergw-uks", "GatewaySku.ErGw3AZ") + "\n"
            + Gateway("ergw-frc", "GatewaySku.ErGw1AZ")));

    [Fact]
    public Task Fix_all_reaches_every_document_of_the_project() => Fix.FixAsync(
        [
            Verify.Design(Gateway("ergw-weu", "GatewaySku.Standard", "{|ER2005:Gateway|}")),
            Verify.Design(Gateway("ergw-neu", "GatewaySku.HighPerformance", "{|ER2005:Gateway|}")).Replace("class Designs", "class MoreDesigns"),
        ],
        [
            Verify.Design(Gateway("ergw-weu", "GatewaySku.ErGw1AZ")),
            Verify.Design(Gateway("ergw-neu", "GatewaySku.ErGw2AZ")).Replace("class Designs", "class MoreDesigns"),
        ]);
}
