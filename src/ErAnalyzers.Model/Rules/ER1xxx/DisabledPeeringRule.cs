using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER1006: a peering has no BGP session up: it is disabled (Azure shuts down the sessions of both its links; reported
/// on the <c>Disabled()</c> call), or both links of one address family are shut down on the customer edge (reported on
/// the primary's <c>Shutdown()</c>, with the secondary's as additional location), or the only link of a family is (on
/// its <c>Shutdown()</c>; the missing link is ER1001's). One of two links shut down is ER1002's.
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
            else if (links.Peering.IsComplete && (links.Pair.Primary is null) != (links.Pair.Secondary is null)
                && (links.Pair.Primary ?? links.Pair.Secondary)!.Policy.Shutdown is { IsKnown: true, Value: true } onlyDown)
            {
                // Part of a peering not seen may hold the other link: only a complete peering has one link for sure.
                findings.Add(Report(links.Peering, onlyDown.Location, null, links.Circuit.DisplayName, links.Peering.AzureName,
                    $"has its only {links.Pair.Family} link shut down on the customer edge, so no BGP session comes up: remove Shutdown() from the link to bring the peering up"));
            }
        }
    }
}
