using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER1007: the customer edge ignores AS-path length on an ExpressRoute session.</summary>
public class IgnoredAsPathRuleTests
{
    private static Peering Ignoring(Peering peering, LinkRole role, IpFamily family = IpFamily.IPv4) =>
        peering.WithPolicy(role, p => p with { IgnoresAsPathLength = Make.Set(true) }, family);

    [Fact]
    public void Sessions_that_compare_AS_paths_are_silent()
    {
        var design = Make.Design(Make.Private().WithIpv6().WithPolicy(LinkRole.Primary, p => p with { IgnoresAsPathLength = Make.Set(false) }), Make.Microsoft());

        Assert.Empty(design.Run<IgnoredAsPathRule>());
    }

    [Fact]
    public void A_session_ignoring_the_AS_path_is_reported_on_that_setting()
    {
        var peering = Ignoring(Make.Private(), LinkRole.Secondary);
        var link = peering.Link(LinkRole.Secondary);

        var finding = FindingAssert.Single(Make.Design(peering).Run<IgnoredAsPathRule>(), Descriptors.ER1007, Severity.Warning,
            link.Policy.IgnoresAsPathLength!.Location, ["er-ams", "AzurePrivatePeering", "IPv4", "secondary"]);
        Assert.Equal(
            "The secondary link of peering 'AzurePrivatePeering' (IPv4) of circuit 'er-ams' ignores AS-path length: remove IgnoreAsPathLength(), because Microsoft lengthens the AS path to move traffic off a connection before maintenance",
            finding.Message);
        Assert.Same(link, finding.Element);
    }

    [Fact]
    public void Both_links_ignoring_the_AS_path_are_both_reported()
    {
        var peering = Ignoring(Ignoring(Make.Private(), LinkRole.Primary), LinkRole.Secondary);

        Assert.Collection(
            Make.Design(peering).Run<IgnoredAsPathRule>(),
            f => FindingAssert.Is(f, Descriptors.ER1007, Severity.Warning, peering.Link(LinkRole.Primary).Policy.IgnoresAsPathLength!.Location,
                ["er-ams", "AzurePrivatePeering", "IPv4", "primary"]),
            f => FindingAssert.Is(f, Descriptors.ER1007, Severity.Warning, peering.Link(LinkRole.Secondary).Policy.IgnoresAsPathLength!.Location,
                ["er-ams", "AzurePrivatePeering", "IPv4", "secondary"]));
    }

    [Fact]
    public void Ipv6_and_microsoft_peering_sessions_are_checked()
    {
        var privatePeering = Ignoring(Make.Private().WithIpv6(), LinkRole.Primary, IpFamily.IPv6);
        var microsoft = Ignoring(Make.Microsoft(), LinkRole.Secondary);

        Assert.Collection(
            Make.Design(privatePeering, microsoft).Run<IgnoredAsPathRule>(),
            f => Assert.Equal(["er-ams", "AzurePrivatePeering", "IPv6", "primary"], f.MessageArguments),
            f => Assert.Equal(["er-ams", "MicrosoftPeering", "IPv4", "secondary"], f.MessageArguments));
    }

    [Fact]
    public void A_single_link_ignoring_the_AS_path_is_reported_too()
    {
        var peering = Ignoring(Make.Private(secondary: null), LinkRole.Primary);

        Assert.Single(Make.Design(peering).Run<IgnoredAsPathRule>());
    }

    [Fact]
    public void An_unknown_setting_is_silent()
    {
        var design = Make.Design(Make.Private().WithPolicy(LinkRole.Primary, p => p with { IgnoresAsPathLength = Make.Unknown<bool>() }));

        Assert.Empty(design.Run<IgnoredAsPathRule>());
    }

    [Fact]
    public void An_incomplete_link_is_still_reported_because_nothing_undoes_the_setting()
    {
        var peering = Ignoring(Make.Private(), LinkRole.Primary).WithLink(LinkRole.Primary, l => l with { IsComplete = false }) with { IsComplete = false };

        Assert.Single(Make.Design(peering).Run<IgnoredAsPathRule>());
    }
}
