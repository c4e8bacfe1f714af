using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>
/// ER2011 (the traffic planned through a gateway exceeds its fixed throughput; Info when only a circuit's bandwidth
/// does), as the analyzer reports it from DSL source. The rule needs the circuits, so it is checked at <c>NetworkDesign.Create</c>.
/// </summary>
public class ER2011Tests
{
    private const string Fix = "use a larger SKU (more scale units for ErGwScale), FastPath where the gateway supports it, or spread the virtual networks over more gateways";

    /// <summary>A provider circuit with private peering, <paramref name="bandwidth"/> and, when given, planned traffic.</summary>
    private static string Circuit(string local, string name, string bandwidth, string? traffic, string trafficMarker = "ExpectedTraffic") => $$"""
                var {{local}} = d.Circuit("{{name}}", c => c
                    .ServiceProvider("Equinix", "Amsterdam", {{bandwidth}})
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData){{(traffic is null ? "" : $"\n                    .{trafficMarker}({traffic})")}}
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));

        """;

    private static string Planned(string total, params string[] parts) =>
        $"the circuits connected to it plan {total} of steady-state traffic through it ({string.Join(", ", parts)})";

    [Fact]
    public Task Planned_traffic_above_the_throughput_of_a_gateway_is_reported_with_each_circuits_plan() => Verify.Rules("ER2011").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "Bandwidth.Gbps(1)", "Bandwidth.Mbps(800)", "{|#1:ExpectedTraffic|}")
            + Circuit("lon", "er-lon", "Bandwidth.Gbps(1)", "Bandwidth.Mbps(600)", "{|#2:ExpectedTraffic|}")
            + """
                    d.{|#0:Gateway|}("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g
                        .Connect(ams)
                        .Connect(lon));
            """),
        Verify.Diagnostic("ER2011").WithLocation(0).WithLocation(1).WithLocation(2)
            .WithArguments("ergw-weu", "ErGw1AZ", "1 Gbps", Planned("1400 Mbps", "'er-ams' 800 Mbps", "'er-lon' 600 Mbps"), Fix)
            .WithMessage("Gateway 'ergw-weu' (ErGw1AZ) carries at most 1 Gbps, fixed and not burstable, but the circuits connected to it plan 1400 Mbps of steady-state traffic through it ('er-ams' 800 Mbps, 'er-lon' 600 Mbps): " + Fix));

    [Fact]
    public Task Constants_locals_and_a_gateway_built_in_a_helper_are_followed() => Verify.Rules("ER2011").AnalyzerAsync(
        Verify.Design(
            """
                    var steady = Bandwidth.Gbps(Steady);
                    var ams = d.Circuit("er-ams", c => c
                        .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(10))
                        .{|#1:ExpectedTraffic|}(steady)
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                    Hub(d, ams);
            """,
            """
                private const int Steady = 3;

                private static void Hub(DesignBuilder d, CircuitBuilder circuit) =>
                    d.{|#0:Gateway|}("ergw-weu", GatewaySku.ErGwScale, "westeurope", "hub-weu", g => g.ScaleUnits(2, 2).Connect(circuit));
            """),
        Verify.Diagnostic("ER2011").WithLocation(0).WithLocation(1)
            .WithArguments("ergw-weu", "ErGwScale with 2 scale units", "2 Gbps", Planned("3 Gbps", "'er-ams' 3 Gbps"), Fix));

    [Fact]
    public Task A_circuit_built_in_another_file_is_followed() => Verify.Rules("ER2011").AnalyzerAsync(
        [
            Verify.Design("""
                    var lon = Circuits.London(d, ce1, ce2);
                    d.{|#0:Gateway|}("ergw-weu", GatewaySku.ErGw2AZ, "westeurope", "hub-weu", g => g.Connect(lon));
            """),
            """
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            static class Circuits
            {
                public static CircuitBuilder London(DesignBuilder d, RouterBuilder first, RouterBuilder second) =>
                    d.Circuit("er-lon", c => c
                        .ServiceProvider("Megaport", "London", Bandwidth.Gbps(5))
                        .{|#1:ExpectedTraffic|}(Bandwidth.Mbps(2500))
                        .PrivatePeering(100, p => p.Primary("192.168.200.128/30", first).Secondary("192.168.200.132/30", second)));
            }
            """,
        ],
        Verify.Diagnostic("ER2011").WithLocation(0).WithLocation(1)
            .WithArguments("ergw-weu", "ErGw2AZ", "2 Gbps", Planned("2500 Mbps", "'er-lon' 2500 Mbps"), Fix));

    [Fact]
    public Task A_circuit_faster_than_the_gateway_is_information_on_its_connection() => Verify.Rules("ER2011").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "Bandwidth.Gbps(10)", null)
            + """
                    d.{|#1:Gateway|}("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g.{|#0:Connect|}(ams));
            """),
        Verify.Diagnostic("ER2011").WithLocation(0).WithLocation(1).WithSeverity(DiagnosticSeverity.Info)
            .WithArguments("ergw-weu", "ErGw1AZ", "1 Gbps", "circuit 'er-ams' connected to it has 10 Gbps of bandwidth",
                "make sure the traffic through the gateway stays within its throughput, or use a larger SKU"));

    // Microsoft's pairing: a gateway at least as fast as its circuits, the planned traffic within it, or FastPath
    // past a gateway that supports it.
    [Fact]
    public Task Gateways_that_carry_the_planned_traffic_are_silent() => Verify.Rules("ER2011").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "Bandwidth.Gbps(10)", "Bandwidth.Gbps(6)")
            + Circuit("lon", "er-lon", "Bandwidth.Gbps(10)", "Bandwidth.Gbps(4)")
            + Circuit("par", "er-par", "Bandwidth.Gbps(1)", "Bandwidth.Gbps(1)")
            + Circuit("fra", "er-fra", "Bandwidth.Gbps(10)", "Bandwidth.Gbps(9)")
            + """
                    d.Gateway("ergw-weu", GatewaySku.ErGw3AZ, "westeurope", "hub-weu", g => g.Connect(ams).Connect(lon));
                    d.Gateway("ergw-neu", GatewaySku.ErGw1AZ, "northeurope", "hub-neu", g => g.Connect(par));
                    d.Gateway("ergw-fast", GatewaySku.ErGwScale, "swedencentral", "hub-fast", g => g.ScaleUnits(10, 10).Connect(fra, c => c.FastPath()));
            """));

    [Theory]
    [InlineData("traffic from a parameter", """
                Add(d, ce1, ce2, Environment.ProcessorCount);
        """, """
            private static void Add(DesignBuilder d, RouterBuilder first, RouterBuilder second, int gigabits)
            {
                var ams = d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).ExpectedTraffic(Bandwidth.Gbps(gigabits))
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", first).Secondary("192.168.100.132/30", second)));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams));
            }
        """)]
    [InlineData("a SKU from the environment", """
                var ams = d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(10)).ExpectedTraffic(Bandwidth.Gbps(5))
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                d.Gateway("gw", Environment.ProcessorCount > 1 ? GatewaySku.ErGw1AZ : GatewaySku.ErGw3AZ, "westeurope", "hub", g => g.Connect(ams));
        """, "")]
    [InlineData("a circuit whose traffic may be stated again out of sight", """
                var ams = d.Circuit("er-ams", c =>
                {
                    c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).ExpectedTraffic(Bandwidth.Gbps(5))
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2));
                    GC.KeepAlive(c);
                });
                d.Gateway("gw", GatewaySku.ErGw3AZ, "westeurope", "hub", g => g.Connect(ams));
        """, "")]
    [InlineData("a circuit also connected to another gateway", """
                var ams = d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).ExpectedTraffic(Bandwidth.Mbps(900))
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                var lon = d.Circuit("er-lon", c => c.ServiceProvider("Equinix", "London", Bandwidth.Gbps(1)).ExpectedTraffic(Bandwidth.Mbps(900))
                    .PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2)));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams).Connect(lon));
                d.Gateway("gw-spoke", GatewaySku.ErGw1AZ, "westeurope", "spoke", g => g.Connect(lon));
        """, "")]
    public Task What_the_evaluator_cannot_see_keeps_the_rule_silent(string form, string body, string members) =>
        Verify.Rules("ER2011").AnalyzerAsync(Verify.Design($"        // {form}\n{body}", members));
}
