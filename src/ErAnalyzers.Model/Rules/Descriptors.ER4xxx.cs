namespace ErAnalyzers.Rules;

public static partial class Descriptors
{
    /// <summary>ER4001: a link subnet is not a /30 or /126 network.</summary>
    public static RuleDescriptor ER4001 { get; } = new(
        "ER4001",
        "A link subnet must be a /30 (IPv4) or /126 (IPv6) network",
        "The {2} link subnet '{3}' of peering '{1}' in circuit '{0}' is invalid: {4}",
        Category.Validity,
        Severity.Error,
        "Each BGP session uses its own /30 (IPv4) or /126 (IPv6): the customer router takes the first usable address, Microsoft the second.");

    /// <summary>ER4002: link subnets of a circuit overlap.</summary>
    public static RuleDescriptor ER4002 { get; } = new(
        "ER4002",
        "Link subnets of a circuit must not overlap",
        "The {2} link subnet '{3}' of peering '{1}' in circuit '{0}' overlaps '{4}' of {5}: give each link its own subnet",
        Category.Validity,
        Severity.Error,
        "The primary and secondary links use the two halves of a /29 (/125); every link of a circuit needs its own subnet.");

    /// <summary>ER4003: a peer ASN is out of range or reserved.</summary>
    public static RuleDescriptor ER4003 { get; } = new(
        "ER4003",
        "A peer ASN must be in range and not reserved",
        "ASN {1} of {0} cannot be used for ExpressRoute peering: {2}",
        Category.Validity,
        Severity.Error,
        "Peer ASNs are 1-4294967295; Azure reserves 65515-65520 and Microsoft's own ASNs, and IANA reserves others.");

    /// <summary>ER4004: a VLAN id is reused, or out of the 802.1Q range.</summary>
    public static RuleDescriptor ER4004 { get; } = new(
        "ER4004",
        "A VLAN id must be unique on a circuit (or a Dot1Q port pair) and within 1-4094",
        "VLAN {2} of peering '{1}' in circuit '{0}' {3}",
        Category.Validity,
        Severity.Error,
        "Microsoft: \"Ensure that no other peering in the circuit uses the same VLAN ID.\" On a Dot1Q ExpressRoute Direct port pair, a tag must be unique across all circuits on the pair.");

    /// <summary>ER4005: Microsoft peering uses private addresses.</summary>
    public static RuleDescriptor ER4005 { get; } = new(
        "ER4005",
        "Microsoft peering must use public addresses",
        "The {1} '{2}' of Microsoft peering in circuit '{0}' is a private address ({3}): use public addresses registered to you",
        Category.Validity,
        Severity.Error,
        "Microsoft peering links and advertised prefixes must be public addresses that you own, verified against the routing registries. Microsoft: \"We don't accept private prefixes (RFC1918) for the Microsoft peering BGP session.\"");

    /// <summary>ER4006: a circuit bandwidth that Azure does not offer.</summary>
    public static RuleDescriptor ER4006 { get; } = new(
        "ER4006",
        "A circuit bandwidth must be one Azure offers",
        "Circuit '{0}' has a bandwidth of {1}, which Azure does not offer {2}: use {3}",
        Category.Validity,
        Severity.Error,
        "Azure sells circuits in fixed sizes. Microsoft: \"Supported bandwidth offers: 50 Mbps, 100 Mbps, 200 Mbps, 500 Mbps, 1 Gbps, 2 Gbps, 5 Gbps, 10 Gbps\". ExpressRoute Direct circuits come in the sizes of their port pair: 1, 2, 5, 10 Gbps on 10-Gbps ports; 5, 10, 40, 100 Gbps on 100-Gbps ports; 5, 10, 40, 100, 200, 400 Gbps on 400-Gbps ports.");

    /// <summary>ER4007: a circuit uses a feature its SKU does not offer.</summary>
    public static RuleDescriptor ER4007 { get; } = new(
        "ER4007",
        "A circuit must not use a feature its SKU lacks",
        "Circuit '{0}' has the {1} SKU, which does not offer {2}: use the {3} SKU",
        Category.Validity,
        Severity.Error,
        "Some features need a higher circuit SKU. Microsoft, on ExpressRoute Local: \"ExpressRoute Global Reach isn't available on Local\".");

    /// <summary>ER4008: a connection's routing weight is outside 0-32000.</summary>
    public static RuleDescriptor ER4008 { get; } = new(
        "ER4008",
        "A connection's routing weight must be within 0-32000",
        "Routing weight {1} of connection '{0}' is outside 0-32000: use a weight from 0 to 32000",
        Category.Validity,
        Severity.Error,
        "Azure accepts a gateway connection's routing weight only within 0-32000. Microsoft: \"The range of RoutingWeight is 0 to 32000. The default value is 0.\"");

    /// <summary>ER4009: a Microsoft peering has no route filter.</summary>
    public static RuleDescriptor ER4009 { get; } = new(
        "ER4009",
        "A Microsoft peering needs a route filter",
        "Microsoft peering of circuit '{0}' has no route filter, so Microsoft advertises no prefixes on it: attach one with RouteFilter(name, rf => rf.Allow(...)) that allows the BGP communities of the services you use",
        Category.Validity,
        Severity.Warning,
        "A route filter lists the BGP communities of the Microsoft services whose prefixes the peering receives. Microsoft: \"Microsoft peering of ExpressRoute circuits that are configured on or after August 1, 2017 will not have any prefixes advertised until a route filter is attached to the circuit.\"");

    /// <summary>ER4010: a circuit has more virtual network links than its SKU and bandwidth allow.</summary>
    public static RuleDescriptor ER4010 { get; } = new(
        "ER4010",
        "A circuit must not have more virtual network links than its SKU and bandwidth allow (Global Reach connections count)",
        "Circuit '{0}' ({1}, {2}) has {3} virtual network links ({4} gateway connections and {5} Global Reach connections), more than the {6} it allows: {7}",
        Category.Validity,
        Severity.Error,
        "Azure refuses a link beyond the circuit's limit: 10 for Local and Standard, 20 to 100 for Premium by bandwidth. Microsoft: \"Global Reach connections count against the limit of virtual network connections per ExpressRoute Circuit.\"");

    /// <summary>ER4011: a Global Reach pair Azure refuses: one peering location, or geopolitical regions apart without Premium on both.</summary>
    public static RuleDescriptor ER4011 { get; } = new(
        "ER4011",
        "Circuits joined by Global Reach must be at different peering locations, and both Premium across geopolitical regions",
        "Global Reach between circuits '{0}' and '{1}' {2}: {3}",
        Category.Validity,
        Severity.Error,
        "Global Reach joins circuits at different peering locations; across geopolitical regions both need Premium. Microsoft: \"The two circuits must be from different peering locations\" and \"If two ExpressRoute circuits are in different geopolitical regions, you need ExpressRoute Premium for both circuits in order to enable connectivity between them.\"");

    /// <summary>ER4012: a Local circuit with metered billing.</summary>
    public static RuleDescriptor ER4012 { get; } = new(
        "ER4012",
        "A Local circuit must use unlimited data",
        "Circuit '{0}' is Local with metered data, which Azure does not bill: a Local circuit's price includes its data transfer, so use BillingModel.UnlimitedData",
        Category.Validity,
        Severity.Error,
        "ExpressRoute Local has one data plan, unlimited data. Microsoft: \"A Local circuit is always UnlimitedData\", because \"the price of ExpressRoute Local includes data transfer fees\".");

    /// <summary>ER4013: the circuits on a Direct port pair add up to more than the port size.</summary>
    public static RuleDescriptor ER4013 { get; } = new(
        "ER4013",
        "The circuits on an ExpressRoute Direct port pair should not add up to more than the port size",
        "Direct port pair '{0}' ({1} ports) carries {2} of circuits ({3}), {4}: keep the circuits within {1}, or move some to another port pair",
        Category.Validity,
        Severity.Warning,
        "Each port of a Direct pair carries the circuits alone when the other fails. Microsoft's resiliency guidance: provisioning up to 20 or 200 Gbps on a 10 or 100 Gbps port pair \"is possible but not recommended for resiliency. If an ExpressRoute Direct port fails, and circuits are using full capacity, the remaining port won't handle the extra load.\" Beyond that subscribed bandwidth, twice the port size, Azure does not provision circuits: \"You can provision logical ExpressRoute circuits on top of your selected ExpressRoute Direct resource of 10-Gbps or 100-Gbps up to the subscribed Bandwidth of 20Gbps or 200Gbps.\"");

    /// <summary>ER4014: a Microsoft peering link subnet is used by another circuit too.</summary>
    public static RuleDescriptor ER4014 { get; } = new(
        "ER4014",
        "Each circuit's Microsoft peering needs its own link subnets",
        "The {1} link subnet '{2}' of Microsoft peering in circuit '{0}' is already the {4} link subnet of Microsoft peering in circuit '{3}': give each circuit's Microsoft peering its own public /30 (/126) subnets",
        Category.Validity,
        Severity.Error,
        "Microsoft peering links use public addresses that you own, and every circuit needs its own. Microsoft: \"You must use a unique /29 (IPv4) or /125 (IPv6) subnet or two /30 (IPv4) or /126 (IPv6) subnets to set up the BGP peering for each peering per ExpressRoute circuit (if you have more than one).\"");
}
