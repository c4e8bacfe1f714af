using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER2004: two circuits connected to one gateway are at peering locations of different geopolitical regions (see
/// <see cref="GeopoliticalRegions"/>) and are not both Premium. Each circuit seen whole whose known tier is not
/// Premium is reported, once, on its <c>Sku(...)</c> call.
/// </summary>
public sealed class CrossRegionPremiumRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER2004;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Design;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        var reported = new List<Circuit>();
        foreach (var backups in design.GatewayBackupGroups)
        {
            var placed = new List<(Circuit Circuit, string Location, string Region)>(backups.Circuits.Count);
            foreach (var circuit in backups.Circuits.Each())
            {
                if (design.PeeringLocation(circuit) is { } location && GeopoliticalRegions.Of(location) is { } region)
                {
                    placed.Add((circuit, location, region));
                }
            }

            // Circuits in one region, the usual case, need no Premium.
            if (OneRegion(placed))
            {
                continue;
            }

            foreach (var one in placed)
            {
                // Sku(...) may be called again by code not seen: only a circuit seen whole has a final tier.
                if (one.Circuit is not { IsComplete: true, Tier: { IsKnown: true, Value: not CircuitTier.Premium } tier }
                    || reported.Exists(c => ReferenceEquals(c, one.Circuit)))
                {
                    continue;
                }

                // There is one: the circuits are not all in one region.
                var other = placed.First(c => c.Region != one.Region);
                reported.Add(one.Circuit);
                findings.Add(Report(one.Circuit, tier.Location, [other.Circuit.Location],
                    one.Circuit.DisplayName, one.Location, one.Region, other.Circuit.DisplayName, other.Location, other.Region,
                    backups.Owner.DisplayName, tier.Value.ToString()));
            }
        }
    }

    private static bool OneRegion(List<(Circuit Circuit, string Location, string Region)> placed)
    {
        foreach (var one in placed)
        {
            if (one.Region != placed[0].Region)
            {
                return false;
            }
        }

        return true;
    }
}
