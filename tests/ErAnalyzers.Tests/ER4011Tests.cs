using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;

namespace ErAnalyzers.Tests;

/// <summary>ER4011 (a Global Reach pair Azure refuses), as the analyzer reports it from DSL source.</summary>
public class ER4011Tests
{
    private static string Circuit(string local, string name, string location, string sku, string circuit = "Circuit", int block = 100) => $$"""
                var {{local}} = d.{{circuit}}("{{name}}", c => c
                    .ServiceProvider("Equinix", {{location}}, Bandwidth.Gbps(1))
                    .{{sku}}
                    .PrivatePeering(100, p => p.Primary("192.168.{{block}}.128/30", ce1).Secondary("192.168.{{block}}.132/30", ce2)));

        """;

    [Fact]
    public Task Two_circuits_at_one_peering_location_are_reported_on_the_global_reach_call() => Verify.Rules("ER4011").AnalyzerAsync(
        Verify.Design(
            Circuit("a", "er-a", "\"London\"", "Sku(CircuitTier.Standard, BillingModel.MeteredData)", "{|#1:Circuit|}")
            + Circuit("b", "er-b", "\"london\"", "Sku(CircuitTier.Standard, BillingModel.MeteredData)", "{|#2:Circuit|}", 200)
            + """
                    d.{|#0:GlobalReach|}(a, b, ipv4Subnet: "192.168.250.0/29");
            """),
        Verify.Diagnostic("ER4011").WithLocation(0).WithLocation(1).WithLocation(2)
            .WithArguments("er-a", "er-b", "joins two circuits at one peering location (London)", "join circuits at different peering locations")
            .WithMessage("Global Reach between circuits 'er-a' and 'er-b' joins two circuits at one peering location (London): join circuits at different peering locations"));

    [Fact]
    public Task Across_geopolitical_regions_the_circuit_that_is_not_premium_is_reported_on_its_sku() => Verify.Rules("ER4011").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "Europe", "Sku(CircuitTier.Premium, BillingModel.MeteredData)")
            + Circuit("tokyo", "er-tokyo", "\"Tokyo\"", "{|#0:Sku|}(Tier, BillingModel.MeteredData)", block: 200)
            + """
                    Join(d, ams, tokyo);
            """,
            """
                private const string Europe = "Amsterdam";
                private const CircuitTier Tier = CircuitTier.Standard;

                private static void Join(DesignBuilder d, CircuitBuilder first, CircuitBuilder second) =>
                    d.{|#1:GlobalReach|}(first, second, "192.168.250.0/29");
            """),
        Verify.Diagnostic("ER4011").WithLocation(0).WithLocation(1)
            .WithArguments("er-ams", "er-tokyo", "crosses geopolitical regions (Amsterdam in Europe, Tokyo in Japan), but 'er-tokyo' is Standard", "set the Premium SKU on both circuits"));

    [Theory]
    [InlineData("circuits at two locations of one region", "\"Amsterdam\"", "\"London\"", "CircuitTier.Standard")]
    [InlineData("Premium on both across regions", "\"Amsterdam\"", "\"Tokyo\"", "CircuitTier.Premium")]
    [InlineData("a location from the environment", "\"Amsterdam\"", "Environment.GetEnvironmentVariable(\"LOCATION\")!", "CircuitTier.Standard")]
    [InlineData("a location Microsoft does not list", "\"Amsterdam\"", "\"Equinix-Tokyo-TY4\"", "CircuitTier.Standard")]
    [InlineData("a Metro location and a location of its city", "\"Amsterdam Metro\"", "\"Amsterdam\"", "CircuitTier.Standard")]
    public Task Pairs_Azure_accepts_or_that_cannot_be_judged_are_silent(string form, string first, string second, string tier) =>
        Verify.Rules("ER4011").AnalyzerAsync(Verify.Design(
            $"        // {form}\n"
            + Circuit("a", "er-a", first, $"Sku({tier}, BillingModel.MeteredData)")
            + Circuit("b", "er-b", second, $"Sku({tier}, BillingModel.MeteredData)", block: 200)
            + """
                    d.GlobalReach(a, b, ipv4Subnet: "192.168.250.0/29");
            """));
}
