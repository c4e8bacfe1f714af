using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER2001: a gateway, or an on-premises site, reaches Azure with less resiliency than
/// <see cref="RuleOptions.MinimumResiliency"/>: maximum with circuits at two or more peering locations, high with an
/// ExpressRoute Metro circuit, standard otherwise. Azure makes a circuit Metro by its peering location ("Amsterdam
/// Metro", see <see cref="PeeringLocations.IsMetro"/>), not by the design's <c>Metro()</c>. Two or more circuits at
/// one location are ER2002's case.
/// </summary>
public sealed class MinimumResiliencyRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER2001;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Design;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var group in design.BackupGroups)
        {
            if (Level(design, group) is { } level && level < options.MinimumResiliency)
            {
                findings.Add(Report(group.Owner, group.Owner.Location, group.Circuits.Select(c => c.Location),
                    group.Kind, group.Owner.DisplayName, Describe(level), Describe(options.MinimumResiliency), Fix(options.MinimumResiliency)));
            }
        }
    }

    /// <summary>The resiliency of a group of circuits, when the rule judges it; null otherwise.</summary>
    private static ResiliencyLevel? Level(DesignView design, BackupGroup group)
    {
        // Two or more circuits are at two or more peering locations (maximum, the highest level) or at one (ER2002's case).
        if (group.Circuits.Count != 1 || group.Circuits[0] is not { Connectivity: not null } circuit)
        {
            return null;
        }

        // Its connectivity is set once, so a known location is final; an unknown one may be a Metro location.
        return PeeringLocations.IsMetro(design.PeeringLocation(circuit)) switch
        {
            true => ResiliencyLevel.High,
            false => ResiliencyLevel.Standard,
            null => null,
        };
    }

    private static string Describe(ResiliencyLevel level) => level.ToString().ToLowerInvariant();

    private static string Fix(ResiliencyLevel minimum) => minimum == ResiliencyLevel.Maximum
        ? "add a circuit at a second peering location"
        : "add a circuit at a second peering location, or make the circuit an ExpressRoute Metro circuit";
}
