using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using static ErAnalyzers.Tests.Verifiers.GatewaySources;

namespace ErAnalyzers.Tests;

/// <summary>ER2007 (invalid ErGwScale scale-unit bounds), as the analyzer reports it from DSL source.</summary>
public class ER2007Tests
{
    private static DiagnosticResult ER2007(int marker, string gateway, int minimum, int maximum, string problems) =>
        Verify.Diagnostic("ER2007").WithLocation(marker).WithArguments(gateway, $"{minimum}", $"{maximum}", problems);

    [Fact]
    public Task Autoscaling_from_one_scale_unit_in_a_chain_is_reported_on_the_scale_units_call() => Verify.Rules("ER2007").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuit("er", "er-ams")}}
                d.Gateway("ergw-weu", GatewaySku.ErGwScale, "westeurope", "hub-weu", g => g
                    .{|#0:ScaleUnits|}(1, 5)
                    .Connect(er));
        """),
        ER2007(0, "ergw-weu", 1, 5, "autoscaling needs a minimum of at least 2"));

    [Theory]
    [InlineData(0, 5, "the minimum is below 1")]
    [InlineData(-2, 3, "the minimum is below 1")]
    [InlineData(2, 41, "the maximum is above 40")]
    [InlineData(6, 4, "the minimum is above the maximum")]
    [InlineData(0, 50, "the minimum is below 1, the maximum is above 40")]
    [InlineData(1, 41, "the maximum is above 40, autoscaling needs a minimum of at least 2")]
    public Task Invalid_bounds_are_reported_with_every_problem(int minimum, int maximum, string problems) => Verify.Rules("ER2007").AnalyzerAsync(
        Verify.Design($$"""
                d.Gateway("ergw-weu", GatewaySku.ErGwScale, "westeurope", "hub-weu", g => g.{|#0:ScaleUnits|}({{minimum}}, {{maximum}}));
        """),
        ER2007(0, "ergw-weu", minimum, maximum, problems));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(2, 40)]
    [InlineData(10, 20)]
    [InlineData(40, 40)]
    public Task Valid_fixed_or_autoscaling_bounds_are_silent(int minimum, int maximum) => Verify.Rules("ER2007").AnalyzerAsync(
        Verify.Design($$"""
                d.Gateway("ergw-weu", GatewaySku.ErGwScale, "westeurope", "hub-weu", g => g.ScaleUnits({{minimum}}, {{maximum}}));
        """));

    [Fact]
    public Task Named_arguments_in_another_order_are_followed() => Verify.Rules("ER2007").AnalyzerAsync(
        Verify.Design("""
                d.Gateway("ergw-weu", GatewaySku.ErGwScale, "westeurope", "hub-weu", g => g.{|#0:ScaleUnits|}(maximum: 4, minimum: 8));
        """),
        ER2007(0, "ergw-weu", 8, 4, "the minimum is above the maximum"));

    [Fact]
    public Task Constant_bounds_are_followed() => Verify.Rules("ER2007").AnalyzerAsync(
        Verify.Design(
            """
                    const int minimum = 1;
                    d.Gateway("ergw-weu", GatewaySku.ErGwScale, "westeurope", "hub-weu", g => g.{|#0:ScaleUnits|}(minimum, MaxUnits));
            """,
            """
                private const int MaxUnits = 48;
            """),
        ER2007(0, "ergw-weu", 1, 48, "the maximum is above 40, autoscaling needs a minimum of at least 2"));

    [Fact]
    public Task A_gateway_whose_builder_is_kept_may_be_sized_again_later_so_it_is_silent() => Verify.Rules("ER2007").AnalyzerAsync(
        Verify.Design("""
                var weu = d.Gateway("ergw-weu", GatewaySku.ErGwScale, "westeurope", "hub-weu", g => g.ScaleUnits(1, 5));
                weu.ScaleUnits(2, 5);
                d.Gateway("ergw-neu", GatewaySku.ErGwScale, "northeurope", "hub-neu", g => g.ScaleUnits(0, 5)).ScaleUnits(2, 5);
        """));

    [Fact]
    public Task A_helper_that_sizes_the_gateway_is_reported_where_it_sets_the_bounds() => Verify.Rules("ER2007").AnalyzerAsync(
        Verify.Design(
            """
                    d.Gateway("ergw-weu", GatewaySku.ErGwScale, "westeurope", "hub-weu", g => Autoscale(g, 1, 10));
                    d.Gateway("ergw-neu", GatewaySku.ErGwScale, "northeurope", "hub-neu", Small);
                    Hub(d);
            """,
            """
                private static GatewayBuilder Autoscale(GatewayBuilder gateway, int minimum, int maximum) =>
                    gateway.{|#0:ScaleUnits|}(minimum, maximum);

                private static void Small(GatewayBuilder gateway) => gateway.{|#1:ScaleUnits|}(0, 2);

                private static void Hub(DesignBuilder d) =>
                    d.Gateway("ergw-uks", GatewaySku.ErGwScale, "uksouth", "hub-uks", g => g.{|#2:ScaleUnits|}(3, 2));
            """),
        ER2007(0, "ergw-weu", 1, 10, "autoscaling needs a minimum of at least 2"),
        ER2007(1, "ergw-neu", 0, 2, "the minimum is below 1"),
        ER2007(2, "ergw-uks", 3, 2, "the minimum is above the maximum"));

    [Fact]
    public Task A_helper_in_another_file_is_reported_at_the_call_that_leads_there() => Verify.Rules("ER2007").AnalyzerAsync(
        [
            Verify.Design("""
                    d.Gateway("ergw-weu", GatewaySku.ErGwScale, "westeurope", "hub-weu", g => Sizing.{|#0:Autoscale|}(g));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Sizing
            {
                public static GatewayBuilder Autoscale(GatewayBuilder gateway) => gateway.{|#1:ScaleUnits|}(1, 40);
            }
            """,
        ],
        ER2007(0, "ergw-weu", 1, 40, "autoscaling needs a minimum of at least 2").WithLocation(1).InFile("Test1.cs", 5));

    [Fact]
    public Task Several_gateways_flag_only_the_bad_bounds() => Verify.Rules("ER2007").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuits(2)}}
                d.Gateway("ergw-weu", GatewaySku.ErGwScale, "westeurope", "hub-weu", g => g.ScaleUnits(2, 10).Connect(er1));
                d.Gateway("ergw-neu", GatewaySku.ErGwScale, "northeurope", "hub-neu", g => g.{|#0:ScaleUnits|}(12, 10).Connect(er2));
                d.Gateway("ergw-uks", GatewaySku.ErGwScale, "uksouth", "hub-uks", g => g.ScaleUnits(5, 5));
                d.Gateway("ergw-frc", GatewaySku.ErGwScale, "francecentral", "hub-frc", g => g.{|#1:ScaleUnits|}(0, 0));
        """),
        ER2007(0, "ergw-neu", 12, 10, "the minimum is above the maximum"),
        ER2007(1, "ergw-frc", 0, 0, "the minimum is below 1"));

    [Fact]
    public Task The_last_bounds_set_are_the_ones_checked() => Verify.Rules("ER2007").AnalyzerAsync(
        Verify.Design("""
                d.Gateway("ergw-weu", GatewaySku.ErGwScale, "westeurope", "hub-weu", g => g.ScaleUnits(1, 5).ScaleUnits(2, 5));
                d.Gateway("ergw-neu", GatewaySku.ErGwScale, "northeurope", "hub-neu", g => g.ScaleUnits(2, 5).{|#0:ScaleUnits|}(1, 5));
        """),
        ER2007(0, "ergw-neu", 1, 5, "autoscaling needs a minimum of at least 2"));

    [Fact]
    public Task Bounds_from_parameters_or_method_results_are_silent() => Verify.Rules("ER2007").AnalyzerAsync(
        Verify.Design(
            """
                    Scalable(d, int.Parse(Environment.GetEnvironmentVariable("MINIMUM") ?? "0"));
                    d.Gateway("ergw-neu", GatewaySku.ErGwScale, "northeurope", "hub-neu", g => g.ScaleUnits(Units(), 50));
            """,
            """
                private static GatewayBuilder Scalable(DesignBuilder d, int minimum) =>
                    d.Gateway("ergw-weu", GatewaySku.ErGwScale, "westeurope", "hub-weu", g => g.ScaleUnits(minimum, 50));

                private static int Units() => int.Parse(Environment.GetEnvironmentVariable("UNITS") ?? "2");
            """));

    [Fact]
    public Task A_gateway_configured_by_code_the_analyzer_cannot_follow_is_silent() => Verify.Rules("ER2007").AnalyzerAsync(
        Verify.Design("""
                d.Gateway("ergw-weu", GatewaySku.ErGwScale, "westeurope", "hub-weu", g =>
                {
                    g.ScaleUnits(1, 5);
                    if (Environment.ProcessorCount > 1)
                    {
                        g.ScaleUnits(2, 5);
                    }
                });
                d.Gateway("ergw-neu", GatewaySku.ErGwScale, "northeurope", "hub-neu", g =>
                {
                    g.ScaleUnits(0, 5);
                    GC.KeepAlive(g);
                });
        """));
}
