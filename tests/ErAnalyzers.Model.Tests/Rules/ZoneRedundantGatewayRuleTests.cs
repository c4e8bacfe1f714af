using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER2005: a gateway SKU that is not zone-redundant, or Basic.</summary>
public class ZoneRedundantGatewayRuleTests
{
    [Theory]
    [InlineData(GatewaySku.Standard, "is not zone-redundant", GatewaySku.ErGw1AZ)]
    [InlineData(GatewaySku.HighPerformance, "is not zone-redundant", GatewaySku.ErGw2AZ)]
    [InlineData(GatewaySku.UltraPerformance, "is not zone-redundant", GatewaySku.ErGw3AZ)]
    [InlineData(GatewaySku.Basic, "is deprecated for ExpressRoute", GatewaySku.ErGw1AZ)]
    public void A_sku_that_is_not_zone_redundant_is_reported_on_the_gateway_with_its_replacement(GatewaySku sku, string problem, GatewaySku replacement)
    {
        var gateway = Make.Gateway("ergw", sku, Make.Connection("er-ams"));

        var finding = FindingAssert.Single(Make.Design(gateway).Run<ZoneRedundantGatewayRule>(), Descriptors.ER2005, Severity.Warning,
            gateway.Location, ["ergw", sku.ToString(), problem, replacement.ToString()]);
        Assert.Same(gateway, finding.Element);
        Assert.Equal(replacement.ToString(), finding.Properties[FixProperties.ZoneRedundantSku]);
    }

    [Theory]
    [InlineData(GatewaySku.ErGw1AZ)]
    [InlineData(GatewaySku.ErGw2AZ)]
    [InlineData(GatewaySku.ErGw3AZ)]
    [InlineData(GatewaySku.ErGwScale)]
    public void Zone_redundant_skus_are_silent(GatewaySku sku) =>
        Assert.Empty(Make.Design(Make.Gateway("ergw", sku, Make.Connection("er-ams"))).Run<ZoneRedundantGatewayRule>());

    [Theory]
    [InlineData("westus")]
    [InlineData("North Central US")]
    [InlineData("ukwest")]
    [InlineData("southindia")]
    public void A_region_Microsoft_lists_without_availability_zones_has_no_zone_redundant_sku_and_is_silent(string region) =>
        Assert.Empty(Make.Design(Make.Gateway("ergw", GatewaySku.Standard) with { Region = Make.Set(region) }).Run<ZoneRedundantGatewayRule>());

    [Theory]
    [InlineData("West Europe")]
    [InlineData("japanwest")]
    [InlineData("mexicocentral")]
    public void A_region_with_availability_zones_is_a_warning(string region)
    {
        var gateway = Make.Gateway("ergw", GatewaySku.Standard) with { Region = Make.Set(region) };

        FindingAssert.Single(Make.Design(gateway).Run<ZoneRedundantGatewayRule>(), Descriptors.ER2005, Severity.Warning,
            gateway.Location, ["ergw", "Standard", "is not zone-redundant", "ErGw1AZ"]);
    }

    [Fact]
    public void A_region_missing_from_Microsofts_list_is_information_only()
    {
        var gateway = Make.Gateway("ergw", GatewaySku.UltraPerformance) with { Region = Make.Set("atlantiscentral") };

        var finding = FindingAssert.Single(Make.Design(gateway).Run<ZoneRedundantGatewayRule>(), Descriptors.ER2005, Severity.Info,
            gateway.Location, ["ergw", "UltraPerformance", "is not zone-redundant (if region 'atlantiscentral' has availability zones, which Microsoft's list does not say)", "ErGw3AZ"]);
        Assert.Equal("ErGw3AZ", finding.Properties[FixProperties.ZoneRedundantSku]);
    }

    [Fact]
    public void An_unknown_region_is_information_only()
    {
        var gateway = Make.Gateway("ergw", GatewaySku.Basic) with { Region = Make.Unknown<string>() };

        FindingAssert.Single(Make.Design(gateway).Run<ZoneRedundantGatewayRule>(), Descriptors.ER2005, Severity.Info,
            gateway.Location, ["ergw", "Basic", "is deprecated for ExpressRoute (if region '(unknown)' has availability zones, which Microsoft's list does not say)", "ErGw1AZ"]);
    }

    [Fact]
    public void The_full_message_names_the_gateway_its_sku_and_the_replacement()
    {
        var finding = Assert.Single(Make.Design(Make.Gateway("ergw-weu", GatewaySku.HighPerformance)).Run<ZoneRedundantGatewayRule>());

        Assert.Equal("Gateway 'ergw-weu' uses SKU HighPerformance, which is not zone-redundant: use the zone-redundant SKU ErGw2AZ", finding.Message);
    }

    [Fact]
    public void Unknown_or_absent_skus_are_silent()
    {
        Assert.Empty(Make.Design(Make.Gateway("ergw", Make.Unknown<GatewaySku>())).Run<ZoneRedundantGatewayRule>());
        Assert.Empty(Make.Design(Make.Gateway("ergw", sku: null)).Run<ZoneRedundantGatewayRule>());
    }

    [Fact]
    public void An_incomplete_gateway_is_still_reported_because_its_sku_is_fixed_when_it_is_made()
    {
        var gateway = Make.Gateway("ergw", GatewaySku.Standard).Incomplete();

        FindingAssert.Single(Make.Design(gateway).Run<ZoneRedundantGatewayRule>(), Descriptors.ER2005, Severity.Warning,
            gateway.Location, ["ergw", "Standard", "is not zone-redundant", "ErGw1AZ"]);
    }

    [Fact]
    public void Each_gateway_is_reported_on_its_own()
    {
        var weu = Make.Gateway("ergw-weu", GatewaySku.Standard);
        var neu = Make.Gateway("ergw-neu", GatewaySku.ErGw3AZ);
        var uks = Make.Gateway("ergw-uks", GatewaySku.UltraPerformance);

        Assert.Equal(
            [(weu.Location, "ErGw1AZ"), (uks.Location, "ErGw3AZ")],
            Make.Design(weu, neu, uks).Run<ZoneRedundantGatewayRule>().Select(f => (f.Location, f.Properties[FixProperties.ZoneRedundantSku])));
    }

    [Fact]
    public void A_gateway_without_a_name_is_reported_as_unknown()
    {
        var gateway = Make.Gateway("ergw", GatewaySku.Basic) with { Name = null };

        var finding = Assert.Single(Make.Design(gateway).Run<ZoneRedundantGatewayRule>());

        Assert.Equal("(unknown)", finding.MessageArguments[0]);
    }
}
