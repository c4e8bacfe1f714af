using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER3002 (aggressive BGP timers instead of BFD), as the analyzer reports it from DSL source.</summary>
public class ER3002Tests
{
    private static DiagnosticResult ER3002(int marker, string role, string keepalive, string hold, string family = "IPv4", string peering = "AzurePrivatePeering", string circuit = "er-ams") =>
        Verify.Diagnostic("ER3002").WithLocation(marker).WithArguments(circuit, peering, family, role, keepalive, hold);

    private static string Links(string primary, string secondary) => $$"""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link => link{{primary}})
                    .Secondary("192.168.100.132/30", ce2, link => link{{secondary}})));
        """;

    [Fact]
    public Task Lowered_timers_without_bfd_are_reported_on_the_timers_call() => Verify.Rules("ER3002").AnalyzerAsync(
        Verify.Design(Links(".Advertise(\"10.10.0.0/16\").{|#0:Timers|}(10, 30)", ".Advertise(\"10.10.0.0/16\")")),
        ER3002(0, "primary", "10", "30"));

    [Fact]
    public Task Lowered_timers_next_to_bfd_are_silent() => Verify.Rules("ER3002").AnalyzerAsync(
        Verify.Design(Links(".Bfd().Timers(10, 30)", ".Timers(3, 10).Bfd(300, 3)")));

    [Theory]
    [InlineData(59, 180)]
    [InlineData(60, 179)]
    [InlineData(3, 10)]
    public Task A_keepalive_below_60_or_a_hold_below_180_is_aggressive(int keepalive, int hold) => Verify.Rules("ER3002").AnalyzerAsync(
        Verify.Design(Links($".{{|#0:Timers|}}({keepalive}, {hold})", ".Bfd()")),
        ER3002(0, "primary", keepalive.ToString(), hold.ToString()));

    [Theory]
    [InlineData(60, 180)]
    [InlineData(90, 270)]
    public Task Microsofts_timers_or_slower_ones_are_silent(int keepalive, int hold) => Verify.Rules("ER3002").AnalyzerAsync(
        Verify.Design(Links($".Timers({keepalive}, {hold})", $".Timers({keepalive}, {hold})")));

    [Fact]
    public Task Named_arguments_and_constants_are_read() => Verify.Rules("ER3002").AnalyzerAsync(
        Verify.Design(
            Links(".{|#0:Timers|}(holdSeconds: Hold, keepaliveSeconds: Keepalive)", ".{|#1:Timers|}(Keepalive * 2, Hold * 2)"),
            """
                private const int Keepalive = 5;
                private const int Hold = 15;
            """),
        ER3002(0, "primary", "5", "15"),
        ER3002(1, "secondary", "10", "30"));

    [Fact]
    public Task Timers_computed_at_run_time_are_silent() => Verify.Rules("ER3002").AnalyzerAsync(
        Verify.Design(Links(".Timers(Environment.ProcessorCount, 30)", ".Timers(10, Environment.ProcessorCount * 10)")));

    [Fact]
    public Task Bfd_with_timers_computed_at_run_time_counts_as_configured() => Verify.Rules("ER3002").AnalyzerAsync(
        Verify.Design(Links(".Timers(10, 30).Bfd(Environment.ProcessorCount * 100)", ".Timers(10, 30).Bfd(multiplier: Environment.ProcessorCount)")));

    [Fact]
    public Task Ipv6_links_and_microsoft_peering_are_reported_with_their_family_and_peering() => Verify.Rules("ER3002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1, link => link.Bfd().Timers(10, 30))
                        .Secondary("192.168.100.132/30", ce2)
                        .Ipv6(v6 => v6
                            .Primary("2001:db8:100::/126", ce1)
                            .Secondary("2001:db8:100::4/126", ce2, link => link.{|#0:Timers|}(20, 60))))
                    .MicrosoftPeering(200, m => m
                        .Primary("203.0.113.0/30", ce1, link => link.{|#1:Timers|}(30, 90))
                        .Secondary("203.0.113.4/30", ce2)));
        """),
        ER3002(0, "secondary", "20", "60", "IPv6"),
        ER3002(1, "primary", "30", "90", peering: "MicrosoftPeering"));

    [Fact]
    public Task Timers_set_by_a_helper_are_reported_in_the_helper() => Verify.Rules("ER3002").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1, Tuned)
                        .Secondary("192.168.100.132/30", ce2, Fast)));
            """,
            """
                private static void Tuned(LinkBuilder link) => link.Bfd(300, 3).Timers(10, 30);

                private static void Fast(LinkBuilder link)
                {
                    link.Advertise("10.10.0.0/16");
                    link.{|#0:Timers|}(10, 30);
                }
            """),
        ER3002(0, "secondary", "10", "30"));

    [Fact]
    public Task Timers_in_a_helper_of_another_file_are_reported_at_the_call_with_the_real_place_as_additional_location() =>
        Verify.Rules("ER3002").AnalyzerAsync(
            [
                Verify.Design("""
                        d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                            .Primary("192.168.100.128/30", ce1, link => Tuning.{|#0:Fast|}(link))
                            .Secondary("192.168.100.132/30", ce2, link => link.Bfd())));
                """),
                """
                using ErAnalyzers.Dsl;

                static class Tuning
                {
                    public static LinkBuilder Fast(LinkBuilder link) => link.{|#1:Timers|}(3, 10);
                }
                """,
            ],
            ER3002(0, "primary", "3", "10").WithLocation(1).InFile("Test1.cs", 5));

    [Fact]
    public Task Several_circuits_flag_only_their_aggressive_links() => Verify.Rules("ER3002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("10.0.1.0/30", ce1, l => l.Timers(10, 30).Bfd())
                    .Secondary("10.0.1.4/30", ce2, l => l.Timers(10, 30).Bfd())));
                d.Circuit("er-lon", c => c.PrivatePeering(100, p => p
                    .Primary("10.0.2.0/30", ce1, l => l.{|#0:Timers|}(10, 30))
                    .Secondary("10.0.2.4/30", ce2, l => l.{|#1:Timers|}(10, 30))));
        """),
        ER3002(0, "primary", "10", "30", circuit: "er-lon"),
        ER3002(1, "secondary", "10", "30", circuit: "er-lon"));

    [Theory]
    [InlineData("bfd enabled inside an if", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1, link =>
                {
                    link.Timers(10, 30);
                    if (Environment.ProcessorCount > 0)
                    {
                        link.Bfd();
                    }
                })));
        """)]
    [InlineData("the link builder handed to an external method", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1, link => GC.KeepAlive(link.Timers(10, 30)))));
        """)]
    [InlineData("a null-conditional call", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1, link => link.Timers(10, 30)?.Bfd())));
        """)]
    public Task What_the_evaluator_cannot_follow_keeps_the_rule_silent(string form, string body) =>
        Verify.Rules("ER3002").AnalyzerAsync(Verify.Design($"        // {form}\n{body}"));
}
