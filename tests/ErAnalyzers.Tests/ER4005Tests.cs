using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER4005 (private addresses on Microsoft peering), as the analyzer reports it from DSL source.</summary>
public class ER4005Tests
{
    private const string Rfc1918 = "RFC 1918";
    private const string UniqueLocal = "IPv6 unique local, fc00::/7";

    private static DiagnosticResult ER4005(int marker, string what, string value, string range, string circuit = "er-ams") =>
        Verify.Diagnostic("ER4005").WithLocation(marker).WithArguments(circuit, what, value, range);

    [Fact]
    public Task A_private_link_subnet_of_a_fluent_chain_is_reported_on_the_link_call() => Verify.Rules("ER4005").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Premium, BillingModel.MeteredData)
                    .MicrosoftPeering(200, m => m
                        .{|#0:Primary|}("10.0.0.0/30", ce1, link => link.Bfd())
                        .Secondary("203.0.113.4/30", ce2, link => link.Bfd())
                        .AdvertisePublicPrefix("198.51.100.0/24")
                        .RoutingRegistry("RIPENCC")));
        """),
        ER4005(0, "primary IPv4 link subnet", "10.0.0.0/30", Rfc1918)
            .WithMessage("The primary IPv4 link subnet '10.0.0.0/30' of Microsoft peering in circuit 'er-ams' is a private address (RFC 1918): use public addresses registered to you"));

    [Theory]
    [InlineData("10.255.255.252/30")]
    [InlineData("172.16.0.0/30")]
    [InlineData("172.31.255.252/30")]
    [InlineData("192.168.0.0/30")]
    public Task Each_rfc_1918_range_is_reported(string subnet) => Verify.Rules("ER4005").AnalyzerAsync(
        Verify.Design($$"""
                d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m
                    .Primary("203.0.113.0/30", ce1)
                    .{|#0:Secondary|}("{{subnet}}", ce2)));
        """),
        ER4005(0, "secondary IPv4 link subnet", subnet, Rfc1918));

    [Fact]
    public Task A_private_advertised_prefix_is_reported_on_its_call() => Verify.Rules("ER4005").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m
                    .Primary("203.0.113.0/30", ce1)
                    .Secondary("203.0.113.4/30", ce2)
                    .AdvertisePublicPrefix("198.51.100.0/24")
                    .{|#0:AdvertisePublicPrefix|}("192.168.0.0/16")));
        """),
        ER4005(0, "advertised public prefix", "192.168.0.0/16", Rfc1918));

    [Fact]
    public Task Unique_local_ipv6_links_and_prefixes_are_reported() => Verify.Rules("ER4005").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m
                    .Primary("203.0.113.0/30", ce1)
                    .Secondary("203.0.113.4/30", ce2)
                    .Ipv6(v6 => v6
                        .{|#0:Primary|}("fd00:100::/126", ce1)
                        .Secondary("2001:db8:200::4/126", ce2))
                    .{|#1:AdvertisePublicPrefix|}("fc00:1::/48")));
        """),
        ER4005(0, "primary IPv6 link subnet", "fd00:100::/126", UniqueLocal),
        ER4005(1, "advertised public prefix", "fc00:1::/48", UniqueLocal));

    [Fact]
    public Task Private_peering_may_use_private_addresses_and_public_microsoft_peering_is_silent() => Verify.Rules("ER4005").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .PrivatePeering(100, p => p
                        .Primary("10.0.0.0/30", ce1)
                        .Secondary("10.0.0.4/30", ce2)
                        .Ipv6(v6 => v6.Primary("fd00:100::/126", ce1).Secondary("fd00:100::4/126", ce2)))
                    .MicrosoftPeering(200, m => m
                        .Primary("203.0.113.0/30", ce1)
                        .Secondary("203.0.113.4/30", ce2)
                        .Ipv6(v6 => v6.Primary("2001:db8:200::/126", ce1).Secondary("2001:db8:200::4/126", ce2))
                        .AdvertisePublicPrefix("198.51.100.0/24")
                        .AdvertisePublicPrefix("172.32.0.0/16")
                        .AdvertisePublicPrefix("100.64.0.0/10")));
        """));

    [Fact]
    public Task Locals_const_fields_and_interpolated_strings_are_followed() => Verify.Rules("ER4005").AnalyzerAsync(
        Verify.Design(
            """
                    const int Octet = 20;
                    var nat = $"{Private}.{Octet}.0.0/16";
                    d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m
                        .{|#0:Primary|}(Private + ".0.0.0/30", ce1)
                        .Secondary("203.0.113.4/30", ce2)
                        .{|#1:AdvertisePublicPrefix|}(nat)));
            """,
            """
                private const string Private = "10";
            """),
        ER4005(0, "primary IPv4 link subnet", "10.0.0.0/30", Rfc1918),
        ER4005(1, "advertised public prefix", "10.20.0.0/16", Rfc1918));

    [Fact]
    public Task A_helper_method_is_followed_and_reported_where_the_prefix_is_written() => Verify.Rules("ER4005").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => Public(m, ce1, ce2, "192.168.50.0/24")));
                    d.Circuit("er-lon", c => c.MicrosoftPeering(200, m => Public(m, ce1, ce2, "198.51.100.0/24")));
            """,
            """
                private static MicrosoftPeeringBuilder Public(MicrosoftPeeringBuilder m, RouterBuilder first, RouterBuilder second, string prefix) => m
                    .Primary("203.0.113.0/30", first)
                    .Secondary("203.0.113.4/30", second)
                    .{|#0:AdvertisePublicPrefix|}(prefix);
            """),
        ER4005(0, "advertised public prefix", "192.168.50.0/24", Rfc1918));

    [Fact]
    public Task A_link_written_in_a_helper_of_another_file_is_reported_at_the_call_with_the_link_as_additional_location() => Verify.Rules("ER4005").AnalyzerAsync(
        [
            Verify.Design("""
                    d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => Links.{|#0:Nat|}(m, ce1)));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Links
            {
                public static void Nat(MicrosoftPeeringBuilder peering, RouterBuilder router) =>
                    peering.{|#1:Primary|}("172.16.0.0/30", router);
            }
            """,
        ],
        ER4005(0, "primary IPv4 link subnet", "172.16.0.0/30", Rfc1918).WithLocation(1).InFile("Test1.cs", 6));

    [Fact]
    public Task Several_circuits_are_reported_each_on_its_own() => Verify.Rules("ER4005").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m.Primary("203.0.113.0/30", ce1).Secondary("203.0.113.4/30", ce2)));
                d.Circuit("er-lon", c => c.MicrosoftPeering(200, m => m.Primary("203.0.113.8/30", ce1).{|#0:Secondary|}("192.168.1.4/30", ce2)));
                d.Circuit("er-fra", c => c.MicrosoftPeering(200, m => m.AdvertisePublicPrefix("198.51.100.0/24").{|#1:AdvertisePublicPrefix|}("10.0.0.0/8")));
        """),
        ER4005(0, "secondary IPv4 link subnet", "192.168.1.4/30", Rfc1918, circuit: "er-lon"),
        ER4005(1, "advertised public prefix", "10.0.0.0/8", Rfc1918, circuit: "er-fra"));

    [Theory]
    [InlineData("a parameter", """
        // Add is called by code outside the designs of this file: its parameters are unknown here.
        """, """
            public static void Add(DesignBuilder d, string subnet) =>
                d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m.Primary(subnet, ce)));
            private static readonly RouterBuilder ce = null!;
        """)]
    [InlineData("a prefix read at run time", """
                d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m.AdvertisePublicPrefix(Environment.GetEnvironmentVariable("NAT") ?? "10.0.0.0/8")));
        """, "")]
    [InlineData("a prefix with host bits, which the DSL rejects", """
                d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m.AdvertisePublicPrefix("10.0.0.1/8")));
        """, "")]
    public Task A_value_the_analyzer_cannot_know_keeps_the_rule_silent(string form, string body, string members) =>
        Verify.Rules("ER4005").AnalyzerAsync(Verify.Design($"        // {form}\n{body}", members));
}
