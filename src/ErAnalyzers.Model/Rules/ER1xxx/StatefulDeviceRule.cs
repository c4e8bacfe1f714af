using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER1008: a link (BGP session to Microsoft) ends on a customer edge declared as a stateful firewall. Reported on
/// the link's <c>Primary(...)</c>/<c>Secondary(...)</c> call, with the device's declaration as additional location.
/// </summary>
public sealed class StatefulDeviceRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER1008;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        // Most designs declare no firewall: then no link ends on one, and the sites need no index.
        if (!AnyFirewall(design.Model.Sites))
        {
            return;
        }

        var sitesByName = design.Model.Sites.ToLookup(site => site.Name);
        foreach (var links in design.LinkPairs)
        {
            foreach (var link in links.Pair.EachLink())
            {
                if (Firewall(sitesByName, link) is { } firewall)
                {
                    findings.Add(Report(link, link.Location, [firewall.Location], links.Arguments(link.Role.Describe(), link.RouterName!)));
                }
            }
        }
    }

    // The device the link ends on, when it is known to be a stateful firewall (every declaration of that name, in
    // case the evaluator met the router more than once).
    private static Router? Firewall(ILookup<string?, Site> sitesByName, Link link)
    {
        if (link.RouterName is null || link.SiteName is null)
        {
            return null;
        }

        var devices = sitesByName[link.SiteName]
            .SelectMany(site => site.Routers)
            .Where(router => router.Name == link.RouterName)
            .ToList();
        return devices.Count > 0 && devices.TrueForAll(IsFirewall) ? devices[0] : null;
    }

    private static bool AnyFirewall(IReadOnlyList<Site> sites)
    {
        foreach (var site in sites.Each())
        {
            foreach (var router in site.Routers.Each())
            {
                if (IsFirewall(router))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsFirewall(Router device) => device.Kind is { IsKnown: true, Value: DeviceKind.StatefulFirewall };
}
