using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Fix = ErAnalyzers.Tests.CodeFixes.FixVerify<ErAnalyzers.CodeFixes.UseMetroLocationFixer>;

namespace ErAnalyzers.Tests.CodeFixes;

public class UseMetroLocationFixerTests
{
    private static string Circuit(string name, string serviceProvider, string location, int block) => $$"""
                d.Circuit("{{name}}", c => c
                    .{{serviceProvider}}("Equinix", {{location}}, Bandwidth.Gbps(1))
                    .Metro()
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.{{block}}.128/30", ce1).Secondary("192.168.{{block}}.132/30", ce2)));

        """;

    [Theory]
    [InlineData("\"Amsterdam\"", "\"Amsterdam Metro\"")]
    [InlineData("\"singapore2\"", "\"Singapore Metro\"")]
    [InlineData("peeringLocation: /* first site */ \"Zurich\" /* for now */", "peeringLocation: /* first site */ \"Zurich Metro\" /* for now */")]
    public Task Replaces_the_location_with_the_metro_location_of_its_city(string location, string metro) => Fix.FixAsync(
        Verify.Design(Circuit("er-1", "{|ER2010:ServiceProvider|}", location, 100)),
        Verify.Design(Circuit("er-1", "ServiceProvider", metro, 100)));

    [Theory]
    [InlineData("provider: \"Equinix\", peeringLocation: {0}, bandwidth: Bandwidth.Gbps(1)")]
    [InlineData("bandwidth: Bandwidth.Gbps(1), peeringLocation: {0}, provider: \"Equinix\"")]
    [InlineData("\"Equinix\", bandwidth: Bandwidth.Gbps(1), peeringLocation: {0}")]
    public Task Finds_the_location_by_name_in_any_order(string arguments) => Fix.FixAsync(
        Verify.Design(Circuit("er-1", "{|ER2010:ServiceProvider|}", "\"Amsterdam\"", 100).Replace("(\"Equinix\", \"Amsterdam\", Bandwidth.Gbps(1))", "(" + string.Format(arguments, "\"Amsterdam\"") + ")")),
        Verify.Design(Circuit("er-1", "ServiceProvider", "\"Amsterdam Metro\"", 100).Replace("(\"Equinix\", \"Amsterdam Metro\", Bandwidth.Gbps(1))", "(" + string.Format(arguments, "\"Amsterdam Metro\"") + ")")));

    [Fact]
    public Task Fix_all_replaces_every_location() => Fix.FixAsync(
        Verify.Design(
            Circuit("er-1", "{|ER2010:ServiceProvider|}", "\"Amsterdam\"", 100)
            + Circuit("er-2", "{|ER2010:ServiceProvider|}", "\"Singapore\"", 101)
            + Circuit("er-3", "{|ER2010:ServiceProvider|}", "\"Zurich2\"", 102)),
        Verify.Design(
            Circuit("er-1", "ServiceProvider", "\"Amsterdam Metro\"", 100)
            + Circuit("er-2", "ServiceProvider", "\"Singapore Metro\"", 101)
            + Circuit("er-3", "ServiceProvider", "\"Zurich Metro\"", 102)));

    [Theory]
    [InlineData("Location", "    private const string Location = \"Amsterdam\";")]
    [InlineData("\"Paris\"", "")]
    public Task A_location_in_a_constant_or_a_city_without_a_metro_location_gets_no_fix(string location, string members) => Fix.NoFixAsync(
        Verify.Design(Circuit("er-1", "{|ER2010:ServiceProvider|}", location, 100), members));
}
