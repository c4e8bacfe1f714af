using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER2008: a connection turns FastPath on at a gateway that does not support it (supported: UltraPerformance,
/// ErGw3AZ, ErGwScale with a minimum of at least 10 scale units).
/// </summary>
public sealed class FastPathGatewayRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER2008;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Gateway;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var gateway in design.Model.Gateways.Each())
        {
            if (GatewayCapabilities.SupportsFastPath(gateway) is not false)
            {
                continue;
            }

            string sku = GatewayCapabilities.Describe(gateway.Sku!.Value, gateway);
            foreach (var connection in gateway.Connections.Each())
            {
                if (connection.FastPath is { IsKnown: true, Value: true } fastPath)
                {
                    findings.Add(Report(connection, fastPath.Location, null, connection.DisplayName, gateway.DisplayName, sku));
                }
            }
        }
    }
}
