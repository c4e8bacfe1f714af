using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using static ErAnalyzers.Tests.Verifiers.GatewaySources;

namespace ErAnalyzers.Tests;

/// <summary>
/// ER2006 (more circuit connections than the gateway SKU allows, or more than 4 circuits from one peering location),
/// as the analyzer reports it from DSL source. The rule needs the circuits, so it is checked at <c>NetworkDesign.Create</c>.
/// </summary>
public class ER2006Tests
{
    private const string LargerSku = "use a larger SKU or connect the circuit to another gateway";
    private const string RaiseMinimum = "raise its minimum scale units or connect the circuit to another gateway";

    private static DiagnosticResult ER2006(int marker, string gateway, string problem) =>
        Verify.Diagnostic("ER2006").WithLocation(marker).WithArguments(gateway, problem);

    private static string TooMany(int limit, string sku, string fix = LargerSku) => $"connection {limit + 1} exceeds the {limit} that {sku} allows; {fix}";

    private static string FifthFrom(string circuit, string location) =>
        $"circuit '{circuit}' is the fifth from peering location '{location}', and at most 4 circuits from one peering location may connect to a virtual network; connect it to a gateway in another virtual network";

    // The fifth finding of a peering location lists the four connections before it (markers 1-4).
    private static DiagnosticResult WithFirstFour(DiagnosticResult result) =>
        result.WithLocation(1).WithLocation(2).WithLocation(3).WithLocation(4);

    [Fact]
    public Task The_fifth_connection_of_an_ergw1az_in_a_chain_is_reported() => Verify.Rules("ER2006").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuits(6)}}
                d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g
        {{Connects(4)}}
                    .{|#0:Connect|}(er5)
                    .Connect(er6, c => c.RoutingWeight(10)));
        """),
        ER2006(0, "ergw-weu", TooMany(4, "ErGw1AZ")));

    [Fact]
    public Task The_fifth_connection_made_by_a_loop_is_reported_at_the_call_in_the_loop() => Verify.Rules("ER2006").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuits(5)}}
                d.Gateway("ergw-loop", GatewaySku.ErGw1AZ, "uksouth", "hub-loop", g =>
                {
                    foreach (var circuit in new[] { er1, er2, er3, er4, er5 })
                    {
                        g.{|#0:Connect|}(circuit);
                    }
                });
        """),
        ER2006(0, "ergw-loop", TooMany(4, "ErGw1AZ")));

    [Theory]
    [InlineData("Standard", 4, LargerSku)]
    [InlineData("HighPerformance", 8, LargerSku)]
    [InlineData("ErGw2AZ", 8, LargerSku)]
    [InlineData("UltraPerformance", 16, "connect the circuit to another gateway")]
    [InlineData("ErGw3AZ", 16, "connect the circuit to another gateway")]
    public Task Each_sku_allows_its_number_of_connections(string sku, int limit, string fix) => Verify.Rules("ER2006").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuits(limit + 1)}}
                d.Gateway("ergw-full", GatewaySku.{{sku}}, "westeurope", "hub-full", g => g
        {{Connects(limit)}});
                d.Gateway("ergw-over", GatewaySku.{{sku}}, "northeurope", "hub-over", g => g
        {{Connects(limit)}}
                    .{|#0:Connect|}(er{{limit + 1}}));
        """),
        ER2006(0, "ergw-over", TooMany(limit, sku, fix)));

    [Fact]
    public Task Ergwscale_is_limited_by_its_minimum_scale_units_and_silent_when_they_are_not_known() => Verify.Rules("ER2006").AnalyzerAsync(
        Verify.Design(
            $$"""
            {{Circuits(9)}}
                    d.Gateway("ergw-small", GatewaySku.ErGwScale, "westeurope", "hub-small", g => g
                        .ScaleUnits(2, 5)
            {{Connects(8)}}
                        .{|#0:Connect|}(er9));
                    d.Gateway("ergw-autoscaled", GatewaySku.ErGwScale, "northeurope", "hub-autoscaled", g => g
                        .ScaleUnits(2, 40)
            {{Connects(8)}}
                        .{|#1:Connect|}(er9));
                    d.Gateway("ergw-large", GatewaySku.ErGwScale, "swedencentral", "hub-large", g => g
                        .ScaleUnits(10, 10)
            {{Connects(9)}});
                    d.Gateway("ergw-unsized", GatewaySku.ErGwScale, "uksouth", "hub-unsized", g => g
            {{Connects(9)}});
                    Sized(d, Environment.ProcessorCount, er1, er2, er3, er4, er5);
            """,
            """
                private static void Sized(DesignBuilder d, int units, CircuitBuilder a, CircuitBuilder b, CircuitBuilder c, CircuitBuilder e, CircuitBuilder f) =>
                    d.Gateway("ergw-param", GatewaySku.ErGwScale, "francecentral", "hub-param", g => g
                        .ScaleUnits(units, units).Connect(a).Connect(b).Connect(c).Connect(e).Connect(f));
            """),
        ER2006(0, "ergw-small", TooMany(8, "ErGwScale with 2-5 scale units", RaiseMinimum)),
        ER2006(1, "ergw-autoscaled", TooMany(8, "ErGwScale with 2-40 scale units", RaiseMinimum)));

    [Fact]
    public Task The_fifth_circuit_from_one_peering_location_is_reported_with_the_first_four() => Verify.Rules("ER2006").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuit("ams1", "er-ams1", "Amsterdam")}}
        {{Circuit("ams2", "er-ams2", "amsterdam")}}
        {{Circuit("ams3", "er-ams3", "AMSTERDAM")}}
        {{Circuit("ams4", "er-ams4", "Amsterdam")}}
        {{Circuit("ams5", "er-ams5", "Amsterdam")}}
        {{Circuit("lon", "er-lon", "London")}}
                d.Gateway("ergw-weu", GatewaySku.ErGw3AZ, "westeurope", "hub-weu", g => g
                    .{|#1:Connect|}(ams1)
                    .Connect(lon)
                    .{|#2:Connect|}(ams2)
                    .{|#3:Connect|}(ams3)
                    .{|#4:Connect|}(ams4)
                    .{|#0:Connect|}(ams5));
        """),
        WithFirstFour(ER2006(0, "ergw-weu", FifthFrom("er-ams5", "Amsterdam"))));

    [Fact]
    public Task Direct_circuits_count_at_the_peering_location_of_their_port() => Verify.Rules("ER2006").AnalyzerAsync(
        Verify.Design($$"""
                var port = d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q);
                var direct1 = d.Circuit("er-direct1", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(5)).PrivatePeering(300, p => p.Primary("10.255.0.0/30", ce1).Secondary("10.255.0.4/30", ce2)));
                var direct2 = d.Circuit("er-direct2", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(5)).PrivatePeering(301, p => p.Primary("10.255.1.0/30", ce1).Secondary("10.255.1.4/30", ce2)));
        {{Circuits(3, "Equinix-Amsterdam-AM5")}}
                d.Gateway("ergw-weu", GatewaySku.ErGw3AZ, "westeurope", "hub-weu", g => g
                    .{|#1:Connect|}(er1)
                    .{|#2:Connect|}(direct1)
                    .{|#3:Connect|}(er2)
                    .{|#4:Connect|}(er3)
                    .{|#0:Connect|}(direct2, c => c.FastPath()));
        """),
        WithFirstFour(ER2006(0, "ergw-weu", FifthFrom("er-direct2", "Equinix-Amsterdam-AM5"))));

    [Fact]
    public Task A_gateway_in_a_local_connected_statement_by_statement_is_followed() => Verify.Rules("ER2006").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuits(5)}}
                var gateway = d.Gateway("ergw-weu", GatewaySku.Standard, "westeurope", "hub-weu");
                gateway.Connect(er1);
                gateway.Connect(er2).Connect(er3);
                gateway.Connect(er4);
                gateway.{|#0:Connect|}(er5);
        """),
        ER2006(0, "ergw-weu", TooMany(4, "Standard")));

    [Fact]
    public Task Helper_methods_that_make_the_gateway_and_its_connections_are_followed() => Verify.Rules("ER2006").AnalyzerAsync(
        Verify.Design(
            $$"""
            {{Circuits(5, "Amsterdam")}}
                    Hub(d, "ergw-weu", er1, er2, er3, er4, er5);
            """,
            """
                private static GatewayBuilder Hub(DesignBuilder d, string name, CircuitBuilder a, CircuitBuilder b, CircuitBuilder c, CircuitBuilder e, CircuitBuilder f) =>
                    d.Gateway(name, GatewaySku.ErGw3AZ, "westeurope", "hub-weu", g => ConnectAll(ConnectAll(g, a, b), c, e).{|#0:Connect|}(f));

                private static GatewayBuilder ConnectAll(GatewayBuilder g, CircuitBuilder first, CircuitBuilder second) =>
                    g.{|#1:Connect|}(first).{|#2:Connect|}(second);
            """),
        ER2006(0, "ergw-weu", FifthFrom("er-5", "Amsterdam")).WithLocation(1).WithLocation(2).WithLocation(1).WithLocation(2));

    [Fact]
    public Task A_gateway_made_in_another_file_is_reported_at_the_call_that_leads_there() => Verify.Rules("ER2006").AnalyzerAsync(
        [
            Verify.Design($$"""
            {{Circuits(5)}}
                    Hubs.{|#0:WestEurope|}(d, er1, er2, er3, er4, er5);
            """),
            """
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            static class Hubs
            {
                public static void WestEurope(DesignBuilder d, CircuitBuilder a, CircuitBuilder b, CircuitBuilder c, CircuitBuilder e, CircuitBuilder f) =>
                    d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g
                        .Connect(a).Connect(b).Connect(c).Connect(e)
                        .{|#1:Connect|}(f));
            }
            """,
        ],
        ER2006(0, "ergw-weu", TooMany(4, "ErGw1AZ")).WithLocation(1).InFile("Test1.cs", 9));

    [Fact]
    public Task A_design_spread_over_methods_of_a_class_is_checked_as_a_whole() => Verify.Rules("ER2006").AnalyzerAsync(
        $$"""
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        sealed class ContosoDesign
        {
            public NetworkDesign Create() => NetworkDesign.Create("contoso", d =>
            {
                var site = d.Site("dc", asn: 65010);
                var ce1 = site.Router("ce1");
                var ce2 = site.Router("ce2");
                var amsterdam = Amsterdam(d, ce1, ce2);
                Hub(d, amsterdam);
            });

            private static CircuitBuilder[] Amsterdam(DesignBuilder d, RouterBuilder ce1, RouterBuilder ce2) =>
            [
                Circuit(d, "er-ams1", ce1, ce2), Circuit(d, "er-ams2", ce1, ce2), Circuit(d, "er-ams3", ce1, ce2),
                Circuit(d, "er-ams4", ce1, ce2), Circuit(d, "er-ams5", ce1, ce2),
            ];

            private static CircuitBuilder Circuit(DesignBuilder d, string name, RouterBuilder ce1, RouterBuilder ce2) =>
                d.Circuit(name, c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));

            private static void Hub(DesignBuilder d, CircuitBuilder[] circuits) =>
                d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g
                    .Connect(circuits[0]).Connect(circuits[1]).Connect(circuits[2]).Connect(circuits[3]).{|#0:Connect|}(circuits[4]));
        }
        """,
        ER2006(0, "ergw-weu", TooMany(4, "ErGw1AZ")));

    [Fact]
    public Task Connections_already_above_the_limit_are_reported_even_when_more_may_be_made_out_of_sight() => Verify.Rules("ER2006").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuits(6)}}
                d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g =>
                {
                    g.Connect(er1).Connect(er2).Connect(er3).Connect(er4).{|#0:Connect|}(er5);
                    if (Environment.ProcessorCount > 1)
                    {
                        g.Connect(er6);
                    }
                });
        """),
        ER2006(0, "ergw-weu", TooMany(4, "ErGw1AZ")));

    [Fact]
    public Task Several_gateways_each_count_their_own_circuits() => Verify.Rules("ER2006").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuits(6, "Amsterdam")}}
                d.Gateway("ergw-weu", GatewaySku.ErGw3AZ, "westeurope", "hub-weu", g => g
        {{Connects(3)}});
                d.Gateway("ergw-neu", GatewaySku.ErGw3AZ, "northeurope", "hub-neu", g => g
        {{Connects(3, from: 4)}});
                d.Gateway("ergw-uks", GatewaySku.ErGw2AZ, "uksouth", "hub-uks", g => g
                    .{|#1:Connect|}(er1)
                    .{|#2:Connect|}(er2)
                    .{|#3:Connect|}(er3)
                    .{|#4:Connect|}(er4)
                    .{|#0:Connect|}(er5)
                    .Connect(er6));
        """),
        WithFirstFour(ER2006(0, "ergw-uks", FifthFrom("er-5", "Amsterdam"))));

    [Fact]
    public Task A_good_design_is_silent() => Verify.Rules("ER2006").AnalyzerAsync(
        Verify.Design($$"""
        {{Circuits(4, "Amsterdam")}}
        {{Circuit("lon1", "er-lon1", "London")}}
        {{Circuit("lon2", "er-lon2", "London")}}
                d.Gateway("ergw-weu", GatewaySku.ErGw2AZ, "westeurope", "hub-weu", g => g
        {{Connects(4)}}
                    .Connect(lon1)
                    .Connect(lon2));
                d.Gateway("ergw-neu", GatewaySku.ErGw1AZ, "northeurope", "hub-neu", g => g.Connect(er1).Connect(lon1));
        """));

    [Fact]
    public Task Unknown_skus_peering_locations_and_connections_made_in_loops_are_silent() => Verify.Rules("ER2006").AnalyzerAsync(
        Verify.Design(
            $$"""
            {{Circuits(4, "Amsterdam")}}
                    var elsewhere = Somewhere(d, "er-5", Environment.GetEnvironmentVariable("LOCATION") ?? "Amsterdam", ce1, ce2);
                    var sku = Environment.ProcessorCount > 1 ? GatewaySku.ErGw1AZ : GatewaySku.ErGw3AZ;
                    d.Gateway("ergw-sku", sku, "westeurope", "hub-sku", g => g
            {{Connects(4)}}
                        .Connect(elsewhere));
                    d.Gateway("ergw-location", GatewaySku.ErGw3AZ, "northeurope", "hub-location", g => g
            {{Connects(4)}}
                        .Connect(elsewhere));
                    d.Gateway("ergw-loop", GatewaySku.ErGw1AZ, "uksouth", "hub-loop", g =>
                    {
                        foreach (var circuit in System.Linq.Enumerable.Where(new[] { er1, er2, er3, er4, elsewhere }, circuit => circuit is not null))
                        {
                            g.Connect(circuit);
                        }
                    });
            """,
            """
                private static CircuitBuilder Somewhere(DesignBuilder d, string name, string location, RouterBuilder ce1, RouterBuilder ce2) =>
                    d.Circuit(name, c => c.ServiceProvider("Equinix", location, Bandwidth.Gbps(1))
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
            """));

    [Fact]
    public Task Each_gateway_call_alone_does_not_report_the_rule_because_it_needs_the_circuits() => Verify.Rules("ER2006").AnalyzerAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Hubs
        {
            // No NetworkDesign.Create here: the circuits are out of sight.
            public static void WestEurope(DesignBuilder d, CircuitBuilder a, CircuitBuilder b, CircuitBuilder c, CircuitBuilder e, CircuitBuilder f) =>
                d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g
                    .Connect(a).Connect(b).Connect(c).Connect(e).Connect(f));
        }
        """);
}
