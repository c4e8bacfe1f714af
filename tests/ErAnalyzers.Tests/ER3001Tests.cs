using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER3001 (a link without BFD), as the analyzer reports it from DSL source.</summary>
public class ER3001Tests
{
    private static DiagnosticResult ER3001(int marker, string role, string family = "IPv4", string peering = "AzurePrivatePeering", string circuit = "er-ams") =>
        Verify.Diagnostic("ER3001").WithLocation(marker).WithArguments(circuit, peering, family, role);

    [Fact]
    public Task A_link_without_bfd_in_a_fluent_chain_is_reported_on_its_call() => Verify.Rules("ER3001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1, link => link.Bfd().Advertise("10.10.0.0/16"))
                        .{|#0:Secondary|}("192.168.100.132/30", ce2, link => link.Advertise("10.10.0.0/16"))));
        """),
        ER3001(0, "secondary"));

    [Fact]
    public Task Links_without_any_configuration_are_each_reported() => Verify.Rules("ER3001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .{|#0:Primary|}("192.168.100.128/30", ce1)
                    .{|#1:Secondary|}("192.168.100.132/30", ce2)));
        """),
        ER3001(0, "primary"),
        ER3001(1, "secondary"));

    [Fact]
    public Task A_design_with_bfd_on_every_session_is_silent() => Verify.Rules("ER3001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .Sku(CircuitTier.Premium, BillingModel.UnlimitedData)
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1, link => link.Bfd())
                        .Secondary("192.168.100.132/30", ce2, link => link.Bfd(300, 3).Advertise("10.10.0.0/16"))
                        .Ipv6(v6 => v6
                            .Primary("2001:db8:100::/126", ce1, link => link.Bfd(multiplier: 5))
                            .Secondary("2001:db8:100::4/126", ce2, link => link.Bfd(750))))
                    .MicrosoftPeering(200, m => m
                        .Primary("203.0.113.0/30", ce1, link => link.Bfd())
                        .Secondary("203.0.113.4/30", ce2, link => link.Bfd())
                        .AdvertisePublicPrefix("198.51.100.0/24")));
        """));

    [Fact]
    public Task Ipv6_links_and_microsoft_peering_are_reported_with_their_family_and_peering() => Verify.Rules("ER3001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1, link => link.Bfd())
                        .Secondary("192.168.100.132/30", ce2, link => link.Bfd())
                        .Ipv6(v6 => v6
                            .Primary("2001:db8:100::/126", ce1, link => link.Bfd())
                            .{|#0:Secondary|}("2001:db8:100::4/126", ce2)))
                    .MicrosoftPeering(200, m => m
                        .{|#1:Primary|}("203.0.113.0/30", ce1)
                        .Secondary("203.0.113.4/30", ce2, link => link.Bfd())));
        """),
        ER3001(0, "secondary", "IPv6"),
        ER3001(1, "primary", peering: "MicrosoftPeering"));

    [Fact]
    public Task Bfd_with_timers_computed_at_run_time_counts_as_configured() => Verify.Rules("ER3001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link => link.Bfd(Environment.ProcessorCount * 100))
                    .Secondary("192.168.100.132/30", ce2, link => link.Bfd(multiplier: Environment.ProcessorCount))));
        """));

    [Fact]
    public Task Configurations_in_locals_and_method_groups_are_followed() => Verify.Rules("ER3001").AnalyzerAsync(
        Verify.Design(
            """
                    Action<LinkBuilder> tuned = link => link.Bfd();
                    Action<LinkBuilder> plain = link => link.Advertise("10.10.0.0/16");
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1, tuned)
                        .{|#0:Secondary|}("192.168.100.132/30", ce2, plain)));
                    d.Circuit("er-lon", c => c.PrivatePeering(100, p => p
                        .Primary("192.168.200.128/30", ce1, WithBfd)
                        .{|#1:Secondary|}("192.168.200.132/30", ce2, WithoutBfd)));
            """,
            """
                private static void WithBfd(LinkBuilder link) => link.Bfd().Advertise("10.10.0.0/16");

                private static void WithoutBfd(LinkBuilder link) => link.Advertise("10.10.0.0/16");
            """),
        ER3001(0, "secondary"),
        ER3001(1, "secondary", circuit: "er-lon"));

    [Fact]
    public Task Block_bodied_configurations_are_followed() => Verify.Rules("ER3001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c =>
                {
                    c.PrivatePeering(100, p =>
                    {
                        p.Primary("192.168.100.128/30", ce1, link =>
                        {
                            link.Advertise("10.10.0.0/16");
                            link.Bfd();
                        });
                        p.{|#0:Secondary|}("192.168.100.132/30", ce2, link =>
                        {
                            link.Advertise("10.10.0.0/16");
                        });
                    });
                });
        """),
        ER3001(0, "secondary"));

    [Fact]
    public Task A_link_written_in_a_helper_is_reported_there() => Verify.Rules("ER3001").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => Links(p, ce1, ce2)));
            """,
            """
                private static PrivatePeeringBuilder Links(PrivatePeeringBuilder peering, RouterBuilder first, RouterBuilder second) => peering
                    .{|#0:Primary|}("192.168.100.128/30", first)
                    .Secondary("192.168.100.132/30", second, link => link.Bfd());
            """),
        ER3001(0, "primary"));

    [Fact]
    public Task A_link_in_a_helper_of_another_file_is_reported_at_the_call_with_the_real_place_as_additional_location() =>
        Verify.Rules("ER3001").AnalyzerAsync(
            [
                Verify.Design("""
                        d.Circuit("er-ams", c => c.PrivatePeering(100, p => Links.{|#0:Redundant|}(p, ce1, ce2)));
                """),
                """
                using ErAnalyzers.Dsl;

                static class Links
                {
                    public static void Redundant(PrivatePeeringBuilder peering, RouterBuilder first, RouterBuilder second) => peering
                        .Primary("192.168.100.128/30", first, link => link.Bfd())
                        .{|#1:Secondary|}("192.168.100.132/30", second);
                }
                """,
            ],
            ER3001(0, "secondary").WithLocation(1).InFile("Test1.cs", 7));

    [Fact]
    public Task Several_circuits_flag_only_their_links_without_bfd() => Verify.Rules("ER3001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("10.0.1.0/30", ce1, l => l.Bfd())
                    .Secondary("10.0.1.4/30", ce2, l => l.Bfd())));
                d.Circuit("er-lon", c => c.PrivatePeering(100, p => p
                    .{|#0:Primary|}("10.0.2.0/30", ce1, l => l.Timers(10, 30))
                    .Secondary("10.0.2.4/30", ce2, l => l.Bfd())));
                d.Circuit("er-fra", c => c.MicrosoftPeering(200, p => p
                    .Primary("203.0.113.0/30", ce1, l => l.Bfd())
                    .{|#1:Secondary|}("203.0.113.4/30", ce3)));
        """),
        ER3001(0, "primary", circuit: "er-lon"),
        ER3001(1, "secondary", peering: "MicrosoftPeering", circuit: "er-fra"));

    [Theory]
    [InlineData("a configuration delegate from a parameter", """
        // Add is called by code outside the designs of this file: its parameters are unknown here.
        """, """
            public static void Add(DesignBuilder d, Action<LinkBuilder> configure) =>
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce(d), configure).Secondary("192.168.100.132/30", ce(d), configure)));
            private static RouterBuilder ce(DesignBuilder d) => d.Site("x", asn: 65010).Router("r");
        """)]
    [InlineData("a configuration returned by a method the analyzer cannot see", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, Configurations.Get())
                    .Secondary("192.168.100.132/30", ce2, Configurations.Get())));
        """, """
            private static class Configurations { public static Action<LinkBuilder> Get() => Environment.ProcessorCount > 1 ? l => l.Bfd() : l => l.Bfd(500); }
        """)]
    [InlineData("bfd enabled inside an if", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link => { if (Environment.ProcessorCount > 0) { link.Bfd(); } })
                    .Secondary("192.168.100.132/30", ce2, link => { if (Environment.ProcessorCount > 0) { link.Bfd(); } })));
        """, "")]
    [InlineData("the link builder handed to an external method", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link => GC.KeepAlive(link))
                    .Secondary("192.168.100.132/30", ce2, link => GC.KeepAlive(link))));
        """, "")]
    [InlineData("a configuration chosen at run time", """
                Action<LinkBuilder> fast = l => l.Bfd();
                Action<LinkBuilder> slow = l => l.Advertise("10.10.0.0/16");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, Environment.ProcessorCount > 1 ? fast : slow)
                    .Secondary("192.168.100.132/30", ce2, Environment.ProcessorCount > 1 ? fast : slow)));
        """, "")]
    public Task What_the_evaluator_cannot_follow_keeps_the_rule_silent(string form, string body, string members) =>
        Verify.Rules("ER3001").AnalyzerAsync(Verify.Design($"        // {form}\n{body}", members));

    [Fact]
    public Task The_rule_can_be_turned_off_in_editorconfig() => Verify.Rules("ER3001").AnalyzerWithEditorConfigAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
        """),
        "dotnet_diagnostic.ER3001.severity = none");
}
