using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER1006: a peering is disabled (both BGP sessions down).</summary>
public class DisabledPeeringRuleTests
{
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
            peering.Enabled!.Location, ["er-ams", "AzurePrivatePeering"]);
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
            f => FindingAssert.Is(f, Descriptors.ER1006, Severity.Warning, privatePeering.Enabled!.Location, ["er-ams", "AzurePrivatePeering"]),
            f => FindingAssert.Is(f, Descriptors.ER1006, Severity.Warning, microsoft.Enabled!.Location, ["er-ams", "MicrosoftPeering"]));
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

        Assert.Equal(["er-lon", "AzurePrivatePeering"], finding.MessageArguments);
    }
}
