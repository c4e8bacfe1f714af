using System;
using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER2012: a site-to-site VPN backup that cannot take over from ExpressRoute: its gateway is in a virtual network
/// without an ExpressRoute gateway, it is not active-active, or the site advertises over it a prefix more specific
/// than the ExpressRoute prefix that covers it (Azure then prefers the VPN for it).
/// </summary>
public sealed class VpnBackupTakeoverRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER2012;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Design;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var vpn in design.Model.VpnBackups.Each())
        {
            if (vpn.VirtualNetwork is not { IsKnown: true } network)
            {
                continue;
            }

            var gateways = ExpressRouteGatewaysIn(design, network.Value);
            if (gateways is { Count: 0 } && OtherNetworks(design) is { } others)
            {
                findings.Add(Report(vpn, vpn.Location, null, vpn.DisplayName,
                    $"its VPN gateway is in virtual network '{network.Value}', and no ExpressRoute gateway is (they are in {others})",
                    "put the VPN gateway in the virtual network of the ExpressRoute gateway it backs up, next to it"));
            }

            // Code out of sight may still make the gateway active-active.
            if (vpn.IsComplete && vpn.ActiveActive.TryGetValueOrDefault(false, out bool activeActive) && !activeActive)
            {
                findings.Add(Report(vpn, vpn.Location, null, vpn.DisplayName,
                    "its VPN gateway is not active-active, so one gateway instance carries the backup",
                    "make it active-active (ActiveActive()): two instances, each with a tunnel of its own"));
            }

            if (gateways is { Count: > 0 } && ExpressRoutePrefixes(design, gateways) is { } overExpressRoute)
            {
                MoreSpecificOverVpn(vpn, overExpressRoute, findings);
            }
        }
    }

    // Each VPN prefix inside a shorter ExpressRoute prefix, with none as specific over ExpressRoute, wins over it.
    private void MoreSpecificOverVpn(VpnBackup vpn, List<IpPrefix> overExpressRoute, List<Finding> findings)
    {
        foreach (var prefix in vpn.AdvertisedPrefixes.Each())
        {
            if (!prefix.IsKnown)
            {
                continue;
            }

            IpPrefix? covering = null;
            bool asSpecific = false;
            foreach (var route in overExpressRoute)
            {
                asSpecific |= route.Length >= prefix.Value.Length && prefix.Value.Overlaps(route);
                if (route.Length < prefix.Value.Length && route.Contains(prefix.Value))
                {
                    covering = route;
                }
            }

            if (covering is { } shorter && !asSpecific)
            {
                findings.Add(Report(vpn, prefix.Location, [vpn.Location], vpn.DisplayName,
                    $"{prefix.Value} is advertised over it, more specific than {shorter} over ExpressRoute, so Azure sends the traffic for {prefix.Value} over the VPN",
                    "advertise over the VPN the prefixes advertised over ExpressRoute, or shorter ones"));
            }
        }
    }

    /// <summary>
    /// The ExpressRoute gateways in a virtual network; null when a gateway's virtual network is not known, or the whole
    /// design was not seen (another gateway may be there).
    /// </summary>
    private static List<Gateway>? ExpressRouteGatewaysIn(DesignView design, string network)
    {
        if (!design.Model.IsComplete)
        {
            return null;
        }

        var gateways = new List<Gateway>();
        foreach (var gateway in design.Model.Gateways.Each())
        {
            if (gateway.VirtualNetwork is not { IsKnown: true } theirs)
            {
                return null;
            }

            if (string.Equals(theirs.Value, network, StringComparison.OrdinalIgnoreCase))
            {
                gateways.Add(gateway);
            }
        }

        return gateways;
    }

    // The virtual networks of the design's ExpressRoute gateways, for the message; null when there is none to back up.
    private static string? OtherNetworks(DesignView design)
    {
        var networks = new List<string>();
        foreach (var gateway in design.Model.Gateways.Each())
        {
            string network = $"'{gateway.VirtualNetwork!.Value}'";
            if (!networks.Contains(network))
            {
                networks.Add(network);
            }
        }

        return networks.Count == 0 ? null : string.Join(", ", networks);
    }

    /// <summary>
    /// The prefixes advertised on the private peerings of the circuits of the gateways; null when one is not known
    /// or not seen whole (it may be the VPN prefix itself).
    /// </summary>
    private static List<IpPrefix>? ExpressRoutePrefixes(DesignView design, List<Gateway> gateways)
    {
        var prefixes = new List<IpPrefix>();
        foreach (var group in design.GatewayBackupGroups)
        {
            if (!gateways.Exists(g => ReferenceEquals(g, group.Owner)))
            {
                continue;
            }

            foreach (var circuit in group.Circuits.Each())
            {
                foreach (var peering in circuit.Peerings.Each())
                {
                    if (peering.Kind != PeeringKind.Private)
                    {
                        continue;
                    }

                    if (!circuit.IsComplete || !peering.IsComplete)
                    {
                        return null;
                    }

                    foreach (var prefix in peering.EachAdvertisedPrefix())
                    {
                        if (!prefix.IsKnown)
                        {
                            return null;
                        }

                        prefixes.Add(prefix.Value);
                    }
                }
            }
        }

        // A gateway left out of the backup groups is not seen whole.
        return gateways.TrueForAll(g => design.GatewayBackupGroups.Exists(group => ReferenceEquals(group.Owner, g))) ? prefixes : null;
    }
}
