using System.Linq;
using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;

namespace ErAnalyzers.Tests;

/// <summary>
/// ER3004 (a gateway learns more routes than its SKU holds, or advertises more prefixes than a connection carries), as
/// the analyzer reports it from DSL source. The rule needs the circuits, so it is checked at <c>NetworkDesign.Create</c>.
/// </summary>
public class ER3004Tests
{
    private const string SummarizeAddressSpace = "summarize the address space (advertised gateway prefixes, summarizedGatewayPrefixes) or use fewer prefixes";

    // `count` statements `{receiver}.{method}("10.x.y.0/24");`, one /24 of 10.0.0.0/8 each, from the `first`th on.
    private static string Calls(string receiver, string method, int count, int first = 0) =>
        string.Concat(Enumerable.Range(first, count).Select(i => $"            {receiver}.{method}(\"10.{i / 256}.{i % 256}.0/24\");\n"));

    private static string Circuit(string local, string name) => $$"""
                var {{local}} = d.Circuit("{{name}}", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));

        """;

    // A design whose gateway adds 1,000 /24s to its address space, then the statement `last`, and connects a circuit.
    private static string ThousandAndOne(string gateway, string last) => Verify.Design(
        Circuit("ams", "er-ams")
        + $"        d.{gateway}(\"ergw-weu\", GatewaySku.ErGw1AZ, \"westeurope\", \"hub-weu\", g =>\n        {{\n"
        + Calls("g", "AddressSpace", 1000)
        + $"            {last};\n"
        + "            g.Connect(ams);\n        });\n");

    [Fact]
    public Task An_address_space_above_1000_ipv4_prefixes_is_reported_on_the_prefix_that_goes_over() => Verify.Rules("ER3004").AnalyzerAsync(
        ThousandAndOne("{|#1:Gateway|}", "g.{|#0:AddressSpace|}(\"10.3.232.0/24\")"),
        Verify.Diagnostic("ER3004").WithLocation(0).WithLocation(1).WithArguments("ergw-weu",
            "advertises its virtual network's address space on each connection, and prefix 10.3.232.0/24 is IPv4 prefix 1001, more than the 1000 a connection carries, so the connection disconnects",
            SummarizeAddressSpace));

    [Fact]
    public Task An_address_space_from_constants_and_locals_within_the_limit_is_silent() => Verify.Rules("ER3004").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams")
            + """
                    var spoke = $"{Hub}.1.0.0/16";
                    d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g
                        .AddressSpace(Hub + ".0.0.0/16")
                        .AddressSpace(spoke)
                        .Connect(ams));
            """,
            """
                private const string Hub = "10";
            """));

    [Fact]
    public Task Routes_learned_above_the_sku_limit_from_a_helper_in_another_file_are_reported_on_the_gateway() => Verify.Rules("ER3004").AnalyzerAsync(
        [
            Verify.Design("""
                    var ams = Circuits.Amsterdam(d, ce1, ce2);
                    d.{|#0:Gateway|}("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g.Connect(ams));
            """),
            $$"""
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            static class Circuits
            {
                public static CircuitBuilder Amsterdam(DesignBuilder d, RouterBuilder first, RouterBuilder second) =>
                    d.Circuit("er-ams", c => c
                        .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", first, OnPremises).Secondary("192.168.100.132/30", second, OnPremises)));

                private static void OnPremises(LinkBuilder link)
                {
            {{Calls("    link", "Advertise", 4001)}}
                }
            }
            """,
        ],
        Verify.Diagnostic("ER3004").WithLocation(0).WithArguments("ergw-weu",
            "learns 4001 routes from the private peerings of its circuits, more than the 4000 that ErGw1AZ holds",
            "advertise fewer, summarized prefixes from on-premises, or use a larger SKU"));

    [Fact]
    public Task Routes_within_the_limit_of_a_larger_sku_are_silent() => Verify.Rules("ER3004").AnalyzerAsync(
        Verify.Design(
            """
                    var ams = d.Circuit("er-ams", c => c
                        .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1, OnPremises).Secondary("192.168.100.132/30", ce2, OnPremises)));
                    d.Gateway("ergw-weu", GatewaySku.ErGw2AZ, "westeurope", "hub-weu", g => g.Connect(ams));
            """,
            $$"""
                private static void OnPremises(LinkBuilder link)
                {
            {{Calls("    link", "Advertise", 4001)}}
                }
            """));

    [Theory]
    [InlineData("prefixes added in a loop", """
                d.Gateway("ergw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g =>
                {
                    for (int i = 0; i < 1001; i++)
                    {
                        g.AddressSpace($"10.{i / 256}.{i % 256}.0/24");
                    }

                    g.Connect(ams);
                });
        """)]
    public Task What_the_evaluator_cannot_see_keeps_the_rule_silent(string form, string gateway) =>
        Verify.Rules("ER3004").AnalyzerAsync(Verify.Design($"        // {form}\n" + Circuit("ams", "er-ams") + gateway));

    [Fact]
    public Task A_prefix_not_known_at_compile_time_is_not_counted() => Verify.Rules("ER3004").AnalyzerAsync(
        ThousandAndOne("Gateway", "g.AddressSpace(Environment.GetEnvironmentVariable(\"SPOKE_PREFIX\"))"));
}
