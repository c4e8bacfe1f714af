using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Dsl.Arm;

/// <summary>
/// Writes the ARM template of a design: Microsoft.Network at api-version 2025-09-01 (property names from the
/// resource types), with <c>dependsOn</c> between resources and secrets as <c>securestring</c> parameters.
/// Output is deterministic: fixed property and resource order, invariant numbers, '\n' line ends. Every string is
/// written through <see cref="ArmJson"/> as an <see cref="ArmString"/>: a design's text is always a literal.
/// </summary>
internal sealed class ArmTemplateWriter
{
    private const string ApiVersion = "2025-09-01";
    private const string LocationParameter = "location";
    private const string CircuitType = "Microsoft.Network/expressRouteCircuits";
    private const string PeeringType = "Microsoft.Network/expressRouteCircuits/peerings";
    private const string GatewayType = "Microsoft.Network/virtualNetworkGateways";
    private const string RouteFilterType = "Microsoft.Network/routeFilters";
    private const int MaximumSharedKeyLength = 128;

    private readonly NetworkDesignModel design;
    private readonly ArmJson json;

    // Connections and peerings look their circuit and site up by name: in designs of thousands of each.
    private readonly Dictionary<string, Circuit> circuitsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Site> sitesByName = new(StringComparer.Ordinal);

    private ArmTemplateWriter(NetworkDesignModel design, Utf8JsonWriter json)
    {
        this.design = design;
        this.json = new ArmJson(json);
        foreach (var circuit in design.Circuits)
        {
            circuitsByName.TryAdd(circuit.Name!, circuit);
        }

        foreach (var site in design.Sites)
        {
            sitesByName.TryAdd(site.Name!, site);
        }
    }

    /// <summary>The template as UTF-8, into <paramref name="buffer"/>.</summary>
    public static ChunkedBuffer Write(NetworkDesignModel design, ChunkedBuffer buffer)
    {
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",

            // ARM expressions are full of quotes; the relaxed encoder keeps them readable (it still escapes control characters).
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            new ArmTemplateWriter(design, json).WriteTemplate();
        }

        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        return buffer;
    }

    private static ArmString Id(string type, params string[] names) => ArmString.ResourceId(type, names);

    private static ArmString PeeringId(string circuit, PeeringKind kind) =>
        Id(PeeringType, circuit, kind == PeeringKind.Private ? "AzurePrivatePeering" : "MicrosoftPeering");

    private static ArmString Region(Setting<string>? region) => region is { IsKnown: true } ? region.Value : ArmString.Parameter(LocationParameter);

    private void WriteTemplate()
    {
        json.StartObject();
        json.String("$schema", "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#");
        json.String("contentVersion", "1.0.0.0");
        WriteMetadata();
        WriteParameters();
        json.StartArray("resources");
        foreach (var port in design.DirectPorts)
        {
            WriteDirectPort(port);
        }

        foreach (var circuit in design.Circuits)
        {
            WriteCircuit(circuit);
        }

        foreach (var globalReach in design.GlobalReach)
        {
            WriteGlobalReach(globalReach);
        }

        foreach (var gateway in design.Gateways)
        {
            WriteGateway(gateway);
        }

        foreach (var vpn in design.VpnBackups)
        {
            WriteVpnBackup(vpn);
        }

        json.EndArray();
        json.EndObject();
    }

    // Customer-side settings are no Azure resource; they are recorded here for the reader of the template.
    private void WriteMetadata()
    {
        json.StartObject("metadata");
        json.String("generator", "ErAnalyzers.Dsl");
        json.String("design", design.DisplayName);
        json.StartArray("customerEdgeLinks");
        foreach (var (circuit, peering) in design.Circuits.SelectMany(c => c.Peerings.Select(p => (c, p))))
        {
            foreach (var link in peering.LinkPairs.SelectMany(pair => pair.Links))
            {
                json.StartObject();
                json.String("link", $"{circuit.DisplayName}/{peering.AzureName}/{link.Family}/{link.Role}");
                json.String("site", link.SiteName!);
                json.String("router", link.RouterName!);
                if (link.PortName is not null)
                {
                    json.String("port", link.PortName);
                }

                json.Boolean("bfd", link.Policy.Bfd is not null);
                if (link.Policy.AsPathPrepend is { IsKnown: true } prepend)
                {
                    json.Number("asPathPrepend", prepend.Value);
                }

                if (link.Policy.Shutdown is { IsKnown: true, Value: true })
                {
                    json.Boolean("shutdown", true);
                }

                json.EndObject();
            }
        }

        json.EndArray();
        // The template does not create the virtual networks, and what a site advertises over a VPN is set on its VPN
        // device, not in Azure: both are recorded for the reader.
        WritePrefixLists("virtualNetworkAddressSpaces", design.Gateways, g => g.AddressSpace,
            g => json.String("gateway", g.DisplayName), g => json.String("virtualNetwork", g.VirtualNetwork!.Value));
        WritePrefixLists("vpnAdvertisedPrefixes", design.VpnBackups, v => v.AdvertisedPrefixes,
            v => json.String("vpn", v.DisplayName), v => json.String("site", v.SiteName!));
        json.EndObject();
    }

    // One array of the elements that have prefixes: each an object of its names, then its "addressPrefixes".
    private void WritePrefixLists<T>(
        string property, IReadOnlyList<T> elements, Func<T, IReadOnlyList<Setting<IpPrefix>>> prefixes, params Action<T>[] names)
    {
        if (!elements.Any(e => prefixes(e).Count > 0))
        {
            return;
        }

        json.StartArray(property);
        foreach (var element in elements.Where(e => prefixes(e).Count > 0))
        {
            json.StartObject();
            foreach (var name in names)
            {
                name(element);
            }

            json.StartArray("addressPrefixes");
            foreach (var prefix in prefixes(element))
            {
                json.String(prefix.Value.ToString());
            }

            json.EndArray();
            json.EndObject();
        }

        json.EndArray();
    }

    private void WriteParameters()
    {
        json.StartObject("parameters");
        bool usesDefaultLocation = design.Circuits.Any(c => c.Region is not { IsKnown: true });
        if (usesDefaultLocation)
        {
            json.StartObject(LocationParameter);
            json.String("type", "string");
            json.String("defaultValue", ArmString.ResourceGroupLocation);
            WriteDescription("Azure region of the circuits that name none.");
            json.EndObject();
        }

        foreach (var secret in Secrets().GroupBy(s => s.Secret.ParameterName, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            json.StartObject(secret.Key);
            json.String("type", "securestring");
            if (secret.Min(s => s.MaxLength) is int maxLength)
            {
                json.Number("maxLength", maxLength);
            }

            WriteDescription(string.Join("; ", secret.Select(s => s.Use).Distinct()));
            json.EndObject();
        }

        json.EndObject();
    }

    // Azure takes MD5 keys of at most 25 characters and IPsec pre-shared keys of at most 128 (Microsoft.Network's
    // ConnectionResetSharedKey: "The virtual network connection reset shared key length, should between 1 and 128"):
    // the deployment rejects a longer one before Azure does. An authorization key is a GUID Azure issues.
    private IEnumerable<(SecretReference Secret, string Use, int? MaxLength)> Secrets()
    {
        foreach (var (circuit, peering) in design.Circuits.SelectMany(c => c.Peerings.Select(p => (c, p))))
        {
            if (peering.Md5Key is not null)
            {
                yield return (peering.Md5Key, $"BGP MD5 key of {peering.AzureName} of circuit '{circuit.DisplayName}'", Md5KeyFormatRule.MaximumLength);
            }
        }

        foreach (var connection in design.Gateways.SelectMany(g => g.Connections))
        {
            if (connection.AuthorizationKey is not null)
            {
                yield return (connection.AuthorizationKey, $"authorization key of connection '{connection.DisplayName}'", null);
            }
        }

        foreach (var vpn in design.VpnBackups)
        {
            if (vpn.SharedKey is not null)
            {
                yield return (vpn.SharedKey, $"IPsec pre-shared key of VPN backup '{vpn.DisplayName}'", MaximumSharedKeyLength);
            }
        }
    }

    private void WriteDirectPort(DirectPort port)
    {
        StartResource("Microsoft.Network/ExpressRoutePorts", port.DisplayName, Region(port.Region));
        if (port.MacSecIdentity is { IsKnown: true } identity)
        {
            json.StartObject("identity");
            json.String("type", "UserAssigned");
            json.StartObject("userAssignedIdentities");
            json.StartObject(identity.Value);
            json.EndObject();
            json.EndObject();
            json.EndObject();
        }

        json.StartObject("properties");
        json.String("peeringLocation", port.PeeringLocation!.Value);
        json.Number("bandwidthInGbps", port.Bandwidth!.Value.Gigabits);
        json.String("encapsulation", port.Encapsulation!.Value.ToString());
        if (port.Billing is { IsKnown: true } billing)
        {
            json.String("billingType", billing.Value.ToString());
        }

        json.StartArray("links");
        foreach (var link in new[] { port.Link1, port.Link2 })
        {
            json.StartObject();
            json.String("name", link.DisplayName);
            json.StartObject("properties");
            if (link.AdminState is { IsKnown: true } state)
            {
                json.String("adminState", state.Value.ToString());
            }

            if (link.MacSec is { } macSec)
            {
                json.StartObject("macSecConfig");
                json.String("cipher", macSec.Cipher!.Value.ToString());
                json.String("cknSecretIdentifier", macSec.CknSecretIdentifier!.Value);
                json.String("cakSecretIdentifier", macSec.CakSecretIdentifier!.Value);
                json.String("sciState", macSec.SciEnabled is { Value: true } ? "Enabled" : "Disabled");
                json.EndObject();
            }

            json.EndObject();
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
        EndResource([]);
    }

    private void WriteCircuit(Circuit circuit)
    {
        string name = circuit.DisplayName;
        StartResource(CircuitType, name, Region(circuit.Region));
        string tier = circuit.Tier!.Value.ToString();
        string family = (circuit.Billing?.Value ?? BillingModel.MeteredData).ToString();
        json.StartObject("sku");
        json.String("name", $"{tier}_{family}");
        json.String("tier", tier);
        json.String("family", family);
        json.EndObject();
        json.StartObject("properties");
        ArmString[] dependsOn = [];
        switch (circuit.Connectivity)
        {
            case ProviderConnectivity provider:
                json.StartObject("serviceProviderProperties");
                json.String("serviceProviderName", provider.Provider!.Value);
                json.String("peeringLocation", provider.PeeringLocation!.Value);
                json.Number("bandwidthInMbps", provider.Bandwidth!.Value.Megabits);
                json.EndObject();
                break;
            case DirectConnectivity direct:
                var portId = Id("Microsoft.Network/ExpressRoutePorts", direct.PortName!);
                json.StartObject("expressRoutePort");
                json.String("id", portId);
                json.EndObject();
                json.Number("bandwidthInGbps", direct.Bandwidth!.Value.Gigabits);
                dependsOn = [portId];
                break;
        }

        json.Boolean("allowClassicOperations", false);
        json.EndObject();
        EndResource(dependsOn);

        // Azure changes one peering of a circuit at a time: each peering waits for the one before it.
        var previous = Id(CircuitType, name);
        foreach (var peering in circuit.Peerings)
        {
            WritePeering(circuit, peering, previous);
            previous = PeeringId(name, peering.Kind);
        }
    }

    private void WritePeering(Circuit circuit, Peering peering, ArmString dependsOn)
    {
        ArmString? routeFilterId = null;
        if (peering.RouteFilter is { } routeFilter)
        {
            WriteRouteFilter(circuit, routeFilter);
            routeFilterId = Id(RouteFilterType, routeFilter.DisplayName);
        }

        StartResource(PeeringType, $"{circuit.DisplayName}/{peering.AzureName}", location: null);
        json.StartObject("properties");
        json.String("peeringType", peering.AzureName);
        json.Number("peerASN", EffectivePeerAsn(peering).Value);
        WriteLinkPrefixes(peering.Ipv4);
        json.Number("vlanId", peering.Vlan!.Value.Value);
        if (peering.Md5Key is not null)
        {
            json.String("sharedKey", ArmString.Parameter(peering.Md5Key.ParameterName));
        }

        string state = peering.Enabled is { Value: false } ? "Disabled" : "Enabled";
        json.String("state", state);
        if (peering.Kind == PeeringKind.Microsoft)
        {
            WriteMicrosoftPeeringConfig(peering, IpFamily.IPv4);
        }

        if (peering.Ipv6 is { } ipv6)
        {
            json.StartObject("ipv6PeeringConfig");
            WriteLinkPrefixes(ipv6);
            json.String("state", state);
            if (peering.Kind == PeeringKind.Microsoft)
            {
                WriteMicrosoftPeeringConfig(peering, IpFamily.IPv6);
            }

            json.EndObject();
        }

        if (routeFilterId is not null)
        {
            WriteReference("routeFilter", routeFilterId.Value);
        }

        json.EndObject();
        EndResource(routeFilterId is { } filter ? [dependsOn, filter] : [dependsOn]);
    }

    // Azure gives a route filter one rule, of type Allow, listing the communities.
    private void WriteRouteFilter(Circuit circuit, RouteFilter routeFilter)
    {
        StartResource(RouteFilterType, routeFilter.DisplayName, Region(circuit.Region));
        json.StartObject("properties");
        json.StartArray("rules");
        json.StartObject();
        json.String("name", "allow");
        json.StartObject("properties");
        json.String("access", "Allow");
        json.String("routeFilterRuleType", "Community");
        json.StartArray("communities");
        foreach (var community in routeFilter.Communities)
        {
            json.String(community.Value.ToString());
        }

        json.EndArray();
        json.EndObject();
        json.EndObject();
        json.EndArray();
        json.EndObject();
        EndResource([]);
    }

    private void WriteLinkPrefixes(LinkPair pair)
    {
        if (pair.Primary?.Subnet is { IsKnown: true } primary)
        {
            json.String("primaryPeerAddressPrefix", primary.Value);
        }

        if (pair.Secondary?.Subnet is { IsKnown: true } secondary)
        {
            json.String("secondaryPeerAddressPrefix", secondary.Value);
        }
    }

    private void WriteMicrosoftPeeringConfig(Peering peering, IpFamily family)
    {
        json.StartObject("microsoftPeeringConfig");
        json.StartArray("advertisedPublicPrefixes");
        foreach (var prefix in peering.AdvertisedPublicPrefixes.Where(p => p.Value.Family == family))
        {
            json.String(prefix.Value.ToString());
        }

        json.EndArray();
        if (peering.CustomerAsn is { IsKnown: true } customerAsn)
        {
            json.Number("customerASN", customerAsn.Value.Value);
        }

        if (peering.RoutingRegistryName is { IsKnown: true } registry)
        {
            json.String("routingRegistryName", registry.Value);
        }

        json.EndObject();
    }

    private void WriteGlobalReach(GlobalReachConnection connection)
    {
        string circuit = connection.CircuitName!;
        string peer = connection.PeerCircuitName!;
        StartResource("Microsoft.Network/expressRouteCircuits/peerings/connections", $"{circuit}/AzurePrivatePeering/{connection.DisplayName}", location: null);
        json.StartObject("properties");
        WriteReference("expressRouteCircuitPeering", PeeringId(circuit, PeeringKind.Private));
        WriteReference("peerExpressRouteCircuitPeering", PeeringId(peer, PeeringKind.Private));
        json.String("addressPrefix", connection.Ipv4Subnet!.Value.ToString());
        if (connection.Ipv6Subnet is { IsKnown: true } ipv6)
        {
            json.StartObject("ipv6CircuitConnectionConfig");
            json.String("addressPrefix", ipv6.Value.ToString());
            json.EndObject();
        }

        json.EndObject();
        EndResource([LastPeeringId(circuit), LastPeeringId(peer)]);
    }

    private void WriteGateway(Gateway gateway)
    {
        string region = gateway.Region!.Value;
        StartResource(GatewayType, gateway.DisplayName, region);
        json.StartObject("properties");
        json.String("gatewayType", "ExpressRoute");
        string sku = gateway.Sku!.Value.ToString();
        WriteSku(sku);
        WriteIpConfigurations(gateway.VirtualNetwork!.Value);
        if (gateway.ScaleUnits is { IsKnown: true } scale)
        {
            json.StartObject("autoScaleConfiguration");
            json.StartObject("bounds");
            json.Number("min", scale.Value.Minimum);
            json.Number("max", scale.Value.Maximum);
            json.EndObject();
            json.EndObject();
        }

        json.EndObject();
        EndResource([]);

        var gatewayId = Id(GatewayType, gateway.DisplayName);
        foreach (var connection in gateway.Connections)
        {
            string circuit = connection.CircuitName!;
            StartResource("Microsoft.Network/connections", connection.DisplayName, region);
            json.StartObject("properties");
            json.String("connectionType", "ExpressRoute");
            WriteGatewayReference("virtualNetworkGateway1", gatewayId);
            WriteReference("peer", Id(CircuitType, circuit));
            json.Number("routingWeight", connection.RoutingWeight?.Value ?? 0);
            if (connection.FastPath is { Value: true })
            {
                json.Boolean("expressRouteGatewayBypass", true);
            }

            if (connection.AuthorizationKey is not null)
            {
                json.String("authorizationKey", ArmString.Parameter(connection.AuthorizationKey.ParameterName));
            }

            json.EndObject();
            EndResource([gatewayId, LastPeeringId(circuit)]);
        }
    }

    private void WriteVpnBackup(VpnBackup vpn)
    {
        string name = vpn.DisplayName;
        string region = vpn.Region!.Value;
        string localGatewayName = ArmNames.VpnLocalGateway(name, vpn.SiteName!);
        var gatewayId = Id(GatewayType, name);
        var localGatewayId = Id("Microsoft.Network/localNetworkGateways", localGatewayName);

        // An active-active gateway has two instances, each with an IP configuration and a public IP of its own.
        bool activeActive = vpn.ActiveActive is { IsKnown: true, Value: true };
        ArmString[] publicIpIds = activeActive
            ? [WritePublicIp(ArmNames.VpnPublicIp(name), region), WritePublicIp(ArmNames.VpnSecondPublicIp(name), region)]
            : [WritePublicIp(ArmNames.VpnPublicIp(name), region)];

        StartResource(GatewayType, name, region);
        json.StartObject("properties");
        json.String("gatewayType", "Vpn");
        json.String("vpnType", "RouteBased");
        var sku = vpn.Sku!.Value;
        json.String("vpnGatewayGeneration", sku == VpnGatewaySku.VpnGw1AZ ? "Generation1" : "Generation2");
        WriteSku(sku.ToString());
        json.Boolean("enableBgp", true);
        if (activeActive)
        {
            json.Boolean("activeActive", true);
        }

        WriteIpConfigurations(vpn.VirtualNetwork!.Value, publicIpIds);
        json.EndObject();
        EndResource(publicIpIds);

        var site = sitesByName[vpn.SiteName!];
        string bgpAddress = vpn.OnPremisesBgpAddress!.Value;
        StartResource("Microsoft.Network/localNetworkGateways", localGatewayName, region);
        json.StartObject("properties");
        json.String("gatewayIpAddress", vpn.OnPremisesAddress!.Value);
        json.StartObject("localNetworkAddressSpace");
        json.StartArray("addressPrefixes");
        json.String(bgpAddress + (bgpAddress.Contains(':') ? "/128" : "/32"));
        json.EndArray();
        json.EndObject();
        json.StartObject("bgpSettings");
        json.Number("asn", site.Asn!.Value.Value);
        json.String("bgpPeeringAddress", bgpAddress);
        json.EndObject();
        json.EndObject();
        EndResource([]);

        StartResource("Microsoft.Network/connections", localGatewayName, region);
        json.StartObject("properties");
        json.String("connectionType", "IPsec");
        WriteGatewayReference("virtualNetworkGateway1", gatewayId);
        WriteGatewayReference("localNetworkGateway2", localGatewayId);
        json.String("connectionProtocol", "IKEv2");
        json.Boolean("enableBgp", true);
        json.String("sharedKey", ArmString.Parameter(vpn.SharedKey!.ParameterName));
        json.EndObject();
        EndResource([gatewayId, localGatewayId]);
    }

    private void WriteSku(string sku)
    {
        json.StartObject("sku");
        json.String("name", sku);
        json.String("tier", sku);
        json.EndObject();
    }

    // A zone-redundant Standard public IP; returns its id.
    private ArmString WritePublicIp(string name, string region)
    {
        StartResource("Microsoft.Network/publicIPAddresses", name, region);
        json.StartObject("sku");
        json.String("name", "Standard");
        json.String("tier", "Regional");
        json.EndObject();
        json.StartArray("zones");
        json.String("1");
        json.String("2");
        json.String("3");
        json.EndArray();
        json.StartObject("properties");
        json.String("publicIPAllocationMethod", "Static");
        json.EndObject();
        EndResource([]);
        return Id("Microsoft.Network/publicIPAddresses", name);
    }

    // One IP configuration in the GatewaySubnet per public IP (one without a public IP when none is given).
    private void WriteIpConfigurations(string virtualNetwork, params ArmString[] publicIps)
    {
        json.StartArray("ipConfigurations");
        for (int i = 0; i < Math.Max(1, publicIps.Length); i++)
        {
            json.StartObject();
            json.String("name", i == 0 ? "default" : "activeActive");
            json.StartObject("properties");
            json.String("privateIPAllocationMethod", "Dynamic");
            WriteReference("subnet", Id("Microsoft.Network/virtualNetworks/subnets", virtualNetwork, "GatewaySubnet"));
            if (i < publicIps.Length)
            {
                WriteReference("publicIPAddress", publicIps[i]);
            }

            json.EndObject();
            json.EndObject();
        }

        json.EndArray();
    }

    private void WriteReference(string property, ArmString id)
    {
        json.StartObject(property);
        json.String("id", id);
        json.EndObject();
    }

    // The schema types a gateway reference as a whole gateway resource, whose 'properties' are required.
    private void WriteGatewayReference(string property, ArmString id)
    {
        json.StartObject(property);
        json.String("id", id);
        json.StartObject("properties");
        json.EndObject();
        json.EndObject();
    }

    private void StartResource(string type, string name, ArmString? location)
    {
        json.StartObject();
        json.String("type", type);
        json.String("apiVersion", ApiVersion);
        json.String("name", name);
        if (location is { } region)
        {
            json.String("location", region);
        }
    }

    private void EndResource(IReadOnlyList<ArmString> dependsOn)
    {
        if (dependsOn.Count > 0)
        {
            json.StartArray("dependsOn");
            foreach (var id in dependsOn.Distinct())
            {
                json.String(id);
            }

            json.EndArray();
        }

        json.EndObject();
    }

    private void WriteDescription(string description)
    {
        json.StartObject("metadata");
        json.String("description", description);
        json.EndObject();
    }

    // The last peering of a circuit is created after all the others, so depending on it waits for the circuit to be ready.
    private ArmString LastPeeringId(string circuitName)
    {
        var circuit = circuitsByName[circuitName];
        return circuit.Peerings.Count == 0 ? Id(CircuitType, circuitName) : PeeringId(circuitName, circuit.Peerings[^1].Kind);
    }

    private Asn EffectivePeerAsn(Peering peering)
    {
        if (peering.PeerAsn is { IsKnown: true } explicitAsn)
        {
            return explicitAsn.Value;
        }

        string siteName = peering.LinkPairs.SelectMany(p => p.Links).Select(l => l.SiteName).First(s => s is not null)!;
        return sitesByName[siteName].Asn!.Value;
    }
}
