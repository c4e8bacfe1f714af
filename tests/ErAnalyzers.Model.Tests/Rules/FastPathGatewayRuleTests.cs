using System.Globalization;
using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER2008: FastPath on a gateway that does not support it.</summary>
public class FastPathGatewayRuleTests
{
    [Theory]
    [InlineData(GatewaySku.Basic)]
    [InlineData(GatewaySku.Standard)]
    [InlineData(GatewaySku.HighPerformance)]
    [InlineData(GatewaySku.ErGw1AZ)]
    [InlineData(GatewaySku.ErGw2AZ)]
    public void FastPath_on_a_sku_without_it_is_reported_on_the_fast_path_call(GatewaySku sku)
    {
        var connection = Make.Connection("er-ams").WithFastPath();
        var gateway = Make.Gateway("ergw", sku, connection);

        var finding = FindingAssert.Single(Make.Design(gateway).Run<FastPathGatewayRule>(), Descriptors.ER2008, Severity.Error,
            connection.FastPath!.Location, ["ergw-er-ams", "ergw", sku.ToString()]);
        Assert.Equal("ergw-er-ams", finding.Element.Name);
    }

    [Theory]
    [InlineData(GatewaySku.UltraPerformance)]
    [InlineData(GatewaySku.ErGw3AZ)]
    public void FastPath_on_a_sku_with_it_is_silent(GatewaySku sku) =>
        Assert.Empty(Make.Design(Make.Gateway("ergw", sku, Make.Connection("er-ams").WithFastPath())).Run<FastPathGatewayRule>());

    [Theory]
    [InlineData(10, 10)]
    [InlineData(10, 40)]
    [InlineData(20, 30)]
    public void FastPath_on_ergwscale_with_a_minimum_of_10_scale_units_is_silent(int minimum, int maximum)
    {
        var gateway = Make.Gateway("ergw", GatewaySku.ErGwScale, Make.Connection("er-ams").WithFastPath()).WithScaleUnits(minimum, maximum);

        Assert.Empty(Make.Design(gateway).Run<FastPathGatewayRule>());
    }

    [Theory]
    [InlineData(2, 20, "ErGwScale with 2-20 scale units")]
    [InlineData(9, 40, "ErGwScale with 9-40 scale units")]
    [InlineData(5, 5, "ErGwScale with 5 scale units")]
    public void FastPath_on_ergwscale_with_a_smaller_minimum_is_reported_with_its_scale_units(int minimum, int maximum, string sku)
    {
        var connection = Make.Connection("er-ams").WithFastPath();
        var gateway = Make.Gateway("ergw", GatewaySku.ErGwScale, connection).WithScaleUnits(minimum, maximum);

        FindingAssert.Single(Make.Design(gateway).Run<FastPathGatewayRule>(), Descriptors.ER2008, Severity.Error,
            connection.FastPath!.Location, ["ergw-er-ams", "ergw", sku]);
    }

    [Fact]
    public void Scale_units_are_written_the_same_in_every_culture()
    {
        // Swedish writes negative numbers with a minus sign (U+2212), not a hyphen.
        var connection = Make.Connection("er-ams").WithFastPath();
        var gateway = Make.Gateway("ergw", GatewaySku.ErGwScale, connection).WithScaleUnits(-3, 5);
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("sv-SE");
        try
        {
            Assert.NotEqual("-", CultureInfo.CurrentCulture.NumberFormat.NegativeSign);
            FindingAssert.Single(Make.Design(gateway).Run<FastPathGatewayRule>(), Descriptors.ER2008, Severity.Error,
                connection.FastPath!.Location, ["ergw-er-ams", "ergw", "ErGwScale with -3-5 scale units"]);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void The_full_message_names_the_connection_the_gateway_and_the_skus_that_support_it()
    {
        var finding = Assert.Single(Make.Design(Make.Gateway("ergw", GatewaySku.ErGw1AZ, Make.Connection("er-ams").WithFastPath())).Run<FastPathGatewayRule>());

        Assert.Equal(
            "Connection 'ergw-er-ams' uses FastPath, which gateway 'ergw' (ErGw1AZ) does not support: use an UltraPerformance, ErGw3AZ or ErGwScale gateway with a minimum of 10 scale units, or remove FastPath()",
            finding.Message);
    }

    [Fact]
    public void Ergwscale_with_scale_units_unknown_absent_or_incomplete_is_silent()
    {
        var unknown = Make.Gateway("ergw", GatewaySku.ErGwScale, Make.Connection("er-ams").WithFastPath()) with { ScaleUnits = Make.Unknown<ScaleUnits>() };
        var absent = Make.Gateway("ergw", GatewaySku.ErGwScale, Make.Connection("er-ams").WithFastPath());
        var incomplete = absent.WithScaleUnits(2, 4).Incomplete();

        Assert.Empty(Make.Design(unknown).Run<FastPathGatewayRule>());
        Assert.Empty(Make.Design(absent).Run<FastPathGatewayRule>());
        Assert.Empty(Make.Design(incomplete).Run<FastPathGatewayRule>());
    }

    [Fact]
    public void An_unknown_sku_is_silent() =>
        Assert.Empty(Make.Design(Make.Gateway("ergw", Make.Unknown<GatewaySku>(), Make.Connection("er-ams").WithFastPath())).Run<FastPathGatewayRule>());

    [Fact]
    public void An_incomplete_gateway_of_a_fixed_sku_is_still_reported_because_fast_path_cannot_be_turned_off()
    {
        var connection = Make.Connection("er-ams").WithFastPath();

        Assert.Single(Make.Design(Make.Gateway("ergw", GatewaySku.ErGw2AZ, connection).Incomplete()).Run<FastPathGatewayRule>());
    }

    [Fact]
    public void Only_connections_with_fast_path_are_reported_on_each_gateway()
    {
        var amsterdam = Make.Connection("er-ams").WithFastPath();
        var london = Make.Connection("er-lon");
        var paris = Make.Connection("er-par").WithFastPath();
        var frankfurt = Make.Connection("er-fra").WithFastPath();
        var weu = Make.Gateway("ergw-weu", GatewaySku.ErGw1AZ, amsterdam, london, paris);
        var neu = Make.Gateway("ergw-neu", GatewaySku.ErGw3AZ, frankfurt);

        Assert.Equal(
            [amsterdam.FastPath!.Location, paris.FastPath!.Location],
            Make.Design(weu, neu).Run<FastPathGatewayRule>().Select(f => f.Location));
    }
}
