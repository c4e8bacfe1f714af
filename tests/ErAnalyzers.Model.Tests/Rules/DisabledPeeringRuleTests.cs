using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER1006: a peering is disabled (both BGP sessions down).</summary>
public class DisabledPeeringRuleTests
{
    private const string Disabled = "is disabled, so the BGP sessions of both its links are down: remove Disabled() to bring the peering up";

    private static Peering Shut(Peering peering, LinkRole role, IpFamily family = IpFamily.IPv4) =>
        peering.WithPolicy(role, p => p with { Shutdown = Make.Set(true) }, family);

    [Fact]
    public void Enabled_peerings_are_silent_whether_written_or_by_default()
    {
        var design = Make.Design(Make.Private() with { Enabled = Make.Set(true) }, Make.Microsoft());

        Assert.Empty(design.Run<DisabledPeeringRule>());
    }

    [Fact]
    public void A_disabled_peering_is_reported_on_its_Disabled_call()
    {
        var peering = Make.Private() with { Enabled = Make.Set(false) };
        var design = Make.Design(peering);

        var finding = FindingAssert.Single(design.Run<DisabledPeeringRule>(), Descriptors.ER1006, Severity.Warning,
            peering.Enabled!.Location, ["er-ams", "AzurePrivatePeering", Disabled]);
        Assert.Equal(
            "Peering 'AzurePrivatePeering' of circuit 'er-ams' is disabled, so the BGP sessions of both its links are down: remove Disabled() to bring the peering up",
            finding.Message);
        Assert.Same(peering, finding.Element);
    }

    [Fact]
    public void Each_disabled_peering_is_reported_once_whatever_its_families()
    {
        var privatePeering = Make.Private().WithIpv6() with { Enabled = Make.Set(false) };
        var microsoft = Make.Microsoft() with { Enabled = Make.Set(false) };

        Assert.Collection(
            Make.Design(privatePeering, microsoft).Run<DisabledPeeringRule>(),
            f => FindingAssert.Is(f, Descriptors.ER1006, Severity.Warning, privatePeering.Enabled!.Location, ["er-ams", "AzurePrivatePeering", Disabled]),
            f => FindingAssert.Is(f, Descriptors.ER1006, Severity.Warning, microsoft.Enabled!.Location, ["er-ams", "MicrosoftPeering", Disabled]));
    }

    [Fact]
    public void An_unknown_state_is_silent()
    {
        var design = Make.Design(Make.Private() with { Enabled = Make.Unknown<bool>() });

        Assert.Empty(design.Run<DisabledPeeringRule>());
    }

    [Fact]
    public void An_incomplete_peering_or_circuit_is_still_reported_because_nothing_enables_a_peering_again()
    {
        var peering = Make.Private() with { Enabled = Make.Set(false), IsComplete = false };
        var design = Make.Design(Make.Circuit("er-ams", peering) with { IsComplete = false });

        Assert.Single(design.Run<DisabledPeeringRule>());
    }

    [Fact]
    public void A_disabled_peering_without_links_is_still_reported()
    {
        var design = Make.Design(Make.Private(primary: null, secondary: null) with { Enabled = Make.Set(false) });

        Assert.Single(design.Run<DisabledPeeringRule>());
    }

    [Fact]
    public void The_finding_names_the_circuit_it_is_on()
    {
        var good = Make.Circuit("er-ams", Make.Private());
        var bad = Make.Circuit("er-lon", Make.Private() with { Enabled = Make.Set(false) });

        var finding = Assert.Single(Make.Design(good, bad).Run<DisabledPeeringRule>());

        Assert.Equal(["er-lon", "AzurePrivatePeering", Disabled], finding.MessageArguments);
    }

    // ---- Both links shut down on the customer edge ----

    [Fact]
    public void Both_links_shut_down_are_reported_on_the_primary_shutdown_with_the_secondary_one_as_additional_location()
    {
        var peering = Shut(Shut(Make.Private(), LinkRole.Primary), LinkRole.Secondary);

        var finding = FindingAssert.Single(Make.Design(peering).Run<DisabledPeeringRule>(), Descriptors.ER1006, Severity.Warning,
            peering.Link(LinkRole.Primary).Policy.Shutdown!.Location,
            ["er-ams", "AzurePrivatePeering", "has both its IPv4 links shut down on the customer edge, so neither BGP session comes up: remove Shutdown() from the links to bring the peering up"],
            peering.Link(LinkRole.Secondary).Policy.Shutdown!.Location);
        Assert.Equal(
            "Peering 'AzurePrivatePeering' of circuit 'er-ams' has both its IPv4 links shut down on the customer edge, so neither BGP session comes up: remove Shutdown() from the links to bring the peering up",
            finding.Message);
    }

    [Fact]
    public void Both_IPv6_links_shut_down_are_reported_for_IPv6_only()
    {
        var peering = Shut(Shut(Make.Microsoft().WithIpv6(), LinkRole.Primary, IpFamily.IPv6), LinkRole.Secondary, IpFamily.IPv6);

        var finding = Assert.Single(Make.Design(peering).Run<DisabledPeeringRule>());

        Assert.Equal(["er-ams", "MicrosoftPeering"], finding.MessageArguments.Take(2));
        Assert.StartsWith("has both its IPv6 links shut down", finding.MessageArguments[2]);
    }

    [Fact]
    public void One_link_shut_down_is_left_to_ER1002()
    {
        Assert.Empty(Make.Design(Shut(Make.Private(), LinkRole.Secondary)).Run<DisabledPeeringRule>());
    }

    [Fact]
    public void A_link_whose_partner_shutdown_is_unknown_or_explicitly_up_is_silent()
    {
        var unknown = Shut(Make.Private(), LinkRole.Primary).WithPolicy(LinkRole.Secondary, p => p with { Shutdown = Make.Unknown<bool>() });
        var explicitlyUp = Shut(Make.Private(), LinkRole.Primary).WithPolicy(LinkRole.Secondary, p => p with { Shutdown = Make.Set(false) });

        Assert.Empty(Make.Design(unknown).Run<DisabledPeeringRule>());
        Assert.Empty(Make.Design(explicitlyUp).Run<DisabledPeeringRule>());
    }

    [Theory]
    [InlineData(LinkRole.Primary)]
    [InlineData(LinkRole.Secondary)]
    public void The_only_link_shut_down_is_reported_on_its_shutdown(LinkRole role)
    {
        var peering = Shut(role == LinkRole.Primary ? Make.Private(secondary: null) : Make.Private(primary: null), role);

        FindingAssert.Single(Make.Design(peering).Run<DisabledPeeringRule>(), Descriptors.ER1006, Severity.Warning,
            peering.Link(role).Policy.Shutdown!.Location,
            ["er-ams", "AzurePrivatePeering", "has its only IPv4 link shut down on the customer edge, so no BGP session comes up: remove Shutdown() from the link to bring the peering up"]);
    }

    [Fact]
    public void The_only_link_shut_down_of_a_peering_not_wholly_seen_is_silent()
    {
        var peering = Shut(Make.Private(secondary: null), LinkRole.Primary) with { IsComplete = false };

        Assert.Empty(Make.Design(Make.Circuit("er-ams", peering) with { IsComplete = false }).Run<DisabledPeeringRule>());
    }

    [Fact]
    public void A_disabled_peering_with_both_links_shut_down_gets_both_findings()
    {
        var peering = Shut(Shut(Make.Private(), LinkRole.Primary), LinkRole.Secondary) with { Enabled = Make.Set(false) };

        Assert.Equal(
            [peering.Link(LinkRole.Primary).Policy.Shutdown!.Location, peering.Enabled!.Location],
            Make.Design(peering).Run<DisabledPeeringRule>().Select(f => f.Location));
    }
}
