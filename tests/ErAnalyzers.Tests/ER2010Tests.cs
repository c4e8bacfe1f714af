using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER2010 (Metro() and the peering location disagree), as the analyzer reports it from DSL source.</summary>
public class ER2010Tests
{
    private const string NotAMetroLocation = "is declared Metro(), but it is not a Metro location, so Azure deploys a circuit at one site";
    private const string NotDeclared = "is not declared Metro(), but Azure deploys a Metro circuit there, across two sites";

    private static DiagnosticResult ER2010(int at, string circuit, string location, string problem, string fix) =>
        Verify.Diagnostic("ER2010").WithLocation(at).WithArguments(circuit, location, problem, fix);

    private static string Circuit(string location, string metro, string call = "ServiceProvider") => $$"""
                d.Circuit("er-1", c => c
                    .{{call}}("Equinix", {{location}}, Bandwidth.Gbps(1)){{metro}}
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));

        """;

    [Fact]
    public Task Metro_at_a_location_that_is_not_a_metro_location_is_reported_where_the_location_is_written() => Verify.Rules("ER2010").AnalyzerAsync(
        Verify.Design(Circuit("\"Amsterdam\"", ".Metro()", "{|#0:ServiceProvider|}")),
        ER2010(0, "er-1", "Amsterdam", NotAMetroLocation, "use the Metro location 'Amsterdam Metro'")
            .WithMessage("Circuit 'er-1' at peering location 'Amsterdam' is declared Metro(), but it is not a Metro location, so Azure deploys a circuit at one site: use the Metro location 'Amsterdam Metro'"));

    [Fact]
    public Task A_metro_location_without_metro_is_reported() => Verify.Rules("ER2010").AnalyzerAsync(
        Verify.Design(Circuit("Location", "", "{|#0:ServiceProvider|}"), "    private const string Location = \"Singapore Metro\";"),
        ER2010(0, "er-1", "Singapore Metro", NotDeclared, "add Metro()"));

    [Fact]
    public Task Metro_in_a_helper_method_of_another_file_is_reported_there() => Verify.Rules("ER2010").AnalyzerAsync(
        [
            Verify.Design("""
                    Circuits.Zurich(d, ce1, ce2);
            """),
            """
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            static class Circuits
            {
                public static CircuitBuilder Zurich(DesignBuilder d, RouterBuilder first, RouterBuilder second) =>
                    d.Circuit("er-zrh", c => c
                        .{|#1:ServiceProvider|}("Colt", "Zurich2", Bandwidth.Gbps(1))
                        .Metro()
                        .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", first).Secondary("192.168.100.132/30", second)));
            }
            """,
        ],
        Verify.Diagnostic("ER2010").WithLocation(1)
            .WithArguments("er-zrh", "Zurich2", NotAMetroLocation, "use the Metro location 'Zurich Metro'"));

    [Fact]
    public Task Metro_in_a_local_lambda_at_a_city_without_a_listed_metro_location_names_no_location() => Verify.Rules("ER2010").AnalyzerAsync(
        Verify.Design("""
                var location = "Paris";
                d.Circuit("er-par", c =>
                {
                    c.{|#0:ServiceProvider|}("Orange", location, Bandwidth.Gbps(1));
                    c.Metro();
                    c.Sku(CircuitTier.Standard, BillingModel.MeteredData);
                });
        """),
        ER2010(0, "er-par", "Paris", NotAMetroLocation, "use a Metro location (\"City Metro\") or remove Metro()"));

    [Theory]
    [InlineData("agreement at a Metro location", "\"Amsterdam Metro\"", ".Metro()")]
    [InlineData("agreement at a single location", "\"Amsterdam\"", "")]
    [InlineData("a location from the environment", "Environment.GetEnvironmentVariable(\"LOCATION\")!", ".Metro()")]
    [InlineData("a location Microsoft does not list", "\"Atlantis\"", ".Metro()")]
    [InlineData("a Metro name for a city Microsoft does not list", "\"Atlantis Metro\"", "")]
    public Task What_agrees_or_cannot_be_known_is_silent(string form, string location, string metro) =>
        Verify.Rules("ER2010").AnalyzerAsync(Verify.Design($"        // {form}\n" + Circuit(location, metro)));

    [Fact]
    public Task A_metro_location_on_a_circuit_handed_to_code_that_may_call_metro_is_silent() => Verify.Rules("ER2010").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-1", c =>
                {
                    c.ServiceProvider("Equinix", "Amsterdam Metro", Bandwidth.Gbps(1)).Sku(CircuitTier.Standard, BillingModel.MeteredData);
                    More?.Invoke(c);
                });
        """, "    private static Action<CircuitBuilder>? More => null;"));
}
