using System;
using System.Linq;
using ErAnalyzers.Dsl.Tests.Support;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Dsl.Tests;

/// <summary>
/// Gateway settings that break ER2005-ER2008 or ER4008 are well-formed input: the DSL accepts them and Validate()
/// reports them at the line that wrote them; an Error stops the template, the ER2005 warning does not.
/// </summary>
public sealed class GatewayRuleFindingTests
{
    private const string File = "Hub.cs";
    private const int Line = 42;

    private static readonly SourceLocation Written = new(File, Line);

    [Fact]
    public void A_gateway_sku_that_is_not_zone_redundant_is_a_warning_and_the_template_is_still_written()
    {
        var design = DesignKit.Create(k => k.D.Gateway("ergw", GatewaySku.Standard, "westeurope", "hub-weu", g => g.Connect(k.Circuit()), file: File, line: Line));

        var finding = Assert.Single(design.Validate(), f => f.RuleId == "ER2005");

        AssertFinding(finding, "ER2005", Severity.Warning, "Gateway 'ergw' uses SKU Standard, which is not zone-redundant: use the zone-redundant SKU ErGw1AZ");
        Assert.Contains("\"name\": \"Standard\"", design.ToArmTemplate(), StringComparison.Ordinal);
    }

    [Fact]
    public void Connections_above_the_sku_limit_are_an_error_on_the_first_one_too_many()
    {
        var design = DesignKit.Create(k =>
        {
            var circuits = Enumerable.Range(1, 5).Select(i => k.Circuit($"er-{i}")).ToArray();
            k.Gateway(configure: g =>
            {
                foreach (var circuit in circuits.Take(4))
                {
                    g.Connect(circuit);
                }

                g.Connect(circuits[4], file: File, line: Line);
            });
        });

        // All five circuits are at Amsterdam (the kit's peering location): both limits are broken by the fifth.
        var findings = design.Validate().Where(f => f.RuleId == "ER2006").ToList();

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => AssertFinding(f, "ER2006", Severity.Error, "Gateway 'ergw' connects too many circuits: "));
        Assert.Throws<DesignValidationException>(() => design.ToArmTemplate());
    }

    [Theory]
    [InlineData(0, 50)]
    [InlineData(1, 5)]
    [InlineData(8, 4)]
    public void Invalid_scale_units_are_accepted_and_reported_as_an_error(int minimum, int maximum)
    {
        var design = DesignKit.Create(k => k.D.Gateway("ergw", GatewaySku.ErGwScale, "westeurope", "hub-weu", g => g
            .ScaleUnits(minimum, maximum, File, Line)
            .Connect(k.Circuit())));

        var finding = Assert.Single(design.Validate(), f => f.RuleId == "ER2007");

        AssertFinding(finding, "ER2007", Severity.Error, $"Scale units {minimum}-{maximum} of gateway 'ergw' are invalid (");
        Assert.Throws<DesignValidationException>(() => design.ToArmTemplate());
    }

    [Fact]
    public void FastPath_on_a_gateway_without_it_is_an_error()
    {
        var design = DesignKit.Create(k => k.Gateway(configure: g => g.Connect(k.Circuit(), c => c.FastPath(File, Line))));

        var finding = Assert.Single(design.Validate(), f => f.RuleId == "ER2008");

        AssertFinding(finding, "ER2008", Severity.Error, "Connection 'ergw-er-ams' uses FastPath, which gateway 'ergw' (ErGw1AZ) does not support");
        Assert.Throws<DesignValidationException>(() => design.ToArmTemplate());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(32001)]
    public void A_routing_weight_outside_the_range_is_accepted_and_reported_as_an_error(int weight)
    {
        var design = DesignKit.Create(k => k.Gateway(configure: g => g.Connect(k.Circuit(), c => c.RoutingWeight(weight, File, Line))));

        var finding = Assert.Single(design.Validate(), f => f.RuleId == "ER4008");

        AssertFinding(finding, "ER4008", Severity.Error, $"Routing weight {weight} of connection 'ergw-er-ams' is outside 0-32000");
        Assert.Throws<DesignValidationException>(() => design.ToArmTemplate());
    }

    private static void AssertFinding(Finding finding, string ruleId, Severity severity, string messageStart)
    {
        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(Written, finding.Location);
        Assert.StartsWith(messageStart, finding.Message, StringComparison.Ordinal);
    }
}
