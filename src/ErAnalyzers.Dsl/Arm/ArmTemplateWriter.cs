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
/// Output is deterministic: fixed property and resource order, invariant numbers, '\n' line ends.
/// </summary>
internal sealed class ArmTemplateWriter
{
    private const string ApiVersion = "2025-09-01";
    private const string LocationParameter = "location";
    private const string CircuitType = "Microsoft.Network/expressRouteCircuits";
    private const string PeeringType = "Microsoft.Network/expressRouteCircuits/peerings";
    private const string GatewayType = "Microsoft.Network/virtualNetworkGateways";
    private const string RouteFilterType = "Microsoft.Network/routeFilters";

    private readonly NetworkDesignModel design;
    private readonly Utf8JsonWriter json;

    // Connections and peerings look their circuit and site up by name: in designs of thousands of each.
    private readonly Dictionary<string, Circuit> circuitsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Site> sitesByName = new(StringComparer.Ordinal);

    private ArmTemplateWriter(NetworkDesignModel design, Utf8JsonWriter json)
    {
        this.design = design;
        this.json = json;
        foreach (var circuit in design.Circuits)
        {
            circuitsByName.TryAdd(circuit.Name!, circuit);
        }

        foreach (var site in design.Sites)
        {
            sitesByName.TryAdd(site.Name!, site);
        }
    }

    /// <summary>The template as UTF-8.</summary>
    public static ChunkedBuffer Write(NetworkDesignModel design)
    {
        var buffer = new ChunkedBuffer();
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

    private static string Id(string type, params string[] names) =>
        $"[resourceId('{type}', {string.Join(", ", names.Select(n => $"'{n.Replace("'", "''")}'"))})]";

    private static string PeeringId(string circuit, PeeringKind kind) =>
        Id(PeeringType, circuit, kind == PeeringKind.Private ? "AzurePrivatePeering" : "MicrosoftPeering");

    private static string Region(Setting<string>? region) => region is { IsKnown: true } ? region.Value : $"[parameters('{LocationParameter}')]";

    private void WriteTemplate()
    {
        json.WriteStartObject();
        json.WriteString("$schema", "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#");
        json.WriteString("contentVersion", "1.0.0.0");
        WriteMetadata();
        WriteParameters();
        json.WriteStartArray("resources");
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

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // Customer-side settings are no Azure resource; they are recorded here for the reader of the template.
    private void WriteMetadata()
    {
        json.WriteStartObject("metadata");
        json.WriteString("generator", "ErAnalyzers.Dsl");
        json.WriteString("design", design.DisplayName);
        json.WriteStartArray("customerEdgeLinks");
        foreach (var (circuit, peering) in design.Circuits.SelectMany(c => c.Peerings.Select(p => (c, p))))
        {
            foreach (var link in peering.LinkPairs.SelectMany(pair => pair.Links))
            {
                json.WriteStartObject();
                json.WriteString("link", $"{circuit.DisplayName}/{peering.AzureName}/{link.Family}/{link.Role}");
                json.WriteString("site", link.SiteName);
                json.WriteString("router", link.RouterName);
                if (link.PortName is not null)
                {
                    json.WriteString("port", link.PortName);
                }

                json.WriteBoolean("bfd", link.Policy.Bfd is not null);
                if (link.Policy.AsPathPrepend is { IsKnown: true } prepend)
                {
                    json.WriteNumber("asPathPrepend", prepend.Value);
                }

                if (link.Policy.Shutdown is { IsKnown: true, Value: true })
                {
                    json.WriteBoolean("shutdown", true);
                }

                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        // The template does not create the virtual networks, and what a site advertises over a VPN is set on its VPN
        // device, not in Azure: both are recorded for the reader.
        WritePrefixLists("virtualNetworkAddressSpaces", design.Gateways, g => g.AddressSpace,
            g => json.WriteString("gateway", g.DisplayName), g => json.WriteString("virtualNetwork", g.VirtualNetwork!.Value));
        WritePrefixLists("vpnAdvertisedPrefixes", design.VpnBackups, v => v.AdvertisedPrefixes,
            v => json.WriteString("vpn", v.DisplayName), v => json.WriteString("site", v.SiteName));
        json.WriteEndObject();
    }

    // One array of the elements that have prefixes: each an object of its names, then its "addressPrefixes".
    private void WritePrefixLists<T>(
        string property, IReadOnlyList<T> elements, Func<T, IReadOnlyList<Setting<IpPrefix>>> prefixes, params Action<T>[] names)
    {
        if (!elements.Any(e => prefixes(e).Count > 0))
        {
            return;
        }

        json.WriteStartArray(property);
        foreach (var element in elements.Where(e => prefixes(e).Count > 0))
        {
            json.WriteStartObject();
            foreach (var name in names)
            {
                name(element);
            }

            json.WriteStartArray("addressPrefixes");
            foreach (var prefix in prefixes(element))
            {
                json.WriteStringValue(prefix.Value.ToString());
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteParameters()
    {
        json.WriteStartObject("parameters");
        bool usesDefaultLocation = design.Circuits.Any(c => c.Region is not { IsKnown: true });
        if (usesDefaultLocation)
        {
            json.WriteStartObject(LocationParameter);
            json.WriteString("type", "string");
            json.WriteString("defaultValue", "[resourceGroup().location]");
            WriteDescription("Azure region of the circuits that name none.");
            json.WriteEndObject();
        }

        foreach (var secret in Secrets().GroupBy(s => s.Secret.ParameterName, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject(secret.Key);
            json.WriteString("type", "securestring");
            if (secret.Min(s => s.MaxLength) is int maxLength)
            {
                json.WriteNumber("maxLength", maxLength);
            }

            WriteDescription(string.Join("; ", secret.Select(s => s.Use).Distinct()));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    // Azure takes MD5 keys of at most 25 characters: the deployment rejects a longer one before Azure does.
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
                yield return (vpn.SharedKey, $"IPsec pre-shared key of VPN backup '{vpn.DisplayName}'", null);
            }
        }
    }

    private void WriteDirectPort(DirectPort port)
    {
        StartResource("Microsoft.Network/ExpressRoutePorts", port.DisplayName, Region(port.Region));
        if (port.MacSecIdentity is { IsKnown: true } identity)
        {
            json.WriteStartObject("identity");
            json.WriteString("type", "UserAssigned");
            json.WriteStartObject("userAssignedIdentities");
            json.WriteStartObject(identity.Value);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteStartObject("properties");
        json.WriteString("peeringLocation", port.PeeringLocation!.Value);
        json.WriteNumber("bandwidthInGbps", port.Bandwidth!.Value.Gigabits);
        json.WriteString("encapsulation", port.Encapsulation!.Value.ToString());
        if (port.Billing is { IsKnown: true } billing)
        {
            json.WriteString("billingType", billing.Value.ToString());
        }

        json.WriteStartArray("links");
        foreach (var link in new[] { port.Link1, port.Link2 })
        {
            json.WriteStartObject();
            json.WriteString("name", link.DisplayName);
            json.WriteStartObject("properties");
            if (link.AdminState is { IsKnown: true } state)
            {
                json.WriteString("adminState", state.Value.ToString());
            }

            if (link.MacSec is { } macSec)
            {
                json.WriteStartObject("macSecConfig");
                json.WriteString("cipher", macSec.Cipher!.Value.ToString());
                json.WriteString("cknSecretIdentifier", macSec.CknSecretIdentifier!.Value);
                json.WriteString("cakSecretIdentifier", macSec.CakSecretIdentifier!.Value);
                json.WriteString("sciState", macSec.SciEnabled is { Value: true } ? "Enabled" : "Disabled");
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        EndResource([]);
    }

    private void WriteCircuit(Circuit circuit)
    {
        string name = circuit.DisplayName;
        StartResource(CircuitType, name, Region(circuit.Region));
        string tier = circuit.Tier!.Value.ToString();
        string family = (circuit.Billing?.Value ?? BillingModel.MeteredData).ToString();
        json.WriteStartObject("sku");
        json.WriteString("name", $"{tier}_{family}");
        json.WriteString("tier", tier);
        json.WriteString("family", family);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        string[] dependsOn = [];
        switch (circuit.Connectivity)
        {
            case ProviderConnectivity provider:
                json.WriteStartObject("serviceProviderProperties");
                json.WriteString("serviceProviderName", provider.Provider!.Value);
                json.WriteString("peeringLocation", provider.PeeringLocation!.Value);
                json.WriteNumber("bandwidthInMbps", provider.Bandwidth!.Value.Megabits);
                json.WriteEndObject();
                break;
            case DirectConnectivity direct:
                string portId = Id("Microsoft.Network/ExpressRoutePorts", direct.PortName!);
                json.WriteStartObject("expressRoutePort");
                json.WriteString("id", portId);
                json.WriteEndObject();
                json.WriteNumber("bandwidthInGbps", direct.Bandwidth!.Value.Gigabits);
                dependsOn = [portId];
                break;
        }

        json.WriteBoolean("allowClassicOperations", false);
        json.WriteEndObject();
        EndResource(dependsOn);

        // Azure changes one peering of a circuit at a time: each peering waits for the one before it.
        string previous = Id(CircuitType, name);
        foreach (var peering in circuit.Peerings)
        {
            WritePeering(circuit, peering, previous);
            previous = PeeringId(name, peering.Kind);
        }
    }

    private void WritePeering(Circuit circuit, Peering peering, string dependsOn)
    {
        string? routeFilterId = null;
        if (peering.RouteFilter is { } routeFilter)
        {
            WriteRouteFilter(circuit, routeFilter);
            routeFilterId = Id(RouteFilterType, routeFilter.DisplayName);
        }

        StartResource(PeeringType, $"{circuit.DisplayName}/{peering.AzureName}", location: null);
        json.WriteStartObject("properties");
        json.WriteString("peeringType", peering.AzureName);
        json.WriteNumber("peerASN", EffectivePeerAsn(peering).Value);
        WriteLinkPrefixes(peering.Ipv4);
        json.WriteNumber("vlanId", peering.Vlan!.Value.Value);
        if (peering.Md5Key is not null)
        {
            json.WriteString("sharedKey", $"[parameters('{peering.Md5Key.ParameterName}')]");
        }

        string state = peering.Enabled is { Value: false } ? "Disabled" : "Enabled";
        json.WriteString("state", state);
        if (peering.Kind == PeeringKind.Microsoft)
        {
            WriteMicrosoftPeeringConfig(peering, IpFamily.IPv4);
        }

        if (peering.Ipv6 is { } ipv6)
        {
            json.WriteStartObject("ipv6PeeringConfig");
            WriteLinkPrefixes(ipv6);
            json.WriteString("state", state);
            if (peering.Kind == PeeringKind.Microsoft)
            {
                WriteMicrosoftPeeringConfig(peering, IpFamily.IPv6);
            }

            json.WriteEndObject();
        }

        if (routeFilterId is not null)
        {
            WriteReference("routeFilter", routeFilterId);
        }

        json.WriteEndObject();
        EndResource(routeFilterId is null ? [dependsOn] : [dependsOn, routeFilterId]);
    }

    // Azure gives a route filter one rule, of type Allow, listing the communities.
    private void WriteRouteFilter(Circuit circuit, RouteFilter routeFilter)
    {
        StartResource(RouteFilterType, routeFilter.DisplayName, Region(circuit.Region));
        json.WriteStartObject("properties");
        json.WriteStartArray("rules");
        json.WriteStartObject();
        json.WriteString("name", "allow");
        json.WriteStartObject("properties");
        json.WriteString("access", "Allow");
        json.WriteString("routeFilterRuleType", "Community");
        json.WriteStartArray("communities");
        foreach (var community in routeFilter.Communities)
        {
            json.WriteStringValue(community.Value.ToString());
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        EndResource([]);
    }

    private void WriteLinkPrefixes(LinkPair pair)
    {
        if (pair.Primary?.Subnet is { IsKnown: true } primary)
        {
            json.WriteString("primaryPeerAddressPrefix", primary.Value);
        }

        if (pair.Secondary?.Subnet is { IsKnown: true } secondary)
        {
            json.WriteString("secondaryPeerAddressPrefix", secondary.Value);
        }
    }

    private void WriteMicrosoftPeeringConfig(Peering peering, IpFamily family)
    {
        json.WriteStartObject("microsoftPeeringConfig");
        json.WriteStartArray("advertisedPublicPrefixes");
        foreach (var prefix in peering.AdvertisedPublicPrefixes.Where(p => p.Value.Family == family))
        {
            json.WriteStringValue(prefix.Value.ToString());
        }

        json.WriteEndArray();
        if (peering.CustomerAsn is { IsKnown: true } customerAsn)
        {
            json.WriteNumber("customerASN", customerAsn.Value.Value);
        }

        if (peering.RoutingRegistryName is { IsKnown: true } registry)
        {
            json.WriteString("routingRegistryName", registry.Value);
        }

        json.WriteEndObject();
    }

    private void WriteGlobalReach(GlobalReachConnection connection)
    {
        string circuit = connection.CircuitName!;
        string peer = connection.PeerCircuitName!;
        StartResource("Microsoft.Network/expressRouteCircuits/peerings/connections", $"{circuit}/AzurePrivatePeering/{connection.DisplayName}", location: null);
        json.WriteStartObject("properties");
        WriteReference("expressRouteCircuitPeering", PeeringId(circuit, PeeringKind.Private));
        WriteReference("peerExpressRouteCircuitPeering", PeeringId(peer, PeeringKind.Private));
        json.WriteString("addressPrefix", connection.Ipv4Subnet!.Value.ToString());
        if (connection.Ipv6Subnet is { IsKnown: true } ipv6)
        {
            json.WriteStartObject("ipv6CircuitConnectionConfig");
            json.WriteString("addressPrefix", ipv6.Value.ToString());
            json.WriteEndObject();
        }

        json.WriteEndObject();
        EndResource([LastPeeringId(circuit), LastPeeringId(peer)]);
    }

    private void WriteGateway(Gateway gateway)
    {
        string region = gateway.Region!.Value;
        StartResource(GatewayType, gateway.DisplayName, region);
        json.WriteStartObject("properties");
        json.WriteString("gatewayType", "ExpressRoute");
        string sku = gateway.Sku!.Value.ToString();
        WriteSku(sku);
        WriteIpConfigurations(gateway.VirtualNetwork!.Value);
        if (gateway.ScaleUnits is { IsKnown: true } scale)
        {
            json.WriteStartObject("autoScaleConfiguration");
            json.WriteStartObject("bounds");
            json.WriteNumber("min", scale.Value.Minimum);
            json.WriteNumber("max", scale.Value.Maximum);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        EndResource([]);

        string gatewayId = Id(GatewayType, gateway.DisplayName);
        foreach (var connection in gateway.Connections)
        {
            string circuit = connection.CircuitName!;
            StartResource("Microsoft.Network/connections", connection.DisplayName, region);
            json.WriteStartObject("properties");
            json.WriteString("connectionType", "ExpressRoute");
            WriteGatewayReference("virtualNetworkGateway1", gatewayId);
            WriteReference("peer", Id(CircuitType, circuit));
            json.WriteNumber("routingWeight", connection.RoutingWeight?.Value ?? 0);
            if (connection.FastPath is { Value: true })
            {
                json.WriteBoolean("expressRouteGatewayBypass", true);
            }

            if (connection.AuthorizationKey is not null)
            {
                json.WriteString("authorizationKey", $"[parameters('{connection.AuthorizationKey.ParameterName}')]");
            }

            json.WriteEndObject();
            EndResource([gatewayId, LastPeeringId(circuit)]);
        }
    }

    private void WriteVpnBackup(VpnBackup vpn)
    {
        string name = vpn.DisplayName;
        string region = vpn.Region!.Value;
        string localGatewayName = ArmNames.VpnLocalGateway(name, vpn.SiteName!);
        string gatewayId = Id(GatewayType, name);
        string localGatewayId = Id("Microsoft.Network/localNetworkGateways", localGatewayName);

        // An active-active gateway has two instances, each with an IP configuration and a public IP of its own.
        bool activeActive = vpn.ActiveActive is { IsKnown: true, Value: true };
        string[] publicIpIds = activeActive
            ? [WritePublicIp(ArmNames.VpnPublicIp(name), region), WritePublicIp(ArmNames.VpnSecondPublicIp(name), region)]
            : [WritePublicIp(ArmNames.VpnPublicIp(name), region)];

        StartResource(GatewayType, name, region);
        json.WriteStartObject("properties");
        json.WriteString("gatewayType", "Vpn");
        json.WriteString("vpnType", "RouteBased");
        var sku = vpn.Sku!.Value;
        json.WriteString("vpnGatewayGeneration", sku == VpnGatewaySku.VpnGw1AZ ? "Generation1" : "Generation2");
        WriteSku(sku.ToString());
        json.WriteBoolean("enableBgp", true);
        if (activeActive)
        {
            json.WriteBoolean("activeActive", true);
        }

        WriteIpConfigurations(vpn.VirtualNetwork!.Value, publicIpIds);
        json.WriteEndObject();
        EndResource(publicIpIds);

        var site = sitesByName[vpn.SiteName!];
        string bgpAddress = vpn.OnPremisesBgpAddress!.Value;
        StartResource("Microsoft.Network/localNetworkGateways", localGatewayName, region);
        json.WriteStartObject("properties");
        json.WriteString("gatewayIpAddress", vpn.OnPremisesAddress!.Value);
        json.WriteStartObject("localNetworkAddressSpace");
        json.WriteStartArray("addressPrefixes");
        json.WriteStringValue(bgpAddress + (bgpAddress.Contains(':') ? "/128" : "/32"));
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("bgpSettings");
        json.WriteNumber("asn", site.Asn!.Value.Value);
        json.WriteString("bgpPeeringAddress", bgpAddress);
        json.WriteEndObject();
        json.WriteEndObject();
        EndResource([]);

        StartResource("Microsoft.Network/connections", localGatewayName, region);
        json.WriteStartObject("properties");
        json.WriteString("connectionType", "IPsec");
        WriteGatewayReference("virtualNetworkGateway1", gatewayId);
        WriteGatewayReference("localNetworkGateway2", localGatewayId);
        json.WriteString("connectionProtocol", "IKEv2");
        json.WriteBoolean("enableBgp", true);
        json.WriteString("sharedKey", $"[parameters('{vpn.SharedKey!.ParameterName}')]");
        json.WriteEndObject();
        EndResource([gatewayId, localGatewayId]);
    }

    private void WriteSku(string sku)
    {
        json.WriteStartObject("sku");
        json.WriteString("name", sku);
        json.WriteString("tier", sku);
        json.WriteEndObject();
    }

    // A zone-redundant Standard public IP; returns its id.
    private string WritePublicIp(string name, string region)
    {
        StartResource("Microsoft.Network/publicIPAddresses", name, region);
        json.WriteStartObject("sku");
        json.WriteString("name", "Standard");
        json.WriteString("tier", "Regional");
        json.WriteEndObject();
        json.WriteStartArray("zones");
        json.WriteStringValue("1");
        json.WriteStringValue("2");
        json.WriteStringValue("3");
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteString("publicIPAllocationMethod", "Static");
        json.WriteEndObject();
        EndResource([]);
        return Id("Microsoft.Network/publicIPAddresses", name);
    }

    // One IP configuration in the GatewaySubnet per public IP (one without a public IP when none is given).
    private void WriteIpConfigurations(string virtualNetwork, params string[] publicIps)
    {
        json.WriteStartArray("ipConfigurations");
        for (int i = 0; i < Math.Max(1, publicIps.Length); i++)
        {
            json.WriteStartObject();
            json.WriteString("name", i == 0 ? "default" : "activeActive");
            json.WriteStartObject("properties");
            json.WriteString("privateIPAllocationMethod", "Dynamic");
            WriteReference("subnet", Id("Microsoft.Network/virtualNetworks/subnets", virtualNetwork, "GatewaySubnet"));
            if (i < publicIps.Length)
            {
                WriteReference("publicIPAddress", publicIps[i]);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteReference(string property, string id)
    {
        json.WriteStartObject(property);
        json.WriteString("id", id);
        json.WriteEndObject();
    }

    // The schema types a gateway reference as a whole gateway resource, whose 'properties' are required.
    private void WriteGatewayReference(string property, string id)
    {
        json.WriteStartObject(property);
        json.WriteString("id", id);
        json.WriteStartObject("properties");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void StartResource(string type, string name, string? location)
    {
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteString("apiVersion", ApiVersion);
        json.WriteString("name", name);
        if (location is not null)
        {
            json.WriteString("location", location);
        }
    }

    private void EndResource(IReadOnlyList<string> dependsOn)
    {
        if (dependsOn.Count > 0)
        {
            json.WriteStartArray("dependsOn");
            foreach (string id in dependsOn.Distinct(StringComparer.Ordinal))
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private void WriteDescription(string description)
    {
        json.WriteStartObject("metadata");
        json.WriteString("description", description);
        json.WriteEndObject();
    }

    // The last peering of a circuit is created after all the others, so depending on it waits for the circuit to be ready.
    private string LastPeeringId(string circuitName)
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
