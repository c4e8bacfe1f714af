using ErAnalyzers.Dsl.Tests.Support;

namespace ErAnalyzers.Dsl.Tests;

/// <summary>
/// No text of a design becomes an ARM expression: the writer escapes a literal ARM would evaluate, and the only
/// expressions of a template are the writer's own (parameters, resource ids, the resource group's location).
/// </summary>
public sealed class TemplateExpressionTests
{
    public static TheoryData<string> SampleNames => SampleDesigns.Names;

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_expression_of_a_sample_template_is_one_the_writer_made(string sample)
    {
        string template = SampleDesigns.Create(sample).ToArmTemplate();

        Assert.Contains(ArmExpressions.Literals(template), literal => literal == "westeurope");
        Assert.Empty(ArmExpressions.NotMadeByTheWriter(template));
    }

    [Theory]
    [InlineData("[subscription().subscriptionId]", "[[subscription().subscriptionId]")]
    [InlineData("[[subscription().subscriptionId]", "[[[subscription().subscriptionId]")]
    [InlineData("[]", "[[]")]
    [InlineData("[x] y", "[x] y")]
    [InlineData("x [y]", "x [y]")]
    [InlineData("Equinix", "Equinix")]
    public void A_provider_ARM_would_evaluate_is_written_escaped_and_others_as_they_are(string provider, string written)
    {
        var template = new ArmTemplate(DesignKit.Create(k => k.D.Circuit("er-ams", c => c
            .ServiceProvider(provider, peeringLocation: provider, Bandwidth.Gbps(1))
            .Sku(CircuitTier.Standard, BillingModel.MeteredData)
            .PrivatePeering(100, p => k.Links(p)))).ToArmTemplate());

        var circuit = Assert.Single(template.OfType("Microsoft.Network/expressRouteCircuits"));
        Assert.Equal(written, ArmTemplate.Text(circuit, "properties", "serviceProviderProperties", "serviceProviderName"));
        Assert.Equal(written, ArmTemplate.Text(circuit, "properties", "serviceProviderProperties", "peeringLocation"));
    }

    [Fact]
    public void A_region_Microsofts_list_lacks_is_written_when_the_design_allows_it()
    {
        var template = new ArmTemplate(DesignKit.Create(k =>
        {
            var er = k.D.Circuit("er-ams", c => DesignKit.Provider(c).Region("newregion", allowUnlistedRegion: true).PrivatePeering(100, p => k.Links(p)));
            k.D.Gateway("ergw", GatewaySku.ErGw1AZ, "New Region", "hub-weu", g => g.Connect(er), allowUnlistedRegion: true);
        }).ToArmTemplate());

        Assert.Equal("newregion", ArmTemplate.Text(template.OfType("Microsoft.Network/expressRouteCircuits")[0], "location"));
        Assert.Equal("New Region", ArmTemplate.Text(template.OfType("Microsoft.Network/virtualNetworkGateways")[0], "location"));
    }
}
