using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER4001: a link subnet is malformed, has host bits set, or is not a /30 (IPv4) or /126 (IPv6).</summary>
public class LinkSubnetRuleTests
{
    [Fact]
    public void Slash30_and_slash126_networks_are_silent()
    {
        var design = Make.Design(Make.Private().WithIpv6(), Make.Microsoft().WithIpv6("2001:db8:200::/126", "2001:db8:200::4/126"));

        Assert.Empty(design.Run<LinkSubnetRule>());
    }

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("192.168.100.128", "the prefix length is missing (expected address/length, for example 192.168.100.128/30)")]
    [InlineData("192.168.100/30", "'192.168.100' is not an IPv4 address (expected four numbers 0-255, for example 192.168.100.128)")]
    [InlineData("192.168.100.256/30", "'192.168.100.256' is not an IPv4 address (expected four numbers 0-255, for example 192.168.100.128)")]
    [InlineData("192.168.100.128/33", "the prefix length '33' is not a number from 0 to 32")]
    [InlineData("192.168.100.128/29", "it is a /29; each link needs its own /30: split it into 192.168.100.128/30 and 192.168.100.132/30")]
    [InlineData("192.168.100.133/29", "it is a /29; each link needs its own /30: split it into 192.168.100.128/30 and 192.168.100.132/30")]
    [InlineData("10.0.0.248/29", "it is a /29; each link needs its own /30: split it into 10.0.0.248/30 and 10.0.0.252/30")]
    [InlineData("192.168.100.128/31", "it is a /31; each link needs a /30")]
    [InlineData("192.168.100.128/32", "it is a /32; each link needs a /30")]
    [InlineData("192.168.100.0/24", "it is a /24; each link needs a /30")]
    [InlineData("192.168.100.129/30", "host bits are set; the network is 192.168.100.128/30")]
    [InlineData("192.168.100.131/30", "host bits are set; the network is 192.168.100.128/30")]
    [InlineData("2001:db8:100::/126", "it is an IPv6 prefix on an IPv4 link")]
    public void A_bad_ipv4_link_subnet_is_reported_on_the_subnet(string subnet, string problem)
    {
        var peering = Make.Private().WithSubnet(LinkRole.Primary, subnet);

        FindingAssert.Single(Make.Design(peering).Run<LinkSubnetRule>(), Descriptors.ER4001, Severity.Error,
            peering.Link(LinkRole.Primary).Subnet!.Location, ["er-ams", "AzurePrivatePeering", "primary IPv4", subnet, problem]);
    }

    [Theory]
    [InlineData("2001:db8:100::/125", "it is a /125; each link needs its own /126: split it into 2001:db8:100::/126 and 2001:db8:100::4/126")]
    [InlineData("2001:db8:100::5/125", "it is a /125; each link needs its own /126: split it into 2001:db8:100::/126 and 2001:db8:100::4/126")]
    [InlineData("2001:db8:100::/127", "it is a /127; each link needs a /126")]
    [InlineData("2001:db8:100::/64", "it is a /64; each link needs a /126")]
    [InlineData("2001:db8:100::1/126", "host bits are set; the network is 2001:db8:100::/126")]
    [InlineData("192.168.100.128/30", "it is an IPv4 prefix on an IPv6 link")]
    [InlineData("2001:db8:100::/129", "the prefix length '129' is not a number from 0 to 128")]
    [InlineData("2001:db8:100::g/126", "'2001:db8:100::g' is not an IPv6 address")]
    public void A_bad_ipv6_link_subnet_is_reported_on_the_subnet(string subnet, string problem)
    {
        var peering = Make.Private().WithIpv6().WithSubnet(LinkRole.Secondary, subnet, IpFamily.IPv6);

        FindingAssert.Single(Make.Design(peering).Run<LinkSubnetRule>(), Descriptors.ER4001, Severity.Error,
            peering.Link(LinkRole.Secondary, IpFamily.IPv6).Subnet!.Location, ["er-ams", "AzurePrivatePeering", "secondary IPv6", subnet, problem]);
    }

    [Fact]
    public void The_full_message_names_the_link_and_suggests_the_split()
    {
        var peering = Make.Private().WithSubnet(LinkRole.Primary, "192.168.100.128/29");

        var finding = Assert.Single(Make.Design(peering).Run<LinkSubnetRule>());

        Assert.Equal(
            "The primary IPv4 link subnet '192.168.100.128/29' of peering 'AzurePrivatePeering' in circuit 'er-ams' is invalid: " +
            "it is a /29; each link needs its own /30: split it into 192.168.100.128/30 and 192.168.100.132/30",
            finding.Message);
        Assert.Same(peering, finding.Element);
    }

    [Fact]
    public void A_subnet_without_a_location_is_reported_on_its_link()
    {
        var peering = Make.Private().WithLink(LinkRole.Secondary, l => l with { Subnet = Setting.Of("192.168.100.132/31") });

        FindingAssert.Single(Make.Design(peering).Run<LinkSubnetRule>(), Descriptors.ER4001, Severity.Error,
            peering.Link(LinkRole.Secondary).Location, ["er-ams", "AzurePrivatePeering", "secondary IPv4", "192.168.100.132/31", "it is a /31; each link needs a /30"]);
    }

    [Fact]
    public void Both_bad_links_are_reported_in_source_order()
    {
        var peering = Make.Private(primary: "192.168.100.128/29", secondary: "192.168.100.133/30");

        var findings = Make.Design(peering).Run<LinkSubnetRule>();

        Assert.Equal(
            [peering.Link(LinkRole.Primary).Subnet!.Location, peering.Link(LinkRole.Secondary).Subnet!.Location],
            findings.Select(f => f.Location));
    }

    [Fact]
    public void An_unknown_subnet_is_silent()
    {
        var peering = Make.Private().WithLink(LinkRole.Primary, l => l with { Subnet = Make.Unknown<string>() });

        Assert.Empty(Make.Design(peering).Run<LinkSubnetRule>());
    }

    [Fact]
    public void A_link_without_a_subnet_is_silent()
    {
        var peering = Make.Private().WithLink(LinkRole.Primary, l => l with { Subnet = null });

        Assert.Empty(Make.Design(peering).Run<LinkSubnetRule>());
    }

    [Fact]
    public void A_known_bad_subnet_is_reported_even_when_the_rest_of_the_peering_was_not_seen()
    {
        // Incompleteness hides what is absent, not what is written: the subnet itself is known and wrong.
        var peering = Make.Private().WithSubnet(LinkRole.Primary, "192.168.100.128/31").WithLink(LinkRole.Primary, l => l with { IsComplete = false })
            with { IsComplete = false };

        FindingAssert.Single(Make.Design(peering).Run<LinkSubnetRule>(), Descriptors.ER4001, Severity.Error,
            peering.Link(LinkRole.Primary).Subnet!.Location, ["er-ams", "AzurePrivatePeering", "primary IPv4", "192.168.100.128/31", "it is a /31; each link needs a /30"]);
    }

    [Fact]
    public void Microsoft_peering_is_checked_too()
    {
        var microsoft = Make.Microsoft().WithSubnet(LinkRole.Secondary, "203.0.113.4/29");

        FindingAssert.Single(Make.Design(Make.Private(), microsoft).Run<LinkSubnetRule>(), Descriptors.ER4001, Severity.Error,
            microsoft.Link(LinkRole.Secondary).Subnet!.Location,
            ["er-ams", "MicrosoftPeering", "secondary IPv4", "203.0.113.4/29", "it is a /29; each link needs its own /30: split it into 203.0.113.0/30 and 203.0.113.4/30"]);
    }

    [Fact]
    public void The_finding_lands_on_the_circuit_with_the_bad_subnet()
    {
        var ams = Make.Circuit("er-ams", Make.Private());
        var fra = Make.Circuit("er-fra", Make.Private().WithSubnet(LinkRole.Primary, "192.168.100.130/30"));

        FindingAssert.Single(Make.Design(ams, fra).Run<LinkSubnetRule>(), Descriptors.ER4001, Severity.Error,
            fra.Peerings[0].Link(LinkRole.Primary).Subnet!.Location,
            ["er-fra", "AzurePrivatePeering", "primary IPv4", "192.168.100.130/30", "host bits are set; the network is 192.168.100.128/30"]);
    }

    [Theory]
    [InlineData(IpFamily.IPv4, 30)]
    [InlineData(IpFamily.IPv6, 126)]
    public void RequiredLength(IpFamily family, int length) => Assert.Equal(length, LinkSubnetRule.RequiredLength(family));
}
