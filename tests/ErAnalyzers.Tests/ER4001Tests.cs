using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER4001 (a link subnet that is not a /30 or /126 network), as the analyzer reports it from DSL source.</summary>
public class ER4001Tests
{
    private const string Split29 = "it is a /29; each link needs its own /30: split it into 192.168.100.128/30 and 192.168.100.132/30";

    private static DiagnosticResult ER4001(int marker, string link, string subnet, string problem, string circuit = "er-ams", string peering = "AzurePrivatePeering") =>
        Verify.Diagnostic("ER4001").WithLocation(marker).WithArguments(circuit, peering, link, subnet, problem);

    [Fact]
    public Task A_29_on_the_primary_of_a_fluent_chain_is_reported_on_the_primary_call() => Verify.Rules("ER4001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
                        .{|#0:Primary|}("192.168.100.128/29", ce1, link => link.Bfd())
                        .Secondary("192.168.100.136/30", ce2, link => link.Bfd())));
        """),
        ER4001(0, "primary IPv4", "192.168.100.128/29", Split29)
            .WithMessage("The primary IPv4 link subnet '192.168.100.128/29' of peering 'AzurePrivatePeering' in circuit 'er-ams' is invalid: " + Split29));

    [Theory]
    [InlineData("192.168.100.132", "the prefix length is missing (expected address/length, for example 192.168.100.128/30)")]
    [InlineData("192.168.100.300/30", "'192.168.100.300' is not an IPv4 address (expected four numbers 0-255, for example 192.168.100.128)")]
    [InlineData("192.168.100.133/30", "host bits are set; the network is 192.168.100.132/30")]
    [InlineData("192.168.100.128/28", "it is a /28; each link needs a /30")]
    [InlineData("192.168.100.132/31", "it is a /31; each link needs a /30")]
    public Task Each_problem_of_a_secondary_subnet_is_named(string subnet, string problem) => Verify.Rules("ER4001").AnalyzerAsync(
        Verify.Design($$"""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1)
                    .{|#0:Secondary|}("{{subnet}}", ce2)));
        """),
        ER4001(0, "secondary IPv4", subnet, problem));

    [Fact]
    public Task Ipv6_links_need_a_126_of_their_family() => Verify.Rules("ER4001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1)
                    .Secondary("192.168.100.132/30", ce2)
                    .Ipv6(v6 => v6
                        .{|#0:Primary|}("2001:db8:100::/64", ce1)
                        .{|#1:Secondary|}("192.168.100.136/30", ce2))));
        """),
        ER4001(0, "primary IPv6", "2001:db8:100::/64", "it is a /64; each link needs a /126"),
        ER4001(1, "secondary IPv6", "192.168.100.136/30", "it is an IPv4 prefix on an IPv6 link"));

    [Fact]
    public Task Microsoft_peering_links_are_checked() => Verify.Rules("ER4001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m
                    .{|#0:Primary|}("203.0.113.0/29", ce1)
                    .Secondary("203.0.113.8/30", ce2)
                    .AdvertisePublicPrefix("198.51.100.0/24")));
        """),
        ER4001(0, "primary IPv4", "203.0.113.0/29", "it is a /29; each link needs its own /30: split it into 203.0.113.0/30 and 203.0.113.4/30", peering: "MicrosoftPeering"));

    [Fact]
    public Task Good_design_with_30s_and_126s_everywhere_is_silent() => Verify.Rules("ER4001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Premium, BillingModel.UnlimitedData)
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2)
                        .Ipv6(v6 => v6.Primary("2001:db8:100::/126", ce1).Secondary("2001:db8:100::4/126", ce2)))
                    .MicrosoftPeering(200, m => m
                        .Primary("203.0.113.0/30", ce1)
                        .Secondary("203.0.113.4/30", ce2)
                        .AdvertisePublicPrefix("198.51.100.0/24")));
        """));

    [Fact]
    public Task Locals_and_const_fields_are_followed() => Verify.Rules("ER4001").AnalyzerAsync(
        Verify.Design(
            """
                    const string Link1 = "192.168.100.128/31";
                    var link2 = Block + ".133/30";
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.{|#0:Primary|}(Link1, ce1).{|#1:Secondary|}(link2, ce2)));
            """,
            """
                private const string Block = "192.168.100";
            """),
        ER4001(0, "primary IPv4", "192.168.100.128/31", "it is a /31; each link needs a /30"),
        ER4001(1, "secondary IPv4", "192.168.100.133/30", "host bits are set; the network is 192.168.100.132/30"));

    [Fact]
    public Task Interpolated_subnets_and_circuit_names_are_followed() => Verify.Rules("ER4001").AnalyzerAsync(
        Verify.Design(
            """
                    const int Octet = 128;
                    d.Circuit($"er-{City}", c => c.PrivatePeering(100, p => p
                        .{|#0:Primary|}($"{Block}.{Octet}/29", ce1)
                        .Secondary($"{Block}.136/30", ce2)));
            """,
            """
                private const string City = "ams";
                private const string Block = "192.168.100";
            """),
        ER4001(0, "primary IPv4", "192.168.100.128/29", Split29));

    [Fact]
    public Task A_helper_method_is_followed_and_reported_where_the_link_is_written() => Verify.Rules("ER4001").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => Links(p, "192.168.100.128/29", ce1, ce2)));
                    d.Circuit("er-lon", c => c.PrivatePeering(100, p => Links(p, "192.168.200.128/30", ce1, ce2)));
            """,
            """
                private static PrivatePeeringBuilder Links(PrivatePeeringBuilder p, string subnet, RouterBuilder first, RouterBuilder second) =>
                    p.{|#0:Primary|}(subnet, first).Secondary("192.168.210.132/30", second);
            """),
        ER4001(0, "primary IPv4", "192.168.100.128/29", Split29));

    [Fact]
    public Task A_link_written_in_a_helper_of_another_file_is_reported_at_the_call_with_the_link_as_additional_location() => Verify.Rules("ER4001").AnalyzerAsync(
        [
            Verify.Design("""
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => Links.{|#0:Wide|}(p, ce1, ce2)));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Links
            {
                public static void Wide(PrivatePeeringBuilder peering, RouterBuilder first, RouterBuilder second) =>
                    peering.{|#1:Primary|}("192.168.100.128/29", first).Secondary("192.168.100.136/30", second);
            }
            """,
        ],
        ER4001(0, "primary IPv4", "192.168.100.128/29", Split29).WithLocation(1).InFile("Test1.cs", 6));

    [Fact]
    public Task Several_circuits_are_reported_each_on_its_own() => Verify.Rules("ER4001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("10.0.1.0/30", ce1).Secondary("10.0.1.4/30", ce2)));
                d.Circuit("er-lon", c => c.PrivatePeering(100, p => p.Primary("10.0.2.0/30", ce1).{|#0:Secondary|}("10.0.2.5/30", ce2)));
                d.Circuit("er-fra", c => c.PrivatePeering(100, p => p.{|#1:Primary|}("10.0.3.0", ce1).Secondary("10.0.3.4/30", ce2)));
        """),
        ER4001(0, "secondary IPv4", "10.0.2.5/30", "host bits are set; the network is 10.0.2.4/30", circuit: "er-lon"),
        ER4001(1, "primary IPv4", "10.0.3.0", "the prefix length is missing (expected address/length, for example 192.168.100.128/30)", circuit: "er-fra"));

    [Theory]
    [InlineData("a parameter", """
        // Add is called by code outside the designs of this file: its parameters are unknown here.
        """, """
            public static void Add(DesignBuilder d, string subnet) =>
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary(subnet, ce).Secondary("192.168.100.136/30", ce)));
            private static readonly RouterBuilder ce = null!;
        """)]
    [InlineData("a method of the framework", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary(Environment.GetEnvironmentVariable("SUBNET")!, ce1)));
        """, "")]
    [InlineData("a local reassigned", """
                var subnet = "192.168.100.128/29";
                subnet = "192.168.100.128/30";
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary(subnet, ce1)));
        """, "")]
    [InlineData("a non-const field", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary(Subnet, ce1)));
        """, """
            private static string Subnet = "192.168.100.128/29";
        """)]
    public Task A_subnet_the_analyzer_cannot_know_keeps_the_rule_silent(string form, string body, string members) =>
        Verify.Rules("ER4001").AnalyzerAsync(Verify.Design($"        // {form}\n{body}", members));

    [Fact]
    public Task Editorconfig_can_lower_the_severity() => Verify.Rules("ER4001").AnalyzerWithEditorConfigAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.{|#0:Primary|}("192.168.100.128/29", ce1)));
        """),
        "dotnet_diagnostic.ER4001.severity = warning",
        ER4001(0, "primary IPv4", "192.168.100.128/29", Split29).WithSeverity(DiagnosticSeverity.Warning));
}
