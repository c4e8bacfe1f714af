using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER4005: Microsoft peering uses private addresses (RFC 1918, IPv6 unique local).</summary>
public class MicrosoftPeeringAddressRuleTests
{
    private const string Rfc1918 = "RFC 1918";
    private const string UniqueLocal = "IPv6 unique local, fc00::/7";

    [Fact]
    public void Public_links_and_prefixes_are_silent()
    {
        var design = Make.Design(
            Make.Private(),
            Make.Microsoft().WithIpv6("2001:db8:200::/126", "2001:db8:200::4/126").WithPublicPrefixes("198.51.100.0/24", "2001:db8:300::/48"));

        Assert.Empty(design.Run<MicrosoftPeeringAddressRule>());
    }

    [Fact]
    public void Private_addresses_on_private_peering_are_silent()
    {
        var design = Make.Design(Make.Private(primary: "10.0.0.0/30", secondary: "10.0.0.4/30").WithIpv6("fd00::/126", "fd00::4/126"));

        Assert.Empty(design.Run<MicrosoftPeeringAddressRule>());
    }

    [Theory]
    [InlineData("10.0.0.0/30")]
    [InlineData("10.255.255.252/30")]
    [InlineData("172.16.0.0/30")]
    [InlineData("172.31.255.252/30")]
    [InlineData("192.168.0.0/30")]
    [InlineData("192.168.255.252/30")]
    public void An_rfc_1918_link_subnet_is_reported_on_its_link(string subnet)
    {
        var peering = Make.Microsoft(primary: subnet);

        var finding = FindingAssert.Single(Make.Design(peering).Run<MicrosoftPeeringAddressRule>(), Descriptors.ER4005, Severity.Error,
            peering.Link(LinkRole.Primary).Subnet!.Location, ["er-ams", "primary IPv4 link subnet", subnet, Rfc1918]);
        Assert.Same(peering, finding.Element);
    }

    [Theory]
    [InlineData("9.255.255.252/30")]
    [InlineData("11.0.0.0/30")]
    [InlineData("172.15.255.252/30")]
    [InlineData("172.32.0.0/30")]
    [InlineData("192.167.255.252/30")]
    [InlineData("192.169.0.0/30")]
    [InlineData("100.64.0.0/30")] // shared address space (RFC 6598): not RFC 1918
    public void Addresses_just_outside_rfc_1918_are_silent(string subnet)
    {
        Assert.Empty(Make.Design(Make.Microsoft(secondary: subnet)).Run<MicrosoftPeeringAddressRule>());
    }

    [Theory]
    [InlineData("fc00::/126")]
    [InlineData("fdff:ffff:ffff:ffff:ffff:ffff:ffff:fffc/126")]
    public void A_unique_local_ipv6_link_subnet_is_reported(string subnet)
    {
        var peering = Make.Microsoft().WithIpv6(secondary: subnet);

        FindingAssert.Single(Make.Design(peering).Run<MicrosoftPeeringAddressRule>(), Descriptors.ER4005, Severity.Error,
            peering.Link(LinkRole.Secondary, IpFamily.IPv6).Subnet!.Location, ["er-ams", "secondary IPv6 link subnet", subnet, UniqueLocal]);
    }

    [Theory]
    [InlineData("fbff:ffff:ffff:ffff:ffff:ffff:ffff:fffc/126")]
    [InlineData("fe00::/126")]
    [InlineData("fe80::/126")] // link-local is not the unique local range
    public void Ipv6_addresses_outside_fc00_7_are_silent(string subnet)
    {
        Assert.Empty(Make.Design(Make.Microsoft().WithIpv6(secondary: subnet)).Run<MicrosoftPeeringAddressRule>());
    }

    [Fact]
    public void A_private_advertised_prefix_is_reported_on_its_call_with_the_whole_message()
    {
        var peering = Make.Microsoft().WithPublicPrefixes("198.51.100.0/24", "10.10.0.0/16");

        var finding = FindingAssert.Single(Make.Design(peering).Run<MicrosoftPeeringAddressRule>(), Descriptors.ER4005, Severity.Error,
            peering.AdvertisedPublicPrefixes[1].Location, ["er-ams", "advertised public prefix", "10.10.0.0/16", Rfc1918]);
        Assert.Equal(
            "The advertised public prefix '10.10.0.0/16' of Microsoft peering in circuit 'er-ams' is a private address (RFC 1918): use public addresses registered to you",
            finding.Message);
    }

    [Fact]
    public void A_private_ipv6_advertised_prefix_is_reported()
    {
        var peering = Make.Microsoft().WithPublicPrefixes("fd12:3456::/48");

        FindingAssert.Single(Make.Design(peering).Run<MicrosoftPeeringAddressRule>(), Descriptors.ER4005, Severity.Error,
            peering.AdvertisedPublicPrefixes[0].Location, ["er-ams", "advertised public prefix", "fd12:3456::/48", UniqueLocal]);
    }

    [Fact]
    public void A_prefix_that_only_covers_a_private_range_is_silent()
    {
        // 10.0.0.0/7 also holds the public 11.0.0.0/8: it is not inside RFC 1918.
        Assert.Empty(Make.Design(Make.Microsoft().WithPublicPrefixes("10.0.0.0/7", "172.0.0.0/8")).Run<MicrosoftPeeringAddressRule>());
    }

    [Fact]
    public void Every_private_value_of_the_peering_is_reported_once()
    {
        var peering = Make.Microsoft(primary: "192.168.1.0/30", secondary: "192.168.1.4/30").WithPublicPrefixes("172.20.0.0/16");

        var findings = Make.Design(peering).Run<MicrosoftPeeringAddressRule>();

        Assert.Equal(
            [peering.Link(LinkRole.Primary).Subnet!.Location, peering.Link(LinkRole.Secondary).Subnet!.Location, peering.AdvertisedPublicPrefixes[0].Location],
            findings.Select(f => f.Location));
        Assert.Equal(["primary IPv4 link subnet", "secondary IPv4 link subnet", "advertised public prefix"], findings.Select(f => f.MessageArguments[1]));
    }

    [Fact]
    public void A_subnet_with_host_bits_is_reported_as_written()
    {
        var peering = Make.Microsoft(primary: "10.0.0.1/30");

        FindingAssert.Single(Make.Design(peering).Run<MicrosoftPeeringAddressRule>(), Descriptors.ER4005, Severity.Error,
            peering.Link(LinkRole.Primary).Subnet!.Location, ["er-ams", "primary IPv4 link subnet", "10.0.0.1/30", Rfc1918]);
    }

    [Fact]
    public void Unknown_and_malformed_values_are_silent()
    {
        // Malformed text is ER4001's; an unknown value cannot be judged.
        var peering = Make.Microsoft(primary: "10.0.0.0")
            .WithLink(LinkRole.Secondary, l => l with { Subnet = Make.Unknown<string>() })
            with { AdvertisedPublicPrefixes = [Make.Unknown<IpPrefix>()] };

        Assert.Empty(Make.Design(peering).Run<MicrosoftPeeringAddressRule>());
    }

    [Fact]
    public void A_subnet_without_a_location_is_reported_on_its_link()
    {
        var peering = Make.Microsoft().WithLink(LinkRole.Primary, l => l with { Subnet = Setting.Of("10.0.0.0/30") });

        FindingAssert.Single(Make.Design(peering).Run<MicrosoftPeeringAddressRule>(), Descriptors.ER4005, Severity.Error,
            peering.Link(LinkRole.Primary).Location, ["er-ams", "primary IPv4 link subnet", "10.0.0.0/30", Rfc1918]);
    }

    [Fact]
    public void Each_circuit_is_named_in_its_own_findings()
    {
        var ams = Make.Circuit("er-ams", Make.Private(), Make.Microsoft());
        var lon = Make.Circuit("er-lon", Make.Microsoft(secondary: "10.1.0.4/30"));

        var finding = FindingAssert.Single(Make.Design(ams, lon).Run<MicrosoftPeeringAddressRule>(), Descriptors.ER4005, Severity.Error,
            lon.Peerings[0].Link(LinkRole.Secondary).Subnet!.Location, ["er-lon", "secondary IPv4 link subnet", "10.1.0.4/30", Rfc1918]);
        Assert.Same(lon.Peerings[0], finding.Element);
    }
}
