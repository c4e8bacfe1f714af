using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER1009 (planned steady-state traffic above the circuit bandwidth), as the analyzer reports it from DSL source.</summary>
public class ER1009Tests
{
    /// <summary>Reported on the traffic (marker <paramref name="traffic"/>) with the bandwidth (marker <paramref name="bandwidth"/>) as additional location.</summary>
    private static DiagnosticResult ER1009(int traffic, int bandwidth, string expected, string circuitBandwidth, string circuit = "er-ams") =>
        Verify.Diagnostic("ER1009").WithLocation(traffic).WithLocation(bandwidth).WithArguments(circuit, expected, circuitBandwidth);

    [Fact]
    public Task Traffic_above_a_provider_circuit_bandwidth_is_reported_on_the_traffic_with_the_bandwidth_as_additional_location() => Verify.Rules("ER1009").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .{|#1:ServiceProvider|}("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .{|#0:ExpectedTraffic|}(Bandwidth.Gbps(2))
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
        """),
        ER1009(0, 1, "2 Gbps", "1 Gbps").WithMessage(
            "Circuit 'er-ams' expects 2 Gbps of steady-state traffic, more than its bandwidth of 1 Gbps: raise the bandwidth to at least 2 Gbps, because the traffic above it relies on the second link, which is meant for redundancy"));

    [Fact]
    public Task Traffic_above_a_direct_circuit_bandwidth_is_reported() => Verify.Rules("ER1009").AnalyzerAsync(
        Verify.Design("""
                var port = d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q);
                d.Circuit("er-direct", c => c
                    .{|#1:ExpressRouteDirect|}(port, Bandwidth.Gbps(5))
                    .{|#0:ExpectedTraffic|}(Bandwidth.Gbps(8)));
        """),
        ER1009(0, 1, "8 Gbps", "5 Gbps", "er-direct"));

    [Fact]
    public Task Traffic_up_to_the_bandwidth_is_silent() => Verify.Rules("ER1009").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).ExpectedTraffic(Bandwidth.Mbps(1000)));
                d.Circuit("er-lon", c => c.ServiceProvider("Equinix", "London", Bandwidth.Mbps(500)).ExpectedTraffic(Bandwidth.Mbps(200)));
                d.Circuit("er-fra", c => c.ServiceProvider("Equinix", "Frankfurt", Bandwidth.Mbps(500)));
        """));

    [Fact]
    public Task Megabits_are_shown_as_written_when_not_whole_gigabits() => Verify.Rules("ER1009").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.{|#1:ServiceProvider|}("Equinix", "Amsterdam", Bandwidth.Gbps(1)).{|#0:ExpectedTraffic|}(Bandwidth.Mbps(1500)));
        """),
        ER1009(0, 1, "1500 Mbps", "1 Gbps"));

    [Fact]
    public Task Block_bodied_lambdas_constants_and_either_order_are_followed() => Verify.Rules("ER1009").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c =>
                    {
                        c.{|#0:ExpectedTraffic|}(Bandwidth.Gbps(Peak));
                        c.Sku(CircuitTier.Premium, BillingModel.UnlimitedData);
                        c.{|#1:ServiceProvider|}("Equinix", "Amsterdam", Bandwidth.Mbps(Ordered));
                    });
            """,
            """
                private const long Peak = 3;
                private const int Ordered = 2000;
            """),
        ER1009(0, 1, "3 Gbps", "2 Gbps"));

    [Fact]
    public Task A_helper_that_sizes_the_circuit_is_followed() => Verify.Rules("ER1009").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => Sized(c.{|#1:ServiceProvider|}("Equinix", "Amsterdam", Bandwidth.Mbps(500))));
            """,
            """
                private static CircuitBuilder Sized(CircuitBuilder circuit) => circuit.{|#0:ExpectedTraffic|}(Bandwidth.Mbps(800));
            """),
        ER1009(0, 1, "800 Mbps", "500 Mbps"));

    [Fact]
    public Task Traffic_stated_in_a_helper_of_another_file_is_reported_at_the_call() => Verify.Rules("ER1009").AnalyzerAsync(
        [
            Verify.Design("""
                    d.Circuit("er-ams", c => Capacity.{|#0:Peak|}(c.{|#2:ServiceProvider|}("Equinix", "Amsterdam", Bandwidth.Gbps(1))));
            """),
            """
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            static class Capacity
            {
                public static void Peak(CircuitBuilder circuit) => circuit.{|#1:ExpectedTraffic|}(Bandwidth.Gbps(5));
            }
            """,
        ],
        Verify.Diagnostic("ER1009").WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("er-ams", "5 Gbps", "1 Gbps").InFile("Test1.cs", 6));

    [Fact]
    public Task A_circuit_used_by_a_gateway_and_Global_Reach_is_still_checked() => Verify.Rules("ER1009").AnalyzerAsync(
        Verify.Design("""
                var ams = d.Circuit("er-ams", c => c
                    .{|#1:ServiceProvider|}("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .{|#0:ExpectedTraffic|}(Bandwidth.Gbps(2))
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                var lon = d.Circuit("er-lon", c => c
                    .ServiceProvider("Equinix", "London", Bandwidth.Gbps(1))
                    .PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2)));
                d.Gateway("ergw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams).Connect(lon));
                d.GlobalReach(ams, lon, "192.168.250.0/29");
        """),
        ER1009(0, 1, "2 Gbps", "1 Gbps"));

    [Fact]
    public Task Only_the_oversubscribed_circuits_of_several_are_reported() => Verify.Rules("ER1009").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).ExpectedTraffic(Bandwidth.Mbps(600)));
                d.Circuit("er-lon", c => c.{|#1:ServiceProvider|}("Equinix", "London", Bandwidth.Gbps(1)).{|#0:ExpectedTraffic|}(Bandwidth.Gbps(10)));
                d.Circuit("er-fra", c => c.{|#3:ServiceProvider|}("Equinix", "Frankfurt", Bandwidth.Mbps(200)).{|#2:ExpectedTraffic|}(Bandwidth.Mbps(201)));
        """),
        ER1009(0, 1, "10 Gbps", "1 Gbps", "er-lon"),
        ER1009(2, 3, "201 Mbps", "200 Mbps", "er-fra"));

    [Fact]
    public Task Traffic_stated_again_after_the_circuit_call_is_not_seen_there_so_it_stays_silent() => Verify.Rules("ER1009").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).ExpectedTraffic(Bandwidth.Gbps(2)))
                    .ExpectedTraffic(Bandwidth.Mbps(900));
                var lon = d.Circuit("er-lon", c => c.ServiceProvider("Equinix", "London", Bandwidth.Gbps(1)).ExpectedTraffic(Bandwidth.Gbps(2)));
                Resize(lon);
        """,
        """
            private static void Resize(CircuitBuilder circuit) => circuit.ExpectedTraffic(Bandwidth.Mbps(900));
        """));

    [Fact]
    public Task A_circuit_kept_in_a_local_that_later_code_only_reads_is_reported() => Verify.Rules("ER1009").AnalyzerAsync(
        Verify.Design("""
                var ams = d.Circuit("er-ams", c => c.{|#1:ServiceProvider|}("Equinix", "Amsterdam", Bandwidth.Gbps(1)).{|#0:ExpectedTraffic|}(Bandwidth.Gbps(2)));
                ConnectToHub(d, ams);
        """,
        """
            private static void ConnectToHub(DesignBuilder d, CircuitBuilder circuit) =>
                d.Gateway("ergw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(circuit));
        """),
        ER1009(0, 1, "2 Gbps", "1 Gbps"));

    [Fact]
    public Task Values_known_only_at_run_time_are_silent() => Verify.Rules("ER1009").AnalyzerAsync(
        Verify.Design(
            """
                    var peak = Bandwidth.Gbps(long.Parse(Environment.GetEnvironmentVariable("PEAK_GBPS") ?? "1"));
                    d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).ExpectedTraffic(peak));
                    d.Circuit("er-lon", c => c.ServiceProvider("Equinix", "London", Ordered()).ExpectedTraffic(Bandwidth.Gbps(2)));
                    AddCircuit(d, Bandwidth.Gbps(long.Parse(Environment.GetEnvironmentVariable("PEAK_GBPS") ?? "5")));
            """,
            """
                private static Bandwidth Ordered() => Bandwidth.Mbps(int.Parse(Environment.GetEnvironmentVariable("ORDERED") ?? "1000"));

                private static void AddCircuit(DesignBuilder d, Bandwidth traffic) =>
                    d.Circuit("er-fra", c => c.ServiceProvider("Equinix", "Frankfurt", Bandwidth.Gbps(1)).ExpectedTraffic(traffic));
            """));

    [Fact]
    public Task A_circuit_configured_by_code_the_evaluator_cannot_follow_is_silent() => Verify.Rules("ER1009").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c =>
                {
                    c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).ExpectedTraffic(Bandwidth.Gbps(2));
                    GC.KeepAlive(c);
                });
                d.Circuit("er-lon", c =>
                {
                    c.ServiceProvider("Equinix", "London", Bandwidth.Gbps(1)).ExpectedTraffic(Bandwidth.Gbps(2));
                    if (Environment.ProcessorCount > 0)
                    {
                        c.ExpectedTraffic(Bandwidth.Mbps(900));
                    }
                });
        """));
}
