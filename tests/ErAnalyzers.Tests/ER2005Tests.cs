using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using static ErAnalyzers.Tests.Verifiers.GatewaySources;

namespace ErAnalyzers.Tests;

/// <summary>ER2005 (a gateway SKU that is not zone-redundant, or Basic), as the analyzer reports it from DSL source.</summary>
public class ER2005Tests
{
    private static DiagnosticResult ER2005(int marker, string gateway, string sku, string replacement) =>
        Verify.Diagnostic("ER2005").WithLocation(marker).WithArguments(gateway, sku, sku == "Basic" ? "is deprecated for ExpressRoute" : "is not zone-redundant", replacement);

    [Theory]
    [InlineData("Standard", "ErGw1AZ")]
    [InlineData("HighPerformance", "ErGw2AZ")]
    [InlineData("UltraPerformance", "ErGw3AZ")]
    [InlineData("Basic", "ErGw1AZ")]
    public Task A_sku_that_is_not_zone_redundant_is_reported_on_the_gateway_call(string sku, string replacement) => Verify.Rules("ER2005").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuit("er", "er-ams")}}
                d.{|#0:Gateway|}("ergw-weu", GatewaySku.{{sku}}, "westeurope", "hub-weu", g => g
                    .Connect(er, c => c.RoutingWeight(10)));
        """),
        ER2005(0, "ergw-weu", sku, replacement));

    [Theory]
    [InlineData("ErGw1AZ")]
    [InlineData("ErGw2AZ")]
    [InlineData("ErGw3AZ")]
    [InlineData("ErGwScale")]
    public Task Zone_redundant_skus_are_silent(string sku) => Verify.Rules("ER2005").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuit("er", "er-ams")}}
                d.Gateway("ergw-weu", GatewaySku.{{sku}}, "westeurope", "hub-weu", g => g.Connect(er));
        """));

    [Theory]
    [InlineData("\"westus\"", "")]
    [InlineData("Region", "    private const string Region = \"UK West\";")]
    public Task A_region_without_availability_zones_has_no_zone_redundant_sku_and_is_silent(string region, string members) => Verify.Rules("ER2005").AnalyzerAsync(
        Verify.Design($$"""
                d.Gateway("ergw", GatewaySku.Standard, {{region}}, "hub");
        """, members));

    [Theory]
    [InlineData("\"atlantiscentral\"", "atlantiscentral")]
    [InlineData("Environment.GetEnvironmentVariable(\"REGION\")!", "(unknown)")]
    public Task A_region_missing_from_Microsofts_list_or_unknown_is_information(string region, string shown) => Verify.Rules("ER2005").AnalyzerAsync(
        Verify.Design($$"""
                d.{|#0:Gateway|}("ergw", GatewaySku.HighPerformance, {{region}}, "hub");
        """),
        Verify.Diagnostic("ER2005").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithLocation(0)
            .WithArguments("ergw", "HighPerformance", $"is not zone-redundant (if region '{shown}' has availability zones, which Microsoft's list does not say)", "ErGw2AZ"));

    [Fact]
    public Task Named_arguments_in_another_order_are_followed() => Verify.Rules("ER2005").AnalyzerAsync(
        Verify.Design("""
                d.{|#0:Gateway|}(virtualNetwork: "hub-weu", region: "westeurope", sku: GatewaySku.UltraPerformance, name: "ergw-weu");
        """),
        ER2005(0, "ergw-weu", "UltraPerformance", "ErGw3AZ"));

    [Fact]
    public Task A_gateway_kept_in_a_local_and_connected_later_is_reported_once() => Verify.Rules("ER2005").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuit("ams", "er-ams")}}
        {{Circuit("lon", "er-lon", "London")}}
                var gateway = d.{|#0:Gateway|}("ergw-weu", GatewaySku.Standard, "westeurope", "hub-weu");
                gateway.Connect(ams);
                gateway.Connect(lon, c => c.FastPath());
        """),
        ER2005(0, "ergw-weu", "Standard", "ErGw1AZ"));

    [Fact]
    public Task Skus_from_constants_and_locals_assigned_once_are_followed() => Verify.Rules("ER2005").AnalyzerAsync(
        Verify.Design(
            """
                    const GatewaySku local = GatewaySku.HighPerformance;
                    var assigned = GatewaySku.Basic;
                    d.{|#0:Gateway|}("ergw-weu", Legacy, "westeurope", "hub-weu");
                    d.{|#1:Gateway|}("ergw-neu", local, "northeurope", "hub-neu");
                    d.{|#2:Gateway|}("ergw-uks", assigned, "uksouth", "hub-uks");
            """,
            """
                private const GatewaySku Legacy = GatewaySku.Standard;
            """),
        ER2005(0, "ergw-weu", "Standard", "ErGw1AZ"),
        ER2005(1, "ergw-neu", "HighPerformance", "ErGw2AZ"),
        ER2005(2, "ergw-uks", "Basic", "ErGw1AZ"));

    [Fact]
    public Task A_sku_written_through_using_static_is_reported() => Verify.Rules("ER2005").AnalyzerAsync(
        "using static ErAnalyzers.GatewaySku;\n" + Verify.Design("""
                d.{|#0:Gateway|}("ergw-weu", HighPerformance, "westeurope", "hub-weu");
                d.Gateway("ergw-neu", ErGw2AZ, "northeurope", "hub-neu");
        """),
        ER2005(0, "ergw-weu", "HighPerformance", "ErGw2AZ"));

    [Fact]
    public Task A_helper_that_builds_the_gateway_is_reported_where_it_makes_it_with_the_name_its_call_gives() => Verify.Rules("ER2005").AnalyzerAsync(
        Verify.Design(
            $$"""
            {{Circuit("er", "er-ams")}}
                    Hub(d, "ergw-weu", er);
            """,
            """
                private static GatewayBuilder Hub(DesignBuilder d, string name, CircuitBuilder circuit) =>
                    d.{|#0:Gateway|}(name, GatewaySku.Standard, "westeurope", "hub-weu", g => g.Connect(circuit));
            """),
        ER2005(0, "ergw-weu", "Standard", "ErGw1AZ"));

    [Fact]
    public Task A_gateway_in_another_file_is_reported_in_that_file() => Verify.Rules("ER2005").AnalyzerAsync(
        [
            Verify.Design("""
                    Hubs.WestEurope(d);
            """),
            """
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            static class Hubs
            {
                public static void WestEurope(DesignBuilder d) =>
                    d.{|#0:Gateway|}("ergw-weu", GatewaySku.UltraPerformance, "westeurope", "hub-weu");
            }
            """,
        ],
        ER2005(0, "ergw-weu", "UltraPerformance", "ErGw3AZ"));

    [Fact]
    public Task Several_gateways_flag_only_the_ones_that_are_not_zone_redundant() => Verify.Rules("ER2005").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuits(3)}}
                d.{|#0:Gateway|}("ergw-weu", GatewaySku.Standard, "westeurope", "hub-weu", g => g.Connect(er1));
                d.Gateway("ergw-neu", GatewaySku.ErGw1AZ, "northeurope", "hub-neu", g => g.Connect(er2));
                d.Gateway("ergw-frc", GatewaySku.ErGwScale, "francecentral", "hub-frc", g => g.ScaleUnits(2, 4).Connect(er3));
                d.{|#1:Gateway|}("ergw-uks", GatewaySku.HighPerformance, "uksouth", "hub-uks", g => g.Connect(er1).Connect(er2));
        """),
        ER2005(0, "ergw-weu", "Standard", "ErGw1AZ"),
        ER2005(1, "ergw-uks", "HighPerformance", "ErGw2AZ"));

    [Fact]
    public Task A_gateway_whose_connections_are_not_all_seen_is_still_reported() => Verify.Rules("ER2005").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuit("er", "er-ams")}}
                d.{|#0:Gateway|}("ergw-weu", GatewaySku.Standard, "westeurope", "hub-weu", g =>
                {
                    if (Environment.ProcessorCount > 1)
                    {
                        g.Connect(er);
                    }
                });
        """),
        ER2005(0, "ergw-weu", "Standard", "ErGw1AZ"));

    [Fact]
    public Task A_sku_that_is_a_parameter_or_chosen_at_run_time_is_silent() => Verify.Rules("ER2005").AnalyzerAsync(
        Verify.Design(
            """
                    Hub(d, Sku());
                    d.Gateway("ergw-neu", Environment.ProcessorCount > 1 ? GatewaySku.Standard : GatewaySku.ErGw1AZ, "northeurope", "hub-neu");
                    d.Gateway("ergw-uks", Sku(), "uksouth", "hub-uks");
            """,
            """
                private static GatewayBuilder Hub(DesignBuilder d, GatewaySku sku) => d.Gateway("ergw-weu", sku, "westeurope", "hub-weu");

                private static GatewaySku Sku() => Enum.Parse<GatewaySku>(Environment.GetEnvironmentVariable("SKU") ?? "Standard");
            """));

    [Fact]
    public Task A_sku_cast_from_its_number_is_reported() => Verify.Rules("ER2005").AnalyzerAsync(
        Verify.Design("""
                d.{|#0:Gateway|}("ergw-weu", (GatewaySku)1, "westeurope", "hub-weu");
                d.Gateway("ergw-neu", (GatewaySku)99, "northeurope", "hub-neu");
        """),
        ER2005(0, "ergw-weu", "Standard", "ErGw1AZ"));
}
