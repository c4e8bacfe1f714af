using System.Collections.Generic;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER4002: link subnets of one circuit overlap.</summary>
public class OverlappingSubnetsRuleTests
{
    [Fact]
    public void Distinct_subnets_are_silent()
    {
        var design = Make.Design(Make.Private().WithIpv6(), Make.Microsoft().WithIpv6("2001:db8:200::/126", "2001:db8:200::4/126"));

        Assert.Empty(design.Run<OverlappingSubnetsRule>());
    }

    [Fact]
    public void Identical_primary_and_secondary_are_reported_on_the_secondary_with_the_primary_as_additional_location()
    {
        var peering = Make.Private(secondary: Make.PrimaryV4);

        var finding = FindingAssert.Single(Make.Design(peering).Run<OverlappingSubnetsRule>(), Descriptors.ER4002, Severity.Error,
            peering.Link(LinkRole.Secondary).Subnet!.Location,
            ["er-ams", "AzurePrivatePeering", "secondary IPv4", Make.PrimaryV4, Make.PrimaryV4, "the primary IPv4 link"],
            peering.Link(LinkRole.Primary).Subnet!.Location);
        Assert.Equal(
            "The secondary IPv4 link subnet '192.168.100.128/30' of peering 'AzurePrivatePeering' in circuit 'er-ams' overlaps " +
            "'192.168.100.128/30' of the primary IPv4 link: give each link its own subnet",
            finding.Message);
        Assert.Same(peering, finding.Element);
    }

    [Theory]
    [InlineData("192.168.100.130/30")] // same network, written with host bits
    [InlineData("192.168.100.128/29")] // the whole /29 on the secondary
    [InlineData("192.168.100.128/31")]
    [InlineData("192.168.0.0/16")]
    public void A_secondary_subnet_that_overlaps_the_primary_is_reported(string secondary)
    {
        var peering = Make.Private(secondary: secondary);

        FindingAssert.Single(Make.Design(peering).Run<OverlappingSubnetsRule>(), Descriptors.ER4002, Severity.Error,
            peering.Link(LinkRole.Secondary).Subnet!.Location,
            ["er-ams", "AzurePrivatePeering", "secondary IPv4", secondary, Make.PrimaryV4, "the primary IPv4 link"],
            peering.Link(LinkRole.Primary).Subnet!.Location);
    }

    [Fact]
    public void Identical_ipv6_subnets_are_reported()
    {
        var peering = Make.Private().WithIpv6(secondary: Make.PrimaryV6);

        FindingAssert.Single(Make.Design(peering).Run<OverlappingSubnetsRule>(), Descriptors.ER4002, Severity.Error,
            peering.Link(LinkRole.Secondary, IpFamily.IPv6).Subnet!.Location,
            ["er-ams", "AzurePrivatePeering", "secondary IPv6", Make.PrimaryV6, Make.PrimaryV6, "the primary IPv6 link"],
            peering.Link(LinkRole.Primary, IpFamily.IPv6).Subnet!.Location);
    }

    [Fact]
    public void An_overlap_across_peerings_names_the_other_peering()
    {
        var privatePeering = Make.Private();
        var microsoft = Make.Microsoft(primary: "203.0.113.0/30", secondary: Make.SecondaryV4);

        FindingAssert.Single(Make.Design(privatePeering, microsoft).Run<OverlappingSubnetsRule>(), Descriptors.ER4002, Severity.Error,
            microsoft.Link(LinkRole.Secondary).Subnet!.Location,
            ["er-ams", "MicrosoftPeering", "secondary IPv4", Make.SecondaryV4, Make.SecondaryV4, "the secondary IPv4 link of peering 'AzurePrivatePeering'"],
            privatePeering.Link(LinkRole.Secondary).Subnet!.Location);
    }

    [Fact]
    public void An_ipv4_subnet_never_overlaps_an_ipv6_one()
    {
        var peering = Make.Private().WithIpv6("::ffff:192.168.100.128/126", "::ffff:192.168.100.132/126");

        Assert.Empty(Make.Design(peering).Run<OverlappingSubnetsRule>());
    }

    [Fact]
    public void The_same_subnets_in_two_circuits_are_silent_because_addresses_are_per_circuit()
    {
        var design = Make.Design(Make.Circuit("er-ams", Make.Private()), Make.Circuit("er-fra", Make.Private()));

        Assert.Empty(design.Run<OverlappingSubnetsRule>());
    }

    [Fact]
    public void The_finding_lands_on_the_circuit_with_the_overlap()
    {
        var ams = Make.Circuit("er-ams", Make.Private());
        var fra = Make.Circuit("er-fra", Make.Private(secondary: Make.PrimaryV4));

        FindingAssert.Single(Make.Design(ams, fra).Run<OverlappingSubnetsRule>(), Descriptors.ER4002, Severity.Error,
            fra.Peerings[0].Link(LinkRole.Secondary).Subnet!.Location,
            ["er-fra", "AzurePrivatePeering", "secondary IPv4", Make.PrimaryV4, Make.PrimaryV4, "the primary IPv4 link"],
            fra.Peerings[0].Link(LinkRole.Primary).Subnet!.Location);
    }

    [Fact]
    public void A_link_overlapping_several_earlier_links_is_reported_once_against_the_first()
    {
        var privatePeering = Make.Private();
        var microsoft = Make.Microsoft(primary: "192.168.100.128/29", secondary: "203.0.113.4/30");

        FindingAssert.Single(Make.Design(privatePeering, microsoft).Run<OverlappingSubnetsRule>(), Descriptors.ER4002, Severity.Error,
            microsoft.Link(LinkRole.Primary).Subnet!.Location,
            ["er-ams", "MicrosoftPeering", "primary IPv4", "192.168.100.128/29", Make.PrimaryV4, "the primary IPv4 link of peering 'AzurePrivatePeering'"],
            privatePeering.Link(LinkRole.Primary).Subnet!.Location);
    }

    [Fact]
    public void Subnets_without_locations_are_reported_on_their_links()
    {
        var peering = Make.Private()
            .WithLink(LinkRole.Primary, l => l with { Subnet = Setting.Of(Make.PrimaryV4) })
            .WithLink(LinkRole.Secondary, l => l with { Subnet = Setting.Of(Make.PrimaryV4) });

        FindingAssert.Single(Make.Design(peering).Run<OverlappingSubnetsRule>(), Descriptors.ER4002, Severity.Error,
            peering.Link(LinkRole.Secondary).Location,
            ["er-ams", "AzurePrivatePeering", "secondary IPv4", Make.PrimaryV4, Make.PrimaryV4, "the primary IPv4 link"],
            peering.Link(LinkRole.Primary).Location);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Unknown_or_malformed_subnets_are_left_alone(bool unknown)
    {
        // Malformed text is ER4001's business; an unknown value cannot be compared.
        var peering = Make.Private(secondary: Make.PrimaryV4)
            .WithLink(LinkRole.Primary, l => l with { Subnet = unknown ? Make.Unknown<string>() : Make.Set("192.168.100.128") });

        Assert.Empty(Make.Design(peering).Run<OverlappingSubnetsRule>());
    }

    [Theory]
    [InlineData(Make.PrimaryV4, "192.168.100.132/30")]
    [InlineData(Make.SecondaryV4, "192.168.100.128/30")]
    public void Identical_links_of_a_pair_hand_the_adjacent_subnet_to_the_code_fix(string both, string adjacent)
    {
        var finding = Assert.Single(Make.Design(Make.Private(primary: both, secondary: both)).Run<OverlappingSubnetsRule>());

        Assert.Equal(new Dictionary<string, string> { [FixProperties.Subnet] = adjacent }, finding.Properties);
    }

    [Fact]
    public void Identical_ipv6_links_hand_the_adjacent_126_to_the_code_fix()
    {
        var finding = Assert.Single(Make.Design(Make.Microsoft().WithIpv6(secondary: Make.PrimaryV6)).Run<OverlappingSubnetsRule>());

        Assert.Equal(Make.SecondaryV6, finding.Properties[FixProperties.Subnet]);
    }

    [Theory]
    [InlineData("an overlap that is not the same subnet", "192.168.100.128/29", null)]
    [InlineData("the same subnet with host bits", "192.168.100.129/30", null)]
    [InlineData("the same /29", "192.168.100.128/29", "192.168.100.128/29")]
    public void Overlaps_other_than_the_same_link_subnet_carry_no_fix_data(string form, string secondary, string? primary)
    {
        var finding = Assert.Single(Make.Design(Make.Private(primary: primary ?? Make.PrimaryV4, secondary: secondary)).Run<OverlappingSubnetsRule>());

        Assert.True(finding.Properties.Count == 0, form);
    }

    [Fact]
    public void The_same_subnet_as_a_link_of_another_peering_carries_no_fix_data()
    {
        var microsoft = Make.Microsoft(primary: Make.PrimaryV4);

        var finding = Assert.Single(Make.Design(Make.Private(), microsoft).Run<OverlappingSubnetsRule>());

        Assert.Empty(finding.Properties);
    }

    [Fact]
    public void An_adjacent_subnet_already_used_in_the_circuit_is_not_offered()
    {
        var design = Make.Design(Make.Private(secondary: Make.PrimaryV4), Make.Microsoft(primary: Make.SecondaryV4));

        var finding = Assert.Single(design.Run<OverlappingSubnetsRule>());

        Assert.Empty(finding.Properties);
    }

    [Theory]
    [InlineData("an unknown subnet")]
    [InlineData("a malformed subnet")]
    [InlineData("an incomplete peering")]
    [InlineData("an incomplete circuit")]
    public void An_adjacent_subnet_is_not_offered_when_part_of_the_circuit_is_out_of_sight(string form)
    {
        var identical = Make.Private(secondary: Make.PrimaryV4);
        var other = Make.Microsoft();
        var circuit = form switch
        {
            "an unknown subnet" => Make.Circuit("er-ams", identical, other.WithLink(LinkRole.Primary, l => l with { Subnet = Make.Unknown<string>() })),
            "a malformed subnet" => Make.Circuit("er-ams", identical, other.WithSubnet(LinkRole.Primary, "192.168.100.132")),
            "an incomplete peering" => Make.Circuit("er-ams", identical, other with { IsComplete = false }),
            _ => Make.Circuit("er-ams", identical, other) with { IsComplete = false },
        };

        var finding = Assert.Single(Make.Design(circuit).Run<OverlappingSubnetsRule>());

        Assert.Empty(finding.Properties);
    }
}
