using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER3002: a link lowers the BGP timers below Microsoft's 60/180 seconds and has no BFD.</summary>
public class AggressiveTimersRuleTests
{
    private static Peering WithTimers(Peering peering, LinkRole role, Setting<BgpTimers> timers, IpFamily family = IpFamily.IPv4) =>
        peering.WithPolicy(role, p => p with { Timers = timers }, family);

    [Fact]
    public void Lowered_timers_without_bfd_are_reported_on_the_timers_call()
    {
        var peering = WithTimers(Make.Private(), LinkRole.Secondary, Make.Set(new BgpTimers(10, 30)));

        var finding = FindingAssert.Single(Make.Design(peering).Run<AggressiveTimersRule>(), Descriptors.ER3002, Severity.Info,
            peering.Link(LinkRole.Secondary).Policy.Timers!.Location, ["er-ams", "AzurePrivatePeering", "IPv4", "secondary", "10", "30"]);
        Assert.Equal(
            "The secondary IPv4 link of peering 'AzurePrivatePeering' in circuit 'er-ams' lowers the BGP timers to keepalive 10 s and hold 30 s without BFD: enable BFD and keep Microsoft's 60 s and 180 s",
            finding.Message);
        Assert.Same(peering.Link(LinkRole.Secondary), finding.Element);
    }

    [Theory]
    [InlineData(59, 180)]
    [InlineData(60, 179)]
    [InlineData(3, 10)]
    [InlineData(30, 300)]
    public void A_keepalive_below_60_or_a_hold_below_180_is_aggressive(int keepalive, int hold)
    {
        var peering = WithTimers(Make.Private(), LinkRole.Primary, Make.Set(new BgpTimers(keepalive, hold)));

        FindingAssert.Single(Make.Design(peering).Run<AggressiveTimersRule>(), Descriptors.ER3002, Severity.Info,
            peering.Link(LinkRole.Primary).Policy.Timers!.Location, ["er-ams", "AzurePrivatePeering", "IPv4", "primary", keepalive.ToString(), hold.ToString()]);
    }

    [Theory]
    [InlineData(60, 180)]
    [InlineData(90, 270)]
    public void Microsofts_timers_or_slower_ones_are_silent(int keepalive, int hold)
    {
        var peering = WithTimers(Make.Private(), LinkRole.Primary, Make.Set(new BgpTimers(keepalive, hold)));

        Assert.Empty(Make.Design(peering).Run<AggressiveTimersRule>());
    }

    [Fact]
    public void Links_without_timers_are_silent()
    {
        Assert.Empty(Make.Design(Make.Private().WithIpv6(), Make.Microsoft()).Run<AggressiveTimersRule>());
    }

    [Fact]
    public void Lowered_timers_next_to_bfd_are_silent()
    {
        var peering = WithTimers(Make.Private().WithBfd(), LinkRole.Primary, Make.Set(new BgpTimers(3, 10)));

        Assert.Empty(Make.Design(peering).Run<AggressiveTimersRule>());
    }

    [Fact]
    public void Bfd_the_analyzer_cannot_see_counts_as_configured()
    {
        var peering = WithTimers(Make.Private(), LinkRole.Primary, Make.Set(new BgpTimers(3, 10)))
            .WithPolicy(LinkRole.Primary, p => p with { Bfd = Make.Unknown<BfdTimers>() });

        Assert.Empty(Make.Design(peering).Run<AggressiveTimersRule>());
    }

    [Fact]
    public void Timers_the_analyzer_cannot_see_are_silent()
    {
        var peering = WithTimers(Make.Private(), LinkRole.Primary, Make.Unknown<BgpTimers>());

        Assert.Empty(Make.Design(peering).Run<AggressiveTimersRule>());
    }

    [Fact]
    public void An_incomplete_link_is_silent_because_bfd_may_be_enabled_where_it_was_not_seen()
    {
        var peering = WithTimers(Make.Private(), LinkRole.Primary, Make.Set(new BgpTimers(3, 10)))
            .WithLink(LinkRole.Primary, link => link with { IsComplete = false });

        Assert.Empty(Make.Design(peering).Run<AggressiveTimersRule>());
    }

    [Fact]
    public void Each_link_of_each_family_and_peering_is_reported_on_its_own()
    {
        var privatePeering = WithTimers(WithTimers(Make.Private().WithIpv6(), LinkRole.Primary, Make.Set(new BgpTimers(10, 30))),
            LinkRole.Secondary, Make.Set(new BgpTimers(20, 60)), IpFamily.IPv6);
        var microsoft = WithTimers(Make.Microsoft(), LinkRole.Secondary, Make.Set(new BgpTimers(5, 15)));

        var findings = Make.Design(privatePeering, microsoft).Run<AggressiveTimersRule>();

        Assert.Collection(
            findings,
            f => FindingAssert.Is(f, Descriptors.ER3002, Severity.Info, privatePeering.Link(LinkRole.Primary).Policy.Timers!.Location,
                ["er-ams", "AzurePrivatePeering", "IPv4", "primary", "10", "30"]),
            f => FindingAssert.Is(f, Descriptors.ER3002, Severity.Info, privatePeering.Link(LinkRole.Secondary, IpFamily.IPv6).Policy.Timers!.Location,
                ["er-ams", "AzurePrivatePeering", "IPv6", "secondary", "20", "60"]),
            f => FindingAssert.Is(f, Descriptors.ER3002, Severity.Info, microsoft.Link(LinkRole.Secondary).Policy.Timers!.Location,
                ["er-ams", "MicrosoftPeering", "IPv4", "secondary", "5", "15"]));
    }

    [Fact]
    public void Timers_without_a_location_are_reported_on_the_link()
    {
        // Engine rule: a finding without its own location falls back to the element's.
        var peering = WithTimers(Make.Private(), LinkRole.Primary, Setting.Of(new BgpTimers(3, 10)));

        FindingAssert.Single(Make.Design(peering).Run<AggressiveTimersRule>(), Descriptors.ER3002, Severity.Info,
            peering.Link(LinkRole.Primary).Location, ["er-ams", "AzurePrivatePeering", "IPv4", "primary", "3", "10"]);
    }
}
