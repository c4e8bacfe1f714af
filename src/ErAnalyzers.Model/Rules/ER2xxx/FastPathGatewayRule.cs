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
    public override IEnumerable<Finding> Evaluate(NetworkDesignModel design, RuleOptions options)
    {
        foreach (var gateway in design.Gateways)
        {
            if (GatewayCapabilities.SupportsFastPath(gateway) is not false)
            {
                continue;
            }

            string sku = GatewayCapabilities.Describe(gateway.Sku!.Value, gateway);
            foreach (var connection in gateway.Connections)
            {
                if (connection.FastPath is { IsKnown: true, Value: true } fastPath)
                {
                    yield return Report(connection, fastPath.Location, null, connection.DisplayName, gateway.DisplayName, sku);
                }
            }
        }
    }
}
