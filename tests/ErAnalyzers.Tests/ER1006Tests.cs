using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER1006 (a peering disabled), as the analyzer reports it from DSL source.</summary>
public class ER1006Tests
{
    private static DiagnosticResult ER1006(int marker, string circuit = "er-ams", string peering = "AzurePrivatePeering") =>
        Verify.Diagnostic("ER1006").WithLocation(marker).WithArguments(circuit, peering,
            "is disabled, so the BGP sessions of both its links are down: remove Disabled() to bring the peering up");

    /// <summary>Both links shut down: reported on the primary's Shutdown() (marker), the secondary's (marker + 1) as additional location.</summary>
    private static DiagnosticResult BothShut(int marker, string circuit = "er-ams", string peering = "AzurePrivatePeering", string family = "IPv4") =>
        Verify.Diagnostic("ER1006").WithLocation(marker).WithLocation(marker + 1).WithArguments(circuit, peering,
            $"has both its {family} links shut down on the customer edge, so neither BGP session comes up: remove Shutdown() from the links to bring the peering up");

    [Fact]
    public Task A_disabled_private_peering_is_reported_on_the_Disabled_call() => Verify.Rules("ER1006").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2)
                        .{|#0:Disabled|}()));
        """),
        ER1006(0).WithMessage(
            "Peering 'AzurePrivatePeering' of circuit 'er-ams' is disabled, so the BGP sessions of both its links are down: remove Disabled() to bring the peering up"));

    [Fact]
    public Task A_disabled_microsoft_peering_is_reported() => Verify.Rules("ER1006").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2))
                    .MicrosoftPeering(200, m => m
                        .{|#0:Disabled|}()
                        .Primary("203.0.113.0/30", ce1)
                        .Secondary("203.0.113.4/30", ce2)
                        .AdvertisePublicPrefix("198.51.100.0/24")));
        """),
        ER1006(0, peering: "MicrosoftPeering"));

    [Fact]
    public Task A_dual_stack_peering_disabled_is_reported_once() => Verify.Rules("ER1006").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1)
                    .Secondary("192.168.100.132/30", ce2)
                    .Ipv6(v6 => v6.Primary("2001:db8:100::/126", ce1).Secondary("2001:db8:100::4/126", ce2))
                    .{|#0:Disabled|}()));
        """),
        ER1006(0));

    [Fact]
    public Task Good_design_with_enabled_peerings_is_silent() => Verify.Rules("ER1006").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2))
                    .MicrosoftPeering(200, m => m.Primary("203.0.113.0/30", ce1).Secondary("203.0.113.4/30", ce2)));
        """));

    [Fact]
    public Task Only_the_disabled_peerings_of_several_circuits_are_reported() => Verify.Rules("ER1006").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("10.0.1.0/30", ce1).Secondary("10.0.1.4/30", ce2)));
                d.Circuit("er-lon", c => c.PrivatePeering(100, p => p.Primary("10.0.2.0/30", ce1).Secondary("10.0.2.4/30", ce2).{|#0:Disabled|}()));
                d.Circuit("er-fra", c => c
                    .PrivatePeering(100, p => p.Primary("10.0.3.0/30", ce1).Secondary("10.0.3.4/30", ce2).{|#1:Disabled|}())
                    .MicrosoftPeering(200, m => m.Primary("203.0.113.0/30", ce1).Secondary("203.0.113.4/30", ce2).{|#2:Disabled|}()));
        """),
        ER1006(0, "er-lon"),
        ER1006(1, "er-fra"),
        ER1006(2, "er-fra", "MicrosoftPeering"));

    [Fact]
    public Task Block_bodied_lambdas_are_followed() => Verify.Rules("ER1006").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c =>
                {
                    c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1));
                    c.PrivatePeering(100, p =>
                    {
                        p.Primary("192.168.100.128/30", ce1);
                        p.Secondary("192.168.100.132/30", ce2);
                        p.{|#0:Disabled|}();
                    });
                });
        """),
        ER1006(0));

    [Fact]
    public Task A_helper_and_a_method_group_are_followed() => Verify.Rules("ER1006").AnalyzerAsync(
        Verify.Design(
            """
                    void Maintenance(PrivatePeeringBuilder p) => Links(p, ce1, ce2).{|#1:Disabled|}();
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => Off(Links(p, ce1, ce2))));
                    d.Circuit("er-lon", c => c.PrivatePeering(100, Maintenance));
            """,
            """
                private static PrivatePeeringBuilder Links(PrivatePeeringBuilder p, RouterBuilder first, RouterBuilder second) =>
                    p.Primary("192.168.100.128/30", first).Secondary("192.168.100.132/30", second);

                private static void Off(PrivatePeeringBuilder p) => p.{|#0:Disabled|}();
            """),
        ER1006(0),
        ER1006(1, "er-lon"));

    [Fact]
    public Task A_peering_disabled_in_a_helper_of_another_file_is_reported_at_the_call_with_the_real_place_as_additional_location() =>
        Verify.Rules("ER1006").AnalyzerAsync(
            [
                Verify.Design("""
                        d.Circuit("er-ams", c => c.PrivatePeering(100, p => Maintenance.{|#0:Drain|}(p)));
                """),
                """
                using ErAnalyzers.Dsl;

                static class Maintenance
                {
                    public static void Drain(PrivatePeeringBuilder peering) => peering.{|#1:Disabled|}();
                }
                """,
            ],
            ER1006(0).WithLocation(1).InFile("Test1.cs", 5));

    [Fact]
    public Task A_circuit_name_from_a_parameter_is_unknown_but_the_disabled_peering_is_reported() => Verify.Rules("ER1006").AnalyzerAsync(
        Verify.Design(
            """
                    // AddCircuit is called by code outside the designs of this file: its parameters are unknown here.
            """,
            """
                private static void AddCircuit(DesignBuilder d, string name) =>
                    d.Circuit(name, c => c.PrivatePeering(100, p => p.{|#0:Disabled|}()));
            """),
        ER1006(0, "(unknown)"));

    [Fact]
    public Task A_peering_disabled_next_to_code_the_evaluator_cannot_follow_is_still_reported() => Verify.Rules("ER1006").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p =>
                {
                    p.Primary("192.168.100.128/30", ce1);
                    GC.KeepAlive(p);
                    p.{|#0:Disabled|}();
                }));
        """),
        ER1006(0));

    [Fact]
    public Task A_Disabled_call_the_evaluator_does_not_see_run_is_silent() => Verify.Rules("ER1006").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p =>
                {
                    p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2);
                    if (Environment.GetEnvironmentVariable("MAINTENANCE") is not null)
                    {
                        p.Disabled();
                    }
                }));
                d.Circuit("er-lon", c => c.PrivatePeering(100, p =>
                {
                    p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2);
                    Action off = () => p.Disabled();
                }));
        """));

    [Fact]
    public Task A_configuration_from_a_parameter_is_not_seen_and_silent() => Verify.Rules("ER1006").AnalyzerAsync(
        Verify.Design(
            """
                    // Add is called by code outside the designs of this file: its parameters are unknown here.
            """,
            """
                private static void Add(DesignBuilder d, Action<PrivatePeeringBuilder> peering) => d.Circuit("er-ams", c => c.PrivatePeering(100, peering));
            """));

    [Fact]
    public Task Both_links_shut_down_are_reported_on_the_primary_shutdown() => Verify.Rules("ER1006").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1, link => link.Bfd().{|#0:Shutdown|}())
                        .Secondary("192.168.100.132/30", ce2, link => link.{|#1:Shutdown|}().Bfd())));
        """),
        BothShut(0).WithMessage(
            "Peering 'AzurePrivatePeering' of circuit 'er-ams' has both its IPv4 links shut down on the customer edge, so neither BGP session comes up: remove Shutdown() from the links to bring the peering up"));

    [Fact]
    public Task Both_links_shut_down_in_locals_a_helper_and_another_file_are_reported() => Verify.Rules("ER1006").AnalyzerAsync(
        [
            Verify.Design(
                """
                        Action<LinkBuilder> down = link => link.{|#0:Shutdown|}();
                        d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m
                            .Primary("203.0.113.0/30", ce1, down)
                            .Secondary("203.0.113.4/30", ce2, Off)));
                        d.Circuit("er-fra", c => c.PrivatePeering(100, p => p
                            .Primary("192.168.100.128/30", ce1, Drain.{|#2:Link|})
                            .Secondary("192.168.100.132/30", ce2, link => link.{|#3:Shutdown|}())
                            .Ipv6(v6 => v6
                                .Primary("2001:db8:100::/126", ce1, link => link.{|#4:Shutdown|}())
                                .Secondary("2001:db8:100::4/126", ce2, link => link.{|#5:Shutdown|}()))));
                """,
                """
                    private static void Off(LinkBuilder link) => link.{|#1:Shutdown|}();
                """),
            """
            using ErAnalyzers.Dsl;

            static class Drain
            {
                public static void Link(LinkBuilder link) => link.{|#6:Shutdown|}();
            }
            """,
        ],
        BothShut(0, peering: "MicrosoftPeering"),
        Verify.Diagnostic("ER1006").WithLocation(2).WithLocation(6).WithLocation(3).WithArguments("er-fra", "AzurePrivatePeering",
            "has both its IPv4 links shut down on the customer edge, so neither BGP session comes up: remove Shutdown() from the links to bring the peering up").InFile("Test1.cs", 5),
        BothShut(4, "er-fra", family: "IPv6"));

    [Fact]
    public Task The_only_link_of_a_family_shut_down_is_reported_on_its_shutdown() => Verify.Rules("ER1006").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1)
                    .Secondary("192.168.100.132/30", ce2)
                    .Ipv6(v6 => v6.Secondary("2001:db8:100::4/126", ce2, link => link.{|#0:Shutdown|}()))));
        """),
        Verify.Diagnostic("ER1006").WithLocation(0).WithArguments("er-ams", "AzurePrivatePeering",
            "has its only IPv6 link shut down on the customer edge, so no BGP session comes up: remove Shutdown() from the link to bring the peering up"));

    [Fact]
    public Task One_link_shut_down_unknown_links_and_shutdowns_out_of_sight_are_silent() => Verify.Rules("ER1006").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1, link => link.Shutdown())
                        .Secondary("192.168.100.132/30", ce2)));
                    d.Circuit("er-fra", c => c.PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1, link => link.Shutdown())
                        .Secondary("192.168.100.132/30", ce2, Configured())));
                    d.Circuit("er-lon", c => c.PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1, link => link.Shutdown())
                        .Secondary("192.168.100.132/30", ce2, link =>
                        {
                            if (Environment.GetEnvironmentVariable("DRAIN") is not null)
                            {
                                link.Shutdown();
                            }
                        })));
            """,
            """
                private static Action<LinkBuilder> Configured() => Environment.GetEnvironmentVariable("DRAIN") is null ? _ => { } : link => link.Shutdown();
            """));
}
