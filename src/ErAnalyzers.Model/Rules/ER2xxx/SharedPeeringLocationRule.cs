using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER2002: a gateway, or an on-premises site, has two or more circuits and all of them use one peering location
/// (compared without case: "Amsterdam" and "Amsterdam2" are two locations, and a Metro location such as "Amsterdam
/// Metro" uses both, see <see cref="PeeringLocations.Sites"/>).
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
            if (group.Circuits.Count > 1 && (group.Common(design.PeeringLocation) ?? SharedSite(design, group)) is { } location)
            {
                findings.Add(Report(group.Owner, group.Owner.Location, group.Circuits.Select(c => c.Location),
                    group.Kind, group.Owner.DisplayName, group.Circuits.Count.ToString(CultureInfo.InvariantCulture), location));
            }
        }
    }

    /// <summary>A peering location every circuit of the group uses, when their locations are known and differ only by Metro.</summary>
    private static string? SharedSite(DesignView design, BackupGroup group)
    {
        if (design.PeeringLocation(group.Circuits[0]) is not { } first)
        {
            return null;
        }

        foreach (string site in PeeringLocations.Sites(first))
        {
            if (group.Circuits.All(circuit => design.PeeringLocation(circuit) is { } location
                && PeeringLocations.Sites(location).Any(other => string.Equals(other, site, StringComparison.OrdinalIgnoreCase))))
            {
                return site;
            }
        }

        return null;
    }
}
