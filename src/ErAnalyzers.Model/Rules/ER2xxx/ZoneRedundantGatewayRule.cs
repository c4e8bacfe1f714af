using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER2005: a gateway's SKU is not zone-redundant (Standard, HighPerformance, UltraPerformance) or is Basic
/// (deprecated for ExpressRoute). The finding names the zone-redundant SKU to use, for the code fix.
/// </summary>
public sealed class ZoneRedundantGatewayRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER2005;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Gateway;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var gateway in design.Model.Gateways.Each())
        {
            // The SKU is fixed when the gateway is made: nothing the evaluator missed can change it.
            if (gateway.Sku is not { IsKnown: true } sku || GatewayCapabilities.ZoneRedundantReplacement(sku.Value) is not { } replacement)
            {
                continue;
            }

            string problem = sku.Value == GatewaySku.Basic ? "is deprecated for ExpressRoute" : "is not zone-redundant";
            findings.Add(Report(gateway, gateway.Location, null, gateway.DisplayName, sku.Value.ToString(), problem, replacement.ToString()) with
            {
                Properties = new Dictionary<string, string> { [FixProperties.ZoneRedundantSku] = replacement.ToString() },
            });
        }
    }
}
