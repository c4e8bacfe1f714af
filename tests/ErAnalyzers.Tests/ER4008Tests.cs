using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using static ErAnalyzers.Tests.Verifiers.GatewaySources;

namespace ErAnalyzers.Tests;

/// <summary>ER4008 (a connection's routing weight outside 0-32000), as the analyzer reports it from DSL source.</summary>
public class ER4008Tests
{
    private static DiagnosticResult ER4008(int marker, string connection, int weight) =>
        Verify.Diagnostic("ER4008").WithLocation(marker).WithArguments(connection, $"{weight}");

    [Fact]
    public Task A_weight_above_32000_in_a_chain_is_reported_on_the_routing_weight_call() => Verify.Rules("ER4008").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuit("er", "er-ams")}}
                d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g
                    .Connect(er, c => c.{|#0:RoutingWeight|}(32001)));
        """),
        ER4008(0, "ergw-weu-er-ams", 32001));

    [Theory]
    [InlineData(-1)]
    [InlineData(40000)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public Task Weights_outside_the_range_are_reported(int weight) => Verify.Rules("ER4008").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuit("er", "er-ams")}}
                d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g.Connect(er, c => c.{|#0:RoutingWeight|}({{weight}})));
        """),
        ER4008(0, "ergw-weu-er-ams", weight));

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(32000)]
    public Task Weights_within_the_range_are_silent(int weight) => Verify.Rules("ER4008").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuit("er", "er-ams")}}
                d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g.Connect(er, c => c.RoutingWeight({{weight}})));
        """));

    [Fact]
    public Task Constants_locals_and_named_connections_are_followed() => Verify.Rules("ER4008").AnalyzerAsync(
        Verify.Design(
            $$"""
            {{Circuits(2)}}
                    var backup = -10;
                    d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g
                        .Connect(er1, c => c.Named("to-primary").{|#0:RoutingWeight|}(Preferred))
                        .Connect(er2, c => c.{|#1:RoutingWeight|}(weight: backup)));
            """,
            """
                private const int Preferred = 50000;
            """),
        ER4008(0, "to-primary", 50000),
        ER4008(1, "ergw-weu-er-2", -10));

    [Fact]
    public Task Block_bodies_and_helper_methods_are_followed() => Verify.Rules("ER4008").AnalyzerAsync(
        Verify.Design(
            $$"""
            {{Circuits(2)}}
                    d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g =>
                    {
                        g.Connect(er1, c =>
                        {
                            c.Named("primary");
                            Weigh(c, 33000);
                        });
                        g.Connect(er2, Backup);
                    });
            """,
            """
                private static ConnectionBuilder Weigh(ConnectionBuilder connection, int weight) => connection.{|#0:RoutingWeight|}(weight);

                private static void Backup(ConnectionBuilder connection) => connection.{|#1:RoutingWeight|}(-1);
            """),
        ER4008(0, "primary", 33000),
        ER4008(1, "ergw-weu-er-2", -1));

    [Fact]
    public Task A_weight_set_in_another_file_is_reported_at_the_call_that_leads_there() => Verify.Rules("ER4008").AnalyzerAsync(
        [
            Verify.Design($$"""
            {{Circuit("er", "er-ams")}}
                    d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g.Connect(er, Weights.{|#0:Preferred|}));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Weights
            {
                public static void Preferred(ConnectionBuilder connection) => connection.{|#1:RoutingWeight|}(64000);
            }
            """,
        ],
        ER4008(0, "ergw-weu-er-ams", 64000).WithLocation(1).InFile("Test1.cs", 5));

    [Fact]
    public Task Several_gateways_and_connections_flag_only_the_bad_weights() => Verify.Rules("ER4008").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuits(3)}}
                d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g
                    .Connect(er1, c => c.RoutingWeight(100))
                    .Connect(er2, c => c.{|#0:RoutingWeight|}(-100))
                    .Connect(er3));
                d.Gateway("ergw-neu", GatewaySku.ErGw3AZ, "northeurope", "hub-neu", g => g
                    .Connect(er1, c => c.{|#1:RoutingWeight|}(32768).FastPath())
                    .Connect(er2, c => c.RoutingWeight(0)));
        """),
        ER4008(0, "ergw-weu-er-2", -100),
        ER4008(1, "ergw-neu-er-1", 32768));

    [Fact]
    public Task The_last_weight_set_is_the_one_checked() => Verify.Rules("ER4008").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuits(2)}}
                d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g
                    .Connect(er1, c => c.RoutingWeight(-1).RoutingWeight(10))
                    .Connect(er2, c => c.RoutingWeight(10).{|#0:RoutingWeight|}(-1)));
        """),
        ER4008(0, "ergw-weu-er-2", -1));

    [Fact]
    public Task Weights_from_parameters_or_method_results_are_silent() => Verify.Rules("ER4008").AnalyzerAsync(
        Verify.Design(
            $$"""
            {{Circuits(2)}}
                    Hub(d, int.Parse(Environment.GetEnvironmentVariable("WEIGHT") ?? "-1"), er1);
                    d.Gateway("ergw-neu", GatewaySku.ErGw1AZ, "northeurope", "hub-neu", g => g.Connect(er2, c => c.RoutingWeight(Weight())));
            """,
            """
                private static void Hub(DesignBuilder d, int weight, CircuitBuilder circuit) =>
                    d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g.Connect(circuit, c => c.RoutingWeight(weight)));

                private static int Weight() => int.Parse(Environment.GetEnvironmentVariable("WEIGHT") ?? "-1");
            """));

    [Fact]
    public Task A_connection_handed_to_code_the_analyzer_cannot_follow_is_silent() => Verify.Rules("ER4008").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuit("er", "er-ams")}}
                d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g.Connect(er, c =>
                {
                    c.RoutingWeight(-1);
                    if (Environment.ProcessorCount > 1)
                    {
                        c.RoutingWeight(1);
                    }
                }));
        """));
}
