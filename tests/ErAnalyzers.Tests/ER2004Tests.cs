using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER2004 (circuits in different geopolitical regions back each other up without Premium), from DSL source.</summary>
public class ER2004Tests
{
    /// <summary>Reported on marker <paramref name="at"/> (a Sku call), with the other circuit (marker <paramref name="other"/>).</summary>
    private static DiagnosticResult ER2004(int at, int other, string circuit, string location, string region, string otherCircuit, string otherLocation, string otherRegion, string tier, string gateway = "gw") =>
        Verify.Diagnostic("ER2004").WithLocation(at).WithLocation(other)
            .WithArguments(circuit, location, region, otherCircuit, otherLocation, otherRegion, gateway, tier);

    /// <summary>A provider circuit at <paramref name="location"/> with the SKU <paramref name="sku"/>, as a local <paramref name="local"/>.</summary>
    private static string Circuit(string local, string name, string location, string sku, string circuitMarker = "Circuit", string skuMarker = "Sku") => $$"""
                var {{local}} = d.{{circuitMarker}}("{{name}}", c => c
                    .ServiceProvider("Equinix", {{location}}, Bandwidth.Gbps(1))
                    .{{skuMarker}}({{sku}}, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));

        """;

    private static string Gateway(params string[] circuits) =>
        $"        d.Gateway(\"gw\", GatewaySku.ErGw1AZ, \"westeurope\", \"hub\", g => g{string.Concat(System.Array.ConvertAll(circuits, c => $".Connect({c})"))});\n";

    [Fact]
    public Task Two_standard_circuits_across_regions_are_each_reported_on_their_sku() => Verify.Rules("ER2004").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "\"Amsterdam\"", "CircuitTier.Standard", "{|#1:Circuit|}", "{|#0:Sku|}")
            + Circuit("nyc", "er-nyc", "\"New York\"", "CircuitTier.Standard", "{|#3:Circuit|}", "{|#2:Sku|}")
            + Gateway("ams", "nyc")),
        ER2004(0, 3, "er-ams", "Amsterdam", "Europe", "er-nyc", "New York", "North America", "Standard")
            .WithMessage("Circuit 'er-ams' at Amsterdam (Europe) and circuit 'er-nyc' at New York (North America) back each other up on gateway 'gw' across geopolitical regions, but 'er-ams' is Standard: set the Premium SKU on both circuits"),
        ER2004(2, 1, "er-nyc", "New York", "North America", "er-ams", "Amsterdam", "Europe", "Standard"));

    [Theory]
    [InlineData("CircuitTier.Standard", "Standard")]
    [InlineData("CircuitTier.Local", "Local")]
    [InlineData("tier: ErAnalyzers.CircuitTier.Standard", "Standard")]
    public Task Only_the_circuit_that_is_not_premium_is_reported(string tier, string name) => Verify.Rules("ER2004").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "\"Amsterdam\"", "CircuitTier.Premium", "{|#1:Circuit|}")
            + Circuit("sg", "er-sg", "\"Singapore\"", tier, skuMarker: "{|#0:Sku|}")
            + Gateway("ams", "sg")),
        ER2004(0, 1, "er-sg", "Singapore", "Asia", "er-ams", "Amsterdam", "Europe", name));

    [Fact]
    public Task Two_premium_circuits_across_regions_are_silent() => Verify.Rules("ER2004").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "\"Amsterdam\"", "CircuitTier.Premium") + Circuit("tokyo", "er-tokyo", "\"Tokyo\"", "CircuitTier.Premium")
            + Gateway("ams", "tokyo")));

    [Fact]
    public Task Standard_circuits_in_one_region_are_silent() => Verify.Rules("ER2004").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "\"Amsterdam\"", "CircuitTier.Standard") + Circuit("lon", "er-lon", "\"London2\"", "CircuitTier.Standard")
            + Circuit("zrh", "er-zrh", "\"ZURICH\"", "CircuitTier.Local")
            + Gateway("ams", "lon", "zrh")));

    [Fact]
    public Task Locations_from_constants_are_followed() => Verify.Rules("ER2004").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "Europe", "CircuitTier.Premium", "{|#1:Circuit|}")
            + Circuit("syd", "er-syd", "$\"{Oceania}2\"", "Tier", skuMarker: "{|#0:Sku|}")
            + Gateway("ams", "syd"),
            """
                private const string Europe = "Frankfurt";
                private const string Oceania = "Sydney";
                private const CircuitTier Tier = CircuitTier.Standard;
            """),
        ER2004(0, 1, "er-syd", "Sydney2", "Oceania", "er-ams", "Frankfurt", "Europe", "Standard"));

    [Fact]
    public Task A_direct_circuit_is_judged_by_its_ports_location_when_the_table_has_it() => Verify.Rules("ER2004").AnalyzerAsync(
        Verify.Design(
            """
                    var tokyo = d.DirectPort("erd-tokyo", "japaneast", "Tokyo", Bandwidth.Gbps(10), PortEncapsulation.QinQ);
                    var ams = d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.QinQ);
                    var direct = d.{|#1:Circuit|}("er-tokyo", c => c.ExpressRouteDirect(tokyo, Bandwidth.Gbps(5)).{|#0:Sku|}(CircuitTier.Standard, BillingModel.UnlimitedData)
                        .PrivatePeering(300, p => p.Primary("10.255.0.0/30", ce1).Secondary("10.255.0.4/30", ce2)));
                    var unknown = d.Circuit("er-ams-direct", c => c.ExpressRouteDirect(ams, Bandwidth.Gbps(5)).Sku(CircuitTier.Standard, BillingModel.UnlimitedData)
                        .PrivatePeering(300, p => p.Primary("10.255.1.0/30", ce1).Secondary("10.255.1.4/30", ce2)));

            """
            + Circuit("lon", "er-lon", "\"London\"", "CircuitTier.Premium", "{|#2:Circuit|}")
            + Gateway("direct", "unknown", "lon")),
        ER2004(0, 2, "er-tokyo", "Tokyo", "Japan", "er-lon", "London", "Europe", "Standard"));

    [Fact]
    public Task A_tier_from_a_parameter_is_not_reported_but_the_other_circuit_is() => Verify.Rules("ER2004").AnalyzerAsync(
        Verify.Design(
            """
                    Add(d, ce1, ce2, Environment.ProcessorCount > 1 ? CircuitTier.Premium : CircuitTier.Standard);
            """,
            """
                private static void Add(DesignBuilder d, RouterBuilder first, RouterBuilder second, CircuitTier tier)
                {
                    var ams = d.{|#1:Circuit|}("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).Sku(tier, BillingModel.MeteredData)
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", first).Secondary("192.168.100.132/30", second)));
                    var seattle = d.Circuit("er-sea", c => c.ServiceProvider("Equinix", "Seattle", Bandwidth.Gbps(1)).{|#0:Sku|}(CircuitTier.Standard, BillingModel.MeteredData)
                        .PrivatePeering(100, p => p.Primary("192.168.200.128/30", first).Secondary("192.168.200.132/30", second)));
                    d.Gateway("gw", GatewaySku.ErGw1AZ, "westus2", "hub", g => g.Connect(seattle).Connect(ams));
                }
            """),
        ER2004(0, 1, "er-sea", "Seattle", "North America", "er-ams", "Amsterdam", "Europe", "Standard"));

    [Fact]
    public Task A_circuit_handed_to_code_that_may_set_another_sku_is_not_reported() => Verify.Rules("ER2004").AnalyzerAsync(
        Verify.Design(
            """
                    var ams = d.{|#1:Circuit|}("er-ams", c =>
                    {
                        c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).Sku(CircuitTier.Standard, BillingModel.MeteredData)
                            .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2));
                        Upgrades.Apply(c);
                    });

            """
            + Circuit("toronto", "er-toronto", "\"Toronto\"", "CircuitTier.Standard", skuMarker: "{|#0:Sku|}")
            + Gateway("ams", "toronto"),
            """
                private abstract class Upgrades
                {
                    public static void Apply(CircuitBuilder circuit) => Next?.Invoke(circuit);

                    private static Action<CircuitBuilder>? Next => null;
                }
            """),
        ER2004(0, 1, "er-toronto", "Toronto", "North America", "er-ams", "Amsterdam", "Europe", "Standard"));

    [Fact]
    public Task A_circuit_without_a_sku_call_is_not_reported() => Verify.Rules("ER2004").AnalyzerAsync(
        Verify.Design(
            """
                    var ams = d.{|#1:Circuit|}("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));

            """
            + Circuit("dubai", "er-dubai", "\"Dubai\"", "CircuitTier.Standard", skuMarker: "{|#0:Sku|}")
            + Gateway("ams", "dubai")),
        ER2004(0, 1, "er-dubai", "Dubai", "UAE", "er-ams", "Amsterdam", "Europe", "Standard"));

    [Fact]
    public Task A_design_spread_over_methods_of_a_class_is_followed_and_a_circuit_on_two_gateways_is_reported_once() => Verify.Rules("ER2004").AnalyzerAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        sealed class ContosoDesign
        {
            public NetworkDesign Create() => NetworkDesign.Create("contoso", d =>
            {
                var site = d.Site("dc", asn: 65010);
                var ams = Circuit(d, site, "er-ams", "Amsterdam", CircuitTier.Premium);
                var jhb = StandardCircuit(d, site);
                Hub(d, "gw-weu", ams, jhb);
                Hub(d, "gw-san", jhb, ams);
            });

            private CircuitBuilder StandardCircuit(DesignBuilder d, SiteBuilder site)
            {
                var ce1 = site.Router("jhb-ce1");
                var ce2 = site.Router("jhb-ce2");
                return d.{|#1:Circuit|}("er-jhb", c => c
                    .ServiceProvider("Teraco", "Johannesburg", Bandwidth.Gbps(1))
                    .{|#0:Sku|}(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
            }

            private CircuitBuilder Circuit(DesignBuilder d, SiteBuilder site, string name, string location, CircuitTier tier)
            {
                var ce1 = site.Router($"{name}-ce1");
                var ce2 = site.Router($"{name}-ce2");
                return d.{|#2:Circuit|}(name, c => c
                    .ServiceProvider("Equinix", location, Bandwidth.Gbps(1))
                    .Sku(tier, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2)));
            }

            private static void Hub(DesignBuilder d, string name, CircuitBuilder first, CircuitBuilder second) =>
                d.Gateway(name, GatewaySku.ErGw1AZ, "westeurope", "hub-" + name, g => g.Connect(first).Connect(second));
        }
        """,
        ER2004(0, 2, "er-jhb", "Johannesburg", "South Africa", "er-ams", "Amsterdam", "Europe", "Standard", "gw-weu"));

    [Fact]
    public Task A_sku_in_another_file_is_reported_at_the_call_that_leads_there() => Verify.Rules("ER2004").AnalyzerAsync(
        [
            Verify.Design(
                Circuit("ams", "er-ams", "\"Amsterdam\"", "CircuitTier.Premium", "{|#2:Circuit|}")
                + """
                        var mumbai = Circuits.{|#0:Mumbai|}(d, ce1, ce2);
                """
                + Gateway("ams", "mumbai")),
            """
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            static class Circuits
            {
                public static CircuitBuilder Mumbai(DesignBuilder d, RouterBuilder first, RouterBuilder second) =>
                    d.Circuit("er-mumbai", c => c
                        .ServiceProvider("Tata Communications", "Mumbai", Bandwidth.Gbps(1))
                        .{|#1:Sku|}(CircuitTier.Standard, BillingModel.MeteredData)
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", first).Secondary("192.168.100.132/30", second)));
            }
            """,
        ],
        Verify.Diagnostic("ER2004").WithLocation(0).WithLocation(1).WithLocation(2)
            .WithArguments("er-mumbai", "Mumbai", "India", "er-ams", "Amsterdam", "Europe", "gw", "Standard"));

    [Theory]
    [InlineData("a location from a method result", """
                var ams = d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                var other = d.Circuit("er-other", c => c.ServiceProvider("Equinix", Environment.GetEnvironmentVariable("LOCATION")!, Bandwidth.Gbps(1)).Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2)));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams).Connect(other));
        """)]
    [InlineData("a location missing from Microsoft's table", """
                var ams = d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                var other = d.Circuit("er-other", c => c.ServiceProvider("Equinix", "Atlantis", Bandwidth.Gbps(1)).Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2)));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams).Connect(other));
        """)]
    [InlineData("a gateway with a connection in an if", """
                var ams = d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                var nyc = d.Circuit("er-nyc", c => c.ServiceProvider("Equinix", "New York", Bandwidth.Gbps(1)).Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2)));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g =>
                {
                    g.Connect(ams).Connect(nyc);
                    if (Environment.ProcessorCount > 64)
                    {
                        g.Connect(ams, c => c.Named("again"));
                    }
                });
        """)]
    [InlineData("circuits that no gateway connects", """
                d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                d.Circuit("er-nyc", c => c.ServiceProvider("Equinix", "New York", Bandwidth.Gbps(1)).Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2)));
        """)]
    public Task What_the_rule_cannot_know_keeps_it_silent(string form, string body) =>
        Verify.Rules("ER2004").AnalyzerAsync(Verify.Design($"        // {form}\n{body}"));
}
