using System;
using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Tool.Reading;

/// <summary>
/// Site-to-site VPNs kept as a backup for ExpressRoute, from the resources a template deploys for one: a VPN
/// gateway, the local network gateway of the site (named <c>vpn-site</c>) and the IPsec connection between them.
/// </summary>
internal sealed class VpnBackups
{
    private readonly List<(string Name, JsonNode Resource)> gateways = [];
    private readonly Dictionary<string, JsonNode> localGateways = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<JsonNode> connections = [];

    /// <summary>Adds a VPN gateway.</summary>
    public void AddGateway(string name, JsonNode resource) => gateways.Add((name, resource));

    /// <summary>Adds a local network gateway.</summary>
    public void AddLocalGateway(string name, JsonNode resource) => localGateways[name] = resource;

    /// <summary>Adds an IPsec connection.</summary>
    public void AddConnection(JsonNode resource) => connections.Add(resource);

    /// <summary>The VPN backups whose three resources are all given, with the BGP ASN of their site.</summary>
    public IReadOnlyList<(VpnBackup Vpn, Setting<Asn>? SiteAsn)> Build(CustomerEdge edge)
    {
        var result = new List<(VpnBackup, Setting<Asn>?)>();
        foreach (var (name, resource) in gateways)
        {
            var ipsec = connections.Select(c => c.Properties).Where(c =>
                ResourceIds.NameAfter(c["virtualNetworkGateway1"]?.Text("id")?.Value, "virtualNetworkGateways") == name).Take(1).ToList();
            string? localName = ipsec.Count == 0 ? null : ResourceIds.NameAfter(ipsec[0]["localNetworkGateway2"]?.Text("id")?.Value, "localNetworkGateways");
            if (localName is null || !localName.StartsWith(name + "-", StringComparison.Ordinal) || !localGateways.TryGetValue(localName, out var local))
            {
                continue;
            }

            var properties = resource.Properties;
            var localProperties = local.Properties;
            var bgp = localProperties["bgpSettings"];
            var subnet = properties.Items("ipConfigurations").Select(c => c.Properties["subnet"]?.Text("id")).FirstOrDefault(s => s is not null);
            result.Add((new VpnBackup
            {
                Name = name,
                Location = resource.Location,
                Sku = (properties["sku"] ?? resource["sku"])?.Parsed("name", JsonNode.EnumNamed<VpnGatewaySku>, "a zone-redundant VPN gateway SKU (VpnGw1AZ ... VpnGw5AZ)"),
                Region = resource.Text("location"),
                VirtualNetwork = subnet is { IsKnown: true } ? Setting.Of(ResourceIds.NameAfter(subnet.Value, "virtualNetworks") ?? subnet.Value, subnet.Location) : subnet,
                SiteName = localName[(name.Length + 1)..],
                OnPremisesAddress = localProperties.Text("gatewayIpAddress"),
                OnPremisesBgpAddress = bgp?.Text("bgpPeeringAddress"),
                SharedKey = EstateReader.Secret(ipsec[0], "sharedKey"),
                ActiveActive = properties.Boolean("activeActive"),
                AdvertisedPrefixes = edge.VpnPrefixes(name),
            }, bgp is { } settings ? EstateReader.AsnSetting(settings, "asn") : null));
        }

        return result;
    }
}
