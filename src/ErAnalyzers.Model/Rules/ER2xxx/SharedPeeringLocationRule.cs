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
            if (group.Circuits.Count < 2)
            {
                continue;
            }

            string? common = group.Common(design.PeeringLocation);
            if ((common ?? SharedSite(design, group)) is not { } location)
            {
                continue;
            }

            // A Metro circuit uses two locations, so what the circuits share is its metro, not one location. Microsoft
            // names circuits at distinct locations maximum resiliency and a Metro circuit high resiliency, but does not
            // say whether a Metro circuit beside one at a location of its city is below maximum: UNCERTAIN, so Info.
            var severity = common is null ? Severity.Info : Descriptor.DefaultSeverity;
            string[] where = MetroOf(design, group) is { } metro
                ? [$"all in the {PeeringLocations.City(metro)} metro ({PeeringLocations.City(metro)} Metro uses {string.Join(" and ", PeeringLocations.Sites(metro))})",
                    "an outage of the metro", "a peering location in another metro"]
                : [$"all at peering location '{location}'", "the loss of that location", "another peering location"];
            findings.Add(Report(severity, group.Owner, group.Owner.Location, group.Circuits.Select(c => c.Location),
                [group.Kind, group.Owner.DisplayName, group.Circuits.Count.ToString(CultureInfo.InvariantCulture), .. where]));
        }
    }

    /// <summary>The location of the first circuit of the group at a Metro location; null when none is.</summary>
    private static string? MetroOf(DesignView design, BackupGroup group) =>
        group.Circuits.Select(design.PeeringLocation).FirstOrDefault(location => PeeringLocations.IsMetro(location) == true);

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
