using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Tool.Reading;

/// <summary>
/// Reads an estate from files into the design model: ARM templates (with a parameters file), the JSON the Azure CLI
/// and the REST API give for circuits, peerings, gateways and connections, and the route tables of the two paths
/// of a peering. What a file does not tell is unknown, so the rules stay silent on it.
/// </summary>
internal sealed class EstateReader
{
    private const string CircuitType = "microsoft.network/expressroutecircuits";
    private const string PeeringType = CircuitType + "/peerings";
    private const string GlobalReachType = PeeringType + "/connections";

    // Resources that carry nothing the rules read: the VPN side, public IPs and virtual networks.
    private static readonly HashSet<string> IgnoredTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Microsoft.Network/publicIPAddresses",
        "Microsoft.Network/virtualNetworks",
        "Microsoft.Network/virtualNetworks/subnets",
    };

    /// <summary>Settings of the customer edge that no Azure resource shows: unknown, never the protocol defaults.</summary>
    internal static readonly BgpPolicy CustomerEdgeUnknown = new()
    {
        AdvertisedPrefixes = [Setting.Unknown<IpPrefix>()],
        AsPathPrepend = Setting.Unknown<int>(),
        LocalPreference = Setting.Unknown<long>(),
        Med = Setting.Unknown<long>(),
        Bfd = Setting.Unknown<BfdTimers>(),
        Timers = Setting.Unknown<BgpTimers>(),
        Shutdown = Setting.Unknown<bool>(),
        IgnoresAsPathLength = Setting.Unknown<bool>(),
    };

    private readonly List<Circuit> circuits = [];
    private readonly List<(string Circuit, Peering Peering, string? RouteFilter)> peerings = [];
    private readonly List<Gateway> gateways = [];
    private readonly List<(string? Gateway, Connection Connection)> connections = [];
    private readonly Dictionary<string, RouteFilter> routeFilters = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<DirectPort> directPorts = [];
    private readonly List<GlobalReachConnection> globalReach = [];
    private readonly RouteTables routeTables = new();
    private readonly CustomerEdge customerEdge = new();
    private readonly VpnBackups vpnBackups = new();

    /// <summary>Reads one file; <paramref name="parametersPath"/> gives the values of a template's parameters.</summary>
    public void Read(string path, string? parametersPath = null)
    {
        if (RouteTables.TryName(path, out var table))
        {
            routeTables.Add(table, JsonFile.Load(path).Root);
            return;
        }

        var root = JsonFile.Load(path).Root;
        if (root.Element.ValueKind == JsonValueKind.Object && root["resources"] is { Element.ValueKind: JsonValueKind.Array } resources
            && (root["$schema"] is not null || root["contentVersion"] is not null))
        {
            var expressions = new ArmExpressions(root, ParameterValues(parametersPath));
            foreach (var resource in resources.Items())
            {
                ReadResource(resource.WithExpressions(expressions), parent: default);
            }

            if (root["metadata"] is { Element.ValueKind: JsonValueKind.Object } metadata)
            {
                customerEdge.Read(metadata);
            }
        }
        else if (root.Element.ValueKind == JsonValueKind.Array)
        {
            // az ... list
            foreach (var resource in root.Items())
            {
                ReadResource(resource, parent: default);
            }
        }
        else if (root["value"] is { Element.ValueKind: JsonValueKind.Array } value)
        {
            // A REST API list response.
            foreach (var resource in value.Items())
            {
                ReadResource(resource, parent: default);
            }
        }
        else if (root["type"] is not null)
        {
            // az ... show
            ReadResource(root, parent: default);
        }
        else
        {
            throw BadInputException.At(root, "expected an ARM template, the JSON of an Azure CLI list or show command, or a route table named CIRCUIT.PEERING.primary.json or CIRCUIT.PEERING.secondary.json");
        }
    }

    /// <summary>The design of everything read.</summary>
    public NetworkDesignModel Build()
    {
        var filters = peerings.Where(p => p.RouteFilter is not null).ToDictionary(p => p.Peering, p => p.RouteFilter!);
        var byCircuit = peerings.ToLookup(p => p.Circuit, p => p.Peering, StringComparer.OrdinalIgnoreCase);
        var known = new HashSet<string>(circuits.Select(c => c.Name!), StringComparer.OrdinalIgnoreCase);

        // A peering or route table of a circuit the files do not describe belongs to a circuit seen only in part.
        var all = circuits.Concat(peerings.Select(p => p.Circuit).Concat(routeTables.Circuits)
            .Distinct(StringComparer.OrdinalIgnoreCase).Where(known.Add).Select(Unseen)).ToList();

        var circuitModels = all.Select(circuit =>
        {
            var own = byCircuit[circuit.Name!]
                .Select(p => filters.TryGetValue(p, out string? filter) ? p with { RouteFilter = RouteFilterNamed(filter) } : p)
                .GroupBy(p => p.Kind).Select(g => g.Last()).ToList();
            return customerEdge.Apply(circuit with { Peerings = routeTables.Apply(circuit.Name!, own, UnseenPeering) });
        }).ToList();

        var byGateway = connections.Where(c => c.Gateway is not null).ToLookup(c => c.Gateway!, c => c.Connection, StringComparer.OrdinalIgnoreCase);
        var gatewayNames = new HashSet<string>(gateways.Select(g => g.Name!), StringComparer.OrdinalIgnoreCase);
        var gatewayModels = gateways
            .Concat(byGateway.Select(g => g.Key).Where(gatewayNames.Add).Select(name => new Gateway { Name = name, IsComplete = false, Sku = Setting.Unknown<GatewaySku>(), Region = Setting.Unknown<string>() }))
            .Select(g => g with { Connections = [.. byGateway[g.Name!]], AddressSpace = g.AddressSpace.Count > 0 ? g.AddressSpace : customerEdge.AddressSpace(g.Name!) })
            .ToList();

        var vpns = vpnBackups.Build(customerEdge);
        return new NetworkDesignModel
        {
            Name = customerEdge.DesignName ?? "estate",
            Sites = customerEdge.Sites(circuitModels, vpns),
            VpnBackups = [.. vpns.Select(v => v.Vpn)],
            Circuits = circuitModels,
            Gateways = gatewayModels,
            DirectPorts = directPorts,
            GlobalReach = globalReach,
        };
    }

    // The route filter named by a peering: a filter the files do not describe is one whose rules are unknown.
    private RouteFilter RouteFilterNamed(string name) =>
        routeFilters.TryGetValue(name, out var filter) ? filter : new RouteFilter { Name = name, Communities = [Setting.Unknown<BgpCommunity>()] };

    private static Circuit Unseen(string name) => new()
    {
        Name = name,
        Region = Setting.Unknown<string>(),
        Tier = Setting.Unknown<CircuitTier>(),
        Billing = Setting.Unknown<BillingModel>(),
        IsComplete = false,
    };

    private static Peering UnseenPeering(PeeringKind kind, SourceLocation? location) => new()
    {
        Kind = kind,
        Location = location,
        Vlan = Setting.Unknown<VlanId>(),
        PeerAsn = Setting.Unknown<Asn>(),
        Md5Key = UnknownSecret,
        Enabled = Setting.Unknown<bool>(),
        CustomerAsn = Setting.Unknown<Asn>(),
    };

    // A secret the output does not show (Azure does not return keys): it may be set.
    private static SecretReference UnknownSecret { get; } = new();

    private static IReadOnlyDictionary<string, JsonNode> ParameterValues(string? parametersPath)
    {
        var values = new Dictionary<string, JsonNode>(StringComparer.OrdinalIgnoreCase);
        if (parametersPath is null)
        {
            return values;
        }

        var root = JsonFile.Load(parametersPath).Root;
        if (root["parameters"] is not { Element.ValueKind: JsonValueKind.Object } parameters)
        {
            throw BadInputException.At(root, "expected a parameters file: an object with \"parameters\"");
        }

        foreach (var property in parameters.Element.EnumerateObject())
        {
            var parameter = parameters[property.Name]!.Value;
            values[property.Name] = parameter["value"] ?? throw BadInputException.At(parameter, $"parameter {JsonNode.Quote(property.Name)} has no \"value\" (Key Vault references are not read)");
        }

        return values;
    }

    // parent: the type and name of the resource a template nests this one in.
    private void ReadResource(JsonNode resource, (string? Type, string? Name) parent)
    {
        if (resource.Element.ValueKind != JsonValueKind.Object)
        {
            throw BadInputException.At(resource, "expected a resource object");
        }

        // A REST API list gives the type in the id only.
        var typeSetting = resource.Text("type")
            ?? (ResourceIds.TypeOf(resource.Text("id")?.Value) is { } fromId ? Setting.Of(fromId) : null)
            ?? throw BadInputException.At(resource, "the resource has no \"type\"");
        if (!typeSetting.IsKnown)
        {
            throw BadInputException.At(resource, "the resource type is an expression that cannot be evaluated");
        }

        // A nested resource of a template names its type relative to its parent's.
        string type = parent.Type is not null && !typeSetting.Value.Contains('/') ? parent.Type + "/" + typeSetting.Value : typeSetting.Value;
        switch (type.ToLowerInvariant())
        {
            case CircuitType:
                ReadCircuit(resource);
                break;
            case PeeringType:
                ReadPeering(resource, parent.Name ?? CircuitOf(resource));
                break;
            case GlobalReachType:
                ReadGlobalReach(resource, parent.Name ?? CircuitOf(resource));
                break;
            case "microsoft.network/virtualnetworkgateways":
                ReadGateway(resource);
                break;
            case "microsoft.network/connections":
                ReadConnection(resource);
                break;
            case "microsoft.network/routefilters":
                ReadRouteFilter(resource);
                break;
            case "microsoft.network/expressrouteports":
                ReadDirectPort(resource);
                break;
            case "microsoft.network/localnetworkgateways":
                vpnBackups.AddLocalGateway(Name(resource), resource);
                break;
            default:
                if (!IgnoredTypes.Contains(type))
                {
                    throw BadInputException.At(resource["type"] ?? resource["id"] ?? resource, $"resource {Describe(resource)} has the type {JsonNode.Quote(type)}, which eranalyzers does not read");
                }

                break;
        }

        foreach (var child in resource.Items("resources"))
        {
            ReadResource(child, (type, Name(resource)));
        }
    }

    private static string Describe(JsonNode resource) =>
        resource["name"] is { Element.ValueKind: JsonValueKind.String } name ? JsonNode.Quote(name.Element.GetString()!) : "(unnamed)";

    // The name segments of a resource: 'er-ams/AzurePrivatePeering' in a template, 'AzurePrivatePeering' elsewhere.
    private static string[] Names(JsonNode resource)
    {
        var name = resource.Text("name") ?? throw BadInputException.At(resource, "the resource has no \"name\"");
        if (!name.IsKnown)
        {
            throw BadInputException.At(resource["name"]!.Value, "the resource name is an expression that cannot be evaluated");
        }

        if (name.Value.Length == 0)
        {
            throw BadInputException.At(resource["name"]!.Value, "the resource name is empty");
        }

        return name.Value.Split('/');
    }

    // The name of a resource that is no child resource: one segment.
    private static string Name(JsonNode resource) => Names(resource) is [var name]
        ? name
        : throw BadInputException.At(resource["name"]!.Value, $"the resource name {Describe(resource)} has a '/', which only the name of a child resource has");

    // The circuit a child resource belongs to: the first segment of its template name, else the circuit in its id.
    private static string CircuitOf(JsonNode resource)
    {
        string[] names = Names(resource);
        if (names.Length > 1)
        {
            return names[0];
        }

        return ResourceIds.NameAfter(resource.Text("id")?.Value, "expressRouteCircuits")
            ?? throw BadInputException.At(resource, $"the circuit of {Describe(resource)} is unknown: give its full name (circuit/peering) or its \"id\"");
    }

    private void ReadCircuit(JsonNode resource)
    {
        string name = Name(resource);
        var properties = resource.Properties;
        var sku = resource["sku"];
        Circuit circuit = new()
        {
            Name = name,
            Location = resource.Location,
            Region = resource.Text("location"),
            Tier = sku?.Parsed("tier", JsonNode.EnumNamed<CircuitTier>, "Local, Standard or Premium"),
            Billing = sku?.Parsed("family", JsonNode.EnumNamed<BillingModel>, "MeteredData or UnlimitedData"),
            Connectivity = Connectivity(properties),
        };

        // Azure makes a circuit at a Metro peering location a Metro circuit; the DSL says so with Metro().
        circuit = circuit with { IsMetro = circuit.Connectivity is ProviderConnectivity { PeeringLocation.IsKnown: true } provider && PeeringLocations.IsMetro(provider.PeeringLocation.Value) == true };
        circuits.Add(circuit);

        // The REST API and the Azure CLI list a circuit's peerings inside it.
        foreach (var peering in properties.Items("peerings"))
        {
            ReadPeering(peering, name);
        }
    }

    private static CircuitConnectivity? Connectivity(JsonNode properties)
    {
        if (properties["serviceProviderProperties"] is { Element.ValueKind: JsonValueKind.Object } provider)
        {
            return new ProviderConnectivity
            {
                Location = provider.Location,
                Provider = provider.Text("serviceProviderName"),
                PeeringLocation = provider.Text("peeringLocation"),
                Bandwidth = Bandwidth(provider, "bandwidthInMbps", ErAnalyzers.Bandwidth.Mbps),
            };
        }

        if (properties["expressRoutePort"]?.Text("id") is { } port)
        {
            return new DirectConnectivity
            {
                Location = port.Location,
                PortName = port.IsKnown ? ResourceIds.NameAfter(port.Value, "expressRoutePorts") : null,
                Bandwidth = Bandwidth(properties, "bandwidthInGbps", ErAnalyzers.Bandwidth.Gbps),
            };
        }

        return null;
    }

    private static Setting<Bandwidth>? Bandwidth(JsonNode node, string name, Func<long, Bandwidth> make)
    {
        var number = node.Number(name);
        if (number is null || !number.IsKnown)
        {
            return number is null ? null : Setting.Unknown<Bandwidth>(number.Location);
        }

        return number.Value > 0 && number.Value <= 1_000_000
            ? Setting.Of(make(number.Value), number.Location)
            : throw BadInputException.At(node[name]!.Value, $"'{name}' must be a positive bandwidth, found {number.Value}");
    }

    private void ReadPeering(JsonNode resource, string circuit)
    {
        string[] names = Names(resource);
        var properties = resource.Properties;
        var typeSetting = properties.Text("peeringType");
        string kindName = typeSetting is { IsKnown: true } ? typeSetting.Value : names[^1];
        PeeringKind kind = kindName.ToLowerInvariant() switch
        {
            "azureprivatepeering" => PeeringKind.Private,
            "microsoftpeering" => PeeringKind.Microsoft,
            _ => throw BadInputException.At(properties["peeringType"] ?? resource, $"peering {JsonNode.Quote(kindName)} of circuit {JsonNode.Quote(circuit)} is not AzurePrivatePeering or MicrosoftPeering"),
        };

        var ipv4Config = kind == PeeringKind.Microsoft ? properties["microsoftPeeringConfig"] : null;
        var ipv6 = properties["ipv6PeeringConfig"] is { Element.ValueKind: JsonValueKind.Object } v6 ? v6 : (JsonNode?)null;
        var ipv6Config = kind == PeeringKind.Microsoft ? ipv6?["microsoftPeeringConfig"] : null;
        var peering = new Peering
        {
            Name = kind == PeeringKind.Private ? "AzurePrivatePeering" : "MicrosoftPeering",
            Kind = kind,
            Location = resource.Location,
            Vlan = NumberSetting<VlanId>(properties, "vlanId", n => n is >= 0 and <= int.MaxValue ? new VlanId((int)n) : null, "a VLAN number"),
            PeerAsn = AsnSetting(properties, "peerASN"),
            Ipv4 = Links(properties, IpFamily.IPv4),
            Ipv6 = ipv6 is { } config ? Links(config, IpFamily.IPv6) : null,
            // Azure does not return keys: outside a template, no key shown is a key not known.
            Md5Key = Secret(properties, "sharedKey") ?? (resource.IsTemplate ? null : UnknownSecret),
            Enabled = properties.Text("state") is { } state ? Enabled(state, properties["state"]!.Value) : null,
            AdvertisedPublicPrefixes = [.. Prefixes(ipv4Config), .. Prefixes(ipv6Config)],
            CustomerAsn = ipv4Config is { } c ? AsnSetting(c, "customerASN") : null,
            RoutingRegistryName = ipv4Config?.Text("routingRegistryName"),
        };
        string? routeFilter = properties["routeFilter"]?.Text("id") is { IsKnown: true } filterId ? ResourceIds.NameAfter(filterId.Value, "routeFilters") : null;
        peerings.Add((circuit, peering, routeFilter));

        // The Azure CLI lists a private peering's Global Reach connections inside it.
        foreach (var connection in properties.Items("connections"))
        {
            ReadGlobalReach(connection, circuit);
        }
    }

    private static Setting<bool> Enabled(Setting<string> state, JsonNode at) => state.IsKnown
        ? state.Value.ToLowerInvariant() switch
        {
            "enabled" => Setting.Of(true, state.Location),
            "disabled" => Setting.Of(false, state.Location),
            _ => throw BadInputException.At(at, $"expected Enabled or Disabled, found {JsonNode.Quote(state.Value)}"),
        }
        : Setting.Unknown<bool>(state.Location);

    // The peering's BGP sessions of one address family, from the link subnets Azure knows; the customer edge is unknown.
    private static LinkPair Links(JsonNode config, IpFamily family)
    {
        Link? Link(string property, LinkRole role) => config.Text(property) is { } subnet
            ? new Link { Role = role, Family = family, Subnet = subnet, Location = subnet.Location, Policy = CustomerEdgeUnknown }
            : null;

        return new LinkPair
        {
            Family = family,
            Primary = Link("primaryPeerAddressPrefix", LinkRole.Primary),
            Secondary = Link("secondaryPeerAddressPrefix", LinkRole.Secondary),
        };
    }

    private static IEnumerable<Setting<IpPrefix>> Prefixes(JsonNode? config) =>
        config is { } c ? c.Items("advertisedPublicPrefixes").Select(Prefix) : [];

    /// <summary>An IP prefix.</summary>
    internal static Setting<IpPrefix> Prefix(JsonNode node) => node.AsParsed(PrefixOf, "an IP prefix") ?? throw BadInputException.At(node, "expected an IP prefix, found null");

    private static IpPrefix? PrefixOf(string text) => IpPrefix.TryParse(text, out var prefix) ? prefix : null;

    /// <summary>An AS number.</summary>
    internal static Setting<Asn>? AsnSetting(JsonNode node, string name) =>
        NumberSetting<Asn>(node, name, n => n is >= 0 and <= Asn.MaxValue ? new Asn(n) : null, "an AS number");

    private static Setting<T>? NumberSetting<T>(JsonNode node, string name, Func<long, T?> make, string expected)
        where T : struct
    {
        var number = node.Number(name);
        if (number is null || !number.IsKnown)
        {
            return number is null ? null : Setting.Unknown<T>(number.Location);
        }

        return make(number.Value) is { } value
            ? Setting.Of(value, number.Location)
            : throw BadInputException.At(node[name]!.Value, $"'{name}' must be {expected}, found {number.Value}");
    }

    /// <summary>A key: a template parameter, a key written in a template, or one Azure returned.</summary>
    internal static SecretReference? Secret(JsonNode properties, string name)
    {
        if (properties[name] is not { Element.ValueKind: JsonValueKind.String } node)
        {
            return null;
        }

        string written = node.Element.GetString()!;
        if (ParameterReference(written) is { } parameter)
        {
            return new SecretReference { ParameterName = parameter, Location = node.Location };
        }

        // A key written in a template is in source (ER5001); one in CLI output only shows its shape (ER5004).
        return node.AsText() is { IsKnown: true } key
            ? new SecretReference { IsLiteralInSource = node.IsTemplate, LiteralShape = KeyShape.Of(key.Value), Location = node.Location }
            : new SecretReference { Location = node.Location };
    }

    // [parameters('name')]
    private static string? ParameterReference(string text)
    {
        const string Prefix = "[parameters('", Suffix = "')]";
        return text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && text.EndsWith(Suffix, StringComparison.Ordinal)
            && text[Prefix.Length..^Suffix.Length] is { Length: > 0 } name && !name.Contains('\'') ? name : null;
    }

    private void ReadGlobalReach(JsonNode resource, string circuit)
    {
        var properties = resource.Properties;
        string? peer = properties["peerExpressRouteCircuitPeering"]?.Text("id") is { IsKnown: true } id ? ResourceIds.NameAfter(id.Value, "expressRouteCircuits") : null;
        globalReach.Add(new GlobalReachConnection
        {
            Name = Names(resource)[^1],
            Location = resource.Location,
            CircuitName = circuit,
            PeerCircuitName = peer,
            Ipv4Subnet = properties.Parsed("addressPrefix", PrefixOf, "an IP prefix"),
            Ipv6Subnet = properties["ipv6CircuitConnectionConfig"]?.Parsed("addressPrefix", PrefixOf, "an IP prefix"),
        });
    }

    private void ReadGateway(JsonNode resource)
    {
        var properties = resource.Properties;

        // A VPN gateway may be the backup of the ExpressRoute gateways.
        if (properties.Text("gatewayType") is { IsKnown: true } gatewayType && !string.Equals(gatewayType.Value, "ExpressRoute", StringComparison.OrdinalIgnoreCase))
        {
            vpnBackups.AddGateway(Name(resource), resource);
            return;
        }

        var subnet = properties.Items("ipConfigurations").Select(c => c.Properties["subnet"]?.Text("id")).FirstOrDefault(s => s is not null);
        var bounds = properties["autoScaleConfiguration"]?["bounds"];
        gateways.Add(new Gateway
        {
            Name = Name(resource),
            Location = resource.Location,
            Region = resource.Text("location"),
            Sku = (properties["sku"] ?? resource["sku"])?.Parsed("name", JsonNode.EnumNamed<GatewaySku>, "an ExpressRoute gateway SKU (ErGw1AZ, ErGw2AZ, ErGw3AZ, ErGwScale, ...)"),
            VirtualNetwork = subnet is null ? null
                : subnet.IsKnown ? Setting.Of(ResourceIds.NameAfter(subnet.Value, "virtualNetworks") ?? subnet.Value, subnet.Location)
                : Setting.Unknown<string>(subnet.Location),
            ScaleUnits = bounds is { } b && b.Number("min") is { IsKnown: true } min && b.Number("max") is { IsKnown: true } max
                ? Setting.Of(new ScaleUnits((int)Math.Clamp(min.Value, 0, int.MaxValue), (int)Math.Clamp(max.Value, 0, int.MaxValue)), b.Location)
                : bounds is null ? null : Setting.Unknown<ScaleUnits>(bounds.Value.Location),
        });
    }

    private void ReadConnection(JsonNode resource)
    {
        var properties = resource.Properties;
        if (properties.Text("connectionType") is { IsKnown: true } connectionType && !string.Equals(connectionType.Value, "ExpressRoute", StringComparison.OrdinalIgnoreCase))
        {
            if (string.Equals(connectionType.Value, "IPsec", StringComparison.OrdinalIgnoreCase))
            {
                vpnBackups.AddConnection(resource);
            }

            return;
        }

        var gateway = properties["virtualNetworkGateway1"]?.Text("id");
        var circuit = properties["peer"]?.Text("id");
        connections.Add((gateway is { IsKnown: true } ? ResourceIds.NameAfter(gateway.Value, "virtualNetworkGateways") : null, new Connection
        {
            Name = Name(resource),
            Location = resource.Location,
            GatewayName = gateway is { IsKnown: true } ? ResourceIds.NameAfter(gateway.Value, "virtualNetworkGateways") : null,
            CircuitName = circuit is { IsKnown: true } ? ResourceIds.NameAfter(circuit.Value, "expressRouteCircuits") : null,
            RoutingWeight = NumberSetting<int>(properties, "routingWeight", n => n is >= int.MinValue and <= int.MaxValue ? (int)n : null, "a routing weight"),
            FastPath = properties.Boolean("expressRouteGatewayBypass"),
            AuthorizationKey = Secret(properties, "authorizationKey"),
        }));
    }

    private void ReadRouteFilter(JsonNode resource)
    {
        string name = Name(resource);
        routeFilters[name] = new RouteFilter
        {
            Name = name,
            Location = resource.Location,
            Communities = [.. resource.Properties.Items("rules")
                .Select(rule => rule.Properties)
                .Where(rule => rule.Text("access") is not { IsKnown: true, Value: var access } || string.Equals(access, "Allow", StringComparison.OrdinalIgnoreCase))
                .SelectMany(rule => rule.Items("communities"))
                .Select(c => c.AsParsed<BgpCommunity>(text => BgpCommunity.TryParse(text, out var community) ? community : null, "a BGP community such as 12076:5010")!)],
        };
    }

    private void ReadDirectPort(JsonNode resource)
    {
        var properties = resource.Properties;
        var links = properties.Items("links").ToList();
        DirectPortLink Link(int index, string name) => links.Count > index
            ? new DirectPortLink
            {
                Name = name,
                Location = links[index].Location,
                AdminState = links[index].Properties.Parsed("adminState", JsonNode.EnumNamed<AdminState>, "Enabled or Disabled"),
                MacSec = links[index].Properties["macSecConfig"] is { Element.ValueKind: JsonValueKind.Object } macSec ? MacSec(macSec) : null,
            }
            : new DirectPortLink { Name = name, AdminState = Setting.Unknown<AdminState>() };

        directPorts.Add(new DirectPort
        {
            Name = Name(resource),
            Location = resource.Location,
            Region = resource.Text("location"),
            PeeringLocation = properties.Text("peeringLocation"),
            Bandwidth = Bandwidth(properties, "bandwidthInGbps", ErAnalyzers.Bandwidth.Gbps),
            Encapsulation = properties.Parsed("encapsulation", JsonNode.EnumNamed<PortEncapsulation>, "Dot1Q or QinQ"),
            Billing = properties.Parsed("billingType", JsonNode.EnumNamed<BillingModel>, "MeteredData or UnlimitedData"),
            MacSecIdentity = resource["identity"]?["userAssignedIdentities"] is { Element.ValueKind: JsonValueKind.Object } identities
                && identities.Element.EnumerateObject().FirstOrDefault() is { Name: { Length: > 0 } identity }
                ? Setting.Of(identity, identities.Location) : null,
            Link1 = Link(0, "Link1"),
            Link2 = Link(1, "Link2"),
        });
    }

    private static MacSecConfig MacSec(JsonNode macSec) => new()
    {
        Location = macSec.Location,
        Cipher = macSec.Parsed("cipher", JsonNode.EnumNamed<MacSecCipher>, "a MACsec cipher (GcmAes128, GcmAes256, GcmAesXpn128, GcmAesXpn256)"),
        CknSecretIdentifier = macSec.Text("cknSecretIdentifier"),
        CakSecretIdentifier = macSec.Text("cakSecretIdentifier"),
        SciEnabled = macSec.Text("sciState") is { } sci ? Enabled(sci, macSec["sciState"]!.Value) : null,
    };
}
