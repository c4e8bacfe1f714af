using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER4006 (a bandwidth Azure does not offer), as the analyzer reports it from DSL source.</summary>
public class ER4006Tests
{
    private const string ProviderOffers = "one of 50 Mbps, 100 Mbps, 200 Mbps, 500 Mbps, 1 Gbps, 2 Gbps, 5 Gbps, 10 Gbps";
    private const string TenGbpsOffers = "one of 1 Gbps, 2 Gbps, 5 Gbps, 10 Gbps";

    private static DiagnosticResult Provider(int marker, string bandwidth, string circuit = "er-ams") =>
        Verify.Diagnostic("ER4006").WithLocation(marker).WithArguments(circuit, bandwidth, "for provider circuits", ProviderOffers);

    /// <summary>A Direct circuit: reported on marker <paramref name="marker"/>, with its port (marker <paramref name="port"/>) as additional location.</summary>
    private static DiagnosticResult Direct(int marker, int port, string bandwidth, string portSize, string offers, string circuit = "er-direct", string portName = "erd-ams") =>
        Verify.Diagnostic("ER4006").WithLocation(marker).WithLocation(port)
            .WithArguments(circuit, bandwidth, $"on the {portSize} ExpressRoute Direct port pair '{portName}'", offers);

    private static string Port(string size, string name = "erd-ams") =>
        $$"""d.{|#1:DirectPort|}("{{name}}", "westeurope", "Equinix-Amsterdam-AM5", {{size}}, PortEncapsulation.Dot1Q);""";

    [Fact]
    public Task A_provider_bandwidth_Azure_does_not_offer_is_reported_on_the_service_provider_call() => Verify.Rules("ER4006").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .{|#0:ServiceProvider|}("Equinix", "Amsterdam", Bandwidth.Mbps(300))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
        """),
        Provider(0, "300 Mbps")
            .WithMessage("Circuit 'er-ams' has a bandwidth of 300 Mbps, which Azure does not offer for provider circuits: use " + ProviderOffers));

    [Theory]
    [InlineData("Bandwidth.Mbps(40)", "40 Mbps")]
    [InlineData("Bandwidth.Mbps(1500)", "1500 Mbps")]
    [InlineData("Bandwidth.Gbps(3)", "3 Gbps")]
    [InlineData("Bandwidth.Gbps(40)", "40 Gbps")]
    public Task Provider_bandwidths_between_and_beyond_the_offers_are_reported(string bandwidth, string shown) => Verify.Rules("ER4006").AnalyzerAsync(
        Verify.Design($$"""
                d.Circuit("er-ams", c => c.{|#0:ServiceProvider|}("Equinix", "Amsterdam", {{bandwidth}}));
        """),
        Provider(0, shown));

    [Fact]
    public Task Every_offer_is_silent() => Verify.Rules("ER4006").AnalyzerAsync(
        Verify.Design($$"""
                var port10 = d.DirectPort("erd-10", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q);
                var port100 = d.DirectPort("erd-100", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(100), PortEncapsulation.Dot1Q);
                var port400 = d.DirectPort("erd-400", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(400), PortEncapsulation.QinQ);
                d.Circuit("er-50", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Mbps(50)));
                d.Circuit("er-500", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Mbps(500)));
                d.Circuit("er-1000", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Mbps(1000)));
                d.Circuit("er-10g", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(10)));
                d.Circuit("er-d1", c => c.ExpressRouteDirect(port10, Bandwidth.Gbps(1)));
                d.Circuit("er-d10", c => c.ExpressRouteDirect(port10, Bandwidth.Mbps(10000)));
                d.Circuit("er-d40", c => c.ExpressRouteDirect(port100, Bandwidth.Gbps(40)));
                d.Circuit("er-d100", c => c.ExpressRouteDirect(port100, Bandwidth.Gbps(100)));
                d.Circuit("er-d200", c => c.ExpressRouteDirect(port400, Bandwidth.Gbps(200)));
                d.Circuit("er-d400", c => c.ExpressRouteDirect(port400, Bandwidth.Gbps(400)));
        """));

    [Fact]
    public Task A_direct_bandwidth_the_port_does_not_offer_is_reported_with_the_port_as_additional_location() => Verify.Rules("ER4006").AnalyzerAsync(
        Verify.Design($$"""
                var port = {{Port("Bandwidth.Gbps(10)")}}
                d.Circuit("er-direct", c => c
                    .{|#0:ExpressRouteDirect|}(port, Bandwidth.Gbps(40))
                    .Sku(CircuitTier.Premium, BillingModel.UnlimitedData));
        """),
        Direct(0, 1, "40 Gbps", "10 Gbps", TenGbpsOffers)
            .WithMessage("Circuit 'er-direct' has a bandwidth of 40 Gbps, which Azure does not offer on the 10 Gbps ExpressRoute Direct port pair 'erd-ams': use " + TenGbpsOffers));

    [Theory]
    [InlineData("Bandwidth.Gbps(100)", "Bandwidth.Gbps(1)", "1 Gbps", "100 Gbps", "one of 5 Gbps, 10 Gbps, 40 Gbps, 100 Gbps")]
    [InlineData("Bandwidth.Gbps(100)", "Bandwidth.Gbps(200)", "200 Gbps", "100 Gbps", "one of 5 Gbps, 10 Gbps, 40 Gbps, 100 Gbps")]
    [InlineData("Bandwidth.Gbps(400)", "Bandwidth.Gbps(20)", "20 Gbps", "400 Gbps", "one of 5 Gbps, 10 Gbps, 40 Gbps, 100 Gbps, 200 Gbps, 400 Gbps")]
    [InlineData("Bandwidth.Gbps(10)", "Bandwidth.Mbps(1500)", "1500 Mbps", "10 Gbps", TenGbpsOffers)]
    public Task Each_port_size_has_its_own_offers(string portSize, string bandwidth, string shown, string portShown, string offers) => Verify.Rules("ER4006").AnalyzerAsync(
        Verify.Design($$"""
                var port = {{Port(portSize)}}
                d.Circuit("er-direct", c => c.{|#0:ExpressRouteDirect|}(port, {{bandwidth}}));
        """),
        Direct(0, 1, shown, portShown, offers));

    [Fact]
    public Task Whole_gbps_on_a_port_of_another_or_unknown_size_is_silent_but_a_fraction_is_not() => Verify.Rules("ER4006").AnalyzerAsync(
        Verify.Design(
            """
                    var port40 = d.DirectPort("erd-40", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(40), PortEncapsulation.Dot1Q);
                    var unknown = d.DirectPort("erd-x", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(Size()), PortEncapsulation.Dot1Q);
                    d.Circuit("er-a", c => c.ExpressRouteDirect(port40, Bandwidth.Gbps(3)));
                    d.Circuit("er-b", c => c.ExpressRouteDirect(unknown, Bandwidth.Gbps(40)));
                    d.Circuit("er-c", c => c.{|#0:ExpressRouteDirect|}(port40, Bandwidth.Mbps(2500)));
            """,
            """
                private static long Size() => long.Parse(Environment.GetEnvironmentVariable("PORT_GBPS")!);
            """),
        Verify.Diagnostic("ER4006").WithLocation(0).WithArguments("er-c", "2500 Mbps", "for ExpressRoute Direct circuits", "a whole number of Gbps"));

    [Fact]
    public Task Consts_locals_and_a_shared_bandwidth_are_followed() => Verify.Rules("ER4006").AnalyzerAsync(
        Verify.Design(
            """
                    const long Speed = 2 * HalfSpeed;
                    var bandwidth = Bandwidth.Mbps(Speed);
                    d.Circuit("er-ams", c => c.{|#0:ServiceProvider|}("Equinix", "Amsterdam", bandwidth));
                    d.Circuit("er-lon", c => c.{|#1:ServiceProvider|}("Megaport", "London", bandwidth));
            """,
            """
                private const long HalfSpeed = 125;
            """),
        Provider(0, "250 Mbps"),
        Provider(1, "250 Mbps", circuit: "er-lon"));

    [Fact]
    public Task A_helper_method_is_followed_and_reported_where_the_connectivity_is_written() => Verify.Rules("ER4006").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => Equinix(c, Bandwidth.Gbps(20)));
                    d.Circuit("er-lon", c => Equinix(c, Bandwidth.Gbps(2)));
            """,
            """
                private static CircuitBuilder Equinix(CircuitBuilder c, Bandwidth bandwidth) =>
                    c.{|#0:ServiceProvider|}("Equinix", "Amsterdam", bandwidth).Sku(CircuitTier.Standard, BillingModel.MeteredData);
            """),
        Provider(0, "20 Gbps"));

    [Fact]
    public Task A_port_declared_in_another_file_is_an_additional_location_there() => Verify.Rules("ER4006").AnalyzerAsync(
        [
            Verify.Design("""
                    var port = Ports.Amsterdam(d);
                    d.Circuit("er-direct", c => c.{|#0:ExpressRouteDirect|}(port, Bandwidth.Gbps(40)));
            """),
            """
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            static class Ports
            {
                public static DirectPortBuilder Amsterdam(DesignBuilder d) =>
                    d.{|#1:DirectPort|}("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q);
            }
            """,
        ],
        Direct(0, 1, "40 Gbps", "10 Gbps", TenGbpsOffers));

    [Fact]
    public Task Several_circuits_are_reported_each_on_its_own() => Verify.Rules("ER4006").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)));
                d.Circuit("er-lon", c => c.{|#0:ServiceProvider|}("Megaport", "London", Bandwidth.Mbps(750)));
                d.Circuit("er-fra", c => c.ServiceProvider("Equinix", "Frankfurt", Bandwidth.Mbps(200)));
                d.Circuit("er-par", c => c.{|#1:ServiceProvider|}("Equinix", "Paris", Bandwidth.Gbps(100)));
        """),
        Provider(0, "750 Mbps", circuit: "er-lon"),
        Provider(1, "100 Gbps", circuit: "er-par"));

    [Theory]
    [InlineData("a parameter", """
        // Add is called by code outside the designs of this file: its parameters are unknown here.
        """, """
            public static void Add(DesignBuilder d, Bandwidth bandwidth) =>
                d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", bandwidth));
        """)]
    [InlineData("a bandwidth read at run time", """
                d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Mbps(long.Parse(Environment.GetEnvironmentVariable("MBPS")!))));
        """, "")]
    [InlineData("a port from a parameter", """
                Add(d, d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(Environment.ProcessorCount), PortEncapsulation.Dot1Q));
        """, """
            private static void Add(DesignBuilder d, DirectPortBuilder port) =>
                d.Circuit("er-direct", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(40)));
        """)]
    public Task A_value_the_analyzer_cannot_know_keeps_the_rule_silent(string form, string body, string members) =>
        Verify.Rules("ER4006").AnalyzerAsync(Verify.Design($"        // {form}\n{body}", members));
}
