using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using static ErAnalyzers.Tests.Verifiers.GatewaySources;

namespace ErAnalyzers.Tests;

/// <summary>ER2008 (FastPath on a gateway that does not support it), as the analyzer reports it from DSL source.</summary>
public class ER2008Tests
{
    private static DiagnosticResult ER2008(int marker, string connection, string gateway, string sku) =>
        Verify.Diagnostic("ER2008").WithLocation(marker).WithArguments(connection, gateway, sku);

    [Fact]
    public Task FastPath_on_an_ergw1az_in_a_chain_is_reported_on_the_fast_path_call() => Verify.Rules("ER2008").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuit("er", "er-ams")}}
                d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g
                    .Connect(er, c => c.RoutingWeight(10).{|#0:FastPath|}()));
        """),
        ER2008(0, "ergw-weu-er-ams", "ergw-weu", "ErGw1AZ"));

    [Theory]
    [InlineData("Basic")]
    [InlineData("Standard")]
    [InlineData("HighPerformance")]
    [InlineData("ErGw2AZ")]
    public Task Skus_without_fast_path_are_reported(string sku) => Verify.Rules("ER2008").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuit("er", "er-ams")}}
                d.Gateway("ergw-weu", GatewaySku.{{sku}}, "westeurope", "hub-weu", g => g.Connect(er, c => c.{|#0:FastPath|}()));
        """),
        ER2008(0, "ergw-weu-er-ams", "ergw-weu", sku));

    [Theory]
    [InlineData("GatewaySku.UltraPerformance", "")]
    [InlineData("GatewaySku.ErGw3AZ", "")]
    [InlineData("GatewaySku.ErGwScale", ".ScaleUnits(10, 20)")]
    [InlineData("GatewaySku.ErGwScale", ".ScaleUnits(40, 40)")]
    public Task Gateways_with_fast_path_are_silent(string sku, string scaleUnits) => Verify.Rules("ER2008").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuit("er", "er-ams")}}
                d.Gateway("ergw-weu", {{sku}}, "westeurope", "hub-weu", g => g{{scaleUnits}}.Connect(er, c => c.FastPath()));
        """));

    [Fact]
    public Task Ergwscale_with_a_minimum_below_10_scale_units_is_reported_with_its_scale_units() => Verify.Rules("ER2008").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuits(2)}}
                d.Gateway("ergw-weu", GatewaySku.ErGwScale, "westeurope", "hub-weu", g => g
                    .ScaleUnits(2, 20)
                    .Connect(er1, c => c.{|#0:FastPath|}()));
                d.Gateway("ergw-neu", GatewaySku.ErGwScale, "northeurope", "hub-neu", g => g
                    .ScaleUnits(1, 1)
                    .Connect(er2, c => c.{|#1:FastPath|}()));
        """),
        ER2008(0, "ergw-weu-er-1", "ergw-weu", "ErGwScale with 2-20 scale units"),
        ER2008(1, "ergw-neu-er-2", "ergw-neu", "ErGwScale with 1 scale unit"));

    [Fact]
    public Task Block_bodied_connection_configurations_and_named_connections_are_followed() => Verify.Rules("ER2008").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuit("er", "er-ams")}}
                d.Gateway("ergw-weu", GatewaySku.HighPerformance, "westeurope", "hub-weu", g =>
                {
                    g.Connect(er, c =>
                    {
                        c.Named("to-amsterdam");
                        c.RoutingWeight(100);
                        c.{|#0:FastPath|}();
                    });
                });
        """),
        ER2008(0, "to-amsterdam", "ergw-weu", "HighPerformance"));

    [Fact]
    public Task Helper_methods_and_method_groups_that_configure_connections_are_followed() => Verify.Rules("ER2008").AnalyzerAsync(
        Verify.Design(
            $$"""
            {{Circuits(2)}}
                    d.Gateway("ergw-weu", GatewaySku.Standard, "westeurope", "hub-weu", g => g
                        .Connect(er1, Fast)
                        .Connect(er2, c => Tuned(c, 200)));
            """,
            """
                private static void Fast(ConnectionBuilder connection) => connection.{|#0:FastPath|}();

                private static ConnectionBuilder Tuned(ConnectionBuilder connection, int weight) => connection.RoutingWeight(weight).{|#1:FastPath|}();
            """),
        ER2008(0, "ergw-weu-er-1", "ergw-weu", "Standard"),
        ER2008(1, "ergw-weu-er-2", "ergw-weu", "Standard"));

    [Fact]
    public Task A_configuration_in_another_file_is_reported_at_the_call_that_leads_there() => Verify.Rules("ER2008").AnalyzerAsync(
        [
            Verify.Design($$"""
            {{Circuit("er", "er-ams")}}
                    d.Gateway("ergw-weu", GatewaySku.ErGw2AZ, "westeurope", "hub-weu", g => g.Connect(er, Connections.{|#0:Fast|}));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Connections
            {
                public static void Fast(ConnectionBuilder connection) => connection.{|#1:FastPath|}();
            }
            """,
        ],
        ER2008(0, "ergw-weu-er-ams", "ergw-weu", "ErGw2AZ").WithLocation(1).InFile("Test1.cs", 5));

    [Fact]
    public Task Several_gateways_and_connections_flag_only_fast_path_where_it_is_missing() => Verify.Rules("ER2008").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuits(3)}}
                d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g
                    .Connect(er1, c => c.{|#0:FastPath|}())
                    .Connect(er2)
                    .Connect(er3, c => c.{|#1:FastPath|}()));
                d.Gateway("ergw-neu", GatewaySku.ErGw3AZ, "northeurope", "hub-neu", g => g
                    .Connect(er1, c => c.FastPath())
                    .Connect(er2, c => c.FastPath()));
        """),
        ER2008(0, "ergw-weu-er-1", "ergw-weu", "ErGw1AZ"),
        ER2008(1, "ergw-weu-er-3", "ergw-weu", "ErGw1AZ"));

    [Fact]
    public Task A_fixed_sku_is_reported_even_when_the_gateway_is_not_all_seen() => Verify.Rules("ER2008").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuits(2)}}
                var gateway = d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g =>
                {
                    g.Connect(er1, c => c.{|#0:FastPath|}());
                    if (Environment.ProcessorCount > 1)
                    {
                        g.Connect(er2);
                    }
                });
                gateway.Connect(er2, c => c.{|#1:FastPath|}());
        """),
        ER2008(0, "ergw-weu-er-1", "ergw-weu", "ErGw1AZ"));

    [Fact]
    public Task Ergwscale_whose_scale_units_are_unknown_absent_or_may_change_is_silent() => Verify.Rules("ER2008").AnalyzerAsync(
        Verify.Design(
            $$"""
            {{Circuits(4)}}
                    d.Gateway("ergw-absent", GatewaySku.ErGwScale, "westeurope", "hub-absent", g => g.Connect(er1, c => c.FastPath()));
                    Scaled(d, int.Parse(Environment.GetEnvironmentVariable("MINIMUM") ?? "2"), er2);
                    var later = d.Gateway("ergw-later", GatewaySku.ErGwScale, "uksouth", "hub-later", g => g.ScaleUnits(2, 4).Connect(er3, c => c.FastPath()));
                    later.ScaleUnits(10, 20);
                    d.Gateway("ergw-escaped", GatewaySku.ErGwScale, "francecentral", "hub-escaped", g =>
                    {
                        g.ScaleUnits(2, 4).Connect(er4, c => c.FastPath());
                        GC.KeepAlive(g);
                    });
            """,
            """
                private static void Scaled(DesignBuilder d, int minimum, CircuitBuilder circuit) =>
                    d.Gateway("ergw-param", GatewaySku.ErGwScale, "northeurope", "hub-param", g => g.ScaleUnits(minimum, 20).Connect(circuit, c => c.FastPath()));
            """));

    [Fact]
    public Task A_sku_that_is_a_parameter_is_silent() => Verify.Rules("ER2008").AnalyzerAsync(
        Verify.Design(
            $$"""
            {{Circuit("er", "er-ams")}}
                    Hub(d, Enum.Parse<GatewaySku>(Environment.GetEnvironmentVariable("SKU") ?? "ErGw1AZ"), er);
            """,
            """
                private static void Hub(DesignBuilder d, GatewaySku sku, CircuitBuilder circuit) =>
                    d.Gateway("ergw-weu", sku, "westeurope", "hub-weu", g => g.Connect(circuit, c => c.FastPath()));
            """));
}
