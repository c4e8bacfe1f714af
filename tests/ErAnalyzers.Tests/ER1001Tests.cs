using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER1001 (a peering with one connection only), as the analyzer reports it from DSL source.</summary>
public class ER1001Tests
{
    private static DiagnosticResult ER1001(int marker, string circuit, string peering, string family, string missing) =>
        Verify.Diagnostic("ER1001").WithLocation(marker).WithArguments(circuit, peering, family, missing);

    [Fact]
    public Task Fluent_chain_with_a_primary_link_only_is_reported_on_the_primary_call() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .Region("westeurope")
                    .PrivatePeering(100, p => p
                        .{|#0:Primary|}("192.168.100.128/30", ce1, link => link.Bfd().Advertise("10.10.0.0/16"))
                        .PeerAsn(65010)));
        """),
        ER1001(0, "er-ams", "AzurePrivatePeering", "IPv4", "secondary"));

    [Fact]
    public Task A_secondary_link_only_misses_the_primary() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .PrivatePeering(vlan: 100, configure: p => p
                        .{|#0:Secondary|}(port: ce2.Port("et-0/0/1"), subnet: "192.168.100.132/30")));
        """),
        ER1001(0, "er-ams", "AzurePrivatePeering", "IPv4", "primary"));

    [Fact]
    public Task Good_design_with_both_links_everywhere_is_silent() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design("""
                var port1 = ce1.Port("et-0/0/1");
                var port2 = ce2.Port("et-0/0/1");
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Premium, BillingModel.UnlimitedData)
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", port1, link => link.Bfd())
                        .Secondary("192.168.100.132/30", port2, link => link.Bfd())
                        .Ipv6(v6 => v6
                            .Primary("2001:db8:100::/126", ce1)
                            .Secondary("2001:db8:100::4/126", ce2))
                        .Md5Key(Secret.Parameter("md5")))
                    .MicrosoftPeering(200, m => m
                        .Primary("203.0.113.0/30", ce1)
                        .Secondary("203.0.113.4/30", ce2)
                        .AdvertisePublicPrefix("198.51.100.0/24")
                        .CustomerAsn(65010)
                        .RoutingRegistry("RIPENCC")));
        """));

    [Fact]
    public Task An_ipv6_pair_with_one_link_is_reported_with_its_family() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2)
                        .Ipv6(v6 => v6.{|#0:Primary|}("2001:db8:100::/126", ce1))));
        """),
        ER1001(0, "er-ams", "AzurePrivatePeering", "IPv6", "secondary"));

    [Fact]
    public Task Microsoft_peering_with_one_link_is_reported() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2))
                    .MicrosoftPeering(200, m => m
                        .AdvertisePublicPrefix("198.51.100.0/24")
                        .{|#0:Primary|}("203.0.113.0/30", ce1)
                        .RoutingRegistry("RIPENCC")));
        """),
        ER1001(0, "er-ams", "MicrosoftPeering", "IPv4", "secondary"));

    [Fact]
    public Task Each_peering_and_family_of_several_circuits_is_reported_on_its_own() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .PrivatePeering(100, p => p
                        .{|#0:Primary|}("192.168.100.128/30", ce1)
                        .Ipv6(v6 => v6.{|#1:Secondary|}("2001:db8:100::4/126", ce2)))
                    .MicrosoftPeering(200, m => m.{|#2:Secondary|}("203.0.113.4/30", ce2)));
                d.Circuit("er-lon", c => c
                    .PrivatePeering(100, p => p
                        .Primary("192.168.200.128/30", ce1)
                        .Secondary("192.168.200.132/30", ce2)));
                d.Circuit("er-fra", c => c
                    .PrivatePeering(100, p => p.{|#3:Primary|}("192.168.210.128/30", ce3)));
        """),
        ER1001(0, "er-ams", "AzurePrivatePeering", "IPv4", "secondary"),
        ER1001(1, "er-ams", "AzurePrivatePeering", "IPv6", "primary"),
        ER1001(2, "er-ams", "MicrosoftPeering", "IPv4", "primary"),
        ER1001(3, "er-fra", "AzurePrivatePeering", "IPv4", "secondary"));

    [Fact]
    public Task Block_bodied_nested_lambdas_and_builder_locals_are_followed() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c =>
                {
                    c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1));
                    c.PrivatePeering(100, p =>
                    {
                        var peering = p;
                        peering.{|#0:Primary|}("192.168.100.128/30", ce1, link =>
                        {
                            link.Bfd();
                            link.Advertise("10.10.0.0/16");
                        });
                    });
                });
                d.Circuit("er-lon", c =>
                {
                    c.PrivatePeering(100, p =>
                    {
                        p.Primary("192.168.200.128/30", ce1);
                        p.Secondary("192.168.200.132/30", ce2);
                    });
                });
        """),
        ER1001(0, "er-ams", "AzurePrivatePeering", "IPv4", "secondary"));

    [Fact]
    public Task Locals_assigned_once_are_followed() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design("""
                var amsterdam = d.Site("amsterdam-dc", asn: 65020);
                var ams1 = amsterdam.Router("ams-ce1");
                var name = "er-ams";
                var subnet = "192.168.100.128/30";
                Action<PrivatePeeringBuilder> links = p => p.{|#0:Primary|}(subnet, ams1);
                d.Circuit(name, c => c.PrivatePeering(100, links));
        """),
        ER1001(0, "er-ams", "AzurePrivatePeering", "IPv4", "secondary"));

    [Fact]
    public Task Const_fields_and_const_locals_are_followed() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design(
            """
                    const int Vlan = 100;
                    const string Subnet = "192.168.100.128/30";
                    d.Circuit(Ams, c => c.PrivatePeering(Vlan, p => p.{|#0:Primary|}(Subnet, ce1)));
            """,
            """
                private const string Ams = Prefix + "ams";
                private const string Prefix = "er-";
            """),
        ER1001(0, "er-ams", "AzurePrivatePeering", "IPv4", "secondary"));

    [Fact]
    public Task Enum_members_name_the_circuit_by_member_name() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design(
            """
                    const Metro metro = Metro.Lon;
                    d.Circuit($"er-{Metro.Ams}", c => c
                        .Sku(CircuitTier.Premium, BillingModel.MeteredData)
                        .PrivatePeering(100, p => p.{|#0:Primary|}("192.168.100.128/30", ce1)));
                    d.Circuit($"er-{metro}", c => c
                        .Sku(CircuitTier.Standard, BillingModel.UnlimitedData)
                        .PrivatePeering((int)Metro.Lon, p => p.{|#1:Secondary|}("192.168.200.132/30", ce2)));
            """,
            """
                private enum Metro { Ams = 100, Lon = 200 }
            """),
        ER1001(0, "er-Ams", "AzurePrivatePeering", "IPv4", "secondary"),
        ER1001(1, "er-Lon", "AzurePrivatePeering", "IPv4", "primary"));

    [Fact]
    public Task Interpolated_strings_and_concatenations_of_constants_are_followed() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design(
            """
                    const int Index = 2;
                    d.Circuit($"er-{City}-{Index}", c => c.PrivatePeering(100, p => p.{|#0:Primary|}($"{Net}.128/30", ce1)));
                    var city = City;
                    d.Circuit("er-" + city + "-backup", c => c.PrivatePeering(100, p => p.{|#1:Primary|}(Net + ".132/30", ce2)));
            """,
            """
                private const string City = "ams";
                private const string Net = "192.168.100";
            """),
        ER1001(0, "er-ams-2", "AzurePrivatePeering", "IPv4", "secondary"),
        ER1001(1, "er-ams-backup", "AzurePrivatePeering", "IPv4", "secondary"));

    [Fact]
    public Task Nameof_names_the_circuit() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit(nameof(Amsterdam), c => c.PrivatePeering(100, p => p.{|#0:Primary|}("192.168.100.128/30", ce1)));
                    d.Circuit($"er-{nameof(ce2)}", c => c.PrivatePeering(100, p => p.{|#1:Primary|}("192.168.100.132/30", ce2)));
            """,
            """
                private static void Amsterdam() { }
            """),
        ER1001(0, "Amsterdam", "AzurePrivatePeering", "IPv4", "secondary"),
        ER1001(1, "er-ce2", "AzurePrivatePeering", "IPv4", "secondary"));

    [Fact]
    public Task A_helper_called_directly_is_followed_and_reported_where_the_link_is_written() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => PrimaryOnly(p, ce1)));
                    d.Circuit("er-lon", c => c.PrivatePeering(100, p => BothLinks(p, ce1, ce2)));
            """,
            """
                private static void PrimaryOnly(PrivatePeeringBuilder peering, RouterBuilder router) =>
                    peering.{|#0:Primary|}("192.168.100.128/30", router);

                private static void BothLinks(PrivatePeeringBuilder peering, RouterBuilder first, RouterBuilder second)
                {
                    peering.Primary("192.168.200.128/30", first);
                    peering.Secondary("192.168.200.132/30", second);
                }
            """),
        ER1001(0, "er-ams", "AzurePrivatePeering", "IPv4", "secondary"));

    [Fact]
    public Task Helpers_that_build_parts_extension_methods_and_returned_builders_are_followed() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design(
            """
                    var edge = Edge(site, "ce4");
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.OnlyPrimary(edge).PeerAsn(65010)));
                    d.Circuit("er-lon", c => c.PrivatePeering(100, p => p.Redundant(ce1, edge)));
            """,
            """
                private static RouterBuilder Edge(SiteBuilder site, string name) => site.Router(name);

                private static PrivatePeeringBuilder OnlyPrimary(this PrivatePeeringBuilder peering, RouterBuilder router) =>
                    peering.{|#0:Primary|}("192.168.100.128/30", router);

                private static PrivatePeeringBuilder Redundant(this PrivatePeeringBuilder peering, RouterBuilder first, RouterBuilder second) =>
                    peering.Primary("192.168.200.128/30", first).Secondary("192.168.200.132/30", second);
            """),
        ER1001(0, "er-ams", "AzurePrivatePeering", "IPv4", "secondary"));

    [Fact]
    public Task Method_groups_of_local_functions_and_static_methods_are_followed() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design(
            """
                    void Amsterdam(CircuitBuilder c) => c.PrivatePeering(100, AmsterdamLinks);
                    void AmsterdamLinks(PrivatePeeringBuilder p) => p.{|#0:Primary|}("192.168.100.128/30", ce1, Tuned);
                    void London(CircuitBuilder c) => c.PrivatePeering(100, p => p
                        .Primary("192.168.200.128/30", ce1, Tuned)
                        .Secondary("192.168.200.132/30", ce2, Tuned));
                    d.Circuit("er-ams", Amsterdam);
                    d.Circuit("er-lon", London);
            """,
            """
                private static void Tuned(LinkBuilder link) => link.Bfd(300, 3).Timers(10, 30);
            """),
        ER1001(0, "er-ams", "AzurePrivatePeering", "IPv4", "secondary"));

    [Fact]
    public Task A_finding_in_a_helper_of_another_file_is_reported_at_the_call_with_the_real_place_as_additional_location() =>
        Verify.Rules("ER1001").AnalyzerAsync(
            [
                Verify.Design("""
                        d.Circuit("er-ams", c => c.PrivatePeering(100, p => Links.{|#0:PrimaryOnly|}(p, ce1)));
                        d.Circuit("er-lon", c => c.PrivatePeering(100, p => p.Primary("192.168.200.128/30", ce1).Secondary("192.168.200.132/30", ce2)));
                """),
                """
                using ErAnalyzers.Dsl;

                static class Links
                {
                    public static void PrimaryOnly(PrivatePeeringBuilder peering, RouterBuilder router) =>
                        peering.{|#1:Primary|}("192.168.100.128/30", router);
                }
                """,
            ],
            ER1001(0, "er-ams", "AzurePrivatePeering", "IPv4", "secondary").WithLocation(1).InFile("Test1.cs", 6));

    [Fact]
    public Task A_configuration_made_by_a_helper_of_another_file_is_reported_at_that_helper_call() => Verify.Rules("ER1001").AnalyzerAsync(
        [
            Verify.Design("""
                    d.Circuit("er-ams", c => c.PrivatePeering(100, Links.{|#0:PrimaryOn|}(ce1)));
            """),
            """
            using System;
            using ErAnalyzers.Dsl;

            static class Links
            {
                public static Action<PrivatePeeringBuilder> PrimaryOn(RouterBuilder router) =>
                    peering => peering.{|#1:Primary|}("192.168.100.128/30", router);
            }
            """,
        ],
        ER1001(0, "er-ams", "AzurePrivatePeering", "IPv4", "secondary").WithLocation(1).InFile("Test1.cs", 7));

    [Fact]
    public Task Several_designs_and_many_circuits_in_one_file_flag_only_the_bad_ones() => Verify.Rules("ER1001").AnalyzerAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Europe
        {
            public static NetworkDesign Create() => NetworkDesign.Create("europe", d =>
            {
                var site = d.Site("dc", asn: 65010);
                var ce1 = site.Router("ce1");
                var ce2 = site.Router("ce2");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("10.0.1.0/30", ce1).Secondary("10.0.1.4/30", ce2)));
                d.Circuit("er-lon", c => c.PrivatePeering(100, p => p.{|#0:Primary|}("10.0.2.0/30", ce1)));
                d.Circuit("er-fra", c => c.PrivatePeering(100, p => p.Primary("10.0.3.0/30", ce1).Secondary("10.0.3.4/30", ce2)));
                d.Circuit("er-par", c => c.PrivatePeering(100, p => p.Primary("10.0.4.0/30", ce1).Secondary("10.0.4.4/30", ce2)));
            });
        }

        static class Americas
        {
            public static NetworkDesign Create() => NetworkDesign.Create("americas", d =>
            {
                var site = d.Site("dc", asn: 65020);
                var ce1 = site.Router("ce1");
                var ce2 = site.Router("ce2");
                d.Circuit("er-nyc", c => c.PrivatePeering(100, p => p.Primary("10.1.1.0/30", ce1).Secondary("10.1.1.4/30", ce2)));
                d.Circuit("er-chi", c => c.PrivatePeering(100, p => p.Primary("10.1.2.0/30", ce1).Secondary("10.1.2.4/30", ce2)));
                d.Circuit("er-sao", c => c.PrivatePeering(100, p => p.{|#1:Secondary|}("10.1.3.4/30", ce2)));
                d.Circuit("er-tor", c => c.PrivatePeering(100, p => p.Primary("10.1.4.0/30", ce1).Secondary("10.1.4.4/30", ce2)));
            });
        }
        """,
        ER1001(0, "er-lon", "AzurePrivatePeering", "IPv4", "secondary"),
        ER1001(1, "er-sao", "AzurePrivatePeering", "IPv4", "primary"));

    [Fact]
    public Task A_design_split_across_methods_of_a_class_is_checked_method_by_method() => Verify.Rules("ER1001").AnalyzerAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        sealed class ContosoDesign
        {
            private const string Subnets = "192.168";

            public NetworkDesign Create() => NetworkDesign.Create("contoso", d =>
            {
                var site = Site(d);
                Amsterdam(d, site);
                London(d, site);
            });

            private static SiteBuilder Site(DesignBuilder d) => d.Site("dc", asn: 65010);

            private void Amsterdam(DesignBuilder d, SiteBuilder site)
            {
                var ce1 = site.Router("ams-ce1");
                var ce2 = site.Router("ams-ce2");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary($"{Subnets}.100.128/30", ce1)
                    .Secondary($"{Subnets}.100.132/30", ce2)));
            }

            private void London(DesignBuilder d, SiteBuilder site)
            {
                var ce1 = site.Router("lon-ce1");
                d.Circuit("er-lon", c => c.PrivatePeering(100, p => p.{|#0:Primary|}($"{Subnets}.200.128/30", ce1)));
            }
        }
        """,
        ER1001(0, "er-lon", "AzurePrivatePeering", "IPv4", "secondary"));

    [Fact]
    public Task A_circuit_builder_handed_to_other_code_still_has_its_complete_peering_checked() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c =>
                {
                    c.PrivatePeering(100, p => p.{|#0:Primary|}("192.168.100.128/30", ce1));
                    GC.KeepAlive(c);
                });
        """),
        ER1001(0, "er-ams", "AzurePrivatePeering", "IPv4", "secondary"));

    [Fact]
    public Task A_circuit_name_from_a_parameter_is_unknown_but_the_missing_link_is_still_reported() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design(
            """
                    // AddCircuit is called by code outside the designs of this file: its parameters are unknown here.
            """,
            """
                private static void AddCircuit(DesignBuilder d, string name, RouterBuilder router) =>
                    d.Circuit(name, c => c.PrivatePeering(100, p => p.{|#0:Primary|}("192.168.100.128/30", router)));
            """),
        ER1001(0, "(unknown)", "AzurePrivatePeering", "IPv4", "secondary"));

    [Theory]
    [InlineData("a configuration delegate from a parameter", """
        // Add is called by code outside the designs of this file: its parameters are unknown here.
        """, """
            public static void Add(DesignBuilder d, Action<PrivatePeeringBuilder> links) => d.Circuit("er-ams", c => c.PrivatePeering(100, links));
        """)]
    [InlineData("a link inside an if", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p =>
                {
                    p.Primary("192.168.100.128/30", ce1);
                    if (Environment.ProcessorCount > 0)
                    {
                        p.Secondary("192.168.100.132/30", ce2);
                    }
                }));
        """, "")]
    [InlineData("a link inside a loop", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p =>
                {
                    p.Primary("192.168.100.128/30", ce1);
                    foreach (var router in new[] { ce2 })
                    {
                        p.Secondary("192.168.100.132/30", router);
                    }
                }));
        """, "")]
    [InlineData("the peering builder passed to an external method", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p =>
                {
                    p.Primary("192.168.100.128/30", ce1);
                    GC.KeepAlive(p);
                }));
        """, "")]
    [InlineData("a local configuration reassigned", """
                Action<PrivatePeeringBuilder> links = p => p.Primary("192.168.100.128/30", ce1);
                links = p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2);
                d.Circuit("er-ams", c => c.PrivatePeering(100, links));
        """, "")]
    [InlineData("a configuration chosen at run time", """
                Action<PrivatePeeringBuilder> one = p => p.Primary("192.168.100.128/30", ce1);
                Action<PrivatePeeringBuilder> both = p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2);
                d.Circuit("er-ams", c => c.PrivatePeering(100, Environment.ProcessorCount > 1 ? both : one));
        """, "")]
    [InlineData("a lambda that external code runs", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p =>
                {
                    p.Primary("192.168.100.128/30", ce1);
                    Array.ForEach(new[] { ce2 }, router => p.Secondary("192.168.100.132/30", router));
                }));
        """, "")]
    [InlineData("a local delegate invoked", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p =>
                {
                    p.Primary("192.168.100.128/30", ce1);
                    Action addSecondary = () => p.Secondary("192.168.100.132/30", ce2);
                    addSecondary();
                }));
        """, "")]
    [InlineData("a helper that reassigns its builder parameter", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => Links(p.Primary("192.168.100.128/30", ce1), ce2)));
        """, """
            private static void Links(PrivatePeeringBuilder peering, RouterBuilder router)
            {
                peering = peering.Secondary("192.168.100.132/30", router);
            }
        """)]
    [InlineData("a null-conditional call", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1)?.Secondary("192.168.100.132/30", ce2)));
        """, "")]
    public Task What_the_evaluator_cannot_follow_keeps_the_rule_silent(string form, string body, string members) =>
        Verify.Rules("ER1001").AnalyzerAsync(Verify.Design($"        // {form}\n{body}", members));

    [Fact]
    public Task A_virtual_helper_may_be_overridden_so_it_is_not_followed() => Verify.Rules("ER1001").AnalyzerAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        abstract class DesignBase
        {
            public NetworkDesign Create() => NetworkDesign.Create("contoso", d =>
            {
                var site = d.Site("dc", asn: 65010);
                var ce1 = site.Router("ce1");
                var ce2 = site.Router("ce2");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => Links(p, ce1, ce2)));
            });

            protected virtual void Links(PrivatePeeringBuilder p, RouterBuilder first, RouterBuilder second) =>
                p.Primary("192.168.100.128/30", first);
        }

        sealed class Contoso : DesignBase
        {
            protected override void Links(PrivatePeeringBuilder p, RouterBuilder first, RouterBuilder second)
            {
                base.Links(p, first, second);
                p.Secondary("192.168.100.132/30", second);
            }
        }
        """);

    [Fact]
    public Task A_sealed_override_is_followed() => Verify.Rules("ER1001").AnalyzerAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        abstract class DesignBase
        {
            protected abstract void Links(PrivatePeeringBuilder p, RouterBuilder router);
        }

        sealed class Contoso : DesignBase
        {
            public NetworkDesign Create() => NetworkDesign.Create("contoso", d =>
            {
                var ce1 = d.Site("dc", asn: 65010).Router("ce1");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => Links(p, ce1)));
            });

            protected override void Links(PrivatePeeringBuilder p, RouterBuilder router) =>
                p.{|#0:Primary|}("192.168.100.128/30", router);
        }
        """,
        ER1001(0, "er-ams", "AzurePrivatePeering", "IPv4", "secondary"));

    [Fact(Timeout = 60_000)]
    public Task Recursive_helpers_do_not_hang_and_stay_silent() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => Again(p, ce1)));
                    d.Circuit("er-lon", c => c.PrivatePeering(100, p => Ping(p, ce1)));
                    d.Circuit("er-fra", c => c.PrivatePeering(100, p => Countdown(p, ce1, 3)));
            """,
            """
                private static void Again(PrivatePeeringBuilder p, RouterBuilder router)
                {
                    p.Primary("192.168.100.128/30", router);
                    Again(p, router);
                }

                private static void Ping(PrivatePeeringBuilder p, RouterBuilder router) => Pong(p.Primary("192.168.200.128/30", router), router);

                private static void Pong(PrivatePeeringBuilder p, RouterBuilder router) => Ping(p, router);

                private static PrivatePeeringBuilder Countdown(PrivatePeeringBuilder p, RouterBuilder router, int n) =>
                    n == 0 ? p.Primary("192.168.210.128/30", router) : Countdown(p, router, n - 1);
            """));

    [Fact(Timeout = 60_000)]
    public Task Helpers_are_followed_to_depth_four_and_not_deeper() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-four", c => c.PrivatePeering(100, p => One(p, ce1)));
                    d.Circuit("er-five", c => c.PrivatePeering(100, p => Zero(p, ce1)));
            """,
            """
                private static void Zero(PrivatePeeringBuilder p, RouterBuilder r) => One(p, r);
                private static void One(PrivatePeeringBuilder p, RouterBuilder r) => Two(p, r);
                private static void Two(PrivatePeeringBuilder p, RouterBuilder r) => Three(p, r);
                private static void Three(PrivatePeeringBuilder p, RouterBuilder r) => Four(p, r);
                private static void Four(PrivatePeeringBuilder p, RouterBuilder r) => p.{|#0:Primary|}("192.168.100.128/30", r);
            """),
        ER1001(0, "er-four", "AzurePrivatePeering", "IPv4", "secondary"));

    [Fact(Timeout = 60_000)]
    public Task Wide_helper_trees_are_cut_at_depth_four_and_stay_silent() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => Level1(p.Primary("192.168.100.128/30", ce1))));
            """,
            $$"""
                private static void Level1(PrivatePeeringBuilder p) { {{Repeat("Level2(p);", 10)}} }
                private static void Level2(PrivatePeeringBuilder p) { {{Repeat("Level3(p);", 10)}} }
                private static void Level3(PrivatePeeringBuilder p) { {{Repeat("Level4(p);", 10)}} }
                private static void Level4(PrivatePeeringBuilder p) { {{Repeat("Level5(p);", 10)}} }
                private static void Level5(PrivatePeeringBuilder p) => p.PeerAsn(65010);
            """));

    [Fact]
    public async Task Very_wide_helper_trees_stop_at_the_call_budget_and_stay_silent()
    {
        // 200 calls per level, four levels: 1.6 billion walks (hours) without a budget on the calls followed.
        var analysis = Verify.Rules("ER1001").AnalyzerAsync(Verify.Design(
            """
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => Level1(p.Primary("192.168.100.128/30", ce1))));
            """,
            $$"""
                private static void Level1(PrivatePeeringBuilder p) { {{Repeat("Level2(p);", 200)}} }
                private static void Level2(PrivatePeeringBuilder p) { {{Repeat("Level3(p);", 200)}} }
                private static void Level3(PrivatePeeringBuilder p) { {{Repeat("Level4(p);", 200)}} }
                private static void Level4(PrivatePeeringBuilder p) { {{Repeat("Secondary(p);", 200)}} }
                private static void Secondary(PrivatePeeringBuilder p) => p.PeerAsn(65010);
            """));

        Assert.Same(analysis, await Task.WhenAny(analysis, Task.Delay(System.TimeSpan.FromMinutes(1))));
        await analysis;
    }

    [Fact]
    public Task Top_level_statements_share_their_locals_so_a_name_reassigned_there_is_unknown() => new AnalyzerTest(withDsl: true, "ER1001")
    {
        TestState =
        {
            OutputKind = OutputKind.ConsoleApplication,
            Sources =
            {
                """
                using ErAnalyzers;
                using ErAnalyzers.Dsl;

                var name = "er-ams";
                name = "er-lon";
                var design = NetworkDesign.Create("contoso", d =>
                {
                    var ce1 = d.Site("dc", asn: 65010).Router("ce1");
                    d.Circuit(name, c => c.PrivatePeering(100, p => p.{|#0:Primary|}("192.168.100.128/30", ce1)));
                });
                """,
            },
            ExpectedDiagnostics = { ER1001(0, "(unknown)", "AzurePrivatePeering", "IPv4", "secondary") },
        },
    }.RunAsync();

    private static string Repeat(string statement, int times) => string.Join(" ", System.Linq.Enumerable.Repeat(statement, times));
}
