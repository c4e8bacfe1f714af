using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ErAnalyzers.Model;

namespace ErAnalyzers.Dsl;

/// <summary>Configures an ExpressRoute gateway: its connections to circuits and, for ErGwScale, its scale units.</summary>
public sealed class GatewayBuilder : IDesignPart
{
    private readonly List<ConnectionBuilder> connections = [];
    private readonly List<Setting<IpPrefix>> addressSpace = [];
    private readonly Setting<GatewaySku> sku;
    private readonly string region;
    private readonly string virtualNetwork;
    private readonly SourceLocation location;
    private Setting<ScaleUnits>? scaleUnits;

    internal GatewayBuilder(DesignBuilder design, string name, GatewaySku sku, string region, string virtualNetwork, SourceLocation location)
    {
        Design = design;
        Name = name;
        this.sku = Setting.Of(sku, location);
        this.region = region;
        this.virtualNetwork = virtualNetwork;
        this.location = location;
    }

    /// <summary>The gateway's name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public DesignBuilder Design { get; }

    string IDesignPart.PartName => Name;

    /// <summary>Connects the gateway to a circuit's private peering.</summary>
    public GatewayBuilder Connect(CircuitBuilder circuit, Action<ConnectionBuilder>? configure = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        Guard.SameDesign(circuit, Design, "circuit", $"connection of gateway '{Name}'", at);
        if (!circuit.HasPrivatePeering)
        {
            throw new InvalidDesignException($"connection of gateway '{Name}'", $"circuit '{circuit.Name}' has no private peering to connect to: add PrivatePeering(...) to it", at);
        }

        var connection = new ConnectionBuilder(this, circuit, at);
        configure?.Invoke(connection);
        Design.RegisterResource(connection.Name, "connection", at);
        connections.Add(connection);
        return this;
    }

    /// <summary>Scale-unit bounds of an ErGwScale gateway: equal for a fixed size, min of at least 2 to autoscale.</summary>
    public GatewayBuilder ScaleUnits(int minimum, int maximum, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        if (sku.Value != GatewaySku.ErGwScale)
        {
            throw new InvalidDesignException($"gateway '{Name}'", $"scale units apply to ErGwScale gateways only; this gateway is {sku.Value}", at);
        }

        scaleUnits = Setting.Of(new ScaleUnits(minimum, maximum), at);
        return this;
    }

    /// <summary>
    /// Adds a prefix the gateway advertises to its circuits (call once per prefix): the address space of its virtual
    /// network, and that of peered virtual networks that use it as their remote gateway. Azure carries at most 1,000
    /// IPv4 and 100 IPv6 prefixes on a connection. The template records them in its metadata: it does not create the
    /// virtual networks.
    /// </summary>
    public GatewayBuilder AddressSpace(string prefix, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        var network = LinkBuilder.ParseNetwork(prefix, $"gateway '{Name}'", at, "address prefix");
        addressSpace.Add(Setting.Of(network, at));
        return this;
    }

    internal Gateway Build() => new()
    {
        Name = Name,
        Location = location,
        Sku = sku,
        Region = Setting.Of(region, location),
        VirtualNetwork = Setting.Of(virtualNetwork, location),
        ScaleUnits = scaleUnits,
        AddressSpace = [.. addressSpace],
        Connections = [.. connections.Select(c => c.Build())],
    };
}

/// <summary>Configures a gateway's connection to a circuit.</summary>
public sealed class ConnectionBuilder
{
    private readonly GatewayBuilder gateway;
    private readonly CircuitBuilder circuit;
    private readonly SourceLocation location;
    private Setting<int>? routingWeight;
    private Setting<bool>? fastPath;
    private SecretReference? authorizationKey;

    internal ConnectionBuilder(GatewayBuilder gateway, CircuitBuilder circuit, SourceLocation location)
    {
        this.gateway = gateway;
        this.circuit = circuit;
        this.location = location;
        Name = $"{gateway.Name}-{circuit.Name}";
    }

    internal string Name { get; private set; }

    /// <summary>The connection resource's name; <c>gateway-circuit</c> when not set.</summary>
    public ConnectionBuilder Named(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Name = Guard.ResourceName(name, "connection", Guard.At(file, line));
        return this;
    }

    /// <summary>Routing weight: the connection with the highest weight is preferred for a prefix (default 0).</summary>
    public ConnectionBuilder RoutingWeight(int weight, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        routingWeight = Setting.Of(weight, Guard.At(file, line));
        return this;
    }

    /// <summary>FastPath: traffic bypasses the gateway on its way to the virtual network.</summary>
    public ConnectionBuilder FastPath([CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        fastPath = Setting.Of(true, Guard.At(file, line));
        return this;
    }

    /// <summary>The authorization key of a circuit in another subscription, as a secret parameter.</summary>
    public ConnectionBuilder AuthorizationKey(Secret key, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        authorizationKey = new SecretReference
        {
            ParameterName = (key ?? throw new InvalidDesignException($"connection '{Name}'", "the authorization key must not be null", at)).ParameterName,
            Location = at,
        };
        return this;
    }

    internal Connection Build() => new()
    {
        Name = Name,
        Location = location,
        GatewayName = gateway.Name,
        CircuitName = circuit.Name,
        RoutingWeight = routingWeight,
        FastPath = fastPath,
        AuthorizationKey = authorizationKey,
    };
}
