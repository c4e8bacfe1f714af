using System.Linq;
using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER4010 (more virtual network links on a circuit than it allows), as the analyzer reports it from DSL source.</summary>
public class ER4010Tests
{
    private const string StandardFix = "remove links, or set the Premium SKU (20 to 100 links by bandwidth)";

    private static string Circuit(string sku, string marker = "Circuit") => $$"""
                var er = d.{{marker}}("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam Metro", Bandwidth.Gbps(1))
                    .Sku({{sku}}, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));

        """;

    /// <summary>Gateways gw-1 to gw-<paramref name="count"/>, each connected to the circuit (marker i+1 on the i-th when marked).</summary>
    private static string Gateways(int count, bool marked) => string.Concat(Enumerable.Range(1, count).Select(i =>
        $"        d.Gateway(\"gw-{i}\", GatewaySku.ErGw1AZ, \"westeurope\", \"hub-{i}\", g => g.{(marked ? $"{{|#{i}:Connect|}}" : "Connect")}(er));\n"));

    private static DiagnosticResult ER4010(int links, string tier, string limit, string fix) =>
        Enumerable.Range(1, links).Aggregate(Verify.Diagnostic("ER4010").WithLocation(0), (result, i) => result.WithLocation(i))
            .WithArguments("er-ams", tier, "1 Gbps", links.ToString(), links.ToString(), "0", limit, fix);

    [Fact]
    public Task Eleven_gateway_connections_to_a_standard_circuit_are_one_too_many() => Verify.Rules("ER4010").AnalyzerAsync(
        Verify.Design(Circuit("CircuitTier.Standard", "{|#0:Circuit|}") + Gateways(11, marked: true)),
        ER4010(11, "Standard", "10", StandardFix)
            .WithMessage($"Circuit 'er-ams' (Standard, 1 Gbps) has 11 virtual network links (11 gateway connections and 0 Global Reach connections), more than the 10 it allows: {StandardFix}"));

    [Fact]
    public Task Global_reach_connections_count_and_a_helper_is_followed() => Verify.Rules("ER4010").AnalyzerAsync(
        Verify.Design(
            Circuit("CircuitTier.Standard", "{|#0:Circuit|}") + string.Concat(Enumerable.Range(1, 10).Select(i => $"        Hub(d, \"gw-{i}\", er);\n"))
            + """
                    var lon = d.Circuit("er-lon", c => c.ServiceProvider("Megaport", "London", Bandwidth.Gbps(1)).Sku(CircuitTier.Standard, BillingModel.MeteredData)
                        .PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2)));
                    d.{|#11:GlobalReach|}(er, lon, "192.168.250.0/29");
            """,
            """
                private static void Hub(DesignBuilder d, string name, CircuitBuilder circuit) =>
                    d.Gateway(name, GatewaySku.ErGw1AZ, "westeurope", "hub-" + name, g => g.{|#1:Connect|}(circuit));
            """),
        Enumerable.Range(0, 10).Aggregate(Verify.Diagnostic("ER4010").WithLocation(0), (result, _) => result.WithLocation(1)).WithLocation(11)
            .WithArguments("er-ams", "Standard", "1 Gbps", "11", "10", "1", "10", StandardFix));

    [Fact]
    public Task A_premium_circuit_of_1_gbps_takes_50_links() => Verify.Rules("ER4010").AnalyzerAsync(
        Verify.Design(Circuit("CircuitTier.Premium") + Gateways(50, marked: false)));

    [Theory]
    [InlineData("ten links", "CircuitTier.Standard", 10, "")]
    [InlineData("a tier chosen at run time", "Environment.ProcessorCount > 1 ? CircuitTier.Premium : CircuitTier.Standard", 11, "")]
    [InlineData("a gateway with a connection in an if", "CircuitTier.Standard", 11, """
                d.Gateway("gw-x", GatewaySku.ErGw1AZ, "westeurope", "hub-x", g =>
                {
                    if (Environment.ProcessorCount > 64)
                    {
                        g.Connect(er);
                    }
                });
        """)]
    [InlineData("a design handed to code the analyzer cannot follow", "CircuitTier.Standard", 11, """
                More?.Invoke(d);
        """)]
    public Task What_is_allowed_or_not_seen_whole_is_silent(string form, string tier, int gateways, string more) =>
        Verify.Rules("ER4010").AnalyzerAsync(Verify.Design(
            $"        // {form}\n" + Circuit(tier) + Gateways(gateways, marked: false) + more,
            "    private static Action<DesignBuilder>? More => null;"));
}
