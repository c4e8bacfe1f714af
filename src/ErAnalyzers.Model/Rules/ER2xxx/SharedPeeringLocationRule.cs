using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER2002: a gateway, or an on-premises site, has two or more circuits and all of them are at one peering location
/// (compared without case: "Amsterdam" and "Amsterdam2" are two locations).
/// </summary>
public sealed class SharedPeeringLocationRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER2002;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Design;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var group in design.BackupGroups)
        {
            if (group.Circuits.Count > 1 && group.Common(design.PeeringLocation) is { } location)
            {
                findings.Add(Report(group.Owner, group.Owner.Location, group.Circuits.Select(c => c.Location),
                    group.Kind, group.Owner.DisplayName, group.Circuits.Count.ToString(CultureInfo.InvariantCulture), location));
            }
        }
    }
}
