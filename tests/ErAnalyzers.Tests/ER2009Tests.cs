using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER2009 (every circuit of a gateway from one connectivity provider), as the analyzer reports it from DSL source.</summary>
public class ER2009Tests
{
    /// <summary>Reported on marker <paramref name="at"/>, with markers <paramref name="also"/> (the circuits) as additional locations.</summary>
    private static DiagnosticResult ER2009(int at, string gateway, string circuits, string provider, params int[] also)
    {
        var result = Verify.Diagnostic("ER2009").WithLocation(at);
        foreach (int marker in also)
        {
            result = result.WithLocation(marker);
        }

        return result.WithArguments(gateway, circuits, provider);
    }

    /// <summary>A circuit from <paramref name="provider"/> at <paramref name="location"/>, as a local <paramref name="local"/>.</summary>
    private static string Circuit(string local, string provider, string location, string marker = "Circuit") => $$"""
                var {{local}} = d.{{marker}}("er-{{local}}", c => c
                    .ServiceProvider({{provider}}, "{{location}}", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));

        """;

    [Fact]
    public Task Two_circuits_from_one_provider_are_reported_on_the_gateway() => Verify.Rules("ER2009").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "\"Equinix\"", "Amsterdam", "{|#1:Circuit|}") + Circuit("lon", "\"Equinix\"", "London", "{|#2:Circuit|}")
            + """
                    d.{|#0:Gateway|}("gw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams).Connect(lon));
            """),
        ER2009(0, "gw-weu", "2", "Equinix", 1, 2)
            .WithMessage("Gateway 'gw-weu' reaches Azure through 2 circuits, all from provider 'Equinix': consider a second provider, so that one provider's failure does not cut every path"));

    [Fact]
    public Task Providers_compare_without_case() => Verify.Rules("ER2009").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "\"Megaport\"", "Amsterdam", "{|#1:Circuit|}") + Circuit("lon", "\"MEGAPORT\"", "London", "{|#2:Circuit|}")
            + Circuit("par", "\"megaport\"", "Paris", "{|#3:Circuit|}")
            + """
                    d.{|#0:Gateway|}("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g =>
                    {
                        g.Connect(ams);
                        g.Connect(lon);
                        g.Connect(par);
                    });
            """),
        ER2009(0, "gw", "3", "Megaport", 1, 2, 3));

    [Fact]
    public Task Two_providers_are_silent() => Verify.Rules("ER2009").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "\"Equinix\"", "Amsterdam") + Circuit("lon", "\"Megaport\"", "London")
            + """
                    d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams).Connect(lon));
            """));

    [Fact]
    public Task Two_gateways_are_judged_each_on_their_own_circuits() => Verify.Rules("ER2009").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "\"Equinix\"", "Amsterdam", "{|#1:Circuit|}") + Circuit("lon", "\"Equinix\"", "London", "{|#2:Circuit|}")
            + Circuit("par", "\"Orange\"", "Paris")
            + """
                    d.{|#0:Gateway|}("gw-1", GatewaySku.ErGw1AZ, "westeurope", "hub-1", g => g.Connect(ams).Connect(lon));
                    d.Gateway("gw-2", GatewaySku.ErGw1AZ, "francecentral", "hub-2", g => g.Connect(ams).Connect(par));
            """),
        ER2009(0, "gw-1", "2", "Equinix", 1, 2));

    [Fact]
    public Task One_circuit_connected_twice_is_one_circuit() => Verify.Rules("ER2009").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "\"Equinix\"", "Amsterdam")
            + """
                    d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams).Connect(ams, c => c.Named("gw-ams-2")));
            """));

    [Fact]
    public Task A_direct_circuit_has_a_path_of_its_own() => Verify.Rules("ER2009").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "\"Equinix\"", "Amsterdam") + Circuit("lon", "\"Equinix\"", "London")
            + """
                    var port = d.DirectPort("erd-fra", "germanywestcentral", "Equinix-Frankfurt-FR5", Bandwidth.Gbps(10), PortEncapsulation.QinQ);
                    var fra = d.Circuit("er-fra", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(5)).PrivatePeering(300, p => p.Primary("10.255.0.0/30", ce1).Secondary("10.255.0.4/30", ce2)));
                    d.Gateway("gw", GatewaySku.ErGw3AZ, "westeurope", "hub", g => g.Connect(ams).Connect(lon).Connect(fra));
            """));

    [Fact]
    public Task Providers_from_constants_and_gateways_built_in_helpers_are_followed() => Verify.Rules("ER2009").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "Provider", "Amsterdam", "{|#1:Circuit|}") + Circuit("lon", "$\"{Provider}\"", "London", "{|#2:Circuit|}")
            + """
                    Hub(d, ams, lon);
            """,
            """
                private const string Provider = "Colt";

                private static GatewayBuilder Hub(DesignBuilder d, CircuitBuilder first, CircuitBuilder second)
                {
                    var gateway = d.{|#0:Gateway|}("gw", GatewaySku.ErGw2AZ, "westeurope", "hub");
                    gateway.Connect(first);
                    gateway.Connect(second);
                    return gateway;
                }
            """),
        ER2009(0, "gw", "2", "Colt", 1, 2));

    [Fact]
    public Task A_gateway_configured_in_a_helper_is_followed() => Verify.Rules("ER2009").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "\"Colt\"", "Amsterdam", "{|#1:Circuit|}") + Circuit("lon", "\"Colt\"", "London", "{|#2:Circuit|}")
            + """
                    d.{|#0:Gateway|}("gw", GatewaySku.ErGw2AZ, "westeurope", "hub", g => Connect(g, ams, lon));
            """,
            """
                private static void Connect(GatewayBuilder gateway, CircuitBuilder first, CircuitBuilder second)
                {
                    gateway.Connect(first, c => c.RoutingWeight(100));
                    gateway.Connect(second);
                }
            """),
        ER2009(0, "gw", "2", "Colt", 1, 2));

    [Fact]
    public Task A_design_spread_over_methods_of_a_class_is_followed() => Verify.Rules("ER2009").AnalyzerAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        sealed class ContosoDesign
        {
            public NetworkDesign Create() => NetworkDesign.Create("contoso", d =>
            {
                var site = d.Site("dc", asn: 65010);
                var ams = Circuit(d, site, "ams", "Amsterdam");
                var fra = Circuit(d, site, "fra", "Frankfurt");
                Hub(d, ams, fra);
            });

            private static CircuitBuilder Circuit(DesignBuilder d, SiteBuilder site, string name, string location)
            {
                var ce1 = site.Router(name + "-ce1");
                var ce2 = site.Router(name + "-ce2");
                return d.{|#1:Circuit|}("er-" + name, c => c
                    .ServiceProvider("Interxion", location, Bandwidth.Gbps(1))
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
            }

            private void Hub(DesignBuilder d, CircuitBuilder first, CircuitBuilder second) =>
                d.{|#0:Gateway|}("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(first).Connect(second));
        }
        """,
        ER2009(0, "gw", "2", "Interxion", 1, 1));

    [Fact]
    public Task A_gateway_in_another_file_is_reported_at_the_call_that_leads_there() => Verify.Rules("ER2009").AnalyzerAsync(
        [
            Verify.Design(
                Circuit("ams", "\"Equinix\"", "Amsterdam", "{|#2:Circuit|}") + Circuit("lon", "\"Equinix\"", "London", "{|#3:Circuit|}")
                + """
                        Hubs.{|#0:WestEurope|}(d, ams, lon);
                """),
            """
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            static class Hubs
            {
                public static void WestEurope(DesignBuilder d, CircuitBuilder first, CircuitBuilder second) =>
                    d.{|#1:Gateway|}("gw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(first).Connect(second));
            }
            """,
        ],
        ER2009(0, "gw-weu", "2", "Equinix", 1, 2, 3).InFile("Test1.cs", 7));

    [Theory]
    [InlineData("a provider from a parameter", """
                Add(d, Environment.MachineName, ce1, ce2);
        """, """
            private static void Add(DesignBuilder d, string provider, RouterBuilder one, RouterBuilder two)
            {
                var ams = d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.100.128/30", one).Secondary("192.168.100.132/30", two)));
                var lon = d.Circuit("er-lon", c => c.ServiceProvider(provider, "London", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.200.128/30", one).Secondary("192.168.200.132/30", two)));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams).Connect(lon));
            }
        """)]
    [InlineData("a provider from a method result", """
                var ams = d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                var lon = d.Circuit("er-lon", c => c.ServiceProvider("equinix".ToUpperInvariant(), "London", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2)));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams).Connect(lon));
        """, "")]
    [InlineData("a connection configured by code the analyzer cannot follow", """
                var ams = d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                var lon = d.Circuit("er-lon", c => c.ServiceProvider("Equinix", "London", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2)));
                var other = d.Circuit("er-other", c => c.ServiceProvider("Megaport", "Paris", Bandwidth.Gbps(1)).PrivatePeering(100, p => p.Primary("192.168.210.128/30", ce1).Secondary("192.168.210.132/30", ce2)));
                Action<GatewayBuilder> more = g => g.Connect(other);
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g =>
                {
                    g.Connect(ams).Connect(lon);
                    more(g);
                });
        """, "")]
    public Task What_the_evaluator_cannot_see_keeps_the_rule_silent(string form, string body, string members) =>
        Verify.Rules("ER2009").AnalyzerAsync(Verify.Design($"        // {form}\n{body}", members));
}
