using System.Linq;
using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>
/// ER3003 (more prefixes on a BGP session than the peering accepts), as the analyzer reports it from DSL source.
/// The designs are generated: thousands of <c>Advertise(...)</c> statements, each a prefix of its own.
/// </summary>
public class ER3003Tests
{
    private static DiagnosticResult ER3003(int marker, string count, string where, string limit, string family = "IPv4", string peering = "AzurePrivatePeering", string circuit = "er-ams") =>
        Verify.Diagnostic("ER3003").WithLocation(marker).WithArguments(circuit, peering, family, count, where, limit);

    /// <summary>The <paramref name="index"/>th /24 of <paramref name="first"/>.0.0.0/8, or /48 of 2001:db8::/32.</summary>
    private static string Prefix(int index, bool ipv6 = false, int first = 10) =>
        ipv6 ? $"2001:db8:{index:x}::/48" : $"{first}.{index / 256}.{index % 256}.0/24";

    /// <summary>One statement per prefix: <c>link.Advertise("10.0.0.0/24");</c>, ...</summary>
    private static string Statements(string call, int count, bool ipv6 = false, int first = 10, int from = 0) =>
        string.Join("\n", Enumerable.Range(from, count).Select(i => $"                {call}(\"{Prefix(i, ipv6, first)}\");"));

    /// <summary>One chained call per prefix: <c>.Advertise("10.0.0.0/24").Advertise(...)</c>.</summary>
    private static string Chain(string call, int count, bool ipv6 = false, int first = 10, int from = 0) =>
        string.Concat(Enumerable.Range(from, count).Select(i => $".{call}(\"{Prefix(i, ipv6, first)}\")"));

    /// <summary>A private peering whose primary link advertises <paramref name="count"/> IPv4 prefixes, on a circuit of <paramref name="sku"/>.</summary>
    private static string PrivateCircuit(string sku, int count, string marker = "Primary") => $$"""
                d.Circuit("er-ams", c => c
                    .Sku({{sku}})
                    .PrivatePeering(100, p => p
                        .{{marker}}("192.168.100.128/30", ce1, link =>
                        {
        {{Statements("link.Advertise", count)}}
                        })
                        .Secondary("192.168.100.132/30", ce2, link => link.Advertise("10.0.0.0/8"))));
        """;

    [Fact]
    public Task A_standard_circuit_with_4001_prefixes_on_a_private_session_is_an_error() => Verify.Rules("ER3003").AnalyzerAsync(
        Verify.Design(PrivateCircuit("CircuitTier.Standard, BillingModel.MeteredData", 4_001, "{|#0:Primary|}")),
        ER3003(0, "4,001", "the primary link", "4,000"));

    [Fact]
    public Task A_standard_circuit_with_4000_prefixes_on_a_private_session_is_silent() => Verify.Rules("ER3003").AnalyzerAsync(
        Verify.Design(PrivateCircuit("CircuitTier.Local, BillingModel.UnlimitedData", 4_000)));

    [Fact]
    public Task A_premium_circuit_accepts_more_than_4000() => Verify.Rules("ER3003").AnalyzerAsync(
        Verify.Design(PrivateCircuit("CircuitTier.Premium, BillingModel.MeteredData", 4_001)));

    [Fact]
    public Task A_premium_circuit_with_10001_prefixes_is_an_error() => Verify.Rules("ER3003").AnalyzerAsync(
        Verify.Design(PrivateCircuit("CircuitTier.Premium, BillingModel.MeteredData", 10_001, "{|#0:Primary|}")),
        ER3003(0, "10,001", "the primary link", "10,000"));

    [Fact]
    public Task A_tier_chosen_at_run_time_may_be_premium_so_4001_is_silent() => Verify.Rules("ER3003").AnalyzerAsync(
        Verify.Design(PrivateCircuit("Environment.ProcessorCount > 1 ? CircuitTier.Premium : CircuitTier.Standard, BillingModel.MeteredData", 4_001)));

    [Fact]
    public Task Private_ipv6_sessions_accept_100_prefixes() => Verify.Rules("ER3003").AnalyzerAsync(
        Verify.Design($$"""
                d.Circuit("er-ams", c => c
                    .Sku(CircuitTier.Premium, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2)
                        .Ipv6(v6 => v6
                            .Primary("2001:db8:100::/126", ce1, link => link{{Chain("Advertise", 100, ipv6: true)}})
                            .{|#0:Secondary|}("2001:db8:100::4/126", ce2, link => link{{Chain("Advertise", 101, ipv6: true)}}))));
        """),
        ER3003(0, "101", "the secondary link", "100", "IPv6"));

    [Fact]
    public Task Microsoft_peering_accepts_200_prefixes_per_session() => Verify.Rules("ER3003").AnalyzerAsync(
        Verify.Design($$"""
                d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m
                    .Primary("203.0.113.0/30", ce1, link => link{{Chain("Advertise", 200, first: 20)}})
                    .{|#0:Secondary|}("203.0.113.4/30", ce2, link => link{{Chain("Advertise", 201, first: 20)}})));
        """),
        ER3003(0, "201", "the secondary link", "200", peering: "MicrosoftPeering"));

    [Fact]
    public Task Public_prefixes_count_on_every_session_with_the_links_own() => Verify.Rules("ER3003").AnalyzerAsync(
        Verify.Design($$"""
                d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m
                    .{|#0:Primary|}("203.0.113.0/30", ce1, link => link{{Chain("Advertise", 51, first: 20, from: 150)}})
                    .Secondary("203.0.113.4/30", ce2, link => link{{Chain("Advertise", 50, first: 20, from: 150)}})
                    {{Chain("AdvertisePublicPrefix", 150, first: 20)}}));
        """),
        ER3003(0, "201", "the primary link", "200", peering: "MicrosoftPeering"));

    [Fact]
    public Task Too_many_public_prefixes_are_reported_once_on_the_microsoft_peering() => Verify.Rules("ER3003").AnalyzerAsync(
        Verify.Design($$"""
                d.Circuit("er-ams", c => c.{|#0:MicrosoftPeering|}(200, m =>
                {
                    m.Primary("203.0.113.0/30", ce1);
                    m.Secondary("203.0.113.4/30", ce2);
        {{Statements("m.AdvertisePublicPrefix", 201, first: 20)}}
                }));
        """),
        ER3003(0, "201", "each link", "200", peering: "MicrosoftPeering"));

    [Fact]
    public Task Public_ipv6_prefixes_count_on_the_ipv6_sessions() => Verify.Rules("ER3003").AnalyzerAsync(
        Verify.Design($$"""
                d.Circuit("er-ams", c => c.{|#0:MicrosoftPeering|}(200, m => m
                    .Primary("203.0.113.0/30", ce1)
                    .Secondary("203.0.113.4/30", ce2)
                    .Ipv6(v6 => v6.Primary("2001:db8:200::/126", ce1).Secondary("2001:db8:200::4/126", ce2))
                    {{Chain("AdvertisePublicPrefix", 201, ipv6: true)}}
                    {{Chain("AdvertisePublicPrefix", 200, first: 20)}}));
        """),
        ER3003(0, "201", "each link", "200", "IPv6", "MicrosoftPeering"));

    [Fact]
    public Task A_prefix_advertised_twice_counts_once() => Verify.Rules("ER3003").AnalyzerAsync(
        Verify.Design($$"""
                d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m
                    .Primary("203.0.113.0/30", ce1, link => link{{Chain("Advertise", 200, first: 20)}}.Advertise("{{Prefix(0, first: 20)}}"))
                    .Secondary("203.0.113.4/30", ce2, link => link{{Chain("Advertise", 100, first: 20)}})
                    {{Chain("AdvertisePublicPrefix", 100, first: 20, from: 100)}}));
        """));

    [Fact]
    public Task Unknown_prefixes_may_repeat_known_ones_so_they_are_not_counted() => Verify.Rules("ER3003").AnalyzerAsync(
        Verify.Design($$"""
                d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m
                    .Primary("203.0.113.0/30", ce1, link => link{{Chain("Advertise", 200, first: 20)}}
                        .Advertise(Environment.GetEnvironmentVariable("EXTRA_PREFIX")!)
                        .Advertise($"20.0.{Environment.ProcessorCount}.0/24"))
                    .Secondary("203.0.113.4/30", ce2)));
        """));

    [Fact]
    public Task Prefixes_advertised_by_a_helper_and_named_by_constants_are_counted() => Verify.Rules("ER3003").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m
                        .{|#0:Primary|}("203.0.113.0/30", ce1, AllOfThem)
                        .Secondary("203.0.113.4/30", ce2, link => link.Advertise($"{Net}.0.0/24"))));
            """,
            $$"""
                private const string Net = "20.0";

                private static void AllOfThem(LinkBuilder link)
                {
            {{Statements("link.Advertise", 201, first: 20)}}
                }
            """),
        ER3003(0, "201", "the primary link", "200", peering: "MicrosoftPeering"));

    [Fact]
    public Task Prefixes_advertised_in_a_loop_are_not_seen_so_the_rule_is_silent() => Verify.Rules("ER3003").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.Sku(CircuitTier.Standard, BillingModel.MeteredData).PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link =>
                    {
                        for (int i = 0; i < 5000; i++)
                        {
                            link.Advertise($"10.{i / 256}.{i % 256}.0/24");
                        }
                    })
                    .Secondary("192.168.100.132/30", ce2)));
        """));

    [Fact]
    public Task Prefixes_before_code_the_analyzer_cannot_follow_are_not_counted() => Verify.Rules("ER3003").AnalyzerAsync(
        Verify.Design($$"""
                d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m
                    .Primary("203.0.113.0/30", ce1, link => GC.KeepAlive(link{{Chain("Advertise", 201, first: 20)}}))
                    .Secondary("203.0.113.4/30", ce2)));
        """));
}
