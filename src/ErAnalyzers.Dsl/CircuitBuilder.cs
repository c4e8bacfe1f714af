using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ErAnalyzers.Model;

namespace ErAnalyzers.Dsl;

/// <summary>Configures an ExpressRoute circuit: how it reaches Microsoft, its SKU and its peerings.</summary>
public sealed class CircuitBuilder : IDesignPart
{
    private readonly List<IPeeringBuilder> peerings = [];
    private readonly SourceLocation location;
    private CircuitConnectivity? connectivity;
    private Setting<CircuitTier>? tier;
    private Setting<BillingModel>? billing;
    private Setting<string>? region;
    private Setting<Bandwidth>? expectedTraffic;
    private bool metro;

    internal CircuitBuilder(DesignBuilder design, string name, SourceLocation location)
    {
        Design = design;
        Name = name;
        this.location = location;
    }

    /// <summary>The circuit's name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public DesignBuilder Design { get; }

    string IDesignPart.PartName => Name;

    private string Element => $"circuit '{Name}'";

    /// <summary>The circuit is ordered from a connectivity provider at a peering location.</summary>
    public CircuitBuilder ServiceProvider(string provider, string peeringLocation, Bandwidth bandwidth, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        SetConnectivity(new ProviderConnectivity
        {
            Provider = Setting.Of(Guard.Text(provider, Element, "the provider", at), at),
            PeeringLocation = Setting.Of(Guard.Text(peeringLocation, Element, "the peering location", at), at),
            Bandwidth = Setting.Of(bandwidth, at),
            Location = at,
        }, at);
        return this;
    }

    /// <summary>
    /// The circuit is provisioned on an ExpressRoute Direct port pair, with a bandwidth the port size offers
    /// (a whole number of Gbps; ER4006 checks it).
    /// </summary>
    public CircuitBuilder ExpressRouteDirect(DirectPortBuilder port, Bandwidth bandwidth, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        Guard.SameDesign(port, Design, "Direct port", Element, at);
        SetConnectivity(new DirectConnectivity { PortName = port.Name, Bandwidth = Setting.Of(bandwidth, at), Location = at }, at);
        return this;
    }

    /// <summary>
    /// Declares an ExpressRoute Metro circuit: its two connections land at two sites of one metro (high resiliency).
    /// Azure makes a circuit Metro by its peering location ("Amsterdam Metro"), not by this declaration, which the
    /// template does not carry; ER2010 checks that the two agree.
    /// </summary>
    public CircuitBuilder Metro()
    {
        metro = true;
        return this;
    }

    /// <summary>The SKU: tier (Local, Standard, Premium) and billing family.</summary>
    public CircuitBuilder Sku(CircuitTier tier, BillingModel billing, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        this.tier = Setting.Of(tier, at);
        this.billing = Setting.Of(billing, at);
        return this;
    }

    /// <summary>
    /// The Azure region of the circuit resource; the resource group's location when not set. A region Microsoft's list
    /// lacks (a new one, a national cloud's) is refused unless <paramref name="allowUnlistedRegion"/> says it is meant.
    /// </summary>
    public CircuitBuilder Region(string region, bool allowUnlistedRegion = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        this.region = Setting.Of(Guard.Region(region, allowUnlistedRegion, Element, at), at);
        return this;
    }

    /// <summary>
    /// The steady-state traffic the circuit is planned to carry. Above the circuit's bandwidth it relies on the
    /// second link, which Microsoft meant for redundancy (ER1009).
    /// </summary>
    public CircuitBuilder ExpectedTraffic(Bandwidth traffic, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        expectedTraffic = Setting.Of(traffic, Guard.At(file, line));
        return this;
    }

    /// <summary>Azure private peering on <paramref name="vlan"/>: the two links and their BGP policy.</summary>
    public CircuitBuilder PrivatePeering(VlanId vlan, Action<PrivatePeeringBuilder> configure, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AddPeering(new PrivatePeeringBuilder(this, Setting.Of(vlan, Guard.At(file, line)), Guard.At(file, line)), configure);

    /// <summary>Microsoft peering on <paramref name="vlan"/>: public link subnets and advertised public prefixes.</summary>
    public CircuitBuilder MicrosoftPeering(VlanId vlan, Action<MicrosoftPeeringBuilder> configure, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AddPeering(new MicrosoftPeeringBuilder(this, Setting.Of(vlan, Guard.At(file, line)), Guard.At(file, line)), configure);

    /// <summary>Whether the circuit has private peering, which gateway connections and Global Reach need.</summary>
    internal bool HasPrivatePeering => peerings.Any(p => p.Kind == PeeringKind.Private);

    internal Circuit Build() => new()
    {
        Name = Name,
        Location = location,
        Region = region,
        ExpectedTraffic = expectedTraffic,
        Connectivity = connectivity ?? throw new InvalidDesignException(Element,
            "no connectivity: call ServiceProvider(...) or ExpressRouteDirect(...)", location),
        IsMetro = metro,
        Tier = tier ?? throw new InvalidDesignException(Element, "no SKU: call Sku(tier, billing)", location),
        Billing = billing,
        Peerings = [.. peerings.Select(p => p.Build())],
    };

    private CircuitBuilder AddPeering<T>(T peering, Action<T> configure)
        where T : IPeeringBuilder
    {
        var same = peerings.FirstOrDefault(p => p.Kind == peering.Kind);
        if (same is not null)
        {
            throw new InvalidDesignException(Element, $"it already has a {peering.Kind} peering (at {same.Location}); a circuit has at most one of each kind", peering.Location);
        }

        DesignBuilder.Configure(configure, peering, $"{peering.Kind} peering of {Element}", peering.Location);
        peerings.Add(peering);
        return this;
    }

    private void SetConnectivity(CircuitConnectivity value, SourceLocation at)
    {
        if (connectivity is not null)
        {
            throw new InvalidDesignException(Element, $"its connectivity is already set (at {connectivity.Location}); a circuit is either a provider circuit or a Direct circuit, once", at);
        }

        connectivity = value;
    }
}
