using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER4007 (a feature the circuit's SKU lacks: Global Reach on Local), as the analyzer reports it on the whole design.</summary>
public class ER4007Tests
{
    /// <summary>Reported on the Global Reach call (marker <paramref name="call"/>), with the circuit's SKU (marker <paramref name="sku"/>) as additional location.</summary>
    private static DiagnosticResult ER4007(int call, int sku, string circuit) =>
        Verify.Diagnostic("ER4007").WithLocation(call).WithLocation(sku).WithArguments(circuit, "Local", "Global Reach", "Standard or Premium");

    /// <summary>A circuit in local <c>erams</c> (for <c>er-ams</c>, ...); its <c>Sku</c> call carries marker <paramref name="skuMarker"/> when given.</summary>
    private static string Circuit(string name, string tier, string block, int? skuMarker = null) => $$"""
                var {{name.Replace("-", "")}} = d.Circuit("{{name}}", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .{{(skuMarker is int marker ? $"{{|#{marker}:Sku|}}" : "Sku")}}(CircuitTier.{{tier}}, BillingModel.UnlimitedData)
                    .PrivatePeering(100, p => p.Primary("{{block}}.128/30", ce1).Secondary("{{block}}.132/30", ce2)));
        """;

    [Fact]
    public Task Global_reach_from_a_local_circuit_is_reported_on_the_global_reach_call_with_the_sku_as_additional_location() => Verify.Rules("ER4007").AnalyzerAsync(
        Verify.Design(
            Circuit("er-ams", "Local", "192.168.100", skuMarker: 1) + "\n"
            + Circuit("er-lon", "Premium", "192.168.200") + """

                d.{|#0:GlobalReach|}(erams, erlon, "192.168.250.0/29");
        """),
        ER4007(0, 1, "er-ams")
            .WithMessage("Circuit 'er-ams' has the Local SKU, which does not offer Global Reach: use the Standard or Premium SKU"));

    [Fact]
    public Task A_local_peer_circuit_is_reported() => Verify.Rules("ER4007").AnalyzerAsync(
        Verify.Design(
            Circuit("er-ams", "Standard", "192.168.100") + "\n"
            + Circuit("er-lon", "Local", "192.168.200", skuMarker: 1) + """

                d.{|#0:GlobalReach|}(circuit: erams, peer: erlon, ipv4Subnet: "192.168.250.0/29", ipv6Subnet: "2001:db8:250::/125");
        """),
        ER4007(0, 1, "er-lon"));

    [Fact]
    public Task Two_local_ends_are_reported_once_each() => Verify.Rules("ER4007").AnalyzerAsync(
        Verify.Design(
            Circuit("er-ams", "Local", "192.168.100", skuMarker: 1) + "\n"
            + Circuit("er-lon", "Local", "192.168.200", skuMarker: 2) + """

                d.{|#0:GlobalReach|}(erams, erlon, "192.168.250.0/29");
        """),
        ER4007(0, 1, "er-ams"),
        ER4007(0, 2, "er-lon"));

    [Fact]
    public Task Standard_and_premium_circuits_are_silent_because_premium_within_a_region_is_uncertain() => Verify.Rules("ER4007").AnalyzerAsync(
        Verify.Design(
            Circuit("er-ams", "Standard", "192.168.100") + "\n"
            + Circuit("er-lon", "Standard", "192.168.200") + "\n"
            + Circuit("er-fra", "Premium", "192.168.210") + """

                d.GlobalReach(erams, erlon, "192.168.250.0/29");
                d.GlobalReach(erlon, erfra, "192.168.250.8/29");
        """));

    [Fact]
    public Task A_local_circuit_without_global_reach_is_silent() => Verify.Rules("ER4007").AnalyzerAsync(
        Verify.Design(
            Circuit("er-ams", "Local", "192.168.100") + "\n"
            + Circuit("er-lon", "Standard", "192.168.200") + "\n"
            + Circuit("er-fra", "Standard", "192.168.210") + """

                d.GlobalReach(erlon, erfra, "192.168.250.0/29");
        """));

    [Fact]
    public Task Every_global_reach_connection_of_a_local_circuit_is_reported() => Verify.Rules("ER4007").AnalyzerAsync(
        Verify.Design(
            Circuit("er-ams", "Local", "192.168.100", skuMarker: 2) + "\n"
            + Circuit("er-lon", "Premium", "192.168.200") + "\n"
            + Circuit("er-fra", "Premium", "192.168.210") + """

                d.{|#0:GlobalReach|}(erams, erlon, "192.168.250.0/29")
                 .{|#1:GlobalReach|}(erfra, erams, "192.168.250.8/29");
        """),
        ER4007(0, 2, "er-ams"),
        ER4007(1, 2, "er-ams"));

    [Fact]
    public Task Consts_and_locals_are_followed_and_the_last_sku_wins() => Verify.Rules("ER4007").AnalyzerAsync(
        Verify.Design(
            """
                    const CircuitTier Tier = CircuitTier.Local;
                    var billing = BillingModel.UnlimitedData;
                    var ams = d.Circuit($"er-{City}", c => c.{|#1:Sku|}(Tier, billing).PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1)));
                    var lon = d.Circuit("er-lon", c => c.Sku(Tier, billing).Sku(CircuitTier.Standard, billing).PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1)));
                    d.{|#0:GlobalReach|}(ams, lon, Subnet);
            """,
            """
                private const string City = "ams";
                private const string Subnet = "192.168.250.0/29";
            """),
        ER4007(0, 1, "er-ams"));

    [Fact]
    public Task A_design_split_across_methods_is_followed() => Verify.Rules("ER4007").AnalyzerAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        sealed class ContosoDesign
        {
            public NetworkDesign Create() => NetworkDesign.Create("contoso", d =>
            {
                var ce1 = d.Site("dc", asn: 65010).Router("ce1");
                var ams = Circuit(d, "er-ams", CircuitTier.Local, ce1, "192.168.100.128/30");
                var lon = Circuit(d, "er-lon", CircuitTier.Standard, ce1, "192.168.200.128/30");
                Connect(d, ams, lon);
            });

            private static CircuitBuilder Circuit(DesignBuilder d, string name, CircuitTier tier, RouterBuilder router, string subnet) =>
                d.Circuit(name, c => c.{|#1:Sku|}(tier, BillingModel.UnlimitedData).PrivatePeering(100, p => p.Primary(subnet, router)));

            private static void Connect(DesignBuilder d, CircuitBuilder a, CircuitBuilder b) =>
                d.{|#0:GlobalReach|}(a, b, "192.168.250.0/29");
        }
        """,
        ER4007(0, 1, "er-ams"));

    [Fact]
    public Task Global_reach_in_another_file_is_reported_at_the_call_with_the_real_place_as_additional_location() => Verify.Rules("ER4007").AnalyzerAsync(
        [
            Verify.Design(
                Circuit("er-ams", "Local", "192.168.100", skuMarker: 2) + "\n"
                + Circuit("er-lon", "Standard", "192.168.200") + """

                    Reach.{|#0:Connect|}(d, erams, erlon);
            """),
            """
            using ErAnalyzers.Dsl;

            static class Reach
            {
                public static void Connect(DesignBuilder d, CircuitBuilder a, CircuitBuilder b) =>
                    d.{|#1:GlobalReach|}(a, b, "192.168.250.0/29");
            }
            """,
        ],
        Verify.Diagnostic("ER4007").WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("er-ams", "Local", "Global Reach", "Standard or Premium").InFile("Test1.cs", 6));

    [Fact]
    public Task Each_design_of_a_file_is_checked_on_its_own() => Verify.Rules("ER4007").AnalyzerAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Designs
        {
            public static NetworkDesign Europe() => NetworkDesign.Create("europe", d =>
            {
                var ce1 = d.Site("dc", asn: 65010).Router("ce1");
                var ams = d.Circuit("er-ams", c => c.{|#1:Sku|}(CircuitTier.Local, BillingModel.UnlimitedData).PrivatePeering(100, p => p.Primary("10.0.1.0/30", ce1)));
                var lon = d.Circuit("er-lon", c => c.Sku(CircuitTier.Premium, BillingModel.UnlimitedData).PrivatePeering(100, p => p.Primary("10.0.2.0/30", ce1)));
                d.{|#0:GlobalReach|}(ams, lon, "192.168.250.0/29");
            });

            public static NetworkDesign Americas() => NetworkDesign.Create("americas", d =>
            {
                var ce1 = d.Site("dc", asn: 65020).Router("ce1");
                var nyc = d.Circuit("er-nyc", c => c.Sku(CircuitTier.Standard, BillingModel.UnlimitedData).PrivatePeering(100, p => p.Primary("10.1.1.0/30", ce1)));
                var chi = d.Circuit("er-chi", c => c.Sku(CircuitTier.Standard, BillingModel.UnlimitedData).PrivatePeering(100, p => p.Primary("10.1.2.0/30", ce1)));
                d.GlobalReach(nyc, chi, "192.168.250.0/29");
            });
        }
        """,
        ER4007(0, 1, "er-ams"));

    [Theory]
    [InlineData("a tier read at run time", """
                var ams = d.Circuit("er-ams", c => c.Sku(Enum.Parse<CircuitTier>("Local"), BillingModel.UnlimitedData).PrivatePeering(100, p => p.Primary("10.0.1.0/30", ce1)));
                var lon = d.Circuit("er-lon", c => c.Sku(CircuitTier.Standard, BillingModel.UnlimitedData).PrivatePeering(100, p => p.Primary("10.0.2.0/30", ce1)));
                d.GlobalReach(ams, lon, "192.168.250.0/29");
        """)]
    [InlineData("a circuit handed to code the analyzer does not follow", """
                var ams = d.Circuit("er-ams", c => c.Sku(CircuitTier.Local, BillingModel.UnlimitedData).PrivatePeering(100, p => p.Primary("10.0.1.0/30", ce1)));
                var lon = d.Circuit("er-lon", c => c.Sku(CircuitTier.Standard, BillingModel.UnlimitedData).PrivatePeering(100, p => p.Primary("10.0.2.0/30", ce1)));
                GC.KeepAlive(ams);
                d.GlobalReach(ams, lon, "192.168.250.0/29");
        """)]
    [InlineData("a circuit chosen at run time", """
                var ams = d.Circuit("er-ams", c => c.Sku(CircuitTier.Local, BillingModel.UnlimitedData).PrivatePeering(100, p => p.Primary("10.0.1.0/30", ce1)));
                var lon = d.Circuit("er-lon", c => c.Sku(CircuitTier.Standard, BillingModel.UnlimitedData).PrivatePeering(100, p => p.Primary("10.0.2.0/30", ce1)));
                var fra = d.Circuit("er-fra", c => c.Sku(CircuitTier.Standard, BillingModel.UnlimitedData).PrivatePeering(100, p => p.Primary("10.0.3.0/30", ce1)));
                d.GlobalReach(Environment.ProcessorCount > 1 ? ams : fra, lon, "192.168.250.0/29");
        """)]
    public Task A_tier_or_circuit_the_analyzer_cannot_know_keeps_the_rule_silent(string form, string body) =>
        Verify.Rules("ER4007").AnalyzerAsync(Verify.Design($"        // {form}\n{body}"));
}
