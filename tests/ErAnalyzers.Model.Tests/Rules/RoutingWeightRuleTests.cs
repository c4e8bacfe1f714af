using System.Globalization;
using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER4008: a connection's routing weight outside 0-32000.</summary>
public class RoutingWeightRuleTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(32001)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void A_weight_outside_the_range_is_reported_on_the_weight(int weight)
    {
        var connection = Make.Connection("er-ams").WithRoutingWeight(Make.Set(weight));
        var gateway = Make.Gateway("ergw", GatewaySku.ErGw1AZ, connection);

        var finding = FindingAssert.Single(Make.Design(gateway).Run<RoutingWeightRule>(), Descriptors.ER4008, Severity.Error,
            connection.RoutingWeight!.Location, ["ergw-er-ams", weight.ToString(CultureInfo.InvariantCulture)]);
        Assert.Equal("ergw-er-ams", finding.Element.Name);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(32000)]
    public void A_weight_within_the_range_is_silent(int weight) =>
        Assert.Empty(Make.Design(Make.Gateway("ergw", GatewaySku.ErGw1AZ, Make.Connection("er-ams").WithRoutingWeight(Make.Set(weight)))).Run<RoutingWeightRule>());

    [Fact]
    public void The_full_message_names_the_connection_and_the_range()
    {
        var gateway = Make.Gateway("ergw", GatewaySku.ErGw1AZ, Make.Connection("er-ams").WithRoutingWeight(Make.Set(40000)));

        var finding = Assert.Single(Make.Design(gateway).Run<RoutingWeightRule>());

        Assert.Equal("Routing weight 40000 of connection 'ergw-er-ams' is outside 0-32000: use a weight from 0 to 32000", finding.Message);
    }

    [Fact]
    public void Unknown_or_absent_weights_are_silent()
    {
        var gateway = Make.Gateway("ergw", GatewaySku.ErGw1AZ,
            Make.Connection("er-ams").WithRoutingWeight(Make.Unknown<int>()),
            Make.Connection("er-lon").WithRoutingWeight(null));

        Assert.Empty(Make.Design(gateway).Run<RoutingWeightRule>());
    }

    [Fact]
    public void An_incomplete_gateway_is_silent_because_the_weight_may_be_set_again()
    {
        var gateway = Make.Gateway("ergw", GatewaySku.ErGw1AZ, Make.Connection("er-ams").WithRoutingWeight(Make.Set(-5))).Incomplete();

        Assert.Empty(Make.Design(gateway).Run<RoutingWeightRule>());
    }

    [Fact]
    public void Each_bad_weight_of_each_gateway_is_reported()
    {
        var amsterdam = Make.Connection("er-ams").WithRoutingWeight(Make.Set(-1));
        var london = Make.Connection("er-lon").WithRoutingWeight(Make.Set(10));
        var paris = Make.Connection("er-par").WithRoutingWeight(Make.Set(50000));
        var weu = Make.Gateway("ergw-weu", GatewaySku.ErGw1AZ, amsterdam, london);
        var neu = Make.Gateway("ergw-neu", GatewaySku.ErGw2AZ, paris);

        Assert.Equal(
            [(amsterdam.RoutingWeight!.Location, "ergw-weu-er-ams"), (paris.RoutingWeight!.Location, "ergw-neu-er-par")],
            Make.Design(weu, neu).Run<RoutingWeightRule>().Select(f => (f.Location, f.MessageArguments[0])));
    }

    [Fact]
    public void A_named_connection_is_reported_by_its_name()
    {
        var connection = Make.Connection("er-ams").WithRoutingWeight(Make.Set(32001)) with { Name = "to-amsterdam" };

        var finding = Assert.Single(Make.Design(Make.Gateway("ergw", GatewaySku.ErGw1AZ, connection)).Run<RoutingWeightRule>());

        Assert.Equal(["to-amsterdam", "32001"], finding.MessageArguments);
    }
}
