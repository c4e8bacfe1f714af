using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER2009: a gateway has two or more circuits and all of them come from one connectivity provider (compared without
/// case). A gateway with an ExpressRoute Direct circuit has a path of its own and is not reported.
/// </summary>
public sealed class SingleProviderRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER2009;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Design;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var group in design.GatewayBackupGroups)
        {
            if (group.Circuits.Count > 1 && group.Common(Provider) is { } provider)
            {
                findings.Add(Report(group.Owner, group.Owner.Location, group.Circuits.Select(c => c.Location),
                    group.Owner.DisplayName, group.Circuits.Count.ToString(CultureInfo.InvariantCulture), provider));
            }
        }
    }

    private static string? Provider(Circuit circuit) =>
        circuit.Connectivity is ProviderConnectivity { Provider.IsKnown: true } provider ? provider.Provider.Value : null;
}
