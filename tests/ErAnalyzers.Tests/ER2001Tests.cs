using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER2001 (a gateway or a site below the configured resiliency), as the analyzer reports it from DSL source.</summary>
public class ER2001Tests
{
    private const string MetroFix = "add a circuit at a second peering location, or make the circuit an ExpressRoute Metro circuit";
    private const string SecondLocationFix = "add a circuit at a second peering location";

    /// <summary>Reported on marker <paramref name="at"/>, with the circuits (markers <paramref name="also"/>) as additional locations.</summary>
    private static DiagnosticResult ER2001(int at, string kind, string name, string level, string minimum = "high", params int[] also)
    {
        var result = Verify.Diagnostic("ER2001").WithLocation(at);
        foreach (int marker in also)
        {
            result = result.WithLocation(marker);
        }

        return result.WithArguments(kind, name, level, minimum, minimum == "maximum" ? SecondLocationFix : MetroFix);
    }

    /// <summary>A provider circuit at <paramref name="location"/> with both private links, as a local <paramref name="local"/>.</summary>
    private static string Circuit(string local, string name, string location, string marker = "Circuit", string more = "") => $$"""
                var {{local}} = d.{{marker}}("{{name}}", c => c
                    .ServiceProvider("Equinix", "{{location}}", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData){{more}}
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));

        """;

    private const string OneCircuitGateway = """
                var er = d.{|#1:Circuit|}("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                d.{|#0:Gateway|}("gw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(er));
        """;

    private const string OneMetroCircuitGateway = """
                var er = d.{|#1:Circuit|}("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam Metro", Bandwidth.Gbps(1))
                    .Metro()
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                d.{|#0:Gateway|}("gw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(er));
        """;

    [Fact]
    public Task A_gateway_with_one_circuit_in_a_local_is_reported_on_the_gateway_with_the_circuit() => Verify.Rules("ER2001").AnalyzerAsync(
        Verify.Design(OneCircuitGateway),
        ER2001(0, "Gateway", "gw-weu", "standard", "high", 1)
            .WithMessage("Gateway 'gw-weu' reaches Azure with standard resiliency, below the configured minimum (high): add a circuit at a second peering location, or make the circuit an ExpressRoute Metro circuit"));

    [Fact]
    public Task A_metro_circuit_meets_the_default_minimum() => Verify.Rules("ER2001").AnalyzerAsync(Verify.Design(OneMetroCircuitGateway));

    [Fact]
    public Task Minimum_standard_in_editorconfig_accepts_one_circuit() => Verify.Rules("ER2001").AnalyzerWithEditorConfigAsync(
        Verify.Design(OneCircuitGateway), "er_analyzers.minimum_resiliency = standard\n");

    [Fact]
    public Task Minimum_high_in_editorconfig_reports_one_circuit() => Verify.Rules("ER2001").AnalyzerWithEditorConfigAsync(
        Verify.Design(OneCircuitGateway), "er_analyzers.minimum_resiliency = High\n",
        ER2001(0, "Gateway", "gw-weu", "standard", "high", 1));

    [Fact]
    public Task Minimum_maximum_in_editorconfig_reports_a_metro_circuit() => Verify.Rules("ER2001").AnalyzerWithEditorConfigAsync(
        Verify.Design(OneMetroCircuitGateway), "er_analyzers.minimum_resiliency = maximum\n",
        ER2001(0, "Gateway", "gw-weu", "high", "maximum", 1)
            .WithMessage("Gateway 'gw-weu' reaches Azure with high resiliency, below the configured minimum (maximum): add a circuit at a second peering location"));

    [Theory]
    [InlineData("highest")]
    [InlineData("")]
    [InlineData("2")]
    public Task An_invalid_minimum_in_editorconfig_keeps_the_default(string value) => Verify.Rules("ER2001").AnalyzerWithEditorConfigAsync(
        Verify.Design(OneCircuitGateway), $"er_analyzers.minimum_resiliency = {value}\n",
        ER2001(0, "Gateway", "gw-weu", "standard", "high", 1));

    [Fact]
    public Task Circuits_at_two_peering_locations_meet_the_maximum() => Verify.Rules("ER2001").AnalyzerWithEditorConfigAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "Amsterdam") + Circuit("ams2", "er-ams2", "Amsterdam2")
            + """
                    d.Gateway("gw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams).Connect(ams2));
            """),
        "er_analyzers.minimum_resiliency = maximum\n");

    [Fact]
    public Task Circuits_at_one_peering_location_are_left_to_ER2002() => Verify.Rules("ER2001").AnalyzerWithEditorConfigAsync(
        Verify.Design(
            Circuit("first", "er-1", "Amsterdam") + Circuit("second", "er-2", "Amsterdam")
            + """
                    d.Gateway("gw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(first).Connect(second));
            """),
        "er_analyzers.minimum_resiliency = maximum\n");

    [Fact]
    public Task Each_gateway_with_one_circuit_is_reported_and_the_site_with_both_is_not() => Verify.Rules("ER2001").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "Amsterdam", "{|#1:Circuit|}") + Circuit("lon", "er-lon", "London", "{|#3:Circuit|}")
            + """
                    d.{|#0:Gateway|}("gw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g.Connect(ams));
                    d.{|#2:Gateway|}("gw-uks", GatewaySku.ErGw1AZ, "uksouth", "hub-uks", g => g.Connect(lon).Connect(lon, c => c.Named("again")));
            """),
        ER2001(0, "Gateway", "gw-weu", "standard", "high", 1),
        ER2001(2, "Gateway", "gw-uks", "standard", "high", 3));

    [Fact]
    public Task Circuits_returned_by_helpers_and_gateways_built_in_helpers_are_followed() => Verify.Rules("ER2001").AnalyzerAsync(
        Verify.Design(
            """
                    var er = Amsterdam(d, ce1, ce2);
                    Hub(d, "gw-weu", er);
            """,
            """
                private static CircuitBuilder Amsterdam(DesignBuilder d, RouterBuilder first, RouterBuilder second) =>
                    d.{|#1:Circuit|}("er-ams", c => c
                        .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                        .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", first).Secondary("192.168.100.132/30", second)));

                private static void Hub(DesignBuilder d, string name, CircuitBuilder circuit) =>
                    d.{|#0:Gateway|}(name, GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(circuit));
            """),
        ER2001(0, "Gateway", "gw-weu", "standard", "high", 1));

    [Fact]
    public Task A_design_spread_over_methods_of_a_class_is_followed() => Verify.Rules("ER2001").AnalyzerAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        sealed class ContosoDesign
        {
            private const string Region = "westeurope";

            public NetworkDesign Create() => NetworkDesign.Create("contoso", d =>
            {
                var site = d.Site("dc", asn: 65010);
                var circuit = Amsterdam(d, site);
                Hub(d, circuit);
            });

            private CircuitBuilder Amsterdam(DesignBuilder d, SiteBuilder site)
            {
                var ce1 = site.Router("ams-ce1");
                var ce2 = site.Router("ams-ce2");
                return d.{|#1:Circuit|}("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
            }

            private void Hub(DesignBuilder d, CircuitBuilder circuit)
            {
                d.{|#0:Gateway|}("gw-weu", GatewaySku.ErGw1AZ, Region, "hub", g => g.Connect(circuit, c => c.RoutingWeight(10)));
            }
        }
        """,
        ER2001(0, "Gateway", "gw-weu", "standard", "high", 1));

    [Fact]
    public Task A_design_with_helpers_in_another_file_is_reported_at_the_call_that_leads_there() => Verify.Rules("ER2001").AnalyzerAsync(
        [
            Verify.Design("""
                    var er = Network.Amsterdam(d, ce1, ce2);
                    Network.{|#1:Hub|}(d, er);
            """),
            """
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            static class Network
            {
                public static CircuitBuilder Amsterdam(DesignBuilder d, RouterBuilder first, RouterBuilder second) =>
                    d.{|#2:Circuit|}("er-ams", c => c
                        .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                        .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", first).Secondary("192.168.100.132/30", second)));

                public static void Hub(DesignBuilder d, CircuitBuilder circuit) =>
                    d.{|#3:Gateway|}("gw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(circuit));
            }
            """,
        ],
        ER2001(1, "Gateway", "gw-weu", "standard", "high", 3, 2).InFile("Test1.cs", 13));

    [Fact]
    public Task A_site_reaching_azure_through_one_circuit_without_a_gateway_is_reported_on_the_site() => Verify.Rules("ER2001").AnalyzerAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Designs
        {
            static NetworkDesign Build() => NetworkDesign.Create("test", d =>
            {
                var site = d.{|#0:Site|}("amsterdam-dc", asn: 65010);
                var ce1 = site.Router("ce1");
                var ce2 = site.Router("ce2");
                d.{|#1:Circuit|}("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2)
                        .Ipv6(v6 => v6.Primary("2001:db8:100::/126", ce1).Secondary("2001:db8:100::4/126", ce2)))
                    .MicrosoftPeering(200, m => m.Primary("203.0.113.0/30", ce1).Secondary("203.0.113.4/30", ce2)));
            });
        }
        """,
        ER2001(0, "Site", "amsterdam-dc", "standard", "high", 1));

    [Fact]
    public Task A_single_circuit_at_a_location_from_a_parameter_may_be_at_a_metro_location_and_is_silent() => Verify.Rules("ER2001").AnalyzerAsync(
        Verify.Design(
            """
                    Add(d, ce1, ce2, System.Environment.MachineName);
            """,
            """
                private static void Add(DesignBuilder d, RouterBuilder first, RouterBuilder second, string location)
                {
                    var er = d.Circuit("er", c => c
                        .ServiceProvider("Equinix", location, Bandwidth.Gbps(1))
                        .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", first).Secondary("192.168.100.132/30", second)));
                    d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(er));
                }
            """));

    [Theory]
    [InlineData("a literal", "\"Amsterdam Metro\"", "")]
    [InlineData("a constant", "Location", "    private const string Location = \"Zurich Metro\";")]
    [InlineData("an interpolated constant", "$\"{City} Metro\"", "    private const string City = \"Singapore\";")]
    public Task A_circuit_at_a_metro_location_counts_as_metro_without_the_metro_call(string form, string location, string members) =>
        Verify.Rules("ER2001").AnalyzerAsync(Verify.Design(
            $$"""
                    // {{form}}
                    var er = d.Circuit("er-metro", c => c
                        .ServiceProvider("Equinix", {{location}}, Bandwidth.Gbps(1))
                        .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                    d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(er));
            """, members));

    [Theory]
    [InlineData("Metro() in the chain", """
                var er = d.{|#1:Circuit|}("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).Metro().Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                d.{|#0:Gateway|}("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(er));
        """)]
    [InlineData("a Metro() call inside an if", """
                var er = d.{|#1:Circuit|}("er-ams", c =>
                {
                    c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).Sku(CircuitTier.Standard, BillingModel.MeteredData);
                    c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2));
                    if (Environment.ProcessorCount > 1)
                    {
                        c.Metro();
                    }
                });
                d.{|#0:Gateway|}("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(er));
        """)]
    [InlineData("a circuit handed to a delegate chosen at run time", """
                Action<CircuitBuilder> more = Environment.ProcessorCount > 1 ? c => c.Metro() : c => c.Region("westeurope");
                var er = d.{|#1:Circuit|}("er-ams", c =>
                {
                    c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2));
                    more(c);
                });
                d.{|#0:Gateway|}("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(er));
        """)]
    public Task Metro_at_a_location_that_is_not_a_metro_location_is_still_standard(string form, string body) =>
        Verify.Rules("ER2001").AnalyzerAsync(Verify.Design($"        // {form}\n{body}"), ER2001(0, "Gateway", "gw", "standard", "high", 1));

    [Fact]
    public Task A_direct_circuit_alone_is_standard() => Verify.Rules("ER2001").AnalyzerAsync(
        Verify.Design("""
                var port = d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q);
                var er = d.{|#1:Circuit|}("er-direct", c => c
                    .ExpressRouteDirect(port, Bandwidth.Gbps(5))
                    .Sku(CircuitTier.Premium, BillingModel.UnlimitedData)
                    .PrivatePeering(300, p => p.Primary("10.255.0.0/30", ce1).Secondary("10.255.0.4/30", ce2)));
                d.{|#0:Gateway|}("gw-direct", GatewaySku.ErGw3AZ, "westeurope", "hub", g => g.Connect(er, c => c.FastPath()));
        """),
        ER2001(0, "Gateway", "gw-direct", "standard", "high", 1));

    [Theory]
    [InlineData("a second connection inside an if", """
                var ams = d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                var lon = d.Circuit("er-lon", c => c.ServiceProvider("Equinix", "London", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2)));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g =>
                {
                    g.Connect(ams);
                    if (Environment.ProcessorCount > 1)
                    {
                        g.Connect(lon);
                    }
                });
        """, "")]
    [InlineData("a circuit made by code the analyzer cannot follow", """
                var er = Make(d);
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(er));
        """, """
            private static CircuitBuilder Make(DesignBuilder d) => Environment.ProcessorCount > 1 ? d.Circuit("a", c => c.Metro()) : d.Circuit("b", c => c.Metro());
        """)]
    [InlineData("a circuit name from a parameter", """
                var lon = d.Circuit("er-lon", c => c.ServiceProvider("Equinix", "London", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2)));
                Add(d, Environment.MachineName, ce1, ce2);
        """, """
            private static void Add(DesignBuilder d, string name, RouterBuilder first, RouterBuilder second)
            {
                var er = d.Circuit(name, c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.100.128/30", first).Secondary("192.168.100.132/30", second)));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(er));
            }
        """)]
    public Task What_the_evaluator_cannot_see_keeps_the_rule_silent(string form, string body, string members) =>
        Verify.Rules("ER2001").AnalyzerAsync(Verify.Design($"        // {form}\n{body}", members));
}
