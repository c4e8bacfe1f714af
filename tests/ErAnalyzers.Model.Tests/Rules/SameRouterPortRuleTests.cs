using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER1004: both links of a peering end on one port of one router.</summary>
public class SameRouterPortRuleTests
{
    [Fact]
    public void Links_on_two_routers_are_silent()
    {
        var design = Make.Design(Make.Private()
            .OnRouter(LinkRole.Primary, "ce1", "et-0/0/1")
            .OnRouter(LinkRole.Secondary, "ce2", "et-0/0/1"));

        Assert.Empty(design.Run<SameRouterPortRule>());
    }

    [Fact]
    public void Both_links_on_one_port_are_reported_on_the_secondary_with_the_primary_as_additional_location()
    {
        var peering = Make.Private().BothOn("ce1", "et-0/0/1");
        var design = Make.Design(peering);

        var finding = FindingAssert.Single(design.Run<SameRouterPortRule>(), Descriptors.ER1004, Severity.Warning,
            peering.Link(LinkRole.Secondary).Location, ["er-ams", "AzurePrivatePeering", "IPv4", "ce1", "et-0/0/1"],
            peering.Link(LinkRole.Primary).Location);
        Assert.Equal(
            "Peering 'AzurePrivatePeering' (IPv4) of circuit 'er-ams' has both links on port 'et-0/0/1' of router 'ce1': move the secondary link to a port of another router, because one port failing takes down both connections",
            finding.Message);
        Assert.Same(peering, finding.Element);
    }

    [Fact]
    public void Two_ports_of_one_router_are_left_to_ER1003()
    {
        var design = Make.Design(Make.Private()
            .OnRouter(LinkRole.Primary, "ce1", "et-0/0/1")
            .OnRouter(LinkRole.Secondary, "ce1", "et-0/0/2"));

        Assert.Empty(design.Run<SameRouterPortRule>());
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("et-0/0/1", null)]
    [InlineData(null, "et-0/0/1")]
    public void A_port_not_declared_or_unknown_is_silent(string? primaryPort, string? secondaryPort)
    {
        var design = Make.Design(Make.Private()
            .OnRouter(LinkRole.Primary, "ce1", primaryPort)
            .OnRouter(LinkRole.Secondary, "ce1", secondaryPort));

        Assert.Empty(design.Run<SameRouterPortRule>());
    }

    [Fact]
    public void Ports_of_the_same_name_on_two_routers_are_two_ports()
    {
        var design = Make.Design(Make.Private()
            .OnRouter(LinkRole.Primary, "ce1", "et-0/0/1")
            .OnRouter(LinkRole.Secondary, "ce2", "et-0/0/1"));

        Assert.Empty(design.Run<SameRouterPortRule>());
    }

    [Fact]
    public void Ports_of_routers_of_the_same_name_at_two_sites_are_two_ports()
    {
        var design = Make.Design(Make.Private()
            .OnRouter(LinkRole.Primary, "ce1", "et-0/0/1", site: "dc1")
            .OnRouter(LinkRole.Secondary, "ce1", "et-0/0/1", site: "dc2"));

        Assert.Empty(design.Run<SameRouterPortRule>());
    }

    [Fact]
    public void An_unknown_site_is_silent()
    {
        var design = Make.Design(Make.Private()
            .OnRouter(LinkRole.Primary, "ce1", "et-0/0/1", site: null)
            .OnRouter(LinkRole.Secondary, "ce1", "et-0/0/1", site: null));

        Assert.Empty(design.Run<SameRouterPortRule>());
    }

    [Fact]
    public void Each_family_and_peering_on_one_port_is_reported()
    {
        var peering = Make.Private().WithIpv6().BothOn("ce1", "et-0/0/1").BothOn("ce1", "et-0/0/1", IpFamily.IPv6);
        var microsoft = Make.Microsoft().BothOn("ce2", "xe-1/0/0");

        Assert.Collection(
            Make.Design(peering, microsoft).Run<SameRouterPortRule>(),
            f => FindingAssert.Is(f, Descriptors.ER1004, Severity.Warning, peering.Link(LinkRole.Secondary).Location,
                ["er-ams", "AzurePrivatePeering", "IPv4", "ce1", "et-0/0/1"], peering.Link(LinkRole.Primary).Location),
            f => FindingAssert.Is(f, Descriptors.ER1004, Severity.Warning, peering.Link(LinkRole.Secondary, IpFamily.IPv6).Location,
                ["er-ams", "AzurePrivatePeering", "IPv6", "ce1", "et-0/0/1"], peering.Link(LinkRole.Primary, IpFamily.IPv6).Location),
            f => FindingAssert.Is(f, Descriptors.ER1004, Severity.Warning, microsoft.Link(LinkRole.Secondary).Location,
                ["er-ams", "MicrosoftPeering", "IPv4", "ce2", "xe-1/0/0"], microsoft.Link(LinkRole.Primary).Location));
    }

    [Fact]
    public void A_single_link_is_silent()
    {
        var design = Make.Design(Make.Private(primary: null).OnRouter(LinkRole.Secondary, "ce1", "et-0/0/1"));

        Assert.Empty(design.Run<SameRouterPortRule>());
    }

    [Fact]
    public void An_incomplete_peering_is_still_reported_because_its_calls_fix_where_the_links_end()
    {
        var design = Make.Design(Make.Private().BothOn("ce1", "et-0/0/1") with { IsComplete = false });

        Assert.Single(design.Run<SameRouterPortRule>());
    }
}
