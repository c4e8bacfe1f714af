using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER1007 (a session that ignores AS-path length), as the analyzer reports it from DSL source.</summary>
public class ER1007Tests
{
    private static DiagnosticResult ER1007(int marker, string role, string circuit = "er-ams", string peering = "AzurePrivatePeering", string family = "IPv4") =>
        Verify.Diagnostic("ER1007").WithLocation(marker).WithArguments(circuit, peering, family, role);

    [Fact]
    public Task A_link_ignoring_the_AS_path_is_reported_on_that_call() => Verify.Rules("ER1007").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1, link => link.Bfd())
                        .Secondary("192.168.100.132/30", ce2, link => link.Bfd().{|#0:IgnoreAsPathLength|}())));
        """),
        ER1007(0, "secondary").WithMessage(
            "The secondary link of peering 'AzurePrivatePeering' (IPv4) of circuit 'er-ams' ignores AS-path length: remove IgnoreAsPathLength(), because Microsoft lengthens the AS path to move traffic off a connection before maintenance"));

    [Fact]
    public Task Both_links_ignoring_the_AS_path_are_both_reported() => Verify.Rules("ER1007").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link => link.{|#0:IgnoreAsPathLength|}())
                    .Secondary("192.168.100.132/30", ce2, link => link.{|#1:IgnoreAsPathLength|}())));
        """),
        ER1007(0, "primary"),
        ER1007(1, "secondary"));

    [Fact]
    public Task Ipv6_and_microsoft_peering_sessions_are_reported_with_their_family_and_peering() => Verify.Rules("ER1007").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2)
                        .Ipv6(v6 => v6
                            .Primary("2001:db8:100::/126", ce1, link => link.{|#0:IgnoreAsPathLength|}())
                            .Secondary("2001:db8:100::4/126", ce2)))
                    .MicrosoftPeering(200, m => m
                        .Primary("203.0.113.0/30", ce1)
                        .Secondary("203.0.113.4/30", ce2, link => link.{|#1:IgnoreAsPathLength|}())));
        """),
        ER1007(0, "primary", family: "IPv6"),
        ER1007(1, "secondary", peering: "MicrosoftPeering"));

    [Fact]
    public Task Good_design_that_honours_the_AS_path_is_silent() => Verify.Rules("ER1007").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link => link.Bfd().LocalPreference(150).Advertise("10.10.0.0/16"))
                    .Secondary("192.168.100.132/30", ce2, link => link.Bfd().LocalPreference(150).Advertise("10.10.0.0/16"))));
        """));

    [Fact]
    public Task A_shared_link_configuration_is_reported_once_per_link_where_it_is_written() => Verify.Rules("ER1007").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1, EdgePolicy)
                        .Secondary("192.168.100.132/30", ce2, EdgePolicy)));
            """,
            """
                private static void EdgePolicy(LinkBuilder link) => link.Bfd().{|#0:IgnoreAsPathLength|}();
            """),
        ER1007(0, "primary"),
        ER1007(0, "secondary"));

    [Fact]
    public Task A_configuration_held_in_a_local_is_followed() => Verify.Rules("ER1007").AnalyzerAsync(
        Verify.Design("""
                Action<LinkBuilder> policy = link => link.{|#0:IgnoreAsPathLength|}();
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1)
                    .Secondary("192.168.100.132/30", ce2, policy)));
        """),
        ER1007(0, "secondary"));

    [Fact]
    public Task Block_bodied_lambdas_are_followed() => Verify.Rules("ER1007").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c =>
                {
                    c.PrivatePeering(100, p =>
                    {
                        p.Primary("192.168.100.128/30", ce1, link =>
                        {
                            link.Bfd();
                            link.{|#0:IgnoreAsPathLength|}();
                        });
                        p.Secondary("192.168.100.132/30", ce2);
                    });
                });
        """),
        ER1007(0, "primary"));

    [Fact]
    public Task Only_the_offending_sessions_of_several_circuits_are_reported() => Verify.Rules("ER1007").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("10.0.1.0/30", ce1).Secondary("10.0.1.4/30", ce2)));
                d.Circuit("er-lon", c => c.PrivatePeering(100, p => p.Primary("10.0.2.0/30", ce1, l => l.{|#0:IgnoreAsPathLength|}()).Secondary("10.0.2.4/30", ce2)));
                d.Circuit("er-fra", c => c.PrivatePeering(100, p => p.Primary("10.0.3.0/30", ce1).Secondary("10.0.3.4/30", ce2, l => l.{|#1:IgnoreAsPathLength|}())));
        """),
        ER1007(0, "primary", "er-lon"),
        ER1007(1, "secondary", "er-fra"));

    [Fact]
    public Task A_policy_in_a_helper_of_another_file_is_reported_at_the_call_with_the_real_place_as_additional_location() =>
        Verify.Rules("ER1007").AnalyzerAsync(
            [
                Verify.Design("""
                        d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                            .Primary("192.168.100.128/30", ce1)
                            .Secondary("192.168.100.132/30", ce2, Policies.{|#0:Sticky|})));
                """),
                """
                using ErAnalyzers.Dsl;

                static class Policies
                {
                    public static void Sticky(LinkBuilder link) => link.{|#1:IgnoreAsPathLength|}();
                }
                """,
            ],
            ER1007(0, "secondary").WithLocation(1).InFile("Test1.cs", 5));

    [Fact]
    public Task A_single_link_ignoring_the_AS_path_is_reported() => Verify.Rules("ER1007").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1, l => l.{|#0:IgnoreAsPathLength|}())));
        """),
        ER1007(0, "primary"));

    [Fact]
    public Task A_link_whose_other_settings_cannot_be_followed_is_still_reported() => Verify.Rules("ER1007").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link =>
                    {
                        GC.KeepAlive(link);
                        link.{|#0:IgnoreAsPathLength|}();
                    })
                    .Secondary("192.168.100.132/30", ce2)));
        """),
        ER1007(0, "primary"));

    [Fact]
    public Task Calls_the_evaluator_does_not_see_run_are_silent() => Verify.Rules("ER1007").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1, link =>
                        {
                            if (Environment.ProcessorCount > 64)
                            {
                                link.IgnoreAsPathLength();
                            }
                        })
                        .Secondary("192.168.100.132/30", ce2, Policy(Environment.ProcessorCount))));
            """,
            """
                private static Action<LinkBuilder> Policy(int cores) => cores > 64 ? link => link.IgnoreAsPathLength() : link => link.Bfd();
            """));
}
