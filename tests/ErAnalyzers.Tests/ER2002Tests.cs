using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER2002 (circuits that back each other up share one peering location), as the analyzer reports it from DSL source.</summary>
public class ER2002Tests
{
    /// <summary>Reported on marker <paramref name="at"/>, with markers <paramref name="also"/> (the circuits) as additional locations.</summary>
    private static DiagnosticResult ER2002(int at, string kind, string name, string circuits, string location, params int[] also) =>
        Located(at, also).WithArguments(kind, name, circuits, $"all at peering location '{location}'", "the loss of that location", "another peering location");

    /// <summary>Reported as <see cref="ER2002(int, string, string, string, string, int[])"/>, saying the circuits share the metro of <paramref name="city"/>.</summary>
    private static DiagnosticResult ER2002InMetro(int at, string kind, string name, string circuits, string city, params int[] also) =>
        Located(at, also).WithArguments(kind, name, circuits, $"all in the {city} metro ({city} Metro uses {city} and {city}2)", "an outage of the metro",
            "a peering location in another metro");

    private static DiagnosticResult Located(int at, int[] also)
    {
        var result = Verify.Diagnostic("ER2002").WithLocation(at);
        foreach (int marker in also)
        {
            result = result.WithLocation(marker);
        }

        return result;
    }

    /// <summary>A provider circuit at <paramref name="location"/> with both private links, as a local <paramref name="local"/>.</summary>
    private static string Circuit(string local, string name, string location, string marker = "Circuit") => $$"""
                var {{local}} = d.{{marker}}("{{name}}", c => c
                    .ServiceProvider("Equinix", {{location}}, Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));

        """;

    [Fact]
    public Task Two_circuits_at_one_location_are_reported_on_the_gateway_with_both_circuits() => Verify.Rules("ER2002").AnalyzerAsync(
        Verify.Design(
            Circuit("first", "er-ams-1", "\"Amsterdam\"", "{|#1:Circuit|}") + Circuit("second", "er-ams-2", "\"Amsterdam\"", "{|#2:Circuit|}")
            + """
                    d.{|#0:Gateway|}("gw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(first).Connect(second));
            """),
        ER2002(0, "Gateway", "gw-weu", "2", "Amsterdam", 1, 2)
            .WithMessage("Gateway 'gw-weu' has 2 circuits, all at peering location 'Amsterdam', so the loss of that location cuts them all: move a circuit to another peering location"));

    [Fact]
    public Task Circuits_made_by_a_loop_over_a_table_are_checked_together() => Verify.Rules("ER2002").AnalyzerAsync(
        Verify.Design("""
                (string Name, string Location)[] circuits = [("er-ams-1", "Amsterdam"), ("er-ams-2", "Amsterdam")];
                d.{|#0:Gateway|}("gw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub", g =>
                {
                    foreach (var (name, location) in circuits)
                    {
                        g.Connect(d.{|#1:Circuit|}(name, c => c
                            .ServiceProvider("Equinix", location, Bandwidth.Gbps(1))
                            .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                            .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2))));
                    }
                });
        """),
        ER2002(0, "Gateway", "gw-weu", "2", "Amsterdam", 1, 1));

    [Fact]
    public Task The_same_table_with_two_locations_is_silent() => Verify.Rules("ER2002").AnalyzerAsync(
        Verify.Design("""
                (string Name, string Location)[] circuits = [("er-ams", "Amsterdam"), ("er-lon", "London")];
                d.Gateway("gw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub", g =>
                {
                    foreach (var (name, location) in circuits)
                    {
                        g.Connect(d.Circuit(name, c => c
                            .ServiceProvider("Equinix", location, Bandwidth.Gbps(1))
                            .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                            .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2))));
                    }
                });
        """));

    [Fact]
    public Task Locations_compare_without_case() => Verify.Rules("ER2002").AnalyzerAsync(
        Verify.Design(
            Circuit("first", "er-1", "\"Silicon Valley\"", "{|#1:Circuit|}") + Circuit("second", "er-2", "\"SILICON VALLEY\"", "{|#2:Circuit|}")
            + Circuit("third", "er-3", "\"silicon valley\"", "{|#3:Circuit|}")
            + """
                    d.{|#0:Gateway|}("gw", GatewaySku.ErGw2AZ, "westus", "hub", g =>
                    {
                        g.Connect(first);
                        g.Connect(second);
                        g.Connect(third);
                    });
            """),
        ER2002(0, "Gateway", "gw", "3", "Silicon Valley", 1, 2, 3));

    [Theory]
    [InlineData("\"Amsterdam\"")]
    [InlineData("\"amsterdam2\"")]
    public Task A_circuit_at_a_metro_location_and_one_at_a_location_of_its_city_share_the_metro_as_information(string other) => Verify.Rules("ER2002").AnalyzerAsync(
        Verify.Design(
            Circuit("metro", "er-metro", "\"Amsterdam Metro\"", "{|#1:Circuit|}") + Circuit("second", "er-2", other, "{|#2:Circuit|}")
            + """
                    d.{|#0:Gateway|}("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(metro).Connect(second));
            """),
        ER2002InMetro(0, "Gateway", "gw", "2", "Amsterdam", 1, 2).WithSeverity(DiagnosticSeverity.Info)
            .WithMessage("Gateway 'gw' has 2 circuits, all in the Amsterdam metro (Amsterdam Metro uses Amsterdam and Amsterdam2), so an outage of the metro cuts them all: move a circuit to a peering location in another metro"));

    [Fact]
    public Task Two_circuits_at_one_metro_location_are_said_to_share_the_metro() => Verify.Rules("ER2002").AnalyzerAsync(
        Verify.Design(
            Circuit("first", "er-metro-1", "\"Singapore Metro\"", "{|#1:Circuit|}") + Circuit("second", "er-metro-2", "\"Singapore Metro\"", "{|#2:Circuit|}")
            + """
                    d.{|#0:Gateway|}("gw", GatewaySku.ErGw1AZ, "southeastasia", "hub", g => g.Connect(first).Connect(second));
            """),
        ER2002InMetro(0, "Gateway", "gw", "2", "Singapore", 1, 2));

    [Fact]
    public Task A_metro_circuit_and_a_circuit_at_another_city_are_silent() => Verify.Rules("ER2002").AnalyzerAsync(
        Verify.Design(
            Circuit("metro", "er-metro", "\"Amsterdam Metro\"") + Circuit("second", "er-2", "\"Amsterdam3\"")
            + """
                    d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(metro).Connect(second));
            """));

    [Fact]
    public Task Amsterdam_and_Amsterdam2_are_two_locations() => Verify.Rules("ER2002").AnalyzerAsync(
        Verify.Design(
            Circuit("first", "er-1", "\"Amsterdam\"") + Circuit("second", "er-2", "\"Amsterdam2\"")
            + """
                    d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(first).Connect(second));
            """));

    [Fact]
    public Task Locations_from_constants_and_interpolations_are_followed() => Verify.Rules("ER2002").AnalyzerAsync(
        Verify.Design(
            Circuit("first", "er-1", "City", "{|#1:Circuit|}") + Circuit("second", "er-2", "$\"{City}\"", "{|#2:Circuit|}")
            + """
                    d.{|#0:Gateway|}("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(first).Connect(second));
            """,
            """
                private const string City = "Amster" + "dam";
            """),
        ER2002(0, "Gateway", "gw", "2", "Amsterdam", 1, 2));

    [Fact]
    public Task Two_gateways_are_judged_each_on_their_own_circuits() => Verify.Rules("ER2002").AnalyzerAsync(
        Verify.Design(
            Circuit("a", "er-a", "\"Amsterdam\"", "{|#1:Circuit|}") + Circuit("b", "er-b", "\"Amsterdam\"", "{|#2:Circuit|}") + Circuit("c", "er-c", "\"London\"")
            + """
                    d.{|#0:Gateway|}("gw-1", GatewaySku.ErGw1AZ, "westeurope", "hub-1", g => g.Connect(a).Connect(b));
                    d.Gateway("gw-2", GatewaySku.ErGw1AZ, "uksouth", "hub-2", g => g.Connect(a).Connect(c));
            """),
        ER2002(0, "Gateway", "gw-1", "2", "Amsterdam", 1, 2));

    [Fact]
    public Task A_site_with_two_circuits_at_one_location_and_no_gateway_is_reported_on_the_site() => Verify.Rules("ER2002").AnalyzerAsync(
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
                d.{|#1:Circuit|}("er-1", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .MicrosoftPeering(200, m => m.Primary("203.0.113.0/30", ce1).Secondary("203.0.113.4/30", ce2)));
                d.{|#2:Circuit|}("er-2", c => c
                    .ServiceProvider("Megaport", "Amsterdam", Bandwidth.Gbps(1))
                    .PrivatePeering(100, p => p.Ipv6(v6 => v6.Primary("2001:db8:100::/126", ce1).Secondary("2001:db8:100::4/126", ce2))));
            });
        }
        """,
        ER2002(0, "Site", "amsterdam-dc", "2", "Amsterdam", 1, 2));

    [Fact]
    public Task Direct_circuits_on_ports_at_one_location_are_reported() => Verify.Rules("ER2002").AnalyzerAsync(
        Verify.Design("""
                var port1 = d.DirectPort("erd-1", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.QinQ);
                var port2 = d.DirectPort("erd-2", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.QinQ);
                var first = d.{|#1:Circuit|}("er-direct-1", c => c.ExpressRouteDirect(port1, Bandwidth.Gbps(5)).PrivatePeering(300, p => p.Primary("10.255.0.0/30", ce1).Secondary("10.255.0.4/30", ce2)));
                var second = d.{|#2:Circuit|}("er-direct-2", c => c.ExpressRouteDirect(port2, Bandwidth.Gbps(5)).PrivatePeering(300, p => p.Primary("10.255.1.0/30", ce1).Secondary("10.255.1.4/30", ce2)));
                d.{|#0:Gateway|}("gw-direct", GatewaySku.ErGw3AZ, "westeurope", "hub", g => g.Connect(first).Connect(second));
        """),
        ER2002(0, "Gateway", "gw-direct", "2", "Equinix-Amsterdam-AM5", 1, 2));

    [Fact]
    public Task Circuits_returned_by_helpers_and_a_gateway_built_in_a_helper_are_followed() => Verify.Rules("ER2002").AnalyzerAsync(
        Verify.Design(
            """
                    var first = Amsterdam(d, "er-1", ce1, ce2);
                    var second = Amsterdam(d, "er-2", ce2, ce3);
                    Hub(d, first, second);
            """,
            """
                private static CircuitBuilder Amsterdam(DesignBuilder d, string name, RouterBuilder one, RouterBuilder two) =>
                    d.{|#1:Circuit|}(name, c => c
                        .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", one).Secondary("192.168.100.132/30", two)));

                private static void Hub(DesignBuilder d, CircuitBuilder one, CircuitBuilder two) =>
                    d.{|#0:Gateway|}("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(one).Connect(two));
            """),
        ER2002(0, "Gateway", "gw", "2", "Amsterdam", 1, 1));

    [Fact]
    public Task A_design_spread_over_methods_of_a_class_is_followed() => Verify.Rules("ER2002").AnalyzerAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        sealed class ContosoDesign
        {
            public NetworkDesign Create() => NetworkDesign.Create("contoso", d =>
            {
                var site = d.Site("dc", asn: 65010);
                var first = Primary(d, site);
                var second = Backup(d, site);
                Hub(d, first, second);
            });

            private CircuitBuilder Primary(DesignBuilder d, SiteBuilder site)
            {
                var ce1 = site.Router("ce1");
                var ce2 = site.Router("ce2");
                return d.{|#1:Circuit|}("er-primary", c => c
                    .ServiceProvider("Equinix", "London", Bandwidth.Gbps(1))
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
            }

            private CircuitBuilder Backup(DesignBuilder d, SiteBuilder site)
            {
                var ce3 = site.Router("ce3");
                var ce4 = site.Router("ce4");
                return d.{|#2:Circuit|}("er-backup", c => c
                    .ServiceProvider("Megaport", "London", Bandwidth.Gbps(1))
                    .PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce3).Secondary("192.168.200.132/30", ce4)));
            }

            private static void Hub(DesignBuilder d, CircuitBuilder first, CircuitBuilder second) =>
                d.{|#0:Gateway|}("gw-uks", GatewaySku.ErGw2AZ, "uksouth", "hub", g => g.Connect(first).Connect(second));
        }
        """,
        ER2002(0, "Gateway", "gw-uks", "2", "London", 1, 2));

    [Fact]
    public Task A_gateway_built_in_another_file_is_reported_at_the_call_that_leads_there() => Verify.Rules("ER2002").AnalyzerAsync(
        [
            Verify.Design(
                Circuit("first", "er-1", "\"Amsterdam\"", "{|#2:Circuit|}") + Circuit("second", "er-2", "\"Amsterdam\"", "{|#3:Circuit|}")
                + """
                        Hubs.{|#0:WestEurope|}(d, first, second);
                """),
            """
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            static class Hubs
            {
                public static GatewayBuilder WestEurope(DesignBuilder d, CircuitBuilder first, CircuitBuilder second) =>
                    d.{|#1:Gateway|}("gw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(first).Connect(second));
            }
            """,
        ],
        ER2002(0, "Gateway", "gw-weu", "2", "Amsterdam", 1, 2, 3).InFile("Test1.cs", 7));

    [Theory]
    [InlineData("a location from a parameter", """
                Add(d, Environment.MachineName, ce1, ce2);
        """, """
            private static void Add(DesignBuilder d, string location, RouterBuilder one, RouterBuilder two)
            {
                var first = d.Circuit("er-1", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.100.128/30", one).Secondary("192.168.100.132/30", two)));
                var second = d.Circuit("er-2", c => c.ServiceProvider("Equinix", location, Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.200.128/30", one).Secondary("192.168.200.132/30", two)));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(first).Connect(second));
            }
        """)]
    [InlineData("a location from a method result", """
                var first = d.Circuit("er-1", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                var second = d.Circuit("er-2", c => c.ServiceProvider("Equinix", "Amsterdam".Trim(), Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2)));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(first).Connect(second));
        """, "")]
    [InlineData("a third connection in a loop", """
                var first = d.Circuit("er-1", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                var second = d.Circuit("er-2", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2)));
                var third = d.Circuit("er-3", c => c.ServiceProvider("Equinix", "London", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.210.128/30", ce1).Secondary("192.168.210.132/30", ce2)));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g =>
                {
                    g.Connect(first).Connect(second);
                    foreach (var circuit in new[] { third })
                    {
                        g.Connect(circuit);
                    }
                });
        """, "")]
    [InlineData("a gateway handed to other code", """
                var first = d.Circuit("er-1", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                var second = d.Circuit("er-2", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2)));
                // A circuit elsewhere keeps the site (with all three) out of the finding.
                d.Circuit("er-3", c => c.ServiceProvider("Equinix", "London", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.210.128/30", ce1).Secondary("192.168.210.132/30", ce2)));
                var gateway = d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(first).Connect(second));
                GC.KeepAlive(gateway);
        """, "")]
    public Task What_the_evaluator_cannot_see_keeps_the_rule_silent(string form, string body, string members) =>
        Verify.Rules("ER2002").AnalyzerAsync(Verify.Design($"        // {form}\n{body}", members));
}
