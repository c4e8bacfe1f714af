using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>ER1006: a peering is disabled, which shuts down the BGP sessions of both its links. Reported on the <c>Disabled()</c> call.</summary>
public sealed class DisabledPeeringRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER1006;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        // The DSL can disable a peering but not enable it again: what was not seen cannot undo it.
        foreach (var (circuit, peering) in design.Peerings)
        {
            if (peering.Enabled is { IsKnown: true, Value: false } enabled)
            {
                findings.Add(Report(peering, enabled.Location, null, circuit.DisplayName, peering.AzureName));
            }
        }
    }
}
