using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER4007: a circuit uses a feature its SKU does not offer: Global Reach on a Local circuit (either end of the
/// connection). Standard is not flagged: whether Global Reach needs Premium within one geopolitical region is
/// UNCERTAIN (the FAQ says only across regions, the Well-Architected guide calls it a Premium feature).
/// </summary>
public sealed class SkuFeatureRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER4007;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Design;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        // Circuit names are unique in a design; when two circuits share a name here, which one is meant is unknown.
        foreach (var connection in design.Model.GlobalReach.Each())
        {
            foreach (string? end in new[] { connection.CircuitName, connection.PeerCircuitName }.Distinct())
            {
                // The SKU can be set again later: only a circuit seen whole has its final tier.
                if (end is not null && design.Circuit(end) is { IsComplete: true, Tier: { IsKnown: true, Value: CircuitTier.Local } tier } circuit)
                {
                    findings.Add(Report(circuit, connection.Location, [tier.Location],
                        circuit.DisplayName, tier.Value.ToString(), "Global Reach", "Standard or Premium"));
                }
            }
        }
    }
}
