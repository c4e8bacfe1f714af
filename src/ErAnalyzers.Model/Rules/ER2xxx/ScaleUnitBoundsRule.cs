using System.Collections.Generic;
using System.Globalization;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER2007: the scale-unit bounds of an ErGwScale gateway are invalid: a minimum below 1, a maximum above 40, a
/// minimum above the maximum, or autoscaling (minimum below maximum) from a minimum of 1.
/// </summary>
public sealed class ScaleUnitBoundsRule : DesignRule
{
    private const int LowestMinimum = 1;
    private const int LowestAutoscalingMinimum = 2;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER2007;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Gateway;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var gateway in design.Model.Gateways.Each())
        {
            if (GatewayCapabilities.KnownScaleUnits(gateway) is not { } units || Problems(units) is not { Count: > 0 } problems)
            {
                continue;
            }

            findings.Add(Report(gateway, gateway.ScaleUnits!.Location, null, gateway.DisplayName,
                units.Minimum.ToString(CultureInfo.InvariantCulture), units.Maximum.ToString(CultureInfo.InvariantCulture),
                string.Join(", ", problems)));
        }
    }

    private static List<string> Problems(ScaleUnits units)
    {
        var problems = new List<string>();
        if (units.Minimum < LowestMinimum)
        {
            problems.Add("the minimum is below 1");
        }

        if (units.Maximum > GatewayCapabilities.MostScaleUnits)
        {
            problems.Add("the maximum is above 40");
        }

        if (units.Minimum > units.Maximum)
        {
            problems.Add("the minimum is above the maximum");
        }
        else if (units.Minimum >= LowestMinimum && units.Minimum < LowestAutoscalingMinimum && units.Minimum < units.Maximum)
        {
            problems.Add("autoscaling needs a minimum of at least 2");
        }

        return problems;
    }
}
