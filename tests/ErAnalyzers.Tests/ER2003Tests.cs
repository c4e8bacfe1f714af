using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>
/// ER2003 (a circuit advertises addresses that the gateway's circuits backing it up do not cover together), as the
/// analyzer reports it from DSL source.
/// </summary>
public class ER2003Tests
{
    /// <summary>
    /// Reported on marker <paramref name="at"/> (a private peering), with the other circuit (marker <paramref name="other"/>):
    /// <paramref name="prefix"/> of <paramref name="circuit"/> is not covered by its one <paramref name="backup"/> on gw-weu.
    /// </summary>
    private static DiagnosticResult ER2003(int at, int other, string circuit, string prefix, string backup) =>
        Verify.Diagnostic("ER2003").WithLocation(at).WithLocation(other).WithArguments(circuit, prefix, "gw-weu", $"'{backup}'", $"'{backup}'");

    /// <summary>A circuit (from a provider unless <paramref name="connectivity"/> says otherwise) whose two private links both advertise <paramref name="prefixes"/>.</summary>
    private static string Circuit(
        string local, string name, string location, string prefixes, string circuitMarker = "Circuit", string peeringMarker = "PrivatePeering", string? connectivity = null) => $$"""
                var {{local}} = d.{{circuitMarker}}("{{name}}", c => c
                    .{{connectivity ?? $"ServiceProvider(\"Equinix\", \"{location}\", Bandwidth.Gbps(1))"}}
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .{{peeringMarker}}(100, p => p
                        .Primary("192.168.100.128/30", ce1, link => link{{prefixes}})
                        .Secondary("192.168.100.132/30", ce2, link => link{{prefixes}})));

        """;

    private static string Gateway(params string[] circuits) =>
        $"        d.Gateway(\"gw-weu\", GatewaySku.ErGw1AZ, \"westeurope\", \"hub\", g => g{string.Concat(System.Array.ConvertAll(circuits, c => $".Connect({c})"))});\n";

    [Fact]
    public Task A_prefix_advertised_over_the_later_circuit_only_is_reported_on_its_private_peering() => Verify.Rules("ER2003").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "Amsterdam", ".Advertise(\"10.10.0.0/16\")", circuitMarker: "{|#1:Circuit|}")
            + Circuit("lon", "er-lon", "London", ".Advertise(\"10.10.0.0/16\").Advertise(\"10.20.0.0/16\")", peeringMarker: "{|#0:PrivatePeering|}")
            + Gateway("ams", "lon")),
        ER2003(0, 1, "er-lon", "10.20.0.0/16", "er-ams")
            .WithMessage("Circuit 'er-lon' advertises 10.20.0.0/16 on gateway 'gw-weu', but the circuits that back it up there ('er-ams') do not cover it, so Azure loses addresses in it when 'er-lon' fails: advertise 10.20.0.0/16 or a prefix that covers it over 'er-ams' too"));

    // Microsoft's disaster-recovery design: more specific routes over the preferred circuit, the covering prefix over
    // the standby (with the preferred connection weighted too); each circuit covers the other's addresses.
    [Fact]
    public Task More_specific_routes_over_the_preferred_circuit_and_the_covering_prefix_over_the_standby_are_silent() => Verify.Rules("ER2003").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "Amsterdam", ".Advertise(\"10.1.0.0/17\").Advertise(\"10.1.128.0/17\")")
            + Circuit("lon", "er-lon", "London", ".Advertise(\"10.1.0.0/16\")")
            + """
                    d.Gateway("gw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g
                        .Connect(ams, c => c.RoutingWeight(100))
                        .Connect(lon));
            """));

    [Fact]
    public Task A_covering_prefix_the_more_specifics_leave_a_gap_in_is_reported() => Verify.Rules("ER2003").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "Amsterdam", ".Advertise(\"10.1.0.0/17\")", circuitMarker: "{|#1:Circuit|}")
            + Circuit("lon", "er-lon", "London", ".Advertise(\"10.1.0.0/16\")", peeringMarker: "{|#0:PrivatePeering|}")
            + Gateway("ams", "lon")),
        ER2003(0, 1, "er-lon", "10.1.0.0/16", "er-ams"));

    [Fact]
    public Task Circuits_of_different_address_spaces_are_not_backups_and_are_silent() => Verify.Rules("ER2003").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "Amsterdam", ".Advertise(\"10.10.0.0/16\")")
            + Circuit("lon", "er-lon", "London", ".Advertise(\"10.20.0.0/16\")")
            + Gateway("ams", "lon")));

    [Fact]
    public Task A_prefix_advertised_over_the_earlier_circuit_only_is_named_with_it() => Verify.Rules("ER2003").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "Amsterdam", ".Advertise(\"10.10.0.0/16\").Advertise(\"10.30.0.0/16\")", circuitMarker: "{|#1:Circuit|}")
            + Circuit("lon", "er-lon", "London", ".Advertise(\"10.10.0.0/16\")", peeringMarker: "{|#0:PrivatePeering|}")
            + Gateway("ams", "lon")),
        ER2003(0, 1, "er-ams", "10.30.0.0/16", "er-lon"));

    [Fact]
    public Task The_same_prefixes_in_another_order_or_split_over_the_links_are_silent() => Verify.Rules("ER2003").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "Amsterdam", ".Advertise(\"10.10.0.0/16\").Advertise(\"10.20.0.0/16\")")
            + """
                    var lon = d.Circuit("er-lon", c => c
                        .ServiceProvider("Equinix", "London", Bandwidth.Gbps(1))
                        .PrivatePeering(100, p => p
                            .Primary("192.168.200.128/30", ce1, link => link.Advertise("10.20.0.0/16"))
                            .Secondary("192.168.200.132/30", ce2, link => link.Advertise("10.10.0.0/16").Advertise("10.20.0.0/16"))));

            """
            + Gateway("ams", "lon")));

    [Fact]
    public Task An_ipv6_prefix_on_one_circuit_only_is_reported() => Verify.Rules("ER2003").AnalyzerAsync(
        Verify.Design(
            """
                    var ams = d.{|#1:Circuit|}("er-ams", c => c
                        .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                        .PrivatePeering(100, p => p
                            .Primary("192.168.100.128/30", ce1, link => link.Advertise("10.10.0.0/16"))
                            .Secondary("192.168.100.132/30", ce2, link => link.Advertise("10.10.0.0/16"))
                            .Ipv6(v6 => v6
                                .Primary("2001:db8:100::/126", ce1, link => link.Advertise("2001:db8:10::/48"))
                                .Secondary("2001:db8:100::4/126", ce2, link => link.Advertise("2001:db8:10::/48")))));

            """
            + Circuit("lon", "er-lon", "London", ".Advertise(\"10.10.0.0/16\")", peeringMarker: "{|#0:PrivatePeering|}")
            + Gateway("ams", "lon")),
        ER2003(0, 1, "er-ams", "2001:db8:10::/48", "er-lon"));

    [Fact]
    public Task Microsoft_peering_prefixes_are_not_compared() => Verify.Rules("ER2003").AnalyzerAsync(
        Verify.Design(
            """
                    var ams = d.Circuit("er-ams", c => c
                        .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                        .PrivatePeering(100, p => p
                            .Primary("192.168.100.128/30", ce1, link => link.Advertise("10.10.0.0/16"))
                            .Secondary("192.168.100.132/30", ce2, link => link.Advertise("10.10.0.0/16")))
                        .MicrosoftPeering(200, m => m
                            .Primary("203.0.113.0/30", ce1, link => link.Advertise("198.51.100.0/24"))
                            .Secondary("203.0.113.4/30", ce2, link => link.Advertise("198.51.100.0/24"))
                            .AdvertisePublicPrefix("198.51.100.0/24")));

            """
            + Circuit("lon", "er-lon", "London", ".Advertise(\"10.10.0.0/16\")")
            + Gateway("ams", "lon")));

    [Fact]
    public Task The_odd_last_of_three_circuits_is_reported_once() => Verify.Rules("ER2003").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "Amsterdam", ".Advertise(\"10.10.0.0/16\")", circuitMarker: "{|#1:Circuit|}")
            + Circuit("lon", "er-lon", "London", ".Advertise(\"10.10.0.0/16\")", circuitMarker: "{|#2:Circuit|}")
            + Circuit("par", "er-par", "Paris", ".Advertise(\"10.10.0.0/16\").Advertise(\"10.99.0.0/16\")", peeringMarker: "{|#0:PrivatePeering|}")
            + Gateway("ams", "lon", "par")),
        Verify.Diagnostic("ER2003").WithLocation(0).WithLocation(1).WithLocation(2)
            .WithArguments("er-par", "10.99.0.0/16", "gw-weu", "'er-ams' and 'er-lon'", "'er-ams' or 'er-lon'"));

    // The trial's design: er-lon is a shared backup for er-ams's and er-fra's networks; when it fails, each still
    // carries its own, so Azure loses nothing.
    [Fact]
    public Task A_shared_backup_that_its_circuits_cover_together_is_silent() => Verify.Rules("ER2003").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "Amsterdam", ".Advertise(\"10.1.0.0/16\")")
            + Circuit("fra", "er-fra", "Frankfurt", ".Advertise(\"10.2.0.0/16\")")
            + Circuit("lon", "er-lon", "London", ".Advertise(\"10.1.0.0/16\").Advertise(\"10.2.0.0/16\")")
            + Gateway("ams", "fra", "lon")));

    [Fact]
    public Task A_shared_backup_with_a_network_its_circuits_leave_out_is_reported_with_all_of_them() => Verify.Rules("ER2003").AnalyzerAsync(
        Verify.Design(
            Circuit("ams", "er-ams", "Amsterdam", ".Advertise(\"10.1.0.0/16\")", circuitMarker: "{|#1:Circuit|}")
            + Circuit("fra", "er-fra", "Frankfurt", ".Advertise(\"10.2.0.0/16\")", circuitMarker: "{|#2:Circuit|}")
            + Circuit("lon", "er-lon", "London", ".Advertise(\"10.1.0.0/16\").Advertise(\"10.2.0.0/16\").Advertise(\"10.3.0.0/16\")", peeringMarker: "{|#0:PrivatePeering|}")
            + Gateway("ams", "fra", "lon")),
        Verify.Diagnostic("ER2003").WithLocation(0).WithLocation(1).WithLocation(2)
            .WithArguments("er-lon", "10.3.0.0/16", "gw-weu", "'er-ams' and 'er-fra'", "'er-ams' or 'er-fra'")
            .WithMessage("Circuit 'er-lon' advertises 10.3.0.0/16 on gateway 'gw-weu', but the circuits that back it up there ('er-ams' and 'er-fra') do not cover it, so Azure loses addresses in it when 'er-lon' fails: advertise 10.3.0.0/16 or a prefix that covers it over 'er-ams' or 'er-fra' too"));

    [Fact]
    public Task Direct_circuits_that_cover_a_shared_backup_together_are_silent() => Verify.Rules("ER2003").AnalyzerAsync(
        Verify.Design(
            "        var port = d.DirectPort(\"erd-ams\", \"westeurope\", \"Equinix-Amsterdam-AM5\", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q);\n"
            + Circuit("a", "er-a", "", ".Advertise(\"10.1.0.0/16\")", connectivity: "ExpressRouteDirect(port, Bandwidth.Gbps(1))")
            + Circuit("b", "er-b", "", ".Advertise(\"10.2.0.0/16\")", connectivity: "ExpressRouteDirect(port, Bandwidth.Gbps(1))")
            + Circuit("c", "er-c", "", ".Advertise(\"10.3.0.0/16\")", connectivity: "ExpressRouteDirect(port, Bandwidth.Gbps(1))")
            + Circuit("lon", "er-lon", "London", ".Advertise(\"10.1.0.0/16\").Advertise(\"10.2.0.0/16\").Advertise(\"10.3.0.0/16\")")
            + Gateway("a", "b", "c", "lon")));

    [Fact]
    public Task Prefixes_from_constants_interpolations_and_shared_link_settings_are_followed() => Verify.Rules("ER2003").AnalyzerAsync(
        Verify.Design(
            """
                    var ams = d.{|#1:Circuit|}("er-ams", c => c
                        .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1, Routes).Secondary("192.168.100.132/30", ce2, Routes)));
                    var lon = d.Circuit("er-lon", c => c
                        .ServiceProvider("Equinix", "London", Bandwidth.Gbps(1))
                        .{|#0:PrivatePeering|}(100, p => p
                            .Primary("192.168.200.128/30", ce1, link => link.Advertise(Lan))
                            .Secondary("192.168.200.132/30", ce2, link => link.Advertise($"{Net}.0.0/16"))));
                    d.Gateway("gw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams).Connect(lon));
            """,
            """
                private const string Net = "10.10";
                private const string Lan = Net + ".0.0/16";

                private static void Routes(LinkBuilder link) => link.Advertise(Lan).Advertise("10.40.0.0/16");
            """),
        ER2003(0, 1, "er-ams", "10.40.0.0/16", "er-lon"));

    [Fact]
    public Task A_design_spread_over_methods_of_a_class_is_followed() => Verify.Rules("ER2003").AnalyzerAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        sealed class ContosoDesign
        {
            public NetworkDesign Create() => NetworkDesign.Create("contoso", d =>
            {
                var site = d.Site("dc", asn: 65010);
                var ce1 = site.Router("ce1");
                var ce2 = site.Router("ce2");
                var ams = Circuit(d, "er-ams", "Amsterdam", ce1, ce2, "10.10.0.0/16");
                var lon = Circuit(d, "er-lon", "London", ce1, ce2, "10.10.0.0/17");
                Hub(d, ams, lon);
            });

            private CircuitBuilder Circuit(DesignBuilder d, string name, string location, RouterBuilder first, RouterBuilder second, string prefix) =>
                d.{|#1:Circuit|}(name, c => c
                    .ServiceProvider("Equinix", location, Bandwidth.Gbps(1))
                    .{|#0:PrivatePeering|}(100, p => p
                        .Primary("192.168.100.128/30", first, link => link.Advertise(prefix))
                        .Secondary("192.168.100.132/30", second, link => link.Advertise(prefix))));

            private void Hub(DesignBuilder d, CircuitBuilder first, CircuitBuilder second) =>
                d.Gateway("gw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(first).Connect(second));
        }
        """,
        ER2003(0, 1, "er-ams", "10.10.0.0/16", "er-lon"));

    [Fact]
    public Task A_circuit_built_in_another_file_is_reported_at_the_call_that_leads_there() => Verify.Rules("ER2003").AnalyzerAsync(
        [
            Verify.Design(
                Circuit("ams", "er-ams", "Amsterdam", ".Advertise(\"10.10.0.0/16\")", circuitMarker: "{|#2:Circuit|}")
                + """
                        var lon = Circuits.{|#0:London|}(d, ce1, ce2);
                        d.Gateway("gw-weu", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams).Connect(lon));
                """),
            """
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            static class Circuits
            {
                public static CircuitBuilder London(DesignBuilder d, RouterBuilder first, RouterBuilder second) =>
                    d.Circuit("er-lon", c => c
                        .ServiceProvider("Megaport", "London", Bandwidth.Gbps(1))
                        .{|#1:PrivatePeering|}(100, p => p
                            .Primary("192.168.200.128/30", first, link => link.Advertise("10.10.0.0/16").Advertise("10.50.0.0/16"))
                            .Secondary("192.168.200.132/30", second, link => link.Advertise("10.10.0.0/16").Advertise("10.50.0.0/16"))));
            }
            """,
        ],
        Verify.Diagnostic("ER2003").WithLocation(0).WithLocation(1).WithLocation(2)
            .WithArguments("er-lon", "10.50.0.0/16", "gw-weu", "'er-ams'", "'er-ams'").InFile("Test1.cs", 9));

    [Theory]
    [InlineData("a prefix from a parameter", """
                Add(d, ce1, ce2, Environment.MachineName);
        """, """
            private static void Add(DesignBuilder d, RouterBuilder first, RouterBuilder second, string prefix)
            {
                var ams = d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", first, l => l.Advertise("10.10.0.0/16")).Secondary("192.168.100.132/30", second, l => l.Advertise("10.10.0.0/16"))));
                var lon = d.Circuit("er-lon", c => c.ServiceProvider("Equinix", "London", Bandwidth.Gbps(1))
                    .PrivatePeering(100, p => p.Primary("192.168.200.128/30", first, l => l.Advertise(prefix)).Secondary("192.168.200.132/30", second, l => l.Advertise(prefix))));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams).Connect(lon));
            }
        """)]
    [InlineData("prefixes advertised in a loop", """
                var ams = d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1, l => l.Advertise("10.10.0.0/16")).Secondary("192.168.100.132/30", ce2, l => l.Advertise("10.10.0.0/16"))));
                var lon = d.Circuit("er-lon", c => c.ServiceProvider("Equinix", "London", Bandwidth.Gbps(1))
                    .PrivatePeering(100, p => p
                        .Primary("192.168.200.128/30", ce1, l => { foreach (var prefix in new[] { "10.10.0.0/16" }) { l.Advertise(prefix); } })
                        .Secondary("192.168.200.132/30", ce2, l => l.Advertise("10.10.0.0/16"))));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams).Connect(lon));
        """, "")]
    [InlineData("a peering handed to other code", """
                var ams = d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1, l => l.Advertise("10.10.0.0/16")).Secondary("192.168.100.132/30", ce2, l => l.Advertise("10.10.0.0/16"))));
                var lon = d.Circuit("er-lon", c => c.ServiceProvider("Equinix", "London", Bandwidth.Gbps(1))
                    .PrivatePeering(100, p =>
                    {
                        p.Primary("192.168.200.128/30", ce1, l => l.Advertise("10.10.0.0/16").Advertise("10.20.0.0/16")).Secondary("192.168.200.132/30", ce2, l => l.Advertise("10.10.0.0/16").Advertise("10.20.0.0/16"));
                        GC.KeepAlive(p);
                    }));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams).Connect(lon));
        """, "")]
    [InlineData("a circuit that advertises nothing", """
                var ams = d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
                var lon = d.Circuit("er-lon", c => c.ServiceProvider("Equinix", "London", Bandwidth.Gbps(1))
                    .PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1, l => l.Advertise("10.20.0.0/16")).Secondary("192.168.200.132/30", ce2, l => l.Advertise("10.20.0.0/16"))));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams).Connect(lon));
        """, "")]
    [InlineData("a connection chosen at run time", """
                var ams = d.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1, l => l.Advertise("10.10.0.0/16")).Secondary("192.168.100.132/30", ce2, l => l.Advertise("10.10.0.0/16"))));
                var lon = d.Circuit("er-lon", c => c.ServiceProvider("Equinix", "London", Bandwidth.Gbps(1))
                    .PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1, l => l.Advertise("10.10.0.0/16").Advertise("10.20.0.0/16")).Secondary("192.168.200.132/30", ce2, l => l.Advertise("10.10.0.0/16").Advertise("10.20.0.0/16"))));
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams).Connect(Environment.ProcessorCount > 1 ? lon : ams));
        """, "")]
    public Task What_the_evaluator_cannot_see_keeps_the_rule_silent(string form, string body, string members) =>
        Verify.Rules("ER2003").AnalyzerAsync(Verify.Design($"        // {form}\n{body}", members));
}
