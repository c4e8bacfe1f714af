using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER1002 (the two connections of a peering are not active-active), as the analyzer reports it from DSL source.</summary>
public class ER1002Tests
{
    private const string Suffix = "; make the links active-active by giving both the setting of the preferred link";

    /// <summary>Reported on marker <paramref name="setting"/>, with the other link (marker <paramref name="partner"/>) as additional location.</summary>
    private static DiagnosticResult ER1002(int setting, int partner, string circuit, string peering, string family, string difference) =>
        Verify.Diagnostic("ER1002").WithLocation(setting).WithLocation(partner).WithArguments(circuit, peering, family, $"is active-passive: {difference}{Suffix}");

    /// <summary>A prepend on Microsoft peering with a private ASN: Info, not active-passive.</summary>
    private static DiagnosticResult NoEffect(int setting, int partner, string difference, string asn = "65010", string circuit = "er-ams") =>
        Verify.Diagnostic("ER1002").WithSeverity(DiagnosticSeverity.Info).WithLocation(setting).WithLocation(partner).WithArguments(circuit, "MicrosoftPeering", "IPv4",
            $"gains nothing from its AS-path prepend: {difference}, but Microsoft removes private AS numbers such as peer ASN {asn} from the AS path on Microsoft peering; " +
            "remove the prepend, or peer with a public ASN to influence routing");

    private static DiagnosticResult Private(int setting, int partner, string difference, string circuit = "er-ams") =>
        ER1002(setting, partner, circuit, "AzurePrivatePeering", "IPv4", difference);

    [Fact]
    public Task Prepending_on_the_secondary_only_is_reported_on_the_prepend_with_the_primary_as_additional_location() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
                        .{|#1:Primary|}("192.168.100.128/30", ce1, link => link.Bfd().Advertise("10.10.0.0/16"))
                        .Secondary("192.168.100.132/30", ce2, link => link.Bfd().Advertise("10.10.0.0/16").{|#0:PrependAsPath|}(3))));
        """),
        Private(0, 1, "the secondary link prepends its AS path 3 times, the primary link not at all")
            .WithMessage("Peering 'AzurePrivatePeering' (IPv4) of circuit 'er-ams' is active-passive: the secondary link prepends its AS path 3 times, the primary link not at all" + Suffix));

    [Fact]
    public Task A_shut_down_primary_is_reported_on_the_shutdown() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link => link.Bfd().{|#0:Shutdown|}())
                    .{|#1:Secondary|}("192.168.100.132/30", ce2, link => link.Bfd())));
        """),
        Private(0, 1, "the primary link is administratively shut down"));

    [Fact]
    public Task A_more_specific_prefix_on_one_link_is_reported_on_that_advertisement() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link => link.Advertise("10.10.0.0/16").{|#0:Advertise|}("10.10.1.0/24"))
                    .{|#1:Secondary|}("192.168.100.132/30", ce2, link => link.Advertise("10.10.0.0/16"))));
        """),
        Private(0, 1, "the more specific prefix 10.10.1.0/24 (within 10.10.0.0/16) is advertised on the primary link only"));

    [Fact]
    public Task A_prefix_advertised_on_one_link_only_is_reported_on_that_advertisement() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .{|#1:Primary|}("192.168.100.128/30", ce1, link => link.Advertise("10.10.0.0/16"))
                    .Secondary("192.168.100.132/30", ce2, link => link.Advertise("10.10.0.0/16").{|#0:Advertise|}("10.20.0.0/16"))));
        """),
        Private(0, 1, "prefix 10.20.0.0/16 is advertised on the secondary link only"));

    [Fact]
    public Task A_lower_local_preference_is_reported_where_it_is_written() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .{|#1:Primary|}("192.168.100.128/30", ce1)
                    .Secondary("192.168.100.132/30", ce2, link => link.{|#0:LocalPreference|}(50))));
        """),
        Private(0, 1, "local preference 50 on the secondary link, 100 on the primary link"));

    [Fact]
    public Task A_higher_local_preference_on_the_active_link_only_is_reported_on_it() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link => link.{|#0:LocalPreference|}(200))
                    .{|#1:Secondary|}("192.168.100.132/30", ce2)));
        """),
        Private(0, 1, "local preference 100 on the secondary link, 200 on the primary link"));

    [Fact]
    public Task A_higher_med_is_reported_on_the_passive_link() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .{|#1:Primary|}("192.168.100.128/30", ce1)
                    .Secondary("192.168.100.132/30", ce2, link => link.{|#0:Med|}(50))));
                d.Circuit("er-lon", c => c.PrivatePeering(100, p => p
                    .{|#3:Primary|}("192.168.200.128/30", ce1, link => link.Med(10))
                    .Secondary("192.168.200.132/30", ce2, link => link.{|#2:Med|}(20))));
        """),
        Private(0, 1, "MED 50 on the secondary link, 0 on the primary link"),
        Private(2, 3, "MED 20 on the secondary link, 10 on the primary link", "er-lon"));

    [Fact]
    public Task Unequal_prepend_counts_are_reported_on_the_longer_path() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .{|#1:Primary|}("192.168.100.128/30", ce1, link => link.PrependAsPath(2))
                    .Secondary("192.168.100.132/30", ce2, link => link.{|#0:PrependAsPath|}(5))));
                d.Circuit("er-lon", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.200.128/30", ce1, link => link.{|#2:PrependAsPath|}(2))
                    .{|#3:Secondary|}("192.168.200.132/30", ce2, link => link.PrependAsPath(1))));
        """),
        Private(0, 1, "the secondary link prepends its AS path 5 times, the primary link 2 times"),
        Private(2, 3, "the primary link prepends its AS path 2 times, the secondary link once", "er-lon"));

    [Fact]
    public Task Good_design_with_equal_settings_on_both_links_is_silent() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1, link => link
                            .Advertise("10.10.0.0/16").Advertise("10.20.0.0/16")
                            .LocalPreference(150).PrependAsPath(2).Med(10)
                            .Bfd(300, 3).Timers(10, 30).IgnoreAsPathLength())
                        .Secondary("192.168.100.132/30", ce2, link => link
                            .Advertise("10.20.0.0/16").Advertise("10.10.0.0/16")
                            .Med(10).PrependAsPath(2).LocalPreference(150))
                        .Ipv6(v6 => v6
                            .Primary("2001:db8:100::/126", ce1, link => link.Advertise("2001:db8:10::/48"))
                            .Secondary("2001:db8:100::4/126", ce2, link => link.Advertise("2001:db8:10::/48")))));
                d.Circuit("er-lon", c => c
                    .PrivatePeering(100, p => p
                        .Primary("192.168.200.128/30", ce1, link => link.Shutdown().LocalPreference(100))
                        .Secondary("192.168.200.132/30", ce2, link => link.Shutdown().Med(0).PrependAsPath(0)))
                    .MicrosoftPeering(200, m => m
                        .Primary("203.0.113.0/30", ce1)
                        .Secondary("203.0.113.4/30", ce2)
                        .AdvertisePublicPrefix("198.51.100.0/24")));
        """));

    [Fact]
    public Task An_ipv6_pair_is_compared_on_its_own() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link => link.PrependAsPath(1))
                    .Secondary("192.168.100.132/30", ce2, link => link.PrependAsPath(1))
                    .Ipv6(v6 => v6
                        .{|#1:Primary|}("2001:db8:100::/126", ce1, link => link.Advertise("2001:db8:10::/48"))
                        .Secondary("2001:db8:100::4/126", ce2, link => link.Advertise("2001:db8:10::/48").{|#0:PrependAsPath|}(1)))));
        """),
        ER1002(0, 1, "er-ams", "AzurePrivatePeering", "IPv6", "the secondary link prepends its AS path once, the primary link not at all"));

    [Fact]
    public Task Microsoft_peering_links_are_compared_but_its_public_prefixes_are_not() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m
                    .AdvertisePublicPrefix("198.51.100.0/24")
                    .AdvertisePublicPrefix("198.51.101.0/24")
                    .{|#1:Primary|}("203.0.113.0/30", ce1)
                    .Secondary("203.0.113.4/30", ce2, link => link.{|#0:Med|}(100))));
        """),
        ER1002(0, 1, "er-ams", "MicrosoftPeering", "IPv4", "MED 100 on the secondary link, 0 on the primary link"));

    [Fact]
    public Task A_prepend_on_Microsoft_peering_with_the_private_ASN_of_the_site_has_no_effect_and_says_so() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .MicrosoftPeering(200, m => m
                        .AdvertisePublicPrefix("198.51.100.0/24")
                        .{|#1:Primary|}("203.0.113.0/30", ce1)
                        .Secondary("203.0.113.4/30", ce2, link => link.{|#0:PrependAsPath|}(3))));
        """),
        NoEffect(0, 1, "the secondary link prepends its AS path 3 times, the primary link not at all").WithMessage(
            "Peering 'MicrosoftPeering' (IPv4) of circuit 'er-ams' gains nothing from its AS-path prepend: the secondary link prepends its AS path 3 times, " +
            "the primary link not at all, but Microsoft removes private AS numbers such as peer ASN 65010 from the AS path on Microsoft peering; " +
            "remove the prepend, or peer with a public ASN to influence routing"));

    [Fact]
    public Task A_private_peer_ASN_from_a_constant_a_local_or_a_helper_of_another_file_has_the_same_effect() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design(
            """
                    const long PrivateAsn = 4200000001;
                    d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m
                        .PeerAsn(PrivateAsn)
                        .Primary("203.0.113.0/30", ce1, link => link.{|#0:PrependAsPath|}(2))
                        .{|#1:Secondary|}("203.0.113.4/30", ce2)));
                    var asn = 64600;
                    d.Circuit("er-fra", c => c.MicrosoftPeering(200, m => Prepended(m.PeerAsn(asn), ce1, ce2)));
            """,
            """
                private static MicrosoftPeeringBuilder Prepended(MicrosoftPeeringBuilder m, RouterBuilder first, RouterBuilder second) =>
                    m.{|#3:Primary|}("203.0.113.8/30", first).Secondary("203.0.113.12/30", second, link => link.{|#2:PrependAsPath|}(1));
            """),
        NoEffect(0, 1, "the primary link prepends its AS path 2 times, the secondary link not at all", asn: "4200000001"),
        NoEffect(2, 3, "the secondary link prepends its AS path once, the primary link not at all", asn: "64600", circuit: "er-fra"));

    [Fact]
    public Task A_prepend_on_Microsoft_peering_with_a_public_peer_ASN_is_active_passive() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m
                    .PeerAsn(12345)
                    .{|#1:Primary|}("203.0.113.0/30", ce1)
                    .Secondary("203.0.113.4/30", ce2, link => link.{|#0:PrependAsPath|}(3))));
        """),
        ER1002(0, 1, "er-ams", "MicrosoftPeering", "IPv4", "the secondary link prepends its AS path 3 times, the primary link not at all"));

    [Fact]
    public Task A_prepend_on_Microsoft_peering_whose_peer_ASN_is_not_known_is_silent() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m
                        .PeerAsn(AsnOf("AMS"))
                        .Primary("203.0.113.0/30", ce1)
                        .Secondary("203.0.113.4/30", ce2, link => link.PrependAsPath(3))));
                    d.Circuit("er-fra", c => c.MicrosoftPeering(200, m => m
                        .PeerAsn(long.Parse(Environment.GetEnvironmentVariable("FRA_ASN") ?? "0"))
                        .Primary("203.0.113.8/30", ce1)
                        .Secondary("203.0.113.12/30", ce2, link => link.PrependAsPath(3))));
            """,
            """
                private static Asn AsnOf(string site) => site.Length;
            """));

    [Fact]
    public Task Each_difference_of_a_peering_is_its_own_finding() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .{|#1:Primary|}("192.168.100.128/30", ce1, link => link.Advertise("10.10.0.0/16"))
                    .Secondary("192.168.100.132/30", ce2, link => link
                        .{|#0:Shutdown|}()
                        .{|#2:PrependAsPath|}(4)
                        .Advertise("10.10.0.0/16")
                        .{|#4:Advertise|}("10.10.128.0/17")
                        .{|#5:LocalPreference|}(90))));
        """),
        Private(0, 1, "the secondary link is administratively shut down"),
        Private(2, 1, "the secondary link prepends its AS path 4 times, the primary link not at all"),
        Private(4, 1, "the more specific prefix 10.10.128.0/17 (within 10.10.0.0/16) is advertised on the secondary link only"),
        Private(5, 1, "local preference 90 on the secondary link, 100 on the primary link"));

    [Fact]
    public Task Block_bodied_lambdas_and_locals_assigned_once_are_followed() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design(
            """
                    var specific = "10.10.1.0/24";
                    Action<LinkBuilder> standard = link => link.Advertise("10.10.0.0/16");
                    Action<LinkBuilder> passive = Passive;
                    d.Circuit("er-ams", c =>
                    {
                        c.PrivatePeering(100, p =>
                        {
                            p.{|#1:Primary|}("192.168.100.128/30", ce1, standard);
                            p.Secondary("192.168.100.132/30", ce2, link =>
                            {
                                var same = link;
                                same.Advertise("10.10.0.0/16");
                                same.{|#0:Advertise|}(specific);
                            });
                        });
                    });
                    d.Circuit("er-lon", c => c.PrivatePeering(100, p => p
                        .{|#3:Primary|}("192.168.200.128/30", ce1)
                        .Secondary("192.168.200.132/30", ce2, passive)));
            """,
            """
                private static void Passive(LinkBuilder link) => link.{|#2:PrependAsPath|}(2);
            """),
        Private(0, 1, "the more specific prefix 10.10.1.0/24 (within 10.10.0.0/16) is advertised on the secondary link only"),
        Private(2, 3, "the secondary link prepends its AS path 2 times, the primary link not at all", "er-lon"));

    [Fact]
    public Task Const_fields_const_locals_and_enum_members_are_followed() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design(
            """
                    const int Prepends = 2;
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                        .{|#1:Primary|}("192.168.100.128/30", ce1, link => link.PrependAsPath(Prepends))
                        .Secondary("192.168.100.132/30", ce2, link => link.{|#0:PrependAsPath|}(Prepends + Extra))));
                    d.Circuit("er-lon", c => c.PrivatePeering(100, p => p
                        .{|#3:Primary|}("192.168.200.128/30", ce1, link => link.LocalPreference((long)Preference.Normal))
                        .Secondary("192.168.200.132/30", ce2, link => link.{|#2:LocalPreference|}((long)Preference.Backup))));
            """,
            """
                private const int Extra = 1;

                private enum Preference : long { Backup = 50, Normal = 100 }
            """),
        Private(0, 1, "the secondary link prepends its AS path 3 times, the primary link 2 times"),
        Private(2, 3, "local preference 50 on the secondary link, 100 on the primary link", "er-lon"));

    [Fact]
    public Task Interpolated_prefixes_and_nameof_are_followed() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit(nameof(ErAms), c => c.PrivatePeering(100, p => p
                        .{|#1:Primary|}($"{Net}.100.128/30", ce1, link => link.Advertise($"{Aggregate}/16"))
                        .Secondary($"{Net}.100.132/30", ce2, link => link.Advertise($"{Aggregate}/16").{|#0:Advertise|}($"10.10.{Site}.0/24"))));
            """,
            """
                private const string Net = "192.168";
                private const string Aggregate = "10.10.0.0";
                private const int Site = 7;
                private static readonly object ErAms = new();
            """),
        Private(0, 1, "the more specific prefix 10.10.7.0/24 (within 10.10.0.0/16) is advertised on the secondary link only", "ErAms"));

    [Fact]
    public Task Helpers_called_directly_or_as_method_groups_are_reported_where_the_setting_is_written() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                        .{|#1:Primary|}("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2, link => Tune(link, prepend: 3))));
                    d.Circuit("er-lon", c => c.PrivatePeering(100, p => p
                        .Primary("192.168.200.128/30", ce1, Down)
                        .{|#3:Secondary|}("192.168.200.132/30", ce2)));
                    d.Circuit("er-fra", c => c.PrivatePeering(100, p => p
                        .Primary("192.168.210.128/30", ce1, link => Tune(link, prepend: 1))
                        .Secondary("192.168.210.132/30", ce2, link => Tune(link, prepend: 1))));
            """,
            """
                private static LinkBuilder Tune(LinkBuilder link, int prepend) => link.Bfd().{|#0:PrependAsPath|}(prepend);

                private static void Down(LinkBuilder link) => link.{|#2:Shutdown|}();
            """),
        Private(0, 1, "the secondary link prepends its AS path 3 times, the primary link not at all"),
        Private(2, 3, "the primary link is administratively shut down", "er-lon"));

    [Fact]
    public Task A_method_group_of_another_file_is_the_reported_place_and_the_setting_an_additional_location() => Verify.Rules("ER1002").AnalyzerAsync(
        [
            Verify.Design("""
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                        .{|#2:Primary|}("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2, Tuning.{|#0:Passive|})));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Tuning
            {
                public static void Passive(LinkBuilder link) => link.Bfd().{|#1:PrependAsPath|}(3);
            }
            """,
        ],
        Private(0, 1, "the secondary link prepends its AS path 3 times, the primary link not at all").WithLocation(2).InFile("Test1.cs", 5));

    [Fact]
    public Task One_helper_of_another_file_used_by_both_links_is_reported_at_the_call_that_made_the_difference() => Verify.Rules("ER1002").AnalyzerAsync(
        [
            Verify.Design("""
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1, link => Tuning.{|#0:Prepend|}(link, 3))
                        .{|#2:Secondary|}("192.168.100.132/30", ce2, link => Tuning.Prepend(link, 1))));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Tuning
            {
                public static void Prepend(LinkBuilder link, int count) => link.{|#1:PrependAsPath|}(count);
            }
            """,
        ],
        Private(0, 1, "the primary link prepends its AS path 3 times, the secondary link once").WithLocation(2).InFile("Test1.cs", 5));

    [Fact]
    public Task A_configuration_returned_by_a_helper_of_another_file_is_reported_at_that_helper_call() => Verify.Rules("ER1002").AnalyzerAsync(
        [
            Verify.Design("""
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                        .{|#2:Primary|}("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2, Tuning.{|#0:Standby|}())));
            """),
            """
            using System;
            using ErAnalyzers.Dsl;

            static class Tuning
            {
                public static Action<LinkBuilder> Standby() => link => link.{|#1:Shutdown|}();
            }
            """,
        ],
        Private(0, 1, "the secondary link is administratively shut down").WithLocation(2).InFile("Test1.cs", 6));

    [Fact]
    public Task A_partner_link_written_in_another_file_is_an_additional_location_there() => Verify.Rules("ER1002").AnalyzerAsync(
        [
            Verify.Design("""
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => Links.WithPrimary(p, ce1)
                        .Secondary("192.168.100.132/30", ce2, link => link.{|#0:PrependAsPath|}(2))));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Links
            {
                public static PrivatePeeringBuilder WithPrimary(PrivatePeeringBuilder peering, RouterBuilder router) =>
                    peering.{|#1:Primary|}("192.168.100.128/30", router);
            }
            """,
        ],
        Private(0, 1, "the secondary link prepends its AS path 2 times, the primary link not at all"));

    [Fact]
    public Task A_design_split_across_files_of_a_partial_class_is_reported_in_the_file_of_the_circuit() => Verify.Rules("ER1002").AnalyzerAsync(
        [
            """
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            partial class Contoso
            {
                public NetworkDesign Create() => NetworkDesign.Create("contoso", d =>
                {
                    var site = d.Site("dc", asn: 65010);
                    Amsterdam(d, site.Router("ams-ce1"), site.Router("ams-ce2"));
                });

                private static void Standby(LinkBuilder link) => link.{|#1:LocalPreference|}(10);
            }
            """,
            """
            using ErAnalyzers.Dsl;

            partial class Contoso
            {
                private void Amsterdam(DesignBuilder d, RouterBuilder first, RouterBuilder second) =>
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                        .{|#2:Primary|}("192.168.100.128/30", first)
                        .Secondary("192.168.100.132/30", second, {|#0:Standby|})));
            }
            """,
        ],
        Private(0, 1, "local preference 10 on the secondary link, 100 on the primary link").WithLocation(2).InFile("Test0.cs", 12));

    [Fact]
    public Task Several_designs_and_many_circuits_in_one_file_flag_only_the_bad_ones() => Verify.Rules("ER1002").AnalyzerAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Designs
        {
            public static NetworkDesign Europe() => NetworkDesign.Create("europe", d =>
            {
                var site = d.Site("dc", asn: 65010);
                var ce1 = site.Router("ce1");
                var ce2 = site.Router("ce2");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("10.0.1.0/30", ce1, l => l.Bfd()).Secondary("10.0.1.4/30", ce2, l => l.Bfd())));
                d.Circuit("er-lon", c => c.PrivatePeering(100, p => p.{|#1:Primary|}("10.0.2.0/30", ce1).Secondary("10.0.2.4/30", ce2, l => l.{|#0:PrependAsPath|}(3))));
                d.Circuit("er-fra", c => c.PrivatePeering(100, p => p.Primary("10.0.3.0/30", ce1, l => l.Med(5)).Secondary("10.0.3.4/30", ce2, l => l.Med(5))));
                d.Circuit("er-par", c => c.PrivatePeering(100, p => p.Primary("10.0.4.0/30", ce1).Secondary("10.0.4.4/30", ce2)));
            });

            public static NetworkDesign Americas() => NetworkDesign.Create("americas", d =>
            {
                var site = d.Site("dc", asn: 65020);
                var ce1 = site.Router("ce1");
                var ce2 = site.Router("ce2");
                d.Circuit("er-nyc", c => c.PrivatePeering(100, p => p.Primary("10.1.1.0/30", ce1).Secondary("10.1.1.4/30", ce2)));
                d.Circuit("er-chi", c => c.PrivatePeering(100, p => p.Primary("10.1.2.0/30", ce1, l => l.LocalPreference(120)).Secondary("10.1.2.4/30", ce2, l => l.LocalPreference(120))));
                d.Circuit("er-sao", c => c.PrivatePeering(100, p => p.Primary("10.1.3.0/30", ce1, l => l.{|#2:Shutdown|}()).{|#3:Secondary|}("10.1.3.4/30", ce2)));
                d.Circuit("er-tor", c => c.PrivatePeering(100, p => p.Primary("10.1.4.0/30", ce1).Secondary("10.1.4.4/30", ce2)));
            });
        }
        """,
        Private(0, 1, "the secondary link prepends its AS path 3 times, the primary link not at all", "er-lon"),
        Private(2, 3, "the primary link is administratively shut down", "er-sao"));

    [Theory]
    [InlineData("a prepend count from a parameter", """
        // Add is called by code outside the designs of this file: its parameters are unknown here.
        """, """
            public static void Add(DesignBuilder d, RouterBuilder first, RouterBuilder second, int prepend) =>
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", first)
                    .Secondary("192.168.100.132/30", second, link => link.PrependAsPath(prepend))));
        """)]
    [InlineData("a shutdown inside an if", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1)
                    .Secondary("192.168.100.132/30", ce2, link =>
                    {
                        if (Environment.ProcessorCount > 1024)
                        {
                            link.Shutdown();
                        }
                    })));
        """, "")]
    [InlineData("advertisements from a loop", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link => link.Advertise("10.10.0.0/16"))
                    .Secondary("192.168.100.132/30", ce2, link =>
                    {
                        foreach (var prefix in new[] { "10.10.0.0/16" })
                        {
                            link.Advertise(prefix);
                        }
                    })));
        """, "")]
    [InlineData("the link builder passed to an external method", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link => link.PrependAsPath(2))
                    .Secondary("192.168.100.132/30", ce2, link => GC.KeepAlive(link))));
        """, "")]
    [InlineData("a prefix local reassigned", """
                var prefix = "10.10.1.0/24";
                prefix = "10.10.0.0/16";
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link => link.Advertise(prefix))
                    .Secondary("192.168.100.132/30", ce2, link => link.Advertise("10.10.0.0/16"))));
        """, "")]
    [InlineData("values computed at run time", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link => link
                        .Advertise(Environment.GetEnvironmentVariable("PREFIX"))
                        .LocalPreference(long.Parse("100"))
                        .PrependAsPath(Environment.ProcessorCount))
                    .Secondary("192.168.100.132/30", ce2, link => link.Advertise("10.10.0.0/16"))));
        """, "")]
    [InlineData("a prefix with host bits, which the DSL rejects", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link => link.Advertise("10.10.0.1/16"))
                    .Secondary("192.168.100.132/30", ce2, link => link.Advertise("10.10.0.0/16").Advertise("10.20.0.0/16"))));
        """, "")]
    [InlineData("a lambda that external code runs", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link => link.Advertise("10.10.0.0/16"))
                    .Secondary("192.168.100.132/30", ce2, link => new System.Collections.Generic.List<string> { "10.10.0.0/16" }.ForEach(x => link.Advertise(x)))));
        """, "")]
    [InlineData("a helper that reassigns its parameter", """
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link => Prepend(link, 9))
                    .Secondary("192.168.100.132/30", ce2, link => Prepend(link, 5))));
        """, """
            private static void Prepend(LinkBuilder link, int count)
            {
                count = Math.Min(count, 5);
                link.PrependAsPath(count);
            }
        """)]
    [InlineData("configurations that read a helper's local after the helper ran again", """
                var passive = Tune(3);
                var standard = Tune(0);
                var passive2 = Tune(3);
                d.Circuit("er-ams", c => c
                    .MicrosoftPeering(200, m => m
                        .Primary("203.0.113.0/30", ce1, passive)
                        .Secondary("203.0.113.4/30", ce2, passive))
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1, standard)
                        .Secondary("192.168.100.132/30", ce2, standard)
                        .Ipv6(v6 => v6
                            .Primary("2001:db8:100::/126", ce1, passive)
                            .Secondary("2001:db8:100::4/126", ce2, passive2))));
        """, """
            private static Action<LinkBuilder> Tune(int prepend)
            {
                var count = prepend;
                return link => link.PrependAsPath(count);
            }
        """)]
    public Task What_the_evaluator_cannot_follow_keeps_the_rule_silent(string form, string body, string members) =>
        Verify.Rules("ER1002").AnalyzerAsync(Verify.Design($"        // {form}\n{body}", members));

    [Fact(Timeout = 60_000)]
    public Task Recursive_link_helpers_do_not_hang_and_stay_silent() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2, Standby)));
                    d.Circuit("er-lon", c => c.PrivatePeering(100, p => p
                        .Primary("192.168.200.128/30", ce1)
                        .Secondary("192.168.200.132/30", ce2, link => Even(link, 4))));
            """,
            """
                private static void Standby(LinkBuilder link)
                {
                    link.PrependAsPath(3);
                    Standby(link);
                }

                private static void Even(LinkBuilder link, int n) => Odd(link.Shutdown(), n - 1);

                private static void Odd(LinkBuilder link, int n) => Even(link, n - 1);
            """));

    [Fact(Timeout = 60_000)]
    public Task Link_helpers_are_followed_to_depth_four_and_not_deeper() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-four", c => c.PrivatePeering(100, p => p
                        .{|#1:Primary|}("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2, One)));
                    d.Circuit("er-five", c => c.PrivatePeering(100, p => p
                        .Primary("192.168.200.128/30", ce1)
                        .Secondary("192.168.200.132/30", ce2, Zero)));
            """,
            """
                private static void Zero(LinkBuilder link) => One(link);
                private static void One(LinkBuilder link) => Two(link);
                private static void Two(LinkBuilder link) => Three(link);
                private static void Three(LinkBuilder link) => Four(link);
                private static void Four(LinkBuilder link) => link.{|#0:PrependAsPath|}(2);
            """),
        Private(0, 1, "the secondary link prepends its AS path 2 times, the primary link not at all", "er-four"));

    [Fact]
    public Task Top_level_statements_share_their_locals_so_a_prefix_reassigned_there_is_unknown() => new AnalyzerTest(withDsl: true, "ER1002")
    {
        TestState =
        {
            OutputKind = OutputKind.ConsoleApplication,
            Sources =
            {
                """
                using ErAnalyzers;
                using ErAnalyzers.Dsl;

                var specific = "10.10.1.0/24";
                specific = "10.10.0.0/16";
                var design = NetworkDesign.Create("contoso", d =>
                {
                    var site = d.Site("dc", asn: 65010);
                    var ce1 = site.Router("ce1");
                    var ce2 = site.Router("ce2");
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1, link => link.Advertise(specific))
                        .Secondary("192.168.100.132/30", ce2, link => link.Advertise("10.10.0.0/16"))));
                });
                """,
            },
        },
    }.RunAsync();
}
