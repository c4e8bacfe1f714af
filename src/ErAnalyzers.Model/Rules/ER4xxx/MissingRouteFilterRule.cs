using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER4009: a Microsoft peering has no route filter, so Microsoft advertises no prefixes on it (circuits configured since
/// 1 August 2017). Reported on the peering, with a name for the route filter the code fix adds. Silent on a peering
/// not seen whole: its route filter may be in the code out of sight.
/// </summary>
public sealed class MissingRouteFilterRule : DesignRule
{
    // The longest Azure resource name: the fix's route filter name must fit.
    private const int MaximumNameLength = 80;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER4009;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var (circuit, peering) in design.Peerings)
        {
            if (peering.Kind != PeeringKind.Microsoft || peering.RouteFilter is not null || !peering.IsComplete)
            {
                continue;
            }

            var finding = Report(peering, peering.Location, null, circuit.DisplayName);
            string? name = circuit.Name is null ? null : circuit.Name + "-routefilter";
            findings.Add(name is null || name.Length > MaximumNameLength ? finding : finding with
            {
                Properties = new Dictionary<string, string> { [FixProperties.RouteFilterName] = name },
            });
        }
    }
}
