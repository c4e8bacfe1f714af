using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER2001: a gateway, or an on-premises site, reaches Azure with less resiliency than
/// <see cref="RuleOptions.MinimumResiliency"/>: maximum with circuits at two or more peering locations, high with an
/// ExpressRoute Metro circuit, standard otherwise. Two or more circuits at one location are ER2002's case.
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
            if (Level(group) is { } level && level < options.MinimumResiliency)
            {
                findings.Add(Report(group.Owner, group.Owner.Location, group.Circuits.Select(c => c.Location),
                    group.Kind, group.Owner.DisplayName, Describe(level), Describe(options.MinimumResiliency), Fix(options.MinimumResiliency)));
            }
        }
    }

    /// <summary>The resiliency of a group of circuits, when the rule judges it; null otherwise.</summary>
    private static ResiliencyLevel? Level(BackupGroup group)
    {
        // Two or more circuits are at two or more peering locations (maximum, the highest level) or at one (ER2002's case).
        if (group.Circuits.Count != 1 || group.Circuits[0] is not { Connectivity: not null } circuit)
        {
            return null;
        }

        // One circuit has one peering location, whatever it is. A circuit not seen whole may be made Metro out of sight.
        return circuit.IsMetro ? ResiliencyLevel.High : circuit.IsComplete ? ResiliencyLevel.Standard : null;
    }

    private static string Describe(ResiliencyLevel level) => level.ToString().ToLowerInvariant();

    private static string Fix(ResiliencyLevel minimum) => minimum == ResiliencyLevel.Maximum
        ? "add a circuit at a second peering location"
        : "add a circuit at a second peering location, or make the circuit an ExpressRoute Metro circuit";
}
