using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER3003: a BGP session advertises more prefixes than its peering accepts.</summary>
public class PrefixLimitRuleTests
{
    private static NetworkDesignModel Design(Circuit circuit) => Make.Design(circuit);

    private static Circuit Standard(params Peering[] peerings) => Make.Circuit("er-ams", peerings).WithTier(CircuitTier.Standard);

    [Theory]
    [InlineData(CircuitTier.Local)]
    [InlineData(CircuitTier.Standard)]
    public void Private_peering_of_a_local_or_standard_circuit_accepts_4000_ipv4_prefixes(CircuitTier tier)
    {
        var atLimit = Make.Private().Advertising(LinkRole.Primary, Make.Prefixes(4_000));
        var overLimit = Make.Private().Advertising(LinkRole.Primary, Make.Prefixes(4_001));

        Assert.Empty(Design(Make.Circuit("er-ams", atLimit).WithTier(tier)).Run<PrefixLimitRule>());
        FindingAssert.Single(Design(Make.Circuit("er-ams", overLimit).WithTier(tier)).Run<PrefixLimitRule>(), Descriptors.ER3003, Severity.Error,
            overLimit.Link(LinkRole.Primary).Location, ["er-ams", "AzurePrivatePeering", "IPv4", "4,001", "the primary link", "4,000"]);
    }

    [Fact]
    public void The_message_gives_the_count_and_the_limit()
    {
        var peering = Make.Private().Advertising(LinkRole.Secondary, Make.Prefixes(4_321));

        var finding = Assert.Single(Design(Standard(peering)).Run<PrefixLimitRule>());

        Assert.Equal(
            "Peering 'AzurePrivatePeering' (IPv4) of circuit 'er-ams' advertises 4,321 prefixes on the secondary link, more than the 4,000 it accepts: advertise fewer prefixes (summarize them)",
            finding.Message);
        Assert.Same(peering.Link(LinkRole.Secondary), finding.Element);
    }

    [Fact]
    public void Private_peering_of_a_premium_circuit_accepts_10000_ipv4_prefixes()
    {
        var atLimit = Make.Private().Advertising(LinkRole.Primary, Make.Prefixes(10_000));
        var overLimit = Make.Private().Advertising(LinkRole.Primary, Make.Prefixes(10_001));

        Assert.Empty(Design(Make.Circuit("er-ams", atLimit).WithTier(CircuitTier.Premium)).Run<PrefixLimitRule>());
        FindingAssert.Single(Design(Make.Circuit("er-ams", overLimit).WithTier(CircuitTier.Premium)).Run<PrefixLimitRule>(), Descriptors.ER3003, Severity.Error,
            overLimit.Link(LinkRole.Primary).Location, ["er-ams", "AzurePrivatePeering", "IPv4", "10,001", "the primary link", "10,000"]);
    }

    [Fact]
    public void A_tier_that_is_unknown_not_written_or_maybe_changed_where_not_seen_may_be_premium()
    {
        var peering = Make.Private().Advertising(LinkRole.Primary, Make.Prefixes(4_001));
        Circuit[] circuits =
        [
            Make.Circuit("er-ams", peering) with { Tier = Make.Unknown<CircuitTier>() },
            Make.Circuit("er-ams", peering),
            Standard(peering) with { IsComplete = false },
        ];

        Assert.All(circuits, circuit => Assert.Empty(Design(circuit).Run<PrefixLimitRule>()));
        Assert.Equal(10_000, PrefixLimitRule.Limit(circuits[0], PeeringKind.Private, IpFamily.IPv4));
    }

    [Fact]
    public void Past_the_premium_limit_an_unknown_tier_is_reported_against_10000()
    {
        var peering = Make.Private().Advertising(LinkRole.Primary, Make.Prefixes(10_001));

        FindingAssert.Single(Design(Make.Circuit("er-ams", peering) with { Tier = Make.Unknown<CircuitTier>() }).Run<PrefixLimitRule>(), Descriptors.ER3003,
            Severity.Error, peering.Link(LinkRole.Primary).Location, ["er-ams", "AzurePrivatePeering", "IPv4", "10,001", "the primary link", "10,000"]);
    }

    [Fact]
    public void Private_peering_accepts_100_ipv6_prefixes_whatever_the_tier()
    {
        var atLimit = Make.Private().WithIpv6().Advertising(LinkRole.Secondary, Make.Prefixes(100, IpFamily.IPv6), IpFamily.IPv6);
        var overLimit = Make.Private().WithIpv6().Advertising(LinkRole.Secondary, Make.Prefixes(101, IpFamily.IPv6), IpFamily.IPv6);

        Assert.Empty(Design(Make.Circuit("er-ams", atLimit).WithTier(CircuitTier.Premium)).Run<PrefixLimitRule>());
        FindingAssert.Single(Design(Make.Circuit("er-ams", overLimit).WithTier(CircuitTier.Premium)).Run<PrefixLimitRule>(), Descriptors.ER3003, Severity.Error,
            overLimit.Link(LinkRole.Secondary, IpFamily.IPv6).Location, ["er-ams", "AzurePrivatePeering", "IPv6", "101", "the secondary link", "100"]);
    }

    [Fact]
    public void Prefixes_are_counted_per_session_and_per_family()
    {
        // 4,000 on each link, and IPv6 prefixes on an IPv4 session do not count against its IPv4 limit.
        var peering = Make.Private()
            .Advertising(LinkRole.Primary, Make.Prefixes(4_000))
            .Advertising(LinkRole.Secondary, Make.Prefixes(4_000, first: 4_000))
            .Advertising(LinkRole.Primary, Make.Prefixes(150, IpFamily.IPv6));

        Assert.Empty(Design(Standard(peering)).Run<PrefixLimitRule>());
    }

    [Fact]
    public void A_prefix_advertised_twice_counts_once()
    {
        var peering = Make.Private().Advertising(LinkRole.Primary, [.. Make.Prefixes(4_000), .. Make.Prefixes(1)]);

        Assert.Equal(4_001, peering.Link(LinkRole.Primary).Policy.AdvertisedPrefixes.Count);
        Assert.Empty(Design(Standard(peering)).Run<PrefixLimitRule>());
    }

    [Fact]
    public void Unknown_prefixes_may_repeat_known_ones_so_only_known_ones_count()
    {
        var atLimit = Make.Private().Advertising(LinkRole.Primary, [.. Make.Prefixes(4_000), Make.Unknown<IpPrefix>(), Make.Unknown<IpPrefix>()]);
        var overLimit = Make.Private().Advertising(LinkRole.Primary, [.. Make.Prefixes(4_001), Make.Unknown<IpPrefix>()]);

        Assert.Empty(Design(Standard(atLimit)).Run<PrefixLimitRule>());
        FindingAssert.Single(Design(Standard(overLimit)).Run<PrefixLimitRule>(), Descriptors.ER3003, Severity.Error,
            overLimit.Link(LinkRole.Primary).Location, ["er-ams", "AzurePrivatePeering", "IPv4", "4,001", "the primary link", "4,000"]);
    }

    [Fact]
    public void An_incomplete_link_is_silent()
    {
        var peering = Make.Private().Advertising(LinkRole.Primary, Make.Prefixes(4_001)).WithLink(LinkRole.Primary, link => link with { IsComplete = false });

        Assert.Empty(Design(Standard(peering)).Run<PrefixLimitRule>());
    }

    [Fact]
    public void A_complete_link_of_an_incomplete_private_peering_is_still_counted()
    {
        var peering = Make.Private().Advertising(LinkRole.Primary, Make.Prefixes(4_001)) with { IsComplete = false };

        FindingAssert.Single(Design(Standard(peering)).Run<PrefixLimitRule>(), Descriptors.ER3003, Severity.Error,
            peering.Link(LinkRole.Primary).Location, ["er-ams", "AzurePrivatePeering", "IPv4", "4,001", "the primary link", "4,000"]);
    }

    [Fact]
    public void Microsoft_peering_accepts_200_prefixes_counting_its_public_prefixes_with_the_links_own()
    {
        var atLimit = Make.Microsoft().AdvertisingPublic(Make.Prefixes(150)).Advertising(LinkRole.Primary, Make.Prefixes(50, first: 150));
        var overLimit = Make.Microsoft().AdvertisingPublic(Make.Prefixes(150)).Advertising(LinkRole.Primary, Make.Prefixes(51, first: 150));

        Assert.Empty(Design(Standard(atLimit)).Run<PrefixLimitRule>());
        FindingAssert.Single(Design(Standard(overLimit)).Run<PrefixLimitRule>(), Descriptors.ER3003, Severity.Error,
            overLimit.Link(LinkRole.Primary).Location, ["er-ams", "MicrosoftPeering", "IPv4", "201", "the primary link", "200"]);
    }

    [Fact]
    public void A_link_prefix_that_is_also_a_public_prefix_counts_once()
    {
        var peering = Make.Microsoft().AdvertisingPublic(Make.Prefixes(200)).Advertising(LinkRole.Secondary, Make.Prefixes(200));

        Assert.Empty(Design(Standard(peering)).Run<PrefixLimitRule>());
    }

    [Fact]
    public void Too_many_public_prefixes_are_reported_once_on_the_microsoft_peering()
    {
        var peering = Make.Microsoft().AdvertisingPublic(Make.Prefixes(201)).Advertising(LinkRole.Primary, Make.Prefixes(10, first: 500));

        var finding = FindingAssert.Single(Design(Standard(peering)).Run<PrefixLimitRule>(), Descriptors.ER3003, Severity.Error,
            peering.Location, ["er-ams", "MicrosoftPeering", "IPv4", "201", "each link", "200"]);
        Assert.Same(peering, finding.Element);
    }

    [Fact]
    public void Public_prefixes_count_on_the_sessions_of_their_family()
    {
        var withoutIpv6Links = Make.Microsoft().AdvertisingPublic(Make.Prefixes(201, IpFamily.IPv6));
        var withIpv6Links = withoutIpv6Links.WithIpv6("2001:db8:200::/126", "2001:db8:200::4/126");

        Assert.Empty(Design(Standard(withoutIpv6Links)).Run<PrefixLimitRule>());
        FindingAssert.Single(Design(Standard(withIpv6Links)).Run<PrefixLimitRule>(), Descriptors.ER3003, Severity.Error,
            withIpv6Links.Location, ["er-ams", "MicrosoftPeering", "IPv6", "201", "each link", "200"]);
    }

    [Fact]
    public void Public_prefixes_of_an_incomplete_microsoft_peering_are_not_counted()
    {
        var tooManyPublic = Make.Microsoft().AdvertisingPublic(Make.Prefixes(201)) with { IsComplete = false };
        var publicAndOwn = Make.Microsoft().AdvertisingPublic(Make.Prefixes(150)).Advertising(LinkRole.Primary, Make.Prefixes(51, first: 150)) with { IsComplete = false };

        Assert.Empty(Design(Standard(tooManyPublic)).Run<PrefixLimitRule>());
        Assert.Empty(Design(Standard(publicAndOwn)).Run<PrefixLimitRule>());
    }

    [Fact]
    public void The_own_prefixes_of_a_complete_link_of_an_incomplete_microsoft_peering_still_count()
    {
        var peering = Make.Microsoft().AdvertisingPublic(Make.Prefixes(100)).Advertising(LinkRole.Primary, Make.Prefixes(201, first: 300)) with { IsComplete = false };

        FindingAssert.Single(Design(Standard(peering)).Run<PrefixLimitRule>(), Descriptors.ER3003, Severity.Error,
            peering.Link(LinkRole.Primary).Location, ["er-ams", "MicrosoftPeering", "IPv4", "201", "the primary link", "200"]);
    }

    [Fact]
    public void Each_session_over_its_limit_is_reported()
    {
        var privatePeering = Make.Private().WithIpv6()
            .Advertising(LinkRole.Primary, Make.Prefixes(4_001))
            .Advertising(LinkRole.Secondary, Make.Prefixes(4_002))
            .Advertising(LinkRole.Primary, Make.Prefixes(101, IpFamily.IPv6), IpFamily.IPv6);
        var microsoft = Make.Microsoft().Advertising(LinkRole.Secondary, Make.Prefixes(201));

        var findings = Design(Standard(privatePeering, microsoft)).Run<PrefixLimitRule>();

        Assert.Equal(
            [
                "AzurePrivatePeering IPv4 4,001 the primary link 4,000",
                "AzurePrivatePeering IPv4 4,002 the secondary link 4,000",
                "AzurePrivatePeering IPv6 101 the primary link 100",
                "MicrosoftPeering IPv4 201 the secondary link 200",
            ],
            findings.Select(f => string.Join(" ", f.MessageArguments.Skip(1))));
    }

    [Fact]
    public void Links_without_prefixes_are_silent()
    {
        Assert.Empty(Design(Standard(Make.Private().WithIpv6(), Make.Microsoft())).Run<PrefixLimitRule>());
    }
}
