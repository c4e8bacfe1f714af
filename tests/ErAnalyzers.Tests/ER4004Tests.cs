using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER4004 (a VLAN reused on a circuit or a Dot1Q port pair, or outside 1-4094), as the analyzer reports it on the whole design.</summary>
public class ER4004Tests
{
    private const string OutOfRange = "is outside the 802.1Q range 1-4094";

    /// <summary>A reuse: reported on marker <paramref name="peering"/>, with the first use (marker <paramref name="first"/>) as additional location.</summary>
    private static DiagnosticResult Reused(int peering, int first, string circuit, string peeringName, string vlan, string user) =>
        Verify.Diagnostic("ER4004").WithLocation(peering).WithLocation(first).WithArguments(circuit, peeringName, vlan, user);

    private static DiagnosticResult SameCircuit(int peering, int first, string vlan, string circuit = "er-ams") =>
        Reused(peering, first, circuit, "MicrosoftPeering", vlan, "is already used by peering 'AzurePrivatePeering' of this circuit");

    private static DiagnosticResult OnPort(int peering, int first, string circuit, string firstCircuit, string vlan, string port = "erd-ams") =>
        Reused(peering, first, circuit, "AzurePrivatePeering", vlan, $"is already used by peering 'AzurePrivatePeering' of circuit '{firstCircuit}' on Dot1Q port pair '{port}'");

    private static string Port(string name, string encapsulation) =>
        $$"""d.DirectPort("{{name}}", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.{{encapsulation}});""";

    [Fact]
    public Task A_vlan_reused_by_the_microsoft_peering_is_reported_on_it_with_the_first_use_as_additional_location() => Verify.Rules("ER4004").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .{|#1:PrivatePeering|}(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2))
                    .{|#0:MicrosoftPeering|}(100, m => m.Primary("203.0.113.0/30", ce1).Secondary("203.0.113.4/30", ce2)));
        """),
        SameCircuit(0, 1, "100")
            .WithMessage("VLAN 100 of peering 'MicrosoftPeering' in circuit 'er-ams' is already used by peering 'AzurePrivatePeering' of this circuit"));

    [Theory]
    [InlineData(0)]
    [InlineData(4095)]
    [InlineData(-1)]
    public Task A_vlan_outside_1_to_4094_is_a_warning_on_the_peering_call(int vlan) => Verify.Rules("ER4004").AnalyzerAsync(
        Verify.Design($$"""
                d.Circuit("er-ams", c => c.{|#0:PrivatePeering|}({{vlan}}, p => p.Primary("192.168.100.128/30", ce1)));
        """),
        Verify.Diagnostic("ER4004").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning)
            .WithArguments("er-ams", "AzurePrivatePeering", vlan.ToString(System.Globalization.CultureInfo.InvariantCulture), OutOfRange));

    [Fact]
    public Task An_out_of_range_vlan_that_is_also_reused_gets_both_findings() => Verify.Rules("ER4004").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .{|#1:PrivatePeering|}(4095, p => p.Primary("192.168.100.128/30", ce1))
                    .{|#0:MicrosoftPeering|}(4095, m => m.Primary("203.0.113.0/30", ce1)));
        """),
        Verify.Diagnostic("ER4004").WithLocation(1).WithSeverity(DiagnosticSeverity.Warning).WithArguments("er-ams", "AzurePrivatePeering", "4095", OutOfRange),
        Verify.Diagnostic("ER4004").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("er-ams", "MicrosoftPeering", "4095", OutOfRange),
        SameCircuit(0, 1, "4095"));

    [Fact]
    public Task Good_design_with_the_same_vlan_on_two_provider_circuits_is_silent() => Verify.Rules("ER4004").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2))
                    .MicrosoftPeering(200, m => m.Primary("203.0.113.0/30", ce1).Secondary("203.0.113.4/30", ce2)));
                d.Circuit("er-lon", c => c
                    .PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2))
                    .MicrosoftPeering(4094, m => m.Primary("203.0.113.8/30", ce1).Secondary("203.0.113.12/30", ce2)));
        """));

    [Fact]
    public Task A_vlan_reused_across_circuits_of_a_dot1q_port_pair_is_reported_on_the_later_circuit() => Verify.Rules("ER4004").AnalyzerAsync(
        Verify.Design($$"""
                var port = {{Port("erd-ams", "Dot1Q")}}
                d.Circuit("er-direct-1", c => c
                    .ExpressRouteDirect(port, Bandwidth.Gbps(5))
                    .Sku(CircuitTier.Premium, BillingModel.UnlimitedData)
                    .{|#1:PrivatePeering|}(300, p => p.Primary("10.255.0.0/30", ce1).Secondary("10.255.0.4/30", ce2)));
                d.Circuit("er-direct-2", c => c
                    .ExpressRouteDirect(port, Bandwidth.Gbps(5))
                    .Sku(CircuitTier.Premium, BillingModel.UnlimitedData)
                    .{|#0:PrivatePeering|}(300, p => p.Primary("10.255.1.0/30", ce1).Secondary("10.255.1.4/30", ce2)));
        """),
        OnPort(0, 1, "er-direct-2", "er-direct-1", "300")
            .WithMessage("VLAN 300 of peering 'AzurePrivatePeering' in circuit 'er-direct-2' is already used by peering 'AzurePrivatePeering' of circuit 'er-direct-1' on Dot1Q port pair 'erd-ams'"));

    [Fact]
    public Task A_dot1q_port_pair_counts_every_peering_of_every_circuit_on_it() => Verify.Rules("ER4004").AnalyzerAsync(
        Verify.Design($$"""
                var port = {{Port("erd-ams", "Dot1Q")}}
                d.Circuit("er-direct-1", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(5))
                    .{|#1:PrivatePeering|}(300, p => p.Primary("10.255.0.0/30", ce1))
                    .{|#3:MicrosoftPeering|}(301, m => m.Primary("203.0.113.0/30", ce1)));
                d.Circuit("er-direct-2", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(5))
                    .{|#2:PrivatePeering|}(301, p => p.Primary("10.255.1.0/30", ce1))
                    .{|#0:MicrosoftPeering|}(300, m => m.Primary("203.0.113.8/30", ce1)));
        """),
        Reused(0, 1, "er-direct-2", "MicrosoftPeering", "300", "is already used by peering 'AzurePrivatePeering' of circuit 'er-direct-1' on Dot1Q port pair 'erd-ams'"),
        Reused(2, 3, "er-direct-2", "AzurePrivatePeering", "301", "is already used by peering 'MicrosoftPeering' of circuit 'er-direct-1' on Dot1Q port pair 'erd-ams'"));

    [Fact]
    public Task Circuits_on_a_qinq_port_pair_or_on_two_port_pairs_may_share_a_vlan() => Verify.Rules("ER4004").AnalyzerAsync(
        Verify.Design($$"""
                var qinq = {{Port("erd-ams", "QinQ")}}
                var lon = {{Port("erd-lon", "Dot1Q")}}
                var fra = {{Port("erd-fra", "Dot1Q")}}
                d.Circuit("er-qinq-1", c => c.ExpressRouteDirect(qinq, Bandwidth.Gbps(5)).PrivatePeering(300, p => p.Primary("10.255.0.0/30", ce1)));
                d.Circuit("er-qinq-2", c => c.ExpressRouteDirect(qinq, Bandwidth.Gbps(5)).PrivatePeering(300, p => p.Primary("10.255.1.0/30", ce1)));
                d.Circuit("er-lon", c => c.ExpressRouteDirect(lon, Bandwidth.Gbps(5)).PrivatePeering(300, p => p.Primary("10.255.2.0/30", ce1)));
                d.Circuit("er-fra", c => c.ExpressRouteDirect(fra, Bandwidth.Gbps(5)).PrivatePeering(300, p => p.Primary("10.255.3.0/30", ce1)));
        """));

    [Fact]
    public Task Const_locals_const_fields_and_enum_casts_are_followed() => Verify.Rules("ER4004").AnalyzerAsync(
        Verify.Design(
            """
                    const int Private = (int)Vlans.Shared;
                    var microsoft = Private;
                    d.Circuit("er-ams", c => c
                        .{|#1:PrivatePeering|}(Private, p => p.Primary("192.168.100.128/30", ce1))
                        .{|#0:MicrosoftPeering|}(microsoft, m => m.Primary("203.0.113.0/30", ce1)));
            """,
            """
                private enum Vlans { Shared = 150 }
            """),
        SameCircuit(0, 1, "150"));

    [Fact]
    public Task Circuits_built_by_helper_methods_share_the_port_pair() => Verify.Rules("ER4004").AnalyzerAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        sealed class ContosoDesign
        {
            public NetworkDesign Create() => NetworkDesign.Create("contoso", d =>
            {
                var ce1 = d.Site("dc", asn: 65010).Router("ce1");
                var port = d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q);
                Direct(d, "er-direct-1", port, ce1, "10.255.0.0/30");
                Direct(d, "er-direct-2", port, ce1, "10.255.1.0/30");
            });

            private static void Direct(DesignBuilder d, string name, DirectPortBuilder port, RouterBuilder router, string subnet) =>
                d.Circuit(name, c => c.ExpressRouteDirect(port, Bandwidth.Gbps(5)).{|#0:PrivatePeering|}(300, p => p.Primary(subnet, router)));
        }
        """,
        // Both circuits are written by one call in the helper: the second use is reported there, the first is the same place.
        OnPort(0, 0, "er-direct-2", "er-direct-1", "300"));

    [Fact]
    public Task A_circuit_written_in_another_file_is_reported_at_the_call_that_builds_it() => Verify.Rules("ER4004").AnalyzerAsync(
        [
            Verify.Design($$"""
                    var port = {{Port("erd-ams", "Dot1Q")}}
                    d.Circuit("er-direct-1", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(5)).{|#2:PrivatePeering|}(300, p => p.Primary("10.255.0.0/30", ce1)));
                    Circuits.{|#0:Second|}(d, port, ce1);
            """),
            """
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            static class Circuits
            {
                public static void Second(DesignBuilder d, DirectPortBuilder port, RouterBuilder router) =>
                    d.Circuit("er-direct-2", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(5)).{|#1:PrivatePeering|}(300, p => p.Primary("10.255.1.0/30", router)));
            }
            """,
        ],
        Verify.Diagnostic("ER4004").WithLocation(0).WithLocation(1).WithLocation(2)
            .WithArguments("er-direct-2", "AzurePrivatePeering", "300", "is already used by peering 'AzurePrivatePeering' of circuit 'er-direct-1' on Dot1Q port pair 'erd-ams'").InFile("Test1.cs", 7));

    [Theory]
    [InlineData("a vlan read at run time", """
                d.Circuit("er-ams", c => c
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1))
                    .MicrosoftPeering(int.Parse(Environment.GetEnvironmentVariable("VLAN")!), m => m.Primary("203.0.113.0/30", ce1)));
        """)]
    [InlineData("an encapsulation read at run time", """
                var port = d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), Enum.Parse<PortEncapsulation>("Dot1Q"));
                d.Circuit("er-direct-1", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(5)).PrivatePeering(300, p => p.Primary("10.255.0.0/30", ce1)));
                d.Circuit("er-direct-2", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(5)).PrivatePeering(300, p => p.Primary("10.255.1.0/30", ce1)));
        """)]
    [InlineData("a port chosen at run time", """
                var ams = d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q);
                var lon = d.DirectPort("erd-lon", "uksouth", "Equinix-London-LD5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q);
                d.Circuit("er-direct-1", c => c.ExpressRouteDirect(ams, Bandwidth.Gbps(5)).PrivatePeering(300, p => p.Primary("10.255.0.0/30", ce1)));
                d.Circuit("er-direct-2", c => c.ExpressRouteDirect(Environment.ProcessorCount > 1 ? ams : lon, Bandwidth.Gbps(5)).PrivatePeering(300, p => p.Primary("10.255.1.0/30", ce1)));
        """)]
    public Task A_vlan_or_port_the_analyzer_cannot_know_keeps_the_rule_silent(string form, string body) =>
        Verify.Rules("ER4004").AnalyzerAsync(Verify.Design($"        // {form}\n{body}"));
}
