using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER1006: a peering has no BGP session up: it is disabled (Azure shuts down the sessions of both its links; reported
/// on the <c>Disabled()</c> call), or both links of one address family are shut down on the customer edge (reported on
/// the primary's <c>Shutdown()</c>, with the secondary's as additional location). One link shut down is ER1002's.
/// </summary>
public sealed class DisabledPeeringRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER1006;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        // The DSL can disable a peering or shut a link down but not undo either: what was not seen cannot undo them.
        foreach (var (circuit, peering) in design.Peerings)
        {
            if (peering.Enabled is { IsKnown: true, Value: false } enabled)
            {
                findings.Add(Report(peering, enabled.Location, null, circuit.DisplayName, peering.AzureName,
                    "is disabled, so the BGP sessions of both its links are down: remove Disabled() to bring the peering up"));
            }
        }

        foreach (var links in design.LinkPairs)
        {
            if (links.Pair is { Primary.Policy.Shutdown: { IsKnown: true, Value: true } primaryDown, Secondary.Policy.Shutdown: { IsKnown: true, Value: true } secondaryDown })
            {
                findings.Add(Report(links.Peering, primaryDown.Location, [secondaryDown.Location], links.Circuit.DisplayName, links.Peering.AzureName,
                    $"has both its {links.Pair.Family} links shut down on the customer edge, so neither BGP session comes up: remove Shutdown() from the links to bring the peering up"));
            }
        }
    }
}
