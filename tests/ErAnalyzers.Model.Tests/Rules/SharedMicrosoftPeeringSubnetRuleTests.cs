using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER4014: a Microsoft peering link subnet of one circuit is used by another circuit's Microsoft peering.</summary>
public class SharedMicrosoftPeeringSubnetRuleTests
{
    [Fact]
    public void A_subnet_reused_by_a_later_circuit_is_reported_on_it_with_the_first_use_as_additional_location()
    {
        var ams = Make.Microsoft();
        var fra = Make.Microsoft(primary: "203.0.113.8/30", secondary: Make.MicrosoftSecondaryV4);
        var design = Make.Design(Make.Circuit("er-ams", ams), Make.Circuit("er-fra", fra));

        var finding = FindingAssert.Single(design.Run<SharedMicrosoftPeeringSubnetRule>(), Descriptors.ER4014, Severity.Error,
            fra.Link(LinkRole.Secondary).Subnet!.Location,
            ["er-fra", "secondary IPv4", "203.0.113.4/30", "er-ams", "secondary IPv4"],
            ams.Link(LinkRole.Secondary).Subnet!.Location);
        Assert.Equal(
            "The secondary IPv4 link subnet '203.0.113.4/30' of Microsoft peering in circuit 'er-fra' is already the secondary IPv4 link subnet " +
            "of Microsoft peering in circuit 'er-ams': give each circuit's Microsoft peering its own public /30 (/126) subnets",
            finding.Message);
        Assert.Same(fra, finding.Element);
    }

    [Fact]
    public void A_subnet_used_for_another_role_in_another_circuit_is_reported_too()
    {
        var design = Make.Design(
            Make.Circuit("er-ams", Make.Microsoft()),
            Make.Circuit("er-fra", Make.Microsoft(primary: Make.MicrosoftSecondaryV4, secondary: "203.0.113.12/30")));

        Assert.Equal(["er-fra primary IPv4 203.0.113.4/30 er-ams secondary IPv4"],
            design.Run<SharedMicrosoftPeeringSubnetRule>().Select(f => string.Join(" ", f.MessageArguments)));
    }

    [Fact]
    public void Both_links_of_three_circuits_on_the_same_subnets_are_reported_against_the_first_circuit()
    {
        var design = Make.Design(Make.Circuit("er-ams", Make.Microsoft()), Make.Circuit("er-fra", Make.Microsoft()), Make.Circuit("er-lon", Make.Microsoft()));

        Assert.Equal(
            ["er-fra primary er-ams", "er-fra secondary er-ams", "er-lon primary er-ams", "er-lon secondary er-ams"],
            design.Run<SharedMicrosoftPeeringSubnetRule>().Select(f => $"{f.MessageArguments[0]} {f.MessageArguments[1].Split(' ')[0]} {f.MessageArguments[3]}"));
    }

    [Fact]
    public void IPv6_link_subnets_are_compared_too()
    {
        var design = Make.Design(
            Make.Circuit("er-ams", Make.Microsoft().WithIpv6("2001:db8:200::/126", "2001:db8:200::4/126")),
            Make.Circuit("er-fra", Make.Microsoft(primary: "203.0.113.8/30", secondary: "203.0.113.12/30").WithIpv6("2001:db8:300::/126", "2001:db8:200::4/126")));

        var finding = Assert.Single(design.Run<SharedMicrosoftPeeringSubnetRule>());

        Assert.Equal(["er-fra", "secondary IPv6", "2001:db8:200::4/126", "er-ams", "secondary IPv6"], finding.MessageArguments);
    }

    [Fact]
    public void Distinct_subnets_the_same_subnet_on_private_peering_and_reuse_within_one_circuit_are_silent()
    {
        var design = Make.Design(
            Make.Circuit("er-ams", Make.Private(), Make.Microsoft()),
            Make.Circuit("er-fra", Make.Private(primary: Make.MicrosoftPrimaryV4, secondary: Make.MicrosoftSecondaryV4), Make.Microsoft(primary: "203.0.113.8/30", secondary: "203.0.113.12/30")),
            Make.Circuit("er-lon", Make.Microsoft(primary: "198.51.100.0/30", secondary: "198.51.100.0/30")));

        Assert.Empty(design.Run<SharedMicrosoftPeeringSubnetRule>());
    }

    [Fact]
    public void Unknown_and_malformed_subnets_are_silent()
    {
        var unknown = Make.Microsoft()
            .WithLink(LinkRole.Primary, link => link with { Subnet = Make.Unknown<string>() })
            .WithLink(LinkRole.Secondary, link => link with { Subnet = Make.Unknown<string>() });
        var design = Make.Design(
            Make.Circuit("er-ams", Make.Microsoft(primary: "203.0.113.0/29", secondary: "203.0.113.5/30")),
            Make.Circuit("er-fra", Make.Microsoft(primary: "203.0.113.0/29", secondary: "203.0.113.5/30")),
            Make.Circuit("er-lon", unknown),
            Make.Circuit("er-par", unknown));

        Assert.Empty(design.Run<SharedMicrosoftPeeringSubnetRule>());
    }
}
