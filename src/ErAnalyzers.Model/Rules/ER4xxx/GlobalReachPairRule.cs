using System;
using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER4011: a Global Reach connection Azure refuses: its two circuits are at one peering location (reported on the
/// <c>GlobalReach(...)</c> call), or in different geopolitical regions while one is not Premium (reported on that
/// circuit's <c>Sku(...)</c> call, for the code fix). A Metro location and a location of its city share a site, but
/// whether Azure counts them as one peering location is not said: silent.
/// </summary>
public sealed class GlobalReachPairRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER4011;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Design;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var reach in design.Model.GlobalReach.Each())
        {
            if (reach.CircuitName is null || reach.PeerCircuitName is null
                || design.Circuit(reach.CircuitName) is not { } first || design.Circuit(reach.PeerCircuitName) is not { } second
                || ReferenceEquals(first, second)
                || design.PeeringLocation(first) is not { } firstLocation || design.PeeringLocation(second) is not { } secondLocation)
            {
                continue;
            }

            if (string.Equals(firstLocation, secondLocation, StringComparison.OrdinalIgnoreCase))
            {
                findings.Add(Report(first, reach.Location, [first.Location, second.Location], first.DisplayName, second.DisplayName,
                    $"joins two circuits at one peering location ({firstLocation})", "join circuits at different peering locations"));
                continue;
            }

            if (GeopoliticalRegions.Of(firstLocation) is not { } firstRegion || GeopoliticalRegions.Of(secondLocation) is not { } secondRegion
                || firstRegion == secondRegion)
            {
                continue;
            }

            foreach (var circuit in new[] { first, second })
            {
                // The SKU can be set again out of sight: only a circuit seen whole has its final tier.
                if (circuit is { IsComplete: true, Tier: { IsKnown: true, Value: not CircuitTier.Premium } tier })
                {
                    findings.Add(Report(circuit, tier.Location, [reach.Location], first.DisplayName, second.DisplayName,
                        $"crosses geopolitical regions ({firstLocation} in {firstRegion}, {secondLocation} in {secondRegion}), but '{circuit.DisplayName}' is {tier.Value}",
                        "set the Premium SKU on both circuits"));
                }
            }
        }
    }
}
