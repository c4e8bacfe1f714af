using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER1003: both links of a peering end on one customer edge router.</summary>
public class SameRouterRuleTests
{
    [Fact]
    public void Links_on_two_routers_are_silent()
    {
        var design = Make.Design(Make.Private().WithIpv6(), Make.Microsoft());

        Assert.Empty(design.Run<SameRouterRule>());
    }

    [Fact]
    public void Both_links_on_one_router_are_reported_on_the_secondary_with_the_primary_as_additional_location()
    {
        var peering = Make.Private().BothOn("ce1");
        var design = Make.Design(peering);

        var finding = FindingAssert.Single(design.Run<SameRouterRule>(), Descriptors.ER1003, Severity.Warning,
            peering.Link(LinkRole.Secondary).Location, ["er-ams", "AzurePrivatePeering", "IPv4", "ce1", "dc1"],
            peering.Link(LinkRole.Primary).Location);
        Assert.Equal(
            "Peering 'AzurePrivatePeering' (IPv4) of circuit 'er-ams' has both links on router 'ce1': move the secondary link to another router of site 'dc1', because one router failing takes down both connections",
            finding.Message);
        Assert.Same(peering, finding.Element);
    }

    [Fact]
    public void Two_different_ports_of_one_router_are_still_one_router()
    {
        var peering = Make.Private().OnRouter(LinkRole.Primary, "ce1", "et-0/0/1").OnRouter(LinkRole.Secondary, "ce1", "et-0/0/2");

        FindingAssert.Single(Make.Design(peering).Run<SameRouterRule>(), Descriptors.ER1003, Severity.Warning,
            peering.Link(LinkRole.Secondary).Location, ["er-ams", "AzurePrivatePeering", "IPv4", "ce1", "dc1"], peering.Link(LinkRole.Primary).Location);
    }

    [Fact]
    public void A_port_on_one_link_and_the_whole_router_on_the_other_is_one_router()
    {
        var peering = Make.Private().OnRouter(LinkRole.Primary, "ce1", "et-0/0/1").OnRouter(LinkRole.Secondary, "ce1");

        Assert.Single(Make.Design(peering).Run<SameRouterRule>());
    }

    [Fact]
    public void One_shared_port_is_left_to_ER1004()
    {
        var design = Make.Design(Make.Private().BothOn("ce1", "et-0/0/1"));

        Assert.Empty(design.Run<SameRouterRule>());
    }

    [Fact]
    public void Ipv6_and_microsoft_peering_are_checked_pair_by_pair()
    {
        var privatePeering = Make.Private().WithIpv6().BothOn("ce2", family: IpFamily.IPv6);
        var microsoft = Make.Microsoft().BothOn("ce1");
        var design = Make.Design(privatePeering, microsoft);

        Assert.Collection(
            design.Run<SameRouterRule>(),
            f => FindingAssert.Is(f, Descriptors.ER1003, Severity.Warning, privatePeering.Link(LinkRole.Secondary, IpFamily.IPv6).Location,
                ["er-ams", "AzurePrivatePeering", "IPv6", "ce2", "dc1"], privatePeering.Link(LinkRole.Primary, IpFamily.IPv6).Location),
            f => FindingAssert.Is(f, Descriptors.ER1003, Severity.Warning, microsoft.Link(LinkRole.Secondary).Location,
                ["er-ams", "MicrosoftPeering", "IPv4", "ce1", "dc1"], microsoft.Link(LinkRole.Primary).Location));
    }

    [Fact]
    public void Routers_of_the_same_name_at_two_sites_are_two_routers()
    {
        var design = Make.Design(Make.Private().OnRouter(LinkRole.Primary, "ce1", site: "dc1").OnRouter(LinkRole.Secondary, "ce1", site: "dc2"));

        Assert.Empty(design.Run<SameRouterRule>());
    }

    [Theory]
    [InlineData(null, "dc1", "ce1", "dc1")]
    [InlineData("ce1", "dc1", null, "dc1")]
    [InlineData("ce1", null, "ce1", null)]
    [InlineData("ce1", null, "ce1", "dc1")]
    public void An_unknown_router_or_site_is_silent(string? primaryRouter, string? primarySite, string? secondaryRouter, string? secondarySite)
    {
        var design = Make.Design(Make.Private()
            .OnRouter(LinkRole.Primary, primaryRouter, site: primarySite)
            .OnRouter(LinkRole.Secondary, secondaryRouter, site: secondarySite));

        Assert.Empty(design.Run<SameRouterRule>());
    }

    [Fact]
    public void A_single_link_is_silent()
    {
        var design = Make.Design(Make.Private(secondary: null).OnRouter(LinkRole.Primary, "ce1"));

        Assert.Empty(design.Run<SameRouterRule>());
    }

    [Fact]
    public void An_incomplete_peering_or_link_is_still_reported_because_its_calls_fix_where_the_links_end()
    {
        var peering = Make.Private().BothOn("ce1").WithLink(LinkRole.Secondary, l => l with { IsComplete = false }) with { IsComplete = false };

        Assert.Single(Make.Design(peering).Run<SameRouterRule>());
    }

    [Fact]
    public void The_finding_names_the_circuit_it_is_on()
    {
        var good = Make.Circuit("er-ams", Make.Private());
        var bad = Make.Circuit("er-lon", Make.Private().BothOn("ce2"));

        var finding = Assert.Single(Make.Design(good, bad).Run<SameRouterRule>());

        Assert.Equal(["er-lon", "AzurePrivatePeering", "IPv4", "ce2", "dc1"], finding.MessageArguments);
    }
}
