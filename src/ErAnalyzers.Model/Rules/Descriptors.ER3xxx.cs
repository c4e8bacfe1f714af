namespace ErAnalyzers.Rules;

public static partial class Descriptors
{
    /// <summary>ER3001: a link has no BFD.</summary>
    public static RuleDescriptor ER3001 { get; } = new(
        "ER3001",
        "Each BGP session should run BFD",
        "The {3} {2} link of peering '{1}' in circuit '{0}' has no BFD: enable BFD, so that a link failure is detected in under a second instead of up to 3 minutes",
        Category.Routing,
        Severity.Warning,
        "Microsoft's BGP timers are fixed at 60 s keepalive and 180 s hold: without BFD a failed link is noticed only when the hold timer expires. Microsoft: BFD reduces the detection time \"from about 3 minutes (default) to less than a second\".");

    /// <summary>ER3002: a link lowers the BGP timers instead of running BFD.</summary>
    public static RuleDescriptor ER3002 { get; } = new(
        "ER3002",
        "Fast failure detection should come from BFD, not from aggressive BGP timers",
        "The {3} {2} link of peering '{1}' in circuit '{0}' lowers the BGP timers to keepalive {4} s and hold {5} s without BFD: enable BFD and keep Microsoft's 60 s and 180 s",
        Category.Routing,
        Severity.Info,
        "Lower BGP timers shorten failure detection at the cost of the routers' CPU. Microsoft: \"setting an aggressive BGP timer isn't recommended because the protocol is process intensive.\"");

    /// <summary>ER3003: more prefixes advertised on a BGP session than the peering accepts.</summary>
    public static RuleDescriptor ER3003 { get; } = new(
        "ER3003",
        "A BGP session must not carry more prefixes than the peering accepts",
        "Peering '{1}' ({2}) of circuit '{0}' advertises {3} prefixes on {4}, more than the {5} it accepts: advertise fewer prefixes (summarize them)",
        Category.Routing,
        Severity.Error,
        "Private peering accepts 4,000 IPv4 prefixes (10,000 with Premium) and 100 IPv6 prefixes per session, Microsoft peering 200 of each. Microsoft: \"The BGP session is dropped if the number of prefixes exceeds the limit.\"");

    /// <summary>ER3004: a gateway learns more routes than its SKU holds, or advertises more prefixes than a connection carries.</summary>
    public static RuleDescriptor ER3004 { get; } = new(
        "ER3004",
        "A gateway must not learn more routes than its SKU holds, nor advertise more prefixes than a connection carries",
        "Gateway '{0}' {1}: {2}",
        Category.Routing,
        Severity.Warning,
        "Each gateway SKU learns a limited number of routes: Microsoft's table gives 4,000 for Standard/ERGw1Az and 9,500 for High Performance/ERGw2Az, Ultra Performance/ErGw3Az and ErGwScale. In the other direction the gateway advertises its virtual network's address space to every circuit, and Microsoft: \"There's a maximum of 1000 IPv4 prefixes advertised on a single ExpressRoute connection\"; beyond it \"The connection between the ExpressRoute circuit and the gateway disconnects\".");
}
