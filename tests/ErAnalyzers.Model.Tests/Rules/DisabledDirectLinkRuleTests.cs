using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER1005: a link of an ExpressRoute Direct port pair is disabled, or never configured (Azure creates it disabled).</summary>
public class DisabledDirectLinkRuleTests
{
    private static DirectPort Port(Setting<AdminState>? link1, Setting<AdminState>? link2)
    {
        var port = Make.Port("erd-ams", PortEncapsulation.Dot1Q);
        return port with
        {
            Link1 = link1 is null ? port.Link1 : Make.PortLink("Link1", link1),
            Link2 = link2 is null ? port.Link2 : Make.PortLink("Link2", link2),
        };
    }

    [Fact]
    public void Both_links_enabled_is_silent()
    {
        var design = Make.Design(Port(Make.Set(AdminState.Enabled), Make.Set(AdminState.Enabled)));

        Assert.Empty(design.Run<DisabledDirectLinkRule>());
    }

    [Fact]
    public void A_disabled_link_is_reported_on_its_call()
    {
        var port = Port(Make.Set(AdminState.Enabled), Make.Set(AdminState.Disabled));

        var finding = FindingAssert.Single(Make.Design(port).Run<DisabledDirectLinkRule>(), Descriptors.ER1005, Severity.Warning,
            port.Link2.Location, ["erd-ams", "Link2", "is administratively disabled"]);
        Assert.Equal(
            "Link2 of Direct port 'erd-ams' is administratively disabled: enable it with AdminState.Enabled once its cross-connect is in place, because while one port is off the circuits on the pair have no redundant link",
            finding.Message);
        Assert.Same(port, finding.Element);
    }

    [Fact]
    public void Both_links_disabled_give_two_findings_link1_first()
    {
        var port = Port(Make.Set(AdminState.Disabled), Make.Set(AdminState.Disabled));

        Assert.Collection(
            Make.Design(port).Run<DisabledDirectLinkRule>(),
            f => FindingAssert.Is(f, Descriptors.ER1005, Severity.Warning, port.Link1.Location, ["erd-ams", "Link1", "is administratively disabled"]),
            f => FindingAssert.Is(f, Descriptors.ER1005, Severity.Warning, port.Link2.Location, ["erd-ams", "Link2", "is administratively disabled"]));
    }

    [Fact]
    public void A_link_never_configured_is_reported_on_the_port_because_the_template_leaves_it_disabled()
    {
        var port = Port(Make.Set(AdminState.Enabled), null);

        var finding = FindingAssert.Single(Make.Design(port).Run<DisabledDirectLinkRule>(), Descriptors.ER1005, Severity.Warning,
            port.Location, ["erd-ams", "Link2", "has no admin state, and Azure creates links disabled"]);
        Assert.StartsWith("Link2 of Direct port 'erd-ams' has no admin state, and Azure creates links disabled: enable it", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_without_any_link_configured_is_reported_twice_on_the_port()
    {
        var port = Port(null, null);

        Assert.Collection(
            Make.Design(port).Run<DisabledDirectLinkRule>(),
            f => FindingAssert.Is(f, Descriptors.ER1005, Severity.Warning, port.Location, ["erd-ams", "Link1", "has no admin state, and Azure creates links disabled"]),
            f => FindingAssert.Is(f, Descriptors.ER1005, Severity.Warning, port.Location, ["erd-ams", "Link2", "has no admin state, and Azure creates links disabled"]));
    }

    [Fact]
    public void An_unknown_admin_state_is_silent()
    {
        var design = Make.Design(Port(Make.Unknown<AdminState>(), Make.Unknown<AdminState>()));

        Assert.Empty(design.Run<DisabledDirectLinkRule>());
    }

    [Fact]
    public void An_incomplete_port_is_silent_because_unseen_code_may_set_the_links()
    {
        var design = Make.Design(Port(Make.Set(AdminState.Disabled), null) with { IsComplete = false });

        Assert.Empty(design.Run<DisabledDirectLinkRule>());
    }

    [Fact]
    public void Each_port_is_checked_on_its_own()
    {
        var good = Port(Make.Set(AdminState.Enabled), Make.Set(AdminState.Enabled));
        var bad = Port(Make.Set(AdminState.Disabled), Make.Set(AdminState.Enabled)) with { Name = "erd-lon" };

        FindingAssert.Single(Make.Design(good, bad).Run<DisabledDirectLinkRule>(), Descriptors.ER1005, Severity.Warning,
            bad.Link1.Location, ["erd-lon", "Link1", "is administratively disabled"]);
    }

    [Fact]
    public void An_unnamed_port_is_shown_as_unknown()
    {
        var design = Make.Design(Port(Make.Set(AdminState.Disabled), Make.Set(AdminState.Enabled)) with { Name = null });

        Assert.Equal("(unknown)", Assert.Single(design.Run<DisabledDirectLinkRule>()).MessageArguments[0]);
    }

    [Fact]
    public void Circuits_are_not_its_concern()
    {
        var design = Make.Design(Make.Circuit("er-ams", Make.Private()).OnDirectPort("erd-ams"));

        Assert.Empty(design.Run<DisabledDirectLinkRule>());
    }
}
