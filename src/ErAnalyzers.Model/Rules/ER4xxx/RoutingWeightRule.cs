using System.Collections.Generic;
using System.Globalization;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>ER4008: a connection's routing weight is outside 0-32000.</summary>
public sealed class RoutingWeightRule : DesignRule
{
    private const int HighestWeight = 32000;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER4008;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Gateway;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var gateway in design.Model.Gateways.Each())
        {
            // Code the evaluator could not follow may set a weight again.
            if (!gateway.IsComplete)
            {
                continue;
            }

            foreach (var connection in gateway.Connections.Each())
            {
                if (connection.RoutingWeight is { IsKnown: true, Value: < 0 or > HighestWeight } weight)
                {
                    findings.Add(Report(connection, weight.Location, null, connection.DisplayName, weight.Value.ToString(CultureInfo.InvariantCulture)));
                }
            }
        }
    }
}
