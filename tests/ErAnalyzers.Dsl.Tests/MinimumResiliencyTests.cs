using System;
using System.Linq;
using ErAnalyzers.Dsl.Tests.Support;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Dsl.Tests;

/// <summary>
/// ER2001 at run time: <c>Validate(new RuleOptions { MinimumResiliency = ... })</c> is the run-time form of
/// <c>er_analyzers.minimum_resiliency</c>; <c>Validate()</c> uses the default, high.
/// </summary>
public sealed class MinimumResiliencyTests
{
    private static NetworkDesign OneCircuit(bool metro) => DesignKit.Create(k =>
    {
        // Azure makes a circuit Metro by its peering location; Metro() declares it so (ER2010 checks they agree).
        var er = k.D.Circuit("er-ams", c =>
        {
            c.ServiceProvider("Equinix", peeringLocation: metro ? "Amsterdam Metro" : "Amsterdam", Bandwidth.Gbps(1))
                .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                .PrivatePeering(100, p => k.Links(p));
            if (metro)
            {
                c.Metro();
            }
        });
        k.D.Gateway("ergw", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g.Connect(er));
    });

    [Theory]
    [InlineData(ResiliencyLevel.Standard, false, null)]
    [InlineData(ResiliencyLevel.High, false, "standard")]
    [InlineData(ResiliencyLevel.Maximum, false, "standard")]
    [InlineData(ResiliencyLevel.Standard, true, null)]
    [InlineData(ResiliencyLevel.High, true, null)]
    [InlineData(ResiliencyLevel.Maximum, true, "high")]
    public void Each_minimum_is_applied_to_the_gateway(ResiliencyLevel minimum, bool metro, string? level)
    {
        var findings = OneCircuit(metro).Validate(new RuleOptions { MinimumResiliency = minimum }).Where(f => f.RuleId == "ER2001").ToList();

        if (level is null)
        {
            Assert.Empty(findings);
            return;
        }

        var finding = Assert.Single(findings);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(["Gateway", "ergw", level, minimum.ToString().ToLowerInvariant()], finding.MessageArguments.Take(4));
        Assert.EndsWith("MinimumResiliencyTests.cs", finding.Location?.FilePath, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_without_options_uses_the_default_minimum_high()
    {
        var design = OneCircuit(metro: false);

        Assert.Equal(
            design.Validate(new RuleOptions { MinimumResiliency = ResiliencyLevel.High }).Select(f => f.ToString()),
            design.Validate().Select(f => f.ToString()));
        Assert.Single(design.Validate(), f => f.RuleId == "ER2001");
    }
}
