using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER2005: a gateway's SKU is not zone-redundant (Standard, HighPerformance, UltraPerformance) or is Basic
/// (deprecated for ExpressRoute). Zone-redundant SKUs exist only in regions with availability zones (see
/// <see cref="AzureRegions"/>): in a region Microsoft lists without them the rule is silent, and in one it does not
/// list (or that is not known) it reports information only. The finding names the zone-redundant SKU to use, for the
/// code fix.
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

            bool? zones = gateway.Region is { IsKnown: true } region ? AzureRegions.HasAvailabilityZones(region.Value) : null;
            if (zones == false)
            {
                continue;
            }

            string problem = sku.Value == GatewaySku.Basic ? "is deprecated for ExpressRoute" : "is not zone-redundant";
            if (zones is null)
            {
                problem += $" (if region '{gateway.Region}' has availability zones, which Microsoft's list does not say)";
            }

            var severity = zones == true ? Descriptor.DefaultSeverity : Severity.Info;
            findings.Add(Report(severity, gateway, gateway.Location, null, gateway.DisplayName, sku.Value.ToString(), problem, replacement.ToString()) with
            {
                Properties = new Dictionary<string, string> { [FixProperties.ZoneRedundantSku] = replacement.ToString() },
            });
        }
    }
}
