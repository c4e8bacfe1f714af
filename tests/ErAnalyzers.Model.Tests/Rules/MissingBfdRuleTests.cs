using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER3001: a link has no BFD.</summary>
public class MissingBfdRuleTests
{
    [Fact]
    public void Links_with_bfd_are_silent()
    {
        var design = Make.Design(Make.Private().WithIpv6().WithBfd(), Make.Microsoft().WithBfd());

        Assert.Empty(design.Run<MissingBfdRule>());
    }

    [Fact]
    public void Each_link_without_bfd_is_reported_on_its_link_call()
    {
        var peering = Make.Private();
        var design = Make.Design(peering);

        var findings = design.Run<MissingBfdRule>();

        Assert.Collection(
            findings,
            f => FindingAssert.Is(f, Descriptors.ER3001, Severity.Warning, peering.Link(LinkRole.Primary).Location, ["er-ams", "AzurePrivatePeering", "IPv4", "primary"]),
            f => FindingAssert.Is(f, Descriptors.ER3001, Severity.Warning, peering.Link(LinkRole.Secondary).Location, ["er-ams", "AzurePrivatePeering", "IPv4", "secondary"]));
        Assert.Equal(
            "The primary IPv4 link of peering 'AzurePrivatePeering' in circuit 'er-ams' has no BFD: enable BFD, so that a link failure is detected in under a second instead of up to 3 minutes",
            findings[0].Message);
        Assert.Same(peering.Link(LinkRole.Primary), findings[0].Element);
        Assert.Empty(findings[0].Properties);
    }

    [Fact]
    public void Only_the_link_without_bfd_is_reported()
    {
        var peering = Make.Private().WithPolicy(LinkRole.Primary, p => p with { Bfd = Make.Set(BfdTimers.Default) });

        FindingAssert.Single(Make.Design(peering).Run<MissingBfdRule>(), Descriptors.ER3001, Severity.Warning,
            peering.Link(LinkRole.Secondary).Location, ["er-ams", "AzurePrivatePeering", "IPv4", "secondary"]);
    }

    [Fact]
    public void Bfd_with_timers_the_analyzer_cannot_see_counts_as_configured()
    {
        var peering = Make.Private().WithEveryLink(link => link with { Policy = link.Policy with { Bfd = Make.Unknown<BfdTimers>() } });

        Assert.Empty(Make.Design(peering).Run<MissingBfdRule>());
    }

    [Fact]
    public void Bfd_with_slower_timers_than_microsofts_is_still_bfd()
    {
        var peering = Make.Private().WithEveryLink(link => link with { Policy = link.Policy with { Bfd = Make.Set(new BfdTimers(750, 750, 5)) } });

        Assert.Empty(Make.Design(peering).Run<MissingBfdRule>());
    }

    [Fact]
    public void An_incomplete_link_is_silent_because_bfd_may_be_enabled_where_it_was_not_seen()
    {
        var peering = Make.Private().WithBfd().WithLink(LinkRole.Secondary, link => link with { Policy = new BgpPolicy(), IsComplete = false });

        Assert.Empty(Make.Design(peering).Run<MissingBfdRule>());
    }

    [Fact]
    public void Complete_links_of_an_incomplete_peering_are_still_checked()
    {
        // Code that was not seen may change the peering, but it cannot reach a link's configuration.
        var peering = Make.Private().WithBfd().WithLink(LinkRole.Secondary, link => link with { Policy = new BgpPolicy() }) with { IsComplete = false };

        FindingAssert.Single(Make.Design(peering).Run<MissingBfdRule>(), Descriptors.ER3001, Severity.Warning,
            peering.Link(LinkRole.Secondary).Location, ["er-ams", "AzurePrivatePeering", "IPv4", "secondary"]);
    }

    [Fact]
    public void Ipv6_links_and_microsoft_peering_are_reported_with_their_family_and_peering()
    {
        var privatePeering = Make.Private().WithIpv6().WithBfd().WithLink(LinkRole.Primary, link => link with { Policy = new BgpPolicy() }, IpFamily.IPv6);
        var microsoft = Make.Microsoft().WithBfd().WithLink(LinkRole.Secondary, link => link with { Policy = new BgpPolicy() });

        var findings = Make.Design(privatePeering, microsoft).Run<MissingBfdRule>();

        Assert.Equal(
            [("er-ams", "AzurePrivatePeering", "IPv6", "primary"), ("er-ams", "MicrosoftPeering", "IPv4", "secondary")],
            findings.Select(f => (f.MessageArguments[0], f.MessageArguments[1], f.MessageArguments[2], f.MessageArguments[3])));
        Assert.Equal([privatePeering.Link(LinkRole.Primary, IpFamily.IPv6).Location, microsoft.Link(LinkRole.Secondary).Location], findings.Select(f => f.Location));
    }

    [Fact]
    public void A_lone_link_is_checked_too()
    {
        var peering = Make.Private(secondary: null);

        FindingAssert.Single(Make.Design(peering).Run<MissingBfdRule>(), Descriptors.ER3001, Severity.Warning,
            peering.Link(LinkRole.Primary).Location, ["er-ams", "AzurePrivatePeering", "IPv4", "primary"]);
    }

    [Fact]
    public void Findings_name_the_circuit_of_the_link()
    {
        var good = Make.Circuit("er-ams", Make.Private().WithBfd());
        var bad = Make.Circuit("er-lon", Make.Private().WithBfd().WithLink(LinkRole.Primary, link => link with { Policy = new BgpPolicy() }));
        var unnamed = Make.Circuit("x", Make.Private().WithBfd().WithLink(LinkRole.Secondary, link => link with { Policy = new BgpPolicy() })) with { Name = null };

        var findings = Make.Design(good, bad, unnamed).Run<MissingBfdRule>();

        Assert.Equal(["er-lon", "(unknown)"], findings.Select(f => f.MessageArguments[0]));
    }

    [Fact]
    public void Other_settings_of_the_link_do_not_stand_in_for_bfd()
    {
        var peering = Make.Private().WithBfd().WithLink(LinkRole.Primary, link => link with
        {
            Policy = new BgpPolicy { Timers = Make.Set(new BgpTimers(3, 10)), Shutdown = Make.Set(false) },
        });

        FindingAssert.Single(Make.Design(peering).Run<MissingBfdRule>(), Descriptors.ER3001, Severity.Warning,
            peering.Link(LinkRole.Primary).Location, ["er-ams", "AzurePrivatePeering", "IPv4", "primary"]);
    }
}
