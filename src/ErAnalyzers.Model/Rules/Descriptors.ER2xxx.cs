namespace ErAnalyzers.Rules;

public static partial class Descriptors
{
    /// <summary>ER2001: a gateway or a site reaches Azure with less resiliency than the configured minimum.</summary>
    public static RuleDescriptor ER2001 { get; } = new(
        "ER2001",
        "A gateway or an on-premises site must reach Azure with at least the configured resiliency",
        "{0} '{1}' reaches Azure with {2} resiliency, below the configured minimum ({3}): {4}",
        Category.SiteResilience,
        Severity.Warning,
        "One circuit at one peering location (standard resiliency) does not survive the loss of that location; an ExpressRoute Metro circuit spans two sites of one metro (high), circuits at two peering locations survive either (maximum). Microsoft: \"Microsoft recommends high resiliency at minimum for all production workloads.\"");

    /// <summary>ER2002: circuits that back each other up share one peering location.</summary>
    public static RuleDescriptor ER2002 { get; } = new(
        "ER2002",
        "Circuits that back each other up must be at different peering locations",
        "{0} '{1}' has {2} circuits, {3}, so {4} cuts them all: move a circuit to {5}",
        Category.SiteResilience,
        Severity.Warning,
        "Only circuits at distinct peering locations give site resiliency: a second circuit at the same location fails with it, and a Metro location (\"Amsterdam Metro\") uses both locations of its city (Amsterdam and Amsterdam2), so circuits that share a metro fail together with it (a Metro circuit beside one at a location of its city is reported as information: Microsoft does not say whether that is below maximum resiliency). Microsoft \"strongly recommends you set up at least two ExpressRoute circuits in different peering locations\".");

    /// <summary>ER2003: a circuit advertises addresses that the gateway's circuits backing it up do not cover together.</summary>
    public static RuleDescriptor ER2003 { get; } = new(
        "ER2003",
        "Circuits that back a circuit up must together cover the address space it advertises",
        "Circuit '{0}' advertises {1} on gateway '{2}', but the circuits that back it up there ({3}) do not cover it, so Azure loses addresses in it when '{0}' fails: advertise {1} or a prefix that covers it over {4} too",
        Category.SiteResilience,
        Severity.Warning,
        "When one circuit fails, Azure reaches on-premises only through the prefixes the gateway's other circuits advertise; the circuits that back a circuit up (those whose address space overlaps its own) must together cover what it advertises. They need not be the same prefixes: Microsoft's disaster-recovery design advertises \"more specific route over the preferred ExpressRoute circuit\" and the covering prefix over the other, and \"If both the connections of ExpressRoute 1 go down, then the VNet would see the 10.1.11.0/24 route advertisement only via ExpressRoute 2; and therefore the standby circuit is used in this failure state.\" Circuits whose address spaces do not overlap serve different networks and are not compared.");

    /// <summary>ER2004: a connection links a circuit to a gateway in an Azure region the circuit's SKU does not reach.</summary>
    public static RuleDescriptor ER2004 { get; } = new(
        "ER2004",
        "A circuit must reach the Azure region of each gateway connected to it (Premium beyond its geopolitical region)",
        "Circuit '{0}' ({1} at {2}) reaches {3}, so gateway '{4}' in {5} cannot use it: {6}",
        Category.SiteResilience,
        Severity.Error,
        "A Standard circuit reaches the Azure regions of the geopolitical region of its peering location, a Local circuit the one or two regions local to it, a Premium circuit every region: a Local circuit on a gateway in its own geopolitical region needs only Standard. Microsoft: \"When you configure a Standard SKU ExpressRoute circuit, connectivity to Azure resources will expand to all Azure regions in a geopolitical area.\" \"Connectivity across geopolitical regions isn't supported on the standard ExpressRoute SKU. You'll need to enable the ExpressRoute premium add-on to support global connectivity.\"");

    /// <summary>ER2005: a gateway SKU is not zone-redundant, or is Basic.</summary>
    public static RuleDescriptor ER2005 { get; } = new(
        "ER2005",
        "An ExpressRoute gateway should use a zone-redundant SKU",
        "Gateway '{0}' uses SKU {1}, which {2}: use the zone-redundant SKU {3}",
        Category.SiteResilience,
        Severity.Warning,
        "Standard, HighPerformance and UltraPerformance gateways are not zone-redundant, and Basic is deprecated for ExpressRoute; ErGw1AZ, ErGw2AZ, ErGw3AZ and ErGwScale spread the gateway across availability zones, which only some Azure regions have (a region Microsoft lists without them is not reported, one it does not list is reported as information). Microsoft: \"We recommend zone redundancy for all production workloads.\"");

    /// <summary>ER2006: a gateway has more circuit connections than allowed.</summary>
    public static RuleDescriptor ER2006 { get; } = new(
        "ER2006",
        "A gateway must not connect more circuits than its SKU allows, nor more than 4 from one peering location",
        "Gateway '{0}' connects too many circuits: {1}",
        Category.SiteResilience,
        Severity.Error,
        "Each gateway SKU has a maximum number of circuit connections: Standard and ErGw1AZ 4, HighPerformance and ErGw2AZ 8, UltraPerformance and ErGw3AZ 16, ErGwScale 4, 8 or 16 by its minimum scale units (1, 2, 10). Microsoft: \"The maximum number of ExpressRoute circuits from the same peering location that can connect to the same virtual network is 4 for all gateways.\"");

    /// <summary>ER2007: the scale-unit bounds of an ErGwScale gateway are invalid.</summary>
    public static RuleDescriptor ER2007 { get; } = new(
        "ER2007",
        "ErGwScale scale units must be 1-40, the minimum at most the maximum, and at least 2 to autoscale",
        "Scale units {1}-{2} of gateway '{0}' are invalid ({3}): use bounds from 1 to 40, a minimum no larger than the maximum, and a minimum of at least 2 to autoscale",
        Category.SiteResilience,
        Severity.Error,
        "Azure rejects ErGwScale bounds outside its limits. Microsoft: \"The minimum scale unit can't be lower than 1 and the maximum scale unit can't be higher than 40.\" A fixed size sets both bounds to the same value; autoscaling needs a minimum of at least 2.");

    /// <summary>ER2008: FastPath on a gateway that does not support it.</summary>
    public static RuleDescriptor ER2008 { get; } = new(
        "ER2008",
        "FastPath needs an UltraPerformance, ErGw3AZ or ErGwScale (at least 10 scale units) gateway",
        "Connection '{0}' uses FastPath, which gateway '{1}' ({2}) does not support: use an UltraPerformance, ErGw3AZ or ErGwScale gateway with a minimum of 10 scale units, or remove FastPath()",
        Category.SiteResilience,
        Severity.Error,
        "FastPath sends traffic past the gateway straight to the virtual machines, and only some gateways offer it. Microsoft: the gateway must be Ultra Performance, ErGw3AZ, or \"ErGwScale with a minimum of 10 scale units\".");

    /// <summary>ER2009: every circuit of a gateway comes from one connectivity provider.</summary>
    public static RuleDescriptor ER2009 { get; } = new(
        "ER2009",
        "Circuits that back each other up should come from different connectivity providers",
        "Gateway '{0}' reaches Azure through {1} circuits, all from provider '{2}': consider a second provider, so that one provider's failure does not cut every path",
        Category.SiteResilience,
        Severity.Info,
        "A provider's network is shared by all of its circuits. Microsoft (Well-Architected): \"Choosing different service providers for each circuit to ensure diverse paths\".");

    /// <summary>ER2010: the design's Metro() declaration disagrees with the circuit's peering location.</summary>
    public static RuleDescriptor ER2010 { get; } = new(
        "ER2010",
        "A circuit declared Metro() must be at a Metro peering location, and one at a Metro location must be declared Metro()",
        "Circuit '{0}' at peering location '{1}' {2}: {3}",
        Category.SiteResilience,
        Severity.Warning,
        "Azure makes a circuit an ExpressRoute Metro circuit by its peering location, not by anything else the design says. Microsoft: \"The naming convention for Metro sites will utilize City and City2 to denote the two unique peering locations within the same metropolitan region ... In the Azure portal, these locations will be referred to as Amsterdam Metro.\"");

    /// <summary>ER2011: the traffic planned through a gateway exceeds its fixed throughput.</summary>
    public static RuleDescriptor ER2011 { get; } = new(
        "ER2011",
        "The traffic planned through a gateway must fit its fixed throughput",
        "Gateway '{0}' ({1}) carries at most {2}, fixed and not burstable, but {3}: {4}",
        Category.SiteResilience,
        Severity.Warning,
        "A gateway forwards the traffic between its virtual network and the circuits at the throughput of its SKU: Standard and ErGw1AZ 1,000 Mbps, HighPerformance and ErGw2AZ 2,000, UltraPerformance and ErGw3AZ 10,000, ErGwScale 1,000 per scale unit. Microsoft: \"If traffic flows through an ExpressRoute Gateway, the bandwidth for the Gateway SKU is fixed and not burstable.\" Planned traffic above it is dropped; a circuit faster than the gateway is reported for information.");

    /// <summary>ER2012: a VPN backup cannot take over from ExpressRoute.</summary>
    public static RuleDescriptor ER2012 { get; } = new(
        "ER2012",
        "A VPN backup must be able to take over from ExpressRoute",
        "VPN backup '{0}' cannot take over from ExpressRoute as it should: {1}: {2}",
        Category.SiteResilience,
        Severity.Warning,
        "A site-to-site VPN backs up ExpressRoute private peering from the virtual network of the ExpressRoute gateway, where Azure prefers ExpressRoute for a route advertised over both. Microsoft: \"To force Azure to prefer S2S VPN path over the coexisting ExpressRoute, you need to advertise more specific routes (longer prefix with bigger subnet mask) through the VPN connection\", which a backup must not do; and \"configuring S2S VPN in active-active mode is recommended as it will create multiple underlying tunnels.\"");
}
