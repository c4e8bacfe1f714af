using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER2007: invalid scale-unit bounds of an ErGwScale gateway.</summary>
public class ScaleUnitBoundsRuleTests
{
    private static Gateway Scalable(int minimum, int maximum) => Make.Gateway("ergw", GatewaySku.ErGwScale).WithScaleUnits(minimum, maximum);

    [Theory]
    [InlineData(0, 5, "the minimum is below 1")]
    [InlineData(-3, -1, "the minimum is below 1")]
    [InlineData(0, 0, "the minimum is below 1")]
    [InlineData(2, 41, "the maximum is above 40")]
    [InlineData(41, 41, "the maximum is above 40")]
    [InlineData(5, 3, "the minimum is above the maximum")]
    [InlineData(1, 2, "autoscaling needs a minimum of at least 2")]
    [InlineData(1, 40, "autoscaling needs a minimum of at least 2")]
    [InlineData(0, 50, "the minimum is below 1, the maximum is above 40")]
    [InlineData(1, 41, "the maximum is above 40, autoscaling needs a minimum of at least 2")]
    [InlineData(50, 45, "the maximum is above 40, the minimum is above the maximum")]
    public void Invalid_bounds_are_reported_on_the_scale_units_with_every_problem(int minimum, int maximum, string problems)
    {
        var gateway = Scalable(minimum, maximum);

        var finding = FindingAssert.Single(Make.Design(gateway).Run<ScaleUnitBoundsRule>(), Descriptors.ER2007, Severity.Error,
            gateway.ScaleUnits!.Location, ["ergw", $"{minimum}", $"{maximum}", problems]);
        Assert.Same(gateway, finding.Element);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(2, 3)]
    [InlineData(2, 40)]
    [InlineData(10, 20)]
    [InlineData(40, 40)]
    public void Valid_bounds_fixed_or_autoscaling_are_silent(int minimum, int maximum) =>
        Assert.Empty(Make.Design(Scalable(minimum, maximum)).Run<ScaleUnitBoundsRule>());

    [Fact]
    public void The_full_message_states_the_problem_and_the_valid_bounds()
    {
        var finding = Assert.Single(Make.Design(Scalable(1, 5)).Run<ScaleUnitBoundsRule>());

        Assert.Equal(
            "Scale units 1-5 of gateway 'ergw' are invalid (autoscaling needs a minimum of at least 2): use bounds from 1 to 40, a minimum no larger than the maximum, and a minimum of at least 2 to autoscale",
            finding.Message);
    }

    [Fact]
    public void Unknown_or_absent_scale_units_are_silent()
    {
        var unknown = Make.Gateway("ergw", GatewaySku.ErGwScale) with { ScaleUnits = Make.Unknown<ScaleUnits>() };

        Assert.Empty(Make.Design(unknown).Run<ScaleUnitBoundsRule>());
        Assert.Empty(Make.Design(Make.Gateway("ergw", GatewaySku.ErGwScale)).Run<ScaleUnitBoundsRule>());
    }

    [Fact]
    public void An_incomplete_gateway_is_silent_because_its_scale_units_may_be_set_again() =>
        Assert.Empty(Make.Design(Scalable(0, 50).Incomplete()).Run<ScaleUnitBoundsRule>());

    [Fact]
    public void Each_gateway_is_checked_on_its_own()
    {
        var weu = Make.Gateway("ergw-weu", GatewaySku.ErGwScale).WithScaleUnits(1, 3);
        var neu = Make.Gateway("ergw-neu", GatewaySku.ErGwScale).WithScaleUnits(2, 3);
        var uks = Make.Gateway("ergw-uks", GatewaySku.ErGwScale).WithScaleUnits(12, 10);

        Assert.Equal(
            [(weu.ScaleUnits!.Location, "ergw-weu"), (uks.ScaleUnits!.Location, "ergw-uks")],
            Make.Design(weu, neu, uks).Run<ScaleUnitBoundsRule>().Select(f => (f.Location, f.MessageArguments[0])));
    }
}
