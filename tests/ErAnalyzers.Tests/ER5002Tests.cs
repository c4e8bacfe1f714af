using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER5002 (a peering without MD5 authentication), as the analyzer reports it from DSL source.</summary>
public class ER5002Tests
{
    private static DiagnosticResult ER5002(int marker, string peering = "AzurePrivatePeering", string circuit = "er-ams") =>
        Verify.Diagnostic("ER5002").WithLocation(marker).WithArguments(circuit, peering);

    private const string Links = """.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)""";

    [Fact]
    public Task A_private_peering_without_a_key_is_reported_on_the_peering_call() => Verify.Rules("ER5002").AnalyzerAsync(
        Verify.Design($$"""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .{|#0:PrivatePeering|}(100, p => p{{Links}}));
        """),
        ER5002(0));

    [Theory]
    [InlineData("Md5Key(Secret.Parameter(\"amsKey\"))")]
    [InlineData("Md5Key(\"s3cr3t-k3y\")")]
    [InlineData("Md5Key(Environment.GetEnvironmentVariable(\"ER_MD5_KEY\")!)")]
    public Task A_peering_with_any_key_is_silent(string key) => Verify.Rules("ER5002").AnalyzerAsync(
        Verify.Design($$"""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p{{Links}}.{{key}}));
        """));

    [Fact]
    public Task Each_peering_of_a_circuit_is_reported_on_its_own() => Verify.Rules("ER5002").AnalyzerAsync(
        Verify.Design($$"""
                d.Circuit("er-ams", c => c
                    .{|#0:PrivatePeering|}(100, p => p{{Links}}.Ipv6(v6 => v6.Primary("2001:db8:100::/126", ce1).Secondary("2001:db8:100::4/126", ce2)))
                    .{|#1:MicrosoftPeering|}(200, m => m.Primary("203.0.113.0/30", ce1).Secondary("203.0.113.4/30", ce2)));
        """),
        ER5002(0),
        ER5002(1, "MicrosoftPeering"));

    [Fact]
    public Task A_key_set_by_a_helper_is_followed() => Verify.Rules("ER5002").AnalyzerAsync(
        Verify.Design(
            $$"""
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => Authenticated(p{{Links}})));
                    d.Circuit("er-lon", c => c.{|#0:PrivatePeering|}(100, p => Plain(p)));
            """,
            """
                private static void Authenticated(PrivatePeeringBuilder peering) => peering.Md5Key(Secret.Parameter("key"));

                private static void Plain(PrivatePeeringBuilder peering) => peering.PeerAsn(65010);
            """),
        ER5002(0, circuit: "er-lon"));

    [Fact]
    public Task Block_bodied_configurations_are_followed() => Verify.Rules("ER5002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c =>
                {
                    c.{|#0:PrivatePeering|}(100, p =>
                    {
                        p.Primary("192.168.100.128/30", ce1);
                        p.Secondary("192.168.100.132/30", ce2);
                    });
                    c.MicrosoftPeering(200, m =>
                    {
                        m.Primary("203.0.113.0/30", ce1);
                        m.Md5Key(Secret.Parameter("msftKey"));
                    });
                });
        """),
        ER5002(0));

    [Fact]
    public Task A_peering_configuration_in_a_local_is_followed() => Verify.Rules("ER5002").AnalyzerAsync(
        Verify.Design("""
                Action<PrivatePeeringBuilder> unauthenticated = p => p.Primary("192.168.100.128/30", ce1);
                Action<PrivatePeeringBuilder> authenticated = p => p.Primary("192.168.100.128/30", ce1).Md5Key(Secret.Parameter("key"));
                d.Circuit("er-ams", c => c.{|#0:PrivatePeering|}(100, unauthenticated));
                d.Circuit("er-lon", c => c.PrivatePeering(100, authenticated));
        """),
        ER5002(0));

    [Fact]
    public Task A_peering_in_a_helper_of_another_file_is_reported_at_the_call_with_the_real_place_as_additional_location() =>
        Verify.Rules("ER5002").AnalyzerAsync(
            [
                Verify.Design("""
                        d.Circuit("er-ams", c => Peerings.{|#0:Private|}(c, ce1));
                """),
                """
                using ErAnalyzers.Dsl;

                static class Peerings
                {
                    public static void Private(CircuitBuilder circuit, RouterBuilder router) =>
                        circuit.{|#1:PrivatePeering|}(100, p => p.Primary("192.168.100.128/30", router));
                }
                """,
            ],
            ER5002(0).WithLocation(1).InFile("Test1.cs", 6));

    [Theory]
    [InlineData("a key set inside an if", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p =>
                {
                    p.Primary("192.168.100.128/30", ce1);
                    if (Environment.ProcessorCount > 0)
                    {
                        p.Md5Key(Secret.Parameter("key"));
                    }
                }));
        """, "")]
    [InlineData("the peering builder handed to an external method", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => GC.KeepAlive(p.Primary("192.168.100.128/30", ce1))));
        """, "")]
    [InlineData("a configuration delegate from a parameter", """
                Add(d, p => p.Md5Key(Secret.Parameter("key")));
        """, """
            private static void Add(DesignBuilder d, Action<PrivatePeeringBuilder> configure) => d.Circuit("er-ams", c => c.PrivatePeering(100, configure));
        """)]
    [InlineData("a virtual helper that an override may replace", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => new Peerings().Configure(p)));
        """, """
            private class Peerings { public virtual void Configure(PrivatePeeringBuilder p) => p.PeerAsn(65010); }
        """)]
    public Task What_the_evaluator_cannot_follow_keeps_the_rule_silent(string form, string body, string members) =>
        Verify.Rules("ER5002").AnalyzerAsync(Verify.Design($"        // {form}\n{body}", members));
}
