using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER1001: a peering has a primary link and no secondary (or the reverse).</summary>
public class SingleConnectionRuleTests
{
    [Fact]
    public void A_peering_with_both_links_is_silent()
    {
        var design = Make.Design(Make.Private().WithIpv6(), Make.Microsoft().WithIpv6("2001:db8:200::/126", "2001:db8:200::4/126"));

        Assert.Empty(design.Run<SingleConnectionRule>());
    }

    [Fact]
    public void A_private_peering_without_a_secondary_link_is_reported_on_the_primary_link()
    {
        var design = Make.Design(Make.Private(secondary: null));
        var primary = design.OnlyPeering().Link(LinkRole.Primary);

        var finding = FindingAssert.Single(design.Run<SingleConnectionRule>(), Descriptors.ER1001, Severity.Warning, primary.Location,
            ["er-ams", "AzurePrivatePeering", "IPv4", "secondary"]);
        Assert.Equal(
            "Peering 'AzurePrivatePeering' (IPv4) of circuit 'er-ams' has no secondary connection: add the secondary link, because Microsoft's SLA requires both BGP sessions",
            finding.Message);
        Assert.Same(design.OnlyPeering(), finding.Element);
        Assert.Same(primary, finding.Subject);
    }

    [Fact]
    public void The_fix_is_told_to_add_bfd_only_when_the_lone_link_has_none()
    {
        var withoutBfd = Assert.Single(Make.Design(Make.Private(secondary: null)).Run<SingleConnectionRule>());
        var withBfd = Assert.Single(Make.Design(Make.Private(secondary: null).WithBfd()).Run<SingleConnectionRule>());

        Assert.Equal("true", withoutBfd.Properties[FixProperties.AddBfd]);
        Assert.False(withBfd.Properties.ContainsKey(FixProperties.AddBfd));
    }

    [Fact]
    public void A_peering_without_a_primary_link_is_reported_on_the_secondary_link()
    {
        var design = Make.Design(Make.Private(primary: null));

        var finding = FindingAssert.Single(design.Run<SingleConnectionRule>(), Descriptors.ER1001, Severity.Warning,
            design.OnlyPeering().Link(LinkRole.Secondary).Location, ["er-ams", "AzurePrivatePeering", "IPv4", "primary"]);
        Assert.Same(design.OnlyPeering().Link(LinkRole.Secondary), finding.Subject);
    }

    [Theory]
    [InlineData(LinkRole.Primary)]
    [InlineData(LinkRole.Secondary)]
    public void An_ipv6_pair_with_one_link_is_reported_even_when_ipv4_is_complete(LinkRole present)
    {
        var peering = present == LinkRole.Primary ? Make.Private().WithIpv6(secondary: null) : Make.Private().WithIpv6(primary: null);
        var design = Make.Design(peering);

        FindingAssert.Single(design.Run<SingleConnectionRule>(), Descriptors.ER1001, Severity.Warning,
            peering.Link(present, IpFamily.IPv6).Location,
            ["er-ams", "AzurePrivatePeering", "IPv6", present == LinkRole.Primary ? "secondary" : "primary"]);
    }

    [Fact]
    public void Microsoft_peering_is_checked_too()
    {
        var design = Make.Design(Make.Private(), Make.Microsoft(secondary: null));

        FindingAssert.Single(design.Run<SingleConnectionRule>(), Descriptors.ER1001, Severity.Warning,
            design.Circuits[0].Peerings[1].Link(LinkRole.Primary).Location, ["er-ams", "MicrosoftPeering", "IPv4", "secondary"]);
    }

    [Fact]
    public void Both_families_missing_a_link_give_two_findings_ipv4_first()
    {
        var peering = Make.Private(secondary: null).WithIpv6(secondary: null);

        var findings = Make.Design(peering).Run<SingleConnectionRule>();

        Assert.Collection(
            findings,
            f => FindingAssert.Is(f, Descriptors.ER1001, Severity.Warning, peering.Link(LinkRole.Primary).Location, ["er-ams", "AzurePrivatePeering", "IPv4", "secondary"]),
            f => FindingAssert.Is(f, Descriptors.ER1001, Severity.Warning, peering.Link(LinkRole.Primary, IpFamily.IPv6).Location, ["er-ams", "AzurePrivatePeering", "IPv6", "secondary"]));
    }

    [Fact]
    public void An_incomplete_peering_is_silent_because_the_other_link_may_exist()
    {
        var design = Make.Design(Make.Private(secondary: null) with { IsComplete = false });

        Assert.Empty(design.Run<SingleConnectionRule>());
    }

    [Fact]
    public void A_peering_without_any_link_in_a_family_is_silent()
    {
        // An IPv6-only peering: the IPv4 pair is empty, which is not a single connection.
        var design = Make.Design(Make.Private(primary: null, secondary: null).WithIpv6());

        Assert.Empty(design.Run<SingleConnectionRule>());
    }

    [Fact]
    public void The_finding_lands_on_the_circuit_that_has_the_single_link()
    {
        var good = Make.Circuit("er-ams", Make.Private());
        var bad = Make.Circuit("er-fra", Make.Private(vlan: 100, primary: "10.0.0.0/30", secondary: null));
        var design = Make.Design(good, bad);

        FindingAssert.Single(design.Run<SingleConnectionRule>(), Descriptors.ER1001, Severity.Warning,
            bad.Peerings[0].Link(LinkRole.Primary).Location, ["er-fra", "AzurePrivatePeering", "IPv4", "secondary"]);
    }

    [Fact]
    public void An_unnamed_circuit_is_shown_as_unknown()
    {
        var design = Make.Design(Make.Circuit("x", Make.Private(secondary: null)) with { Name = null });

        var finding = Assert.Single(design.Run<SingleConnectionRule>());

        Assert.Equal("(unknown)", finding.MessageArguments[0]);
    }
}
