using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;

namespace ErAnalyzers.Tests;

/// <summary>
/// ER4013 (the circuits on an ExpressRoute Direct port pair add up to more than the port size), as the analyzer
/// reports it from DSL source. The rule needs the circuits on the pair, so it is checked at <c>NetworkDesign.Create</c>.
/// </summary>
public class ER4013Tests
{
    private const string OnePort = "more than one port carries when the other fails";

    [Fact]
    public Task Circuits_above_the_port_size_are_reported_on_the_port_with_each_circuit() => Verify.Rules("ER4013").AnalyzerAsync(
        Verify.Design("""
                var port = d.{|#0:DirectPort|}("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q);
                d.Circuit("er-prod", c => c.{|#1:ExpressRouteDirect|}(port, Bandwidth.Gbps(10)));
                d.Circuit("er-test", c => c.{|#2:ExpressRouteDirect|}(port, Bandwidth.Gbps(5)));
        """),
        Verify.Diagnostic("ER4013").WithLocation(0).WithLocation(1).WithLocation(2)
            .WithArguments("erd-ams", "10 Gbps", "15 Gbps", "'er-prod' 10 Gbps, 'er-test' 5 Gbps", OnePort)
            .WithMessage("Direct port pair 'erd-ams' (10 Gbps ports) carries 15 Gbps of circuits ('er-prod' 10 Gbps, 'er-test' 5 Gbps), more than one port carries when the other fails: keep the circuits within 10 Gbps, or move some to another port pair"));

    [Fact]
    public Task Constants_locals_and_circuits_built_in_a_helper_are_followed() => Verify.Rules("ER4013").AnalyzerAsync(
        Verify.Design(
            """
                    var size = Bandwidth.Gbps(PortGbps);
                    var port = d.{|#0:DirectPort|}(PortName, "westeurope", "Equinix-Amsterdam-AM5", size, PortEncapsulation.QinQ);
                    OnPort(d, port, "er-1");
                    OnPort(d, port, "er-2");
                    OnPort(d, port, "er-3");
            """,
            """
                private const string PortName = "erd-ams";
                private const int PortGbps = 100;

                private static CircuitBuilder OnPort(DesignBuilder d, DirectPortBuilder port, string name) =>
                    d.Circuit(name, c => c.{|#1:ExpressRouteDirect|}(port, Bandwidth.Gbps(40)));
            """),
        Verify.Diagnostic("ER4013").WithLocation(0).WithLocation(1).WithLocation(1).WithLocation(1)
            .WithArguments("erd-ams", "100 Gbps", "120 Gbps", "'er-1' 40 Gbps, 'er-2' 40 Gbps, 'er-3' 40 Gbps", OnePort));

    [Fact]
    public Task Above_twice_the_port_size_the_subscribed_bandwidth_is_named() => Verify.Rules("ER4013").AnalyzerAsync(
        Verify.Design("""
                var port = d.{|#0:DirectPort|}("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q);
                d.Circuit("er-1", c => c.{|#1:ExpressRouteDirect|}(port, Bandwidth.Gbps(10)));
                d.Circuit("er-2", c => c.{|#2:ExpressRouteDirect|}(port, Bandwidth.Gbps(10)));
                d.Circuit("er-3", c => c.{|#3:ExpressRouteDirect|}(port, Bandwidth.Gbps(2)));
        """),
        Verify.Diagnostic("ER4013").WithLocation(0).WithLocation(1).WithLocation(2).WithLocation(3)
            .WithArguments("erd-ams", "10 Gbps", "22 Gbps", "'er-1' 10 Gbps, 'er-2' 10 Gbps, 'er-3' 2 Gbps",
                "more than the 20 Gbps Azure lets circuits be provisioned on it (twice the port size)"));

    [Fact]
    public Task Circuits_within_the_port_size_and_on_other_pairs_are_silent() => Verify.Rules("ER4013").AnalyzerAsync(
        Verify.Design("""
                var ams = d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(100), PortEncapsulation.Dot1Q);
                var lon = d.DirectPort("erd-lon", "uksouth", "Equinix-London-LD5", Bandwidth.Gbps(100), PortEncapsulation.Dot1Q);
                d.Circuit("er-ams-1", c => c.ExpressRouteDirect(ams, Bandwidth.Gbps(40)));
                d.Circuit("er-ams-2", c => c.ExpressRouteDirect(ams, Bandwidth.Gbps(40)));
                d.Circuit("er-ams-3", c => c.ExpressRouteDirect(ams, Bandwidth.Gbps(10)));
                d.Circuit("er-lon-1", c => c.ExpressRouteDirect(lon, Bandwidth.Gbps(100)));
        """));

    [Theory]
    [InlineData("a bandwidth from a parameter", """
                Add(d, Environment.ProcessorCount);
        """, """
            private static void Add(DesignBuilder d, int gigabits)
            {
                var port = d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q);
                d.Circuit("er-1", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(10)));
                d.Circuit("er-2", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(gigabits)));
            }
        """)]
    [InlineData("a port size from the environment", """
                var port = d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(Environment.ProcessorCount), PortEncapsulation.Dot1Q);
                d.Circuit("er-1", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(10)));
                d.Circuit("er-2", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(10)));
        """, "")]
    [InlineData("a circuit whose connectivity may be set again out of sight", """
                var port = d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q);
                d.Circuit("er-1", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(10)));
                d.Circuit("er-2", c => { c.ExpressRouteDirect(port, Bandwidth.Gbps(10)); GC.KeepAlive(c); });
        """, "")]
    public Task What_the_evaluator_cannot_see_keeps_the_rule_silent(string form, string body, string members) =>
        Verify.Rules("ER4013").AnalyzerAsync(Verify.Design($"        // {form}\n{body}", members));
}
