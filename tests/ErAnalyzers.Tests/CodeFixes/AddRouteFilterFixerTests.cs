using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Fix = ErAnalyzers.Tests.CodeFixes.FixVerify<ErAnalyzers.CodeFixes.AddRouteFilterFixer>;

namespace ErAnalyzers.Tests.CodeFixes;

public class AddRouteFilterFixerTests
{
    private static string Circuit(string name, string peering, string configuration) => $$"""
                d.Circuit("{{name}}", c => c
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .{{peering}}(200, {{configuration}}));
        """;

    private const string Links = """m.Primary("203.0.113.0/30", ce1).Secondary("203.0.113.4/30", ce2)""";

    [Fact]
    public Task Appends_a_route_filter_to_an_expression_bodied_configuration() => Fix.FixAsync(
        Verify.Design(Circuit("er-ams", "{|ER4009:MicrosoftPeering|}", $"m => {Links}")),
        Verify.Design(Circuit("er-ams", "MicrosoftPeering", $"m => {Links}.RouteFilter(\"er-ams-routefilter\", rf => rf.Allow(BgpCommunity.AzureGlobalServices))")));

    [Theory]
    [InlineData("vlan: 200, configure: {0}")]
    [InlineData("configure: {0}, vlan: 200")]
    [InlineData("200, configure: {0}")]
    public Task Finds_the_configuration_by_name_in_any_order(string arguments) => Fix.FixAsync(
        Verify.Design(Circuit("er-ams", "{|ER4009:MicrosoftPeering|}", "").Replace("(200, )", "(" + string.Format(arguments, $"m => {Links}") + ")")),
        Verify.Design(Circuit("er-ams", "MicrosoftPeering", "").Replace("(200, )", "(" + string.Format(arguments, $"m => {Links}{RouteFilter}") + ")")));

    private const string RouteFilter = ".RouteFilter(\"er-ams-routefilter\", rf => rf.Allow(BgpCommunity.AzureGlobalServices))";

    [Fact]
    public Task Keeps_a_chain_written_one_call_per_line() => Fix.FixAsync(
        Verify.Design(Circuit("er-ams", "{|ER4009:MicrosoftPeering|}", "m => m\n                    .Primary(\"203.0.113.0/30\", ce1)\n                    .Secondary(\"203.0.113.4/30\", ce2)")),
        Verify.Design(Circuit("er-ams", "MicrosoftPeering",
            "m => m\n                    .Primary(\"203.0.113.0/30\", ce1)\n                    .Secondary(\"203.0.113.4/30\", ce2)\n                    .RouteFilter(\"er-ams-routefilter\", rf => rf.Allow(BgpCommunity.AzureGlobalServices))")));

    [Fact]
    public Task Writes_the_full_name_of_the_community_where_ErAnalyzers_is_not_imported() => Fix.FixAsync(
        WithoutUsing(Verify.Design(Circuit("er-ams", "{|ER4009:MicrosoftPeering|}", $"m => {Links}"))),
        WithoutUsing(Verify.Design(Circuit("er-ams", "MicrosoftPeering", $"m => {Links}.RouteFilter(\"er-ams-routefilter\", rf => rf.Allow(ErAnalyzers.BgpCommunity.AzureGlobalServices))"))));

    private static string WithoutUsing(string source) =>
        source.Replace("using ErAnalyzers;\n", "").Replace("CircuitTier.", "ErAnalyzers.CircuitTier.").Replace("BillingModel.", "ErAnalyzers.BillingModel.");

    [Fact]
    public Task Fix_all_adds_a_route_filter_named_after_each_circuit() => Fix.FixAsync(
        Verify.Design(
            Circuit("er-ams", "{|ER4009:MicrosoftPeering|}", $"m => {Links}") + "\n" +
            Circuit("er-fra", "{|ER4009:MicrosoftPeering|}", """m => m.Primary("203.0.113.8/30", ce1).Secondary("203.0.113.12/30", ce2)""") + "\n" +
            Circuit("er-lon", "MicrosoftPeering", """m => m.Primary("203.0.113.16/30", ce1).Secondary("203.0.113.20/30", ce2).RouteFilter("rf-lon", rf => rf.Allow(BgpCommunity.ExchangeOnline))""")),
        Verify.Design(
            Circuit("er-ams", "MicrosoftPeering", $"m => {Links}.RouteFilter(\"er-ams-routefilter\", rf => rf.Allow(BgpCommunity.AzureGlobalServices))") + "\n" +
            Circuit("er-fra", "MicrosoftPeering", """m => m.Primary("203.0.113.8/30", ce1).Secondary("203.0.113.12/30", ce2).RouteFilter("er-fra-routefilter", rf => rf.Allow(BgpCommunity.AzureGlobalServices))""") + "\n" +
            Circuit("er-lon", "MicrosoftPeering", """m => m.Primary("203.0.113.16/30", ce1).Secondary("203.0.113.20/30", ce2).RouteFilter("rf-lon", rf => rf.Allow(BgpCommunity.ExchangeOnline))""")));

    [Fact]
    public Task Fix_all_reaches_every_document() => Fix.FixAsync(
        [
            Verify.Design(Circuit("er-ams", "{|ER4009:MicrosoftPeering|}", $"m => {Links}")),
            Verify.Design(Circuit("er-fra", "{|ER4009:MicrosoftPeering|}", $"m => {Links}")).Replace("class Designs", "class MoreDesigns"),
        ],
        [
            Verify.Design(Circuit("er-ams", "MicrosoftPeering", $"m => {Links}.RouteFilter(\"er-ams-routefilter\", rf => rf.Allow(BgpCommunity.AzureGlobalServices))")),
            Verify.Design(Circuit("er-fra", "MicrosoftPeering", $"m => {Links}.RouteFilter(\"er-fra-routefilter\", rf => rf.Allow(BgpCommunity.AzureGlobalServices))")).Replace("class Designs", "class MoreDesigns"),
        ]);

    [Fact]
    public Task Is_not_offered_for_a_block_bodied_configuration_or_a_method_group() => Fix.NoFixAsync(
        Verify.Design(
            "        void Links(MicrosoftPeeringBuilder m) => m.Primary(\"203.0.113.8/30\", ce1).Secondary(\"203.0.113.12/30\", ce2);\n" +
            Circuit("er-ams", "{|ER4009:MicrosoftPeering|}", $"m => {{ {Links}; }}") + "\n" +
            Circuit("er-fra", "{|ER4009:MicrosoftPeering|}", "Links")));
}
