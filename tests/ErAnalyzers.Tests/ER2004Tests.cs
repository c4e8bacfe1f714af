using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER2004 (a connection links a circuit to a gateway in a region the circuit's SKU does not reach), from DSL source.</summary>
public class ER2004Tests
{
    private const string EuropeOnly = "only the Azure regions of geopolitical region Europe";

    private const string SetPremium = "set the Premium SKU, which reaches every Azure region";

    /// <summary>Reported on marker <paramref name="at"/> (a Sku call), with the connection (marker <paramref name="connection"/>).</summary>
    private static DiagnosticResult ER2004(
        int at, int connection, string circuit, string tier, string location, string reach, string gateway, string region, string advice = SetPremium) =>
        Verify.Diagnostic("ER2004").WithLocation(at).WithLocation(connection).WithArguments(circuit, tier, location, reach, gateway, region, advice);

    /// <summary>A provider circuit at <paramref name="location"/> with the SKU <paramref name="tier"/>, as a local <paramref name="local"/>.</summary>
    private static string Circuit(string local, string name, string location, string tier, string skuMarker = "Sku") => $$"""
                var {{local}} = d.Circuit("{{name}}", c => c
                    .ServiceProvider("Equinix", {{location}}, Bandwidth.Gbps(1))
                    .{{skuMarker}}({{tier}}, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));

        """;

    private static string Gateway(string region, params string[] connections) =>
        $"        d.Gateway(\"gw\", GatewaySku.ErGw1AZ, {region}, \"hub\", g => g{string.Concat(connections)});\n";

    [Fact]
    public Task A_standard_circuit_linked_to_a_gateway_in_another_geopolitical_region_is_an_error() => Verify.Rules("ER2004").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "\"Amsterdam\"", "CircuitTier.Standard", "{|#0:Sku|}")
            + Gateway("\"eastus\"", ".{|#1:Connect|}(ams)")),
        ER2004(0, 1, "er-ams", "Standard", "Amsterdam", EuropeOnly, "gw", "eastus")
            .WithMessage("Circuit 'er-ams' (Standard at Amsterdam) reaches only the Azure regions of geopolitical region Europe, so gateway 'gw' in eastus cannot use it: set the Premium SKU, which reaches every Azure region"));

    [Fact]
    public Task A_standard_circuit_in_its_own_region_beside_a_premium_circuit_from_another_region_is_silent() => Verify.Rules("ER2004").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "\"Amsterdam\"", "CircuitTier.Standard")
            + Circuit("nyc", "er-nyc", "\"New York\"", "CircuitTier.Premium")
            + Gateway("\"westeurope\"", ".Connect(ams)", ".Connect(nyc)")));

    [Fact]
    public Task Only_the_circuit_that_cannot_reach_the_gateway_is_reported() => Verify.Rules("ER2004").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "\"Amsterdam\"", "CircuitTier.Standard")
            + Circuit("sg", "er-sg", "\"Singapore\"", "tier: ErAnalyzers.CircuitTier.Standard", "{|#0:Sku|}")
            + Gateway("\"West Europe\"", ".Connect(ams)", ".{|#1:Connect|}(sg)")),
        ER2004(0, 1, "er-sg", "Standard", "Singapore", "only the Azure regions of geopolitical region Asia", "gw", "West Europe"));

    [Fact]
    public Task A_local_circuit_reaches_only_the_regions_local_to_its_location_and_standard_reaches_its_geopolitical_region() => Verify.Rules("ER2004").AnalyzerAsync(
        Verify.Design(
            """
                    var region = "northeurope";
                    var local = d.Circuit("er-lon", c => c.ServiceProvider("Megaport", "London", Bandwidth.Gbps(1))
                        .{|#0:Sku|}(CircuitTier.Local, BillingModel.UnlimitedData)
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                    d.Gateway("gw", GatewaySku.ErGw1AZ, region, "hub", g => g.{|#1:Connect|}(local));
                    d.Gateway("gw-uk", GatewaySku.ErGw1AZ, "uksouth", "hub-uk", g => g.Connect(local));
            """),
        ER2004(0, 1, "er-lon", "Local", "London", "only uksouth", "gw", "northeurope",
            "set the Standard SKU (or Premium), which reaches every Azure region of geopolitical region Europe"));

    [Fact]
    public Task A_local_circuit_on_a_gateway_in_another_geopolitical_region_is_told_to_set_premium() => Verify.Rules("ER2004").AnalyzerAsync(
        Verify.Design(
            """
                    var local = d.Circuit("er-ams-local", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                        .{|#0:Sku|}(CircuitTier.Local, BillingModel.UnlimitedData)
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                    d.Gateway("gw", GatewaySku.ErGw1AZ, "eastus", "hub", g => g.{|#1:Connect|}(local));
            """),
        ER2004(0, 1, "er-ams-local", "Local", "Amsterdam", "only westeurope", "gw", "eastus"));

    [Fact]
    public Task A_local_circuit_built_in_a_helper_on_a_gateway_in_its_geopolitical_region_is_told_to_set_standard() => Verify.Rules("ER2004").AnalyzerAsync(
        Verify.Design(
            """
                    var local = AmsterdamLocal(d, ce1, ce2);
                    d.Gateway("gw", GatewaySku.ErGw1AZ, "North Europe", "hub", g => g.{|#1:Connect|}(local));
            """,
            """
                private static CircuitBuilder AmsterdamLocal(DesignBuilder d, RouterBuilder first, RouterBuilder second) =>
                    d.Circuit("er-ams-local", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                        .{|#0:Sku|}(CircuitTier.Local, BillingModel.UnlimitedData)
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", first).Secondary("192.168.100.132/30", second)));
            """),
        ER2004(0, 1, "er-ams-local", "Local", "Amsterdam", "only westeurope", "gw", "North Europe",
            "set the Standard SKU (or Premium), which reaches every Azure region of geopolitical region Europe")
            .WithMessage("Circuit 'er-ams-local' (Local at Amsterdam) reaches only westeurope, so gateway 'gw' in North Europe cannot use it: set the Standard SKU (or Premium), which reaches every Azure region of geopolitical region Europe"));

    [Fact]
    public Task Locations_and_regions_from_constants_are_followed() => Verify.Rules("ER2004").AnalyzerAsync(
        Verify.Design(
            Circuit("syd", "er-syd", "$\"{Oceania}2\"", "Tier", "{|#0:Sku|}")
            + Gateway("Region", ".{|#1:Connect|}(syd)"),
            """
                private const string Oceania = "Sydney";
                private const string Region = "japaneast";
                private const CircuitTier Tier = CircuitTier.Standard;
            """),
        ER2004(0, 1, "er-syd", "Standard", "Sydney2", "only the Azure regions of geopolitical region Oceania", "gw", "japaneast"));

    [Fact]
    public Task A_metro_location_is_in_the_region_of_its_city() => Verify.Rules("ER2004").AnalyzerAsync(
        Verify.Design(
            Circuit("zrh", "er-zrh", "\"Zurich Metro\"", "CircuitTier.Standard", "{|#0:Sku|}")
            + Circuit("ams", "er-ams", "\"Amsterdam Metro\"", "CircuitTier.Standard")
            + Gateway("\"southafricanorth\"", ".{|#1:Connect|}(zrh)")
            + "        d.Gateway(\"gw-weu\", GatewaySku.ErGw1AZ, \"switzerlandnorth\", \"hub-weu\", g => g.Connect(ams).Connect(zrh));\n"),
        ER2004(0, 1, "er-zrh", "Standard", "Zurich Metro", EuropeOnly, "gw", "southafricanorth"));

    [Fact]
    public Task A_direct_circuit_is_judged_by_its_ports_location_when_the_table_has_it() => Verify.Rules("ER2004").AnalyzerAsync(
        Verify.Design(
            """
                    var tokyo = d.DirectPort("erd-tokyo", "japaneast", "Tokyo", Bandwidth.Gbps(10), PortEncapsulation.QinQ);
                    var ams = d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.QinQ);
                    var direct = d.Circuit("er-tokyo", c => c.ExpressRouteDirect(tokyo, Bandwidth.Gbps(5)).{|#0:Sku|}(CircuitTier.Standard, BillingModel.UnlimitedData)
                        .PrivatePeering(300, p => p.Primary("10.255.0.0/30", ce1).Secondary("10.255.0.4/30", ce2)));
                    var unknown = d.Circuit("er-ams-direct", c => c.ExpressRouteDirect(ams, Bandwidth.Gbps(5)).Sku(CircuitTier.Standard, BillingModel.UnlimitedData)
                        .PrivatePeering(300, p => p.Primary("10.255.1.0/30", ce1).Secondary("10.255.1.4/30", ce2)));
                    d.Gateway("gw", GatewaySku.ErGw1AZ, "eastus", "hub", g => g.{|#1:Connect|}(direct).Connect(unknown));
            """),
        ER2004(0, 1, "er-tokyo", "Standard", "Tokyo", "only the Azure regions of geopolitical region Japan", "gw", "eastus"));

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
                Hub(d, "gw-weu", "westeurope", ams, jhb);
                Hub(d, "gw-eus", "eastus", jhb, ams);
            });

            private CircuitBuilder StandardCircuit(DesignBuilder d, SiteBuilder site)
            {
                var ce1 = site.Router("jhb-ce1");
                var ce2 = site.Router("jhb-ce2");
                return d.Circuit("er-jhb", c => c
                    .ServiceProvider("Teraco", "Johannesburg", Bandwidth.Gbps(1))
                    .{|#0:Sku|}(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
            }

            private CircuitBuilder Circuit(DesignBuilder d, SiteBuilder site, string name, string location, CircuitTier tier)
            {
                var ce1 = site.Router($"{name}-ce1");
                var ce2 = site.Router($"{name}-ce2");
                return d.Circuit(name, c => c
                    .ServiceProvider("Equinix", location, Bandwidth.Gbps(1))
                    .Sku(tier, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2)));
            }

            private static void Hub(DesignBuilder d, string name, string region, CircuitBuilder first, CircuitBuilder second) =>
                d.Gateway(name, GatewaySku.ErGw1AZ, region, "hub-" + name, g => g.Connect(first).{|#1:Connect|}(second));
        }
        """,
        ER2004(0, 1, "er-jhb", "Standard", "Johannesburg", "only the Azure regions of geopolitical region South Africa", "gw-weu", "westeurope"));

    [Fact]
    public Task A_sku_in_another_file_is_reported_at_the_call_that_leads_there() => Verify.Rules("ER2004").AnalyzerAsync(
        [
            Verify.Design(
                """
                        var mumbai = Circuits.{|#0:Mumbai|}(d, ce1, ce2);
                """
                + Gateway("\"westeurope\"", ".{|#2:Connect|}(mumbai)")),
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
            .WithArguments("er-mumbai", "Standard", "Mumbai", "only the Azure regions of geopolitical region India", "gw", "westeurope", SetPremium).InFile("Test1.cs", 9));

    [Theory]
    [InlineData("a location from a method result", """
                var other = d.Circuit("er-other", c => c.ServiceProvider("Equinix", Environment.GetEnvironmentVariable("LOCATION")!, Bandwidth.Gbps(1)).Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2)));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "eastus", "hub", g => g.Connect(other));
        """)]
    [InlineData("a region from the environment", """
                var ams = d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                d.Gateway("gw", GatewaySku.ErGw1AZ, Environment.GetEnvironmentVariable("REGION")!, "hub", g => g.Connect(ams));
        """)]
    [InlineData("a tier chosen at run time", """
                var ams = d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(Environment.ProcessorCount > 1 ? CircuitTier.Premium : CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "eastus", "hub", g => g.Connect(ams));
        """)]
    [InlineData("a location missing from Microsoft's table", """
                var other = d.Circuit("er-other", c => c.ServiceProvider("Equinix", "Atlantis", Bandwidth.Gbps(1)).Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2)));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "eastus", "hub", g => g.Connect(other));
        """)]
    [InlineData("a region missing from Microsoft's table", """
                var ams = d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "spaincentral", "hub", g => g.Connect(ams));
        """)]
    [InlineData("a circuit handed to code that may set another SKU", """
                var ams = d.Circuit("er-ams", c =>
                {
                    c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).Sku(CircuitTier.Standard, BillingModel.MeteredData)
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2));
                    Upgrade?.Invoke(c);
                });
                d.Gateway("gw", GatewaySku.ErGw1AZ, "eastus", "hub", g => g.Connect(ams));
        """)]
    [InlineData("circuits that no gateway connects", """
                d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "eastus", "hub");
        """)]
    public Task What_the_rule_cannot_know_keeps_it_silent(string form, string body) =>
        Verify.Rules("ER2004").AnalyzerAsync(Verify.Design($"        // {form}\n{body}", "    private static Action<CircuitBuilder>? Upgrade => null;"));
}
