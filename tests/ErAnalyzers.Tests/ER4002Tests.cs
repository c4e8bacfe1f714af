using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER4002 (link subnets of a circuit overlap), as the analyzer reports it from DSL source.</summary>
public class ER4002Tests
{
    /// <summary>Reported on marker <paramref name="link"/>, with the earlier link (marker <paramref name="earlier"/>) as additional location.</summary>
    private static DiagnosticResult ER4002(int link, int earlier, string role, string subnet, string earlierSubnet, string other, string circuit = "er-ams", string peering = "AzurePrivatePeering") =>
        Verify.Diagnostic("ER4002").WithLocation(link).WithLocation(earlier).WithArguments(circuit, peering, role, subnet, earlierSubnet, other);

    [Fact]
    public Task Identical_primary_and_secondary_are_reported_on_the_secondary_with_the_primary_as_additional_location() => Verify.Rules("ER4002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
                        .{|#1:Primary|}("192.168.100.128/30", ce1, link => link.Bfd())
                        .{|#0:Secondary|}("192.168.100.128/30", ce2, link => link.Bfd())));
        """),
        ER4002(0, 1, "secondary IPv4", "192.168.100.128/30", "192.168.100.128/30", "the primary IPv4 link")
            .WithMessage("The secondary IPv4 link subnet '192.168.100.128/30' of peering 'AzurePrivatePeering' in circuit 'er-ams' overlaps '192.168.100.128/30' of the primary IPv4 link: give each link its own subnet"));

    [Fact]
    public Task A_29_that_holds_the_other_link_is_reported() => Verify.Rules("ER4002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .{|#1:Primary|}("192.168.100.132/30", ce1)
                    .{|#0:Secondary|}("192.168.100.128/29", ce2)));
        """),
        ER4002(0, 1, "secondary IPv4", "192.168.100.128/29", "192.168.100.132/30", "the primary IPv4 link"));

    [Fact]
    public Task An_overlap_across_peerings_names_the_other_peering() => Verify.Rules("ER4002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .PrivatePeering(100, p => p
                        .Primary("203.0.113.0/30", ce1)
                        .{|#1:Secondary|}("203.0.113.4/30", ce2))
                    .MicrosoftPeering(200, m => m
                        .Primary("203.0.113.8/30", ce1)
                        .{|#0:Secondary|}("203.0.113.4/30", ce2)
                        .AdvertisePublicPrefix("198.51.100.0/24")));
        """),
        ER4002(0, 1, "secondary IPv4", "203.0.113.4/30", "203.0.113.4/30", "the secondary IPv4 link of peering 'AzurePrivatePeering'", peering: "MicrosoftPeering"));

    [Fact]
    public Task Identical_ipv6_links_are_reported() => Verify.Rules("ER4002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1)
                    .Secondary("192.168.100.132/30", ce2)
                    .Ipv6(v6 => v6
                        .{|#1:Primary|}("2001:db8:100::/126", ce1)
                        .{|#0:Secondary|}("2001:db8:100::/126", ce2))));
        """),
        ER4002(0, 1, "secondary IPv6", "2001:db8:100::/126", "2001:db8:100::/126", "the primary IPv6 link"));

    [Fact]
    public Task Good_design_and_the_same_subnets_in_two_circuits_are_silent() => Verify.Rules("ER4002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2)
                        .Ipv6(v6 => v6.Primary("2001:db8:100::/126", ce1).Secondary("2001:db8:100::4/126", ce2)))
                    .MicrosoftPeering(200, m => m.Primary("203.0.113.0/30", ce1).Secondary("203.0.113.4/30", ce2)));
                d.Circuit("er-lon", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1)
                    .Secondary("192.168.100.132/30", ce2)));
        """));

    [Fact]
    public Task Locals_and_const_fields_are_followed() => Verify.Rules("ER4002").AnalyzerAsync(
        Verify.Design(
            """
                    const string Same = Block + ".128/30";
                    var again = Same;
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.{|#1:Primary|}(Same, ce1).{|#0:Secondary|}(again, ce2)));
            """,
            """
                private const string Block = "192.168.100";
            """),
        ER4002(0, 1, "secondary IPv4", "192.168.100.128/30", "192.168.100.128/30", "the primary IPv4 link"));

    [Fact]
    public Task Interpolated_subnets_are_followed() => Verify.Rules("ER4002").AnalyzerAsync(
        Verify.Design(
            """
                    const int Octet = 128;
                    d.Circuit($"er-{City}", c => c.PrivatePeering(100, p => p
                        .{|#1:Primary|}($"{Block}.{Octet}/30", ce1)
                        .{|#0:Secondary|}($"{Block}.{Octet}/30", ce2)));
            """,
            """
                private const string City = "ams";
                private const string Block = "192.168.100";
            """),
        ER4002(0, 1, "secondary IPv4", "192.168.100.128/30", "192.168.100.128/30", "the primary IPv4 link"));

    [Fact]
    public Task Block_bodied_lambdas_and_a_helper_method_are_followed() => Verify.Rules("ER4002").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c =>
                    {
                        c.PrivatePeering(100, p =>
                        {
                            p.{|#1:Primary|}("192.168.100.128/30", ce1);
                            Secondary(p, ce2);
                        });
                    });
            """,
            """
                private static void Secondary(PrivatePeeringBuilder peering, RouterBuilder router) =>
                    peering.{|#0:Secondary|}("192.168.100.128/30", router);
            """),
        ER4002(0, 1, "secondary IPv4", "192.168.100.128/30", "192.168.100.128/30", "the primary IPv4 link"));

    [Fact]
    public Task Links_written_in_a_helper_of_another_file_are_reported_at_the_call_with_both_links_as_additional_locations() => Verify.Rules("ER4002").AnalyzerAsync(
        [
            Verify.Design("""
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => Links.{|#0:Same|}(p, ce1, ce2)));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Links
            {
                public static void Same(PrivatePeeringBuilder peering, RouterBuilder first, RouterBuilder second) =>
                    peering.{|#2:Primary|}("192.168.100.128/30", first).{|#1:Secondary|}("192.168.100.128/30", second);
            }
            """,
        ],
        Verify.Diagnostic("ER4002").WithLocation(0).WithLocation(1).WithLocation(2)
            .WithArguments("er-ams", "AzurePrivatePeering", "secondary IPv4", "192.168.100.128/30", "192.168.100.128/30", "the primary IPv4 link").InFile("Test1.cs", 6));

    [Fact]
    public Task Several_circuits_are_reported_each_on_its_own() => Verify.Rules("ER4002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("10.0.1.0/30", ce1).Secondary("10.0.1.4/30", ce2)));
                d.Circuit("er-lon", c => c.PrivatePeering(100, p => p.{|#1:Primary|}("10.0.2.0/30", ce1).{|#0:Secondary|}("10.0.2.0/30", ce2)));
                d.Circuit("er-fra", c => c
                    .PrivatePeering(100, p => p.{|#3:Primary|}("10.0.3.0/30", ce1).Secondary("10.0.3.4/30", ce2))
                    .MicrosoftPeering(200, m => m.{|#2:Primary|}("10.0.3.0/29", ce1).Secondary("203.0.113.4/30", ce2)));
        """),
        ER4002(0, 1, "secondary IPv4", "10.0.2.0/30", "10.0.2.0/30", "the primary IPv4 link", circuit: "er-lon"),
        ER4002(2, 3, "primary IPv4", "10.0.3.0/29", "10.0.3.0/30", "the primary IPv4 link of peering 'AzurePrivatePeering'", circuit: "er-fra", peering: "MicrosoftPeering"));

    [Theory]
    [InlineData("a parameter", """
        // Add is called by code outside the designs of this file: its parameters are unknown here.
        """, """
            public static void Add(DesignBuilder d, string subnet) =>
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce).Secondary(subnet, ce)));
            private static readonly RouterBuilder ce = null!;
        """)]
    [InlineData("a method of the framework", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1)
                    .Secondary(Environment.GetEnvironmentVariable("SUBNET") ?? "192.168.100.128/30", ce2)));
        """, "")]
    [InlineData("a subnet chosen at run time", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1)
                    .Secondary(Environment.ProcessorCount > 1 ? "192.168.100.128/30" : "192.168.100.132/30", ce2)));
        """, "")]
    public Task A_subnet_the_analyzer_cannot_know_keeps_the_rule_silent(string form, string body, string members) =>
        Verify.Rules("ER4002").AnalyzerAsync(Verify.Design($"        // {form}\n{body}", members));
}
