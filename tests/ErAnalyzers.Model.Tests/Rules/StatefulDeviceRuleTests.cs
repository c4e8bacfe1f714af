using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER1008: a BGP session to Microsoft ends on a stateful firewall.</summary>
public class StatefulDeviceRuleTests
{
    private static Router Firewall(string name = "ce1") => Make.Router(name, Make.Set(DeviceKind.StatefulFirewall));

    private static Router Plain(string name = "ce2") => Make.Router(name, Make.Set(DeviceKind.Router));

    [Fact]
    public void Links_on_routers_are_silent()
    {
        var design = Make.Design(Make.Private().WithIpv6(), Make.Microsoft()).WithRouters(Plain("ce1"), Plain("ce2"));

        Assert.Empty(design.Run<StatefulDeviceRule>());
    }

    [Fact]
    public void A_link_on_a_firewall_is_reported_on_the_link_with_the_firewall_as_additional_location()
    {
        var peering = Make.Private();
        var firewall = Firewall();
        var design = Make.Design(peering).WithRouters(firewall, Plain());
        var primary = peering.Link(LinkRole.Primary);

        var finding = FindingAssert.Single(design.Run<StatefulDeviceRule>(), Descriptors.ER1008, Severity.Info,
            primary.Location, ["er-ams", "AzurePrivatePeering", "IPv4", "primary", "ce1"], firewall.Location);
        Assert.Equal(
            "The primary link of peering 'AzurePrivatePeering' (IPv4) of circuit 'er-ams' ends on stateful firewall 'ce1': terminate the BGP session on a stateless router, because a stateful device can break failover during maintenance",
            finding.Message);
        Assert.Same(primary, finding.Element);
    }

    [Fact]
    public void Every_session_on_a_firewall_is_reported()
    {
        var peering = Make.Private().WithIpv6();
        var microsoft = Make.Microsoft();
        var design = Make.Design(peering, microsoft).WithRouters(Firewall("ce1"), Firewall("ce2"));

        Assert.Equal(
            [
                ["er-ams", "AzurePrivatePeering", "IPv4", "primary", "ce1"],
                ["er-ams", "AzurePrivatePeering", "IPv4", "secondary", "ce2"],
                ["er-ams", "AzurePrivatePeering", "IPv6", "primary", "ce1"],
                ["er-ams", "AzurePrivatePeering", "IPv6", "secondary", "ce2"],
                ["er-ams", "MicrosoftPeering", "IPv4", "primary", "ce1"],
                ["er-ams", "MicrosoftPeering", "IPv4", "secondary", "ce2"],
            ],
            design.Run<StatefulDeviceRule>().Select(f => f.MessageArguments));
    }

    [Fact]
    public void A_device_of_unknown_or_unwritten_kind_is_silent()
    {
        var design = Make.Design(Make.Private()).WithRouters(Make.Router("ce1", Make.Unknown<DeviceKind>()), Make.Router("ce2", null));

        Assert.Empty(design.Run<StatefulDeviceRule>());
    }

    [Fact]
    public void A_router_not_in_the_model_is_silent()
    {
        var design = Make.Design(Make.Private()).WithRouters(Firewall("ce9"));

        Assert.Empty(design.Run<StatefulDeviceRule>());
    }

    [Fact]
    public void A_firewall_of_the_same_name_at_another_site_is_another_device()
    {
        var design = Make.Design(Make.Private()) with
        {
            Sites = [Make.Site("dc1", null) with { Routers = [Plain("ce1"), Plain("ce2")] }, Make.Site("dc2", null) with { Routers = [Firewall("ce1") with { SiteName = "dc2" }] }],
        };

        Assert.Empty(design.Run<StatefulDeviceRule>());
    }

    [Fact]
    public void A_link_whose_router_or_site_is_unknown_is_silent()
    {
        var design = Make.Design(Make.Private()
            .OnRouter(LinkRole.Primary, null)
            .OnRouter(LinkRole.Secondary, "ce2", site: null)).WithRouters(Firewall("ce1"), Firewall("ce2"));

        Assert.Empty(design.Run<StatefulDeviceRule>());
    }

    [Fact]
    public void A_name_declared_twice_is_reported_only_when_every_declaration_is_a_firewall()
    {
        var mixed = Make.Design(Make.Private()).WithRouters(Firewall("ce1"), Plain("ce1"), Plain());
        var both = Make.Design(Make.Private()).WithRouters(Firewall("ce1"), Firewall("ce1"), Plain());

        Assert.Empty(mixed.Run<StatefulDeviceRule>());
        Assert.Single(both.Run<StatefulDeviceRule>());
    }

    [Fact]
    public void An_incomplete_peering_is_still_reported_because_where_a_link_ends_is_fixed_by_its_call()
    {
        var design = Make.Design(Make.Private() with { IsComplete = false }).WithRouters(Firewall(), Plain());

        Assert.Single(design.Run<StatefulDeviceRule>());
    }
}
