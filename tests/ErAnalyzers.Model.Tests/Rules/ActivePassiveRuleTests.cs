using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER1002: the two links of a peering are not equal partners.</summary>
public class ActivePassiveRuleTests
{
    private static Peering Prepend(Peering peering, LinkRole role, Setting<int> count, IpFamily family = IpFamily.IPv4) =>
        peering.WithPolicy(role, p => p with { AsPathPrepend = count }, family);

    private static Peering Advertise(Peering peering, LinkRole role, params string[] prefixes) =>
        peering.WithPolicy(role, p => p with { AdvertisedPrefixes = [.. prefixes.Select(t => Make.Set(IpPrefix.Parse(t)))] });

    private static Peering LocalPreference(long? primary, long? secondary) => Make.Private()
        .WithPolicy(LinkRole.Primary, p => p with { LocalPreference = primary is long v ? Make.Set(v) : null })
        .WithPolicy(LinkRole.Secondary, p => p with { LocalPreference = secondary is long v ? Make.Set(v) : null });

    private static LinkRole Other(LinkRole role) => role == LinkRole.Primary ? LinkRole.Secondary : LinkRole.Primary;

    private static string Name(LinkRole role) => role == LinkRole.Primary ? "primary" : "secondary";

    private static string[] Arguments(string difference, string peering = "AzurePrivatePeering", string family = "IPv4", string circuit = "er-ams") =>
        [circuit, peering, family, ActivePassive(difference)];

    private static string ActivePassive(string difference) =>
        $"is active-passive: {difference}; make the links active-active by giving both the setting of the preferred link";

    [Fact]
    public void Links_with_default_policies_are_silent()
    {
        Assert.Empty(Make.Design(Make.Private().WithIpv6(), Make.Microsoft()).Run<ActivePassiveRule>());
    }

    [Fact]
    public void Links_with_identical_explicit_policies_are_silent()
    {
        var peering = Make.Private();
        foreach (var role in new[] { LinkRole.Primary, LinkRole.Secondary })
        {
            peering = peering.WithPolicy(role, p => p with
            {
                AsPathPrepend = Make.Set(2),
                LocalPreference = Make.Set(200L),
                Med = Make.Set(10L),
                Shutdown = Make.Set(false),
                AdvertisedPrefixes = [Make.Set(IpPrefix.Parse("10.1.0.0/16")), Make.Set(IpPrefix.Parse("10.2.0.0/16"))],
            });
        }

        Assert.Empty(Make.Design(peering).Run<ActivePassiveRule>());
    }

    // ---- AS-path prepending (ERAP001) ----

    [Theory]
    [InlineData(LinkRole.Secondary, 1, "once")]
    [InlineData(LinkRole.Secondary, 3, "3 times")]
    [InlineData(LinkRole.Primary, 2, "2 times")]
    public void Prepending_on_one_link_only_is_reported_on_the_prepend_setting(LinkRole role, int count, string times)
    {
        var peering = Prepend(Make.Private(), role, Make.Set(count));

        var finding = FindingAssert.Single(Make.Design(peering).Run<ActivePassiveRule>(), Descriptors.ER1002, Severity.Warning,
            peering.Link(role).Policy.AsPathPrepend!.Location,
            Arguments($"the {Name(role)} link prepends its AS path {times}, the {Name(Other(role))} link not at all"),
            peering.Link(Other(role)).Location);
        Assert.Same(peering, finding.Element);
    }

    [Fact]
    public void The_full_message_says_what_is_asymmetric_and_how_to_fix_it()
    {
        var peering = Prepend(Make.Private(), LinkRole.Secondary, Make.Set(3));

        var finding = Assert.Single(Make.Design(peering).Run<ActivePassiveRule>());

        Assert.Equal(
            "Peering 'AzurePrivatePeering' (IPv4) of circuit 'er-ams' is active-passive: the secondary link prepends its AS path 3 times, " +
            "the primary link not at all; make the links active-active by giving both the setting of the preferred link",
            finding.Message);
    }

    [Theory]
    [InlineData(1, 3, LinkRole.Secondary, "the secondary link prepends its AS path 3 times, the primary link once")]
    [InlineData(4, 2, LinkRole.Primary, "the primary link prepends its AS path 4 times, the secondary link 2 times")]
    public void Unequal_prepend_counts_are_reported_on_the_longer_path(int primary, int secondary, LinkRole longer, string difference)
    {
        var peering = Prepend(Prepend(Make.Private(), LinkRole.Primary, Make.Set(primary)), LinkRole.Secondary, Make.Set(secondary));

        FindingAssert.Single(Make.Design(peering).Run<ActivePassiveRule>(), Descriptors.ER1002, Severity.Warning,
            peering.Link(longer).Policy.AsPathPrepend!.Location, Arguments(difference), peering.Link(Other(longer)).Location);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(0, null)] // an explicit 0 is the default
    [InlineData(null, 0)]
    public void Equal_prepends_are_silent(int? primary, int? secondary)
    {
        var peering = Make.Private();
        if (primary is int p)
        {
            peering = Prepend(peering, LinkRole.Primary, Make.Set(p));
        }

        if (secondary is int s)
        {
            peering = Prepend(peering, LinkRole.Secondary, Make.Set(s));
        }

        Assert.Empty(Make.Design(peering).Run<ActivePassiveRule>());
    }

    [Theory]
    [InlineData(LinkRole.Primary, null)]
    [InlineData(LinkRole.Primary, 2)]
    [InlineData(LinkRole.Secondary, null)]
    [InlineData(LinkRole.Secondary, 2)]
    public void An_unknown_prepend_on_one_side_is_silent(LinkRole unknownOn, int? otherCount)
    {
        var peering = Prepend(Make.Private(), unknownOn, Make.Unknown<int>());
        if (otherCount is int count)
        {
            peering = Prepend(peering, Other(unknownOn), Make.Set(count));
        }

        Assert.Empty(Make.Design(peering).Run<ActivePassiveRule>());
    }

    [Fact]
    public void A_setting_without_a_location_is_reported_on_its_link()
    {
        var peering = Prepend(Make.Private(), LinkRole.Secondary, Setting.Of(2));

        FindingAssert.Single(Make.Design(peering).Run<ActivePassiveRule>(), Descriptors.ER1002, Severity.Warning,
            peering.Link(LinkRole.Secondary).Location,
            Arguments("the secondary link prepends its AS path 2 times, the primary link not at all"),
            peering.Link(LinkRole.Primary).Location);
    }

    [Fact]
    public void A_negative_prepend_count_does_not_crash_the_rule()
    {
        // The model holds any integer (the DSL rejects it, the compile-time front end may not): the rule must not throw.
        var peering = Prepend(Make.Private(), LinkRole.Secondary, Make.Set(-1));

        var finding = Assert.Single(Make.Design(peering).Run<ActivePassiveRule>());

        Assert.Equal(peering.Link(LinkRole.Primary).Location, finding.Location);
    }

    // ---- Advertised prefixes (ERAP002) ----

    [Fact]
    public void A_prefix_advertised_on_one_link_only_is_reported_on_that_prefix()
    {
        var peering = Advertise(Advertise(Make.Private(), LinkRole.Primary, "10.1.0.0/16", "10.2.0.0/16"), LinkRole.Secondary, "10.1.0.0/16");
        var onlyOnPrimary = peering.Link(LinkRole.Primary).Policy.AdvertisedPrefixes[1];

        FindingAssert.Single(Make.Design(peering).Run<ActivePassiveRule>(), Descriptors.ER1002, Severity.Warning,
            onlyOnPrimary.Location, Arguments("prefix 10.2.0.0/16 is advertised on the primary link only"), peering.Link(LinkRole.Secondary).Location);
    }

    [Fact]
    public void A_prefix_advertised_on_the_secondary_only_is_reported_on_the_secondary()
    {
        var peering = Advertise(Make.Private(), LinkRole.Secondary, "10.9.0.0/16");
        var onlyOnSecondary = peering.Link(LinkRole.Secondary).Policy.AdvertisedPrefixes[0];

        FindingAssert.Single(Make.Design(peering).Run<ActivePassiveRule>(), Descriptors.ER1002, Severity.Warning,
            onlyOnSecondary.Location, Arguments("prefix 10.9.0.0/16 is advertised on the secondary link only"), peering.Link(LinkRole.Primary).Location);
    }

    [Fact]
    public void A_more_specific_prefix_on_one_link_is_reported_on_the_more_specific()
    {
        var peering = Advertise(Advertise(Make.Private(), LinkRole.Primary, "10.1.0.0/16", "10.1.1.0/24"), LinkRole.Secondary, "10.1.0.0/16");
        var moreSpecific = peering.Link(LinkRole.Primary).Policy.AdvertisedPrefixes[1];

        FindingAssert.Single(Make.Design(peering).Run<ActivePassiveRule>(), Descriptors.ER1002, Severity.Warning,
            moreSpecific.Location, Arguments("the more specific prefix 10.1.1.0/24 (within 10.1.0.0/16) is advertised on the primary link only"), peering.Link(LinkRole.Secondary).Location);
    }

    [Fact]
    public void Splitting_a_prefix_into_more_specifics_on_one_link_reports_each_more_specific()
    {
        // /25s on the primary, the /24 on the secondary: the classic way to make the secondary passive.
        var peering = Advertise(Advertise(Make.Private(), LinkRole.Primary, "10.1.1.0/25", "10.1.1.128/25"), LinkRole.Secondary, "10.1.1.0/24");
        var primary = peering.Link(LinkRole.Primary);
        var secondary = peering.Link(LinkRole.Secondary);

        var findings = Make.Design(peering).Run<ActivePassiveRule>();

        // The /24 on the secondary is covered by the /25s: the /25s are what draws the traffic, and what is reported.
        Assert.Equal(
            [primary.Policy.AdvertisedPrefixes[0].Location, primary.Policy.AdvertisedPrefixes[1].Location],
            findings.Select(f => f.Location));
        Assert.All(findings, f => Assert.Equal([secondary.Location!], f.AdditionalLocations));
        Assert.Equal(
            new[]
            {
                "the more specific prefix 10.1.1.0/25 (within 10.1.1.0/24) is advertised on the primary link only",
                "the more specific prefix 10.1.1.128/25 (within 10.1.1.0/24) is advertised on the primary link only",
            }.Select(ActivePassive),
            findings.Select(f => f.MessageArguments[3]));
    }

    [Fact]
    public void A_less_specific_prefix_on_one_link_is_reported_when_what_it_covers_is_on_both_links()
    {
        // Both links carry 10.1.0.0/16; the rest of 10.0.0.0/12 only the secondary does.
        var peering = Advertise(Advertise(Make.Private(), LinkRole.Primary, "10.1.0.0/16"), LinkRole.Secondary, "10.1.0.0/16", "10.0.0.0/12");
        var covering = peering.Link(LinkRole.Secondary).Policy.AdvertisedPrefixes[1];

        FindingAssert.Single(Make.Design(peering).Run<ActivePassiveRule>(), Descriptors.ER1002, Severity.Warning,
            covering.Location, Arguments("prefix 10.0.0.0/12 is advertised on the secondary link only"), peering.Link(LinkRole.Primary).Location);
    }

    [Fact]
    public void The_same_prefixes_in_another_order_are_silent()
    {
        var peering = Advertise(Advertise(Make.Private(), LinkRole.Primary, "10.1.0.0/16", "10.2.0.0/16"), LinkRole.Secondary, "10.2.0.0/16", "10.1.0.0/16");

        Assert.Empty(Make.Design(peering).Run<ActivePassiveRule>());
    }

    [Fact]
    public void An_unknown_prefix_on_either_link_silences_the_prefix_comparison()
    {
        var peering = Advertise(Make.Private(), LinkRole.Primary, "10.1.0.0/16", "10.2.0.0/16")
            .WithPolicy(LinkRole.Secondary, p => p with { AdvertisedPrefixes = [Make.Set(IpPrefix.Parse("10.1.0.0/16")), Make.Unknown<IpPrefix>()] });

        Assert.Empty(Make.Design(peering).Run<ActivePassiveRule>());
    }

    // ---- Shutdown (ERAP005) ----

    [Theory]
    [InlineData(LinkRole.Primary)]
    [InlineData(LinkRole.Secondary)]
    public void One_link_shut_down_is_reported_on_the_shutdown(LinkRole role)
    {
        var peering = Make.Private().WithPolicy(role, p => p with { Shutdown = Make.Set(true) });

        FindingAssert.Single(Make.Design(peering).Run<ActivePassiveRule>(), Descriptors.ER1002, Severity.Warning,
            peering.Link(role).Policy.Shutdown!.Location, Arguments($"the {Name(role)} link is administratively shut down"),
            peering.Link(Other(role)).Location);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, null)]
    [InlineData(null, false)]
    public void Equal_shutdown_states_are_silent(bool? primary, bool? secondary)
    {
        var peering = Make.Private()
            .WithPolicy(LinkRole.Primary, p => p with { Shutdown = primary is bool v ? Make.Set(v) : null })
            .WithPolicy(LinkRole.Secondary, p => p with { Shutdown = secondary is bool v ? Make.Set(v) : null });

        Assert.Empty(Make.Design(peering).Run<ActivePassiveRule>());
    }

    [Fact]
    public void An_unknown_shutdown_is_silent()
    {
        var peering = Make.Private()
            .WithPolicy(LinkRole.Primary, p => p with { Shutdown = Make.Unknown<bool>() })
            .WithPolicy(LinkRole.Secondary, p => p with { Shutdown = Make.Set(true) });

        Assert.Empty(Make.Design(peering).Run<ActivePassiveRule>());
    }

    // ---- Local preference (ERAP003) and MED (ERAP004) ----

    [Fact]
    public void Lower_local_preference_on_one_link_is_reported_on_the_lower_value()
    {
        var peering = Make.Private().WithPolicy(LinkRole.Secondary, p => p with { LocalPreference = Make.Set(50L) });

        FindingAssert.Single(Make.Design(peering).Run<ActivePassiveRule>(), Descriptors.ER1002, Severity.Warning,
            peering.Link(LinkRole.Secondary).Policy.LocalPreference!.Location,
            Arguments("local preference 50 on the secondary link, 100 on the primary link"), peering.Link(LinkRole.Primary).Location);
    }

    [Fact]
    public void Higher_local_preference_on_one_link_is_reported_on_that_value_when_the_passive_link_has_none()
    {
        var peering = Make.Private().WithPolicy(LinkRole.Primary, p => p with { LocalPreference = Make.Set(200L) });

        FindingAssert.Single(Make.Design(peering).Run<ActivePassiveRule>(), Descriptors.ER1002, Severity.Warning,
            peering.Link(LinkRole.Primary).Policy.LocalPreference!.Location,
            Arguments("local preference 100 on the secondary link, 200 on the primary link"), peering.Link(LinkRole.Secondary).Location);
    }

    [Fact]
    public void Two_written_local_preferences_are_reported_on_the_lower_one()
    {
        var peering = Make.Private()
            .WithPolicy(LinkRole.Primary, p => p with { LocalPreference = Make.Set(150L) })
            .WithPolicy(LinkRole.Secondary, p => p with { LocalPreference = Make.Set(120L) });

        FindingAssert.Single(Make.Design(peering).Run<ActivePassiveRule>(), Descriptors.ER1002, Severity.Warning,
            peering.Link(LinkRole.Secondary).Policy.LocalPreference!.Location,
            Arguments("local preference 120 on the secondary link, 150 on the primary link"), peering.Link(LinkRole.Primary).Location);
    }

    [Theory]
    [InlineData(100L, null)] // 100 is the BGP default
    [InlineData(null, 100L)]
    [InlineData(150L, 150L)]
    public void Equal_local_preferences_are_silent(long? primary, long? secondary)
    {
        Assert.Empty(Make.Design(LocalPreference(primary, secondary)).Run<ActivePassiveRule>());
    }

    [Fact]
    public void Higher_med_on_one_link_is_reported_on_the_med()
    {
        var peering = Make.Private().WithPolicy(LinkRole.Primary, p => p with { Med = Make.Set(50L) });

        FindingAssert.Single(Make.Design(peering).Run<ActivePassiveRule>(), Descriptors.ER1002, Severity.Warning,
            peering.Link(LinkRole.Primary).Policy.Med!.Location,
            Arguments("MED 50 on the primary link, 0 on the secondary link"), peering.Link(LinkRole.Secondary).Location);
    }

    [Theory]
    [InlineData(0L, null)] // 0 is the default
    [InlineData(20L, 20L)]
    public void Equal_meds_are_silent(long? primary, long? secondary)
    {
        var peering = Make.Private()
            .WithPolicy(LinkRole.Primary, p => p with { Med = primary is long v ? Make.Set(v) : null })
            .WithPolicy(LinkRole.Secondary, p => p with { Med = secondary is long v ? Make.Set(v) : null });

        Assert.Empty(Make.Design(peering).Run<ActivePassiveRule>());
    }

    [Fact]
    public void Unknown_local_preference_or_med_is_silent()
    {
        var peering = Make.Private()
            .WithPolicy(LinkRole.Primary, p => p with { LocalPreference = Make.Unknown<long>(), Med = Make.Unknown<long>() })
            .WithPolicy(LinkRole.Secondary, p => p with { LocalPreference = Make.Set(50L), Med = Make.Set(50L) });

        Assert.Empty(Make.Design(peering).Run<ActivePassiveRule>());
    }

    // ---- Unknown configuration, families, peerings, circuits ----

    [Fact]
    public void An_incomplete_peering_is_silent()
    {
        var peering = Prepend(Make.Private(), LinkRole.Secondary, Make.Set(3)) with { IsComplete = false };

        Assert.Empty(Make.Design(peering).Run<ActivePassiveRule>());
    }

    [Theory]
    [InlineData(LinkRole.Primary)]
    [InlineData(LinkRole.Secondary)]
    public void An_incomplete_link_is_silent_because_its_absent_settings_are_not_defaults(LinkRole incomplete)
    {
        var peering = Prepend(Make.Private(), LinkRole.Secondary, Make.Set(3))
            .WithLink(incomplete, l => l with { IsComplete = false });

        Assert.Empty(Make.Design(peering).Run<ActivePassiveRule>());
    }

    [Fact]
    public void A_peering_with_one_link_is_left_to_ER1001()
    {
        var peering = Prepend(Make.Private(secondary: null), LinkRole.Primary, Make.Set(3));

        Assert.Empty(Make.Design(peering).Run<ActivePassiveRule>());
    }

    [Fact]
    public void An_ipv6_pair_is_compared_on_its_own()
    {
        var peering = Prepend(Make.Private().WithIpv6(), LinkRole.Secondary, Make.Set(2), IpFamily.IPv6);

        FindingAssert.Single(Make.Design(peering).Run<ActivePassiveRule>(), Descriptors.ER1002, Severity.Warning,
            peering.Link(LinkRole.Secondary, IpFamily.IPv6).Policy.AsPathPrepend!.Location,
            Arguments("the secondary link prepends its AS path 2 times, the primary link not at all", family: "IPv6"),
            peering.Link(LinkRole.Primary, IpFamily.IPv6).Location);
    }

    [Fact]
    public void Microsoft_peering_is_checked_too()
    {
        var microsoft = Make.Microsoft().WithPolicy(LinkRole.Primary, p => p with { Shutdown = Make.Set(true) });

        FindingAssert.Single(Make.Design(Make.Private(), microsoft).Run<ActivePassiveRule>(), Descriptors.ER1002, Severity.Warning,
            microsoft.Link(LinkRole.Primary).Policy.Shutdown!.Location,
            Arguments("the primary link is administratively shut down", peering: "MicrosoftPeering"),
            microsoft.Link(LinkRole.Secondary).Location);
    }

    // ---- What the fix is told: both links take the preferred link's value ----

    public static TheoryData<string, Peering, string?, string?, bool> FixCases() => new()
    {
        { "prepend on one link only: remove it", Prepend(Make.Private(), LinkRole.Secondary, Make.Set(3)), "true", null, false },
        { "prepends 1 and 4: the longer takes 1", Prepend(Prepend(Make.Private(), LinkRole.Primary, Make.Set(1)), LinkRole.Secondary, Make.Set(4)), null, "1", false },
        { "local preference 50 on the passive link only: remove it", LocalPreference(null, 50), "true", null, false },
        { "local preference 200 and 50: the passive takes 200", LocalPreference(200, 50), null, "200", false },
        { "local preference 200 on the active link only: copy it", LocalPreference(200, null), null, "200", true },
        { "MED 10 and 50: the passive takes 10", Make.Private().WithPolicy(LinkRole.Primary, p => p with { Med = Make.Set(10L) }).WithPolicy(LinkRole.Secondary, p => p with { Med = Make.Set(50L) }), null, "10", false },
        { "a prefix on one link only: copy it", Advertise(Advertise(Make.Private(), LinkRole.Primary, "10.1.0.0/16"), LinkRole.Secondary, "10.1.0.0/16", "10.1.0.0/25"), null, "10.1.0.0/25", true },
        { "shut down: remove it", Make.Private().WithPolicy(LinkRole.Secondary, p => p with { Shutdown = Make.Set(true) }), "true", null, false },
    };

    [Theory]
    [MemberData(nameof(FixCases))]
    public void The_finding_tells_the_fix_the_value_of_the_preferred_link(string what, Peering peering, string? removable, string? sharedValue, bool copy)
    {
        var properties = Assert.Single(Make.Design(peering).Run<ActivePassiveRule>()).Properties;

        Assert.True(removable == properties.GetValueOrDefault(FixProperties.Removable), what);
        Assert.True(sharedValue == properties.GetValueOrDefault(FixProperties.SharedValue), what);
        Assert.True(copy == properties.ContainsKey(FixProperties.CopyToPartner), what);
    }

    // ---- Prepends on Microsoft peering: Microsoft removes private ASNs from the path ----

    [Fact]
    public void A_prepend_on_Microsoft_peering_with_the_private_ASN_of_the_site_is_reported_as_without_effect_at_Info()
    {
        var microsoft = Prepend(Make.Microsoft(), LinkRole.Secondary, Make.Set(3));

        var finding = FindingAssert.Single(Make.Design(microsoft).Run<ActivePassiveRule>(), Descriptors.ER1002, Severity.Info,
            microsoft.Link(LinkRole.Secondary).Policy.AsPathPrepend!.Location,
            ["er-ams", "MicrosoftPeering", "IPv4",
                "gains nothing from its AS-path prepend: the secondary link prepends its AS path 3 times, the primary link not at all, " +
                "but Microsoft removes private AS numbers such as peer ASN 65010 from the AS path on Microsoft peering; " +
                "remove the prepend, or peer with a public ASN to influence routing"],
            microsoft.Link(LinkRole.Primary).Location);
        Assert.Equal("true", finding.Properties[FixProperties.Removable]);
        Assert.DoesNotContain("active-passive", finding.Message);
    }

    [Theory]
    [InlineData(64512L)]
    [InlineData(65534L)]
    [InlineData(4200000000L)]
    [InlineData(4294967294L)]
    public void A_private_peer_ASN_written_on_the_peering_makes_a_prepend_without_effect(long asn)
    {
        var microsoft = Prepend(Make.Microsoft() with { PeerAsn = Make.Set<Asn>(asn) }, LinkRole.Primary, Make.Set(2));

        var finding = Assert.Single(Make.Design(microsoft).Run<ActivePassiveRule>());

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains($"peer ASN {asn}", finding.Message);
    }

    [Theory]
    [InlineData(64511L)]
    [InlineData(65535L)]
    [InlineData(8075L)]
    public void A_prepend_on_Microsoft_peering_with_a_public_peer_ASN_is_active_passive(long asn)
    {
        var microsoft = Prepend(Make.Microsoft() with { PeerAsn = Make.Set<Asn>(asn) }, LinkRole.Secondary, Make.Set(1));

        FindingAssert.Single(Make.Design(microsoft).Run<ActivePassiveRule>(), Descriptors.ER1002, Severity.Warning,
            microsoft.Link(LinkRole.Secondary).Policy.AsPathPrepend!.Location,
            Arguments("the secondary link prepends its AS path once, the primary link not at all", peering: "MicrosoftPeering"),
            microsoft.Link(LinkRole.Primary).Location);
    }

    [Fact]
    public void A_public_peer_ASN_on_the_peering_wins_over_the_private_ASN_of_the_site()
    {
        var microsoft = Prepend(Make.Microsoft() with { PeerAsn = Make.Set<Asn>(12345) }, LinkRole.Secondary, Make.Set(1));

        Assert.Equal(Severity.Warning, Assert.Single(Make.Design(microsoft).Run<ActivePassiveRule>()).Severity);
    }

    [Fact]
    public void A_prepend_on_Microsoft_peering_whose_peer_ASN_is_not_known_is_silent()
    {
        var unknownOnPeering = Prepend(Make.Microsoft() with { PeerAsn = Make.Unknown<Asn>() }, LinkRole.Secondary, Make.Set(1));
        var unknownSite = Make.Design(Prepend(Make.Microsoft(), LinkRole.Secondary, Make.Set(1))) with { Sites = [Make.Site("dc1", Make.Unknown<Asn>())] };
        var noSite = Make.Design(Prepend(Make.Microsoft(), LinkRole.Secondary, Make.Set(1))) with { Sites = [] };

        Assert.Empty(Make.Design(unknownOnPeering).Run<ActivePassiveRule>());
        Assert.Empty(unknownSite.Run<ActivePassiveRule>());
        Assert.Empty(noSite.Run<ActivePassiveRule>());
    }

    [Fact]
    public void A_prepend_on_private_peering_with_a_private_ASN_is_still_active_passive()
    {
        var peering = Prepend(Make.Private(), LinkRole.Secondary, Make.Set(2));

        Assert.Equal(Severity.Warning, Assert.Single(Make.Design(peering).Run<ActivePassiveRule>()).Severity);
    }

    [Fact]
    public void Other_asymmetries_on_Microsoft_peering_with_a_private_ASN_stay_active_passive()
    {
        var microsoft = Make.Microsoft().WithPolicy(LinkRole.Secondary, p => p with { LocalPreference = Make.Set(50L) });

        FindingAssert.Single(Make.Design(microsoft).Run<ActivePassiveRule>(), Descriptors.ER1002, Severity.Warning,
            microsoft.Link(LinkRole.Secondary).Policy.LocalPreference!.Location,
            Arguments("local preference 50 on the secondary link, 100 on the primary link", peering: "MicrosoftPeering"),
            microsoft.Link(LinkRole.Primary).Location);
    }

    [Fact]
    public void Findings_attach_to_the_circuit_whose_links_differ()
    {
        var ams = Make.Circuit("er-ams", Make.Private());
        var fra = Make.Circuit("er-fra", Prepend(Make.Private(), LinkRole.Secondary, Make.Set(1)));
        var lon = Make.Circuit("er-lon", Make.Private().WithPolicy(LinkRole.Secondary, p => p with { Med = Make.Set(10L) }));

        var findings = Make.Design(ams, fra, lon).Run<ActivePassiveRule>();

        Assert.Collection(
            findings,
            f => FindingAssert.Is(f, Descriptors.ER1002, Severity.Warning, fra.Peerings[0].Link(LinkRole.Secondary).Policy.AsPathPrepend!.Location,
                Arguments("the secondary link prepends its AS path once, the primary link not at all", circuit: "er-fra"),
                fra.Peerings[0].Link(LinkRole.Primary).Location),
            f => FindingAssert.Is(f, Descriptors.ER1002, Severity.Warning, lon.Peerings[0].Link(LinkRole.Secondary).Policy.Med!.Location,
                Arguments("MED 10 on the secondary link, 0 on the primary link", circuit: "er-lon"),
                lon.Peerings[0].Link(LinkRole.Primary).Location));
    }

    [Fact]
    public void Every_asymmetry_of_a_pair_is_reported()
    {
        var peering = Make.Private().WithPolicy(LinkRole.Secondary, p => p with
        {
            Shutdown = Make.Set(true),
            AsPathPrepend = Make.Set(2),
            LocalPreference = Make.Set(90L),
            Med = Make.Set(5L),
        });

        var differences = Make.Design(peering).Run<ActivePassiveRule>().Select(f => f.MessageArguments[3]).ToArray();

        Assert.Equal(
            new[]
            {
                "the secondary link is administratively shut down",
                "the secondary link prepends its AS path 2 times, the primary link not at all",
                "local preference 90 on the secondary link, 100 on the primary link",
                "MED 5 on the secondary link, 0 on the primary link",
            }.Select(ActivePassive),
            differences);
    }

    [Fact]
    public void The_rule_ignores_settings_it_does_not_compare()
    {
        var peering = Make.Private().WithPolicy(LinkRole.Secondary, p => p with
        {
            Bfd = Make.Set(BfdTimers.Default),
            Timers = Make.Set(new BgpTimers(10, 30)),
            IgnoresAsPathLength = Make.Set(true),
        });

        Assert.Empty(Make.Design(peering).Run<ActivePassiveRule>());
    }

    // ---- The passive link, as pictures draw it ----

    public static TheoryData<string, Peering, LinkRole> Differences => new()
    {
        { "secondary shut down", Make.Private().WithPolicy(LinkRole.Secondary, p => p with { Shutdown = Make.Set(true) }), LinkRole.Secondary },
        { "primary prepends", Prepend(Make.Private(), LinkRole.Primary, Make.Set(2)), LinkRole.Primary },
        { "a prefix on the primary only", Advertise(Make.Private(), LinkRole.Primary, "10.1.0.0/16"), LinkRole.Secondary },
        { "lower local preference written on the secondary", LocalPreference(null, 50), LinkRole.Secondary },
        { "higher local preference written on the primary", LocalPreference(200, null), LinkRole.Secondary },
        { "higher MED on the primary", Make.Private().WithPolicy(LinkRole.Primary, p => p with { Med = Make.Set(50L) }), LinkRole.Primary },
    };

    [Theory]
    [MemberData(nameof(Differences))]
    public void The_subject_of_the_finding_is_the_passive_link(string difference, Peering peering, LinkRole passive)
    {
        var finding = Assert.Single(Make.Design(peering).Run<ActivePassiveRule>());

        Assert.True(ReferenceEquals(peering.Link(passive), finding.Subject), difference);
    }
}
