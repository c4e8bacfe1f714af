namespace ErAnalyzers.Rules;

public static partial class Descriptors
{
    /// <summary>ER1001: a peering has one connection only.</summary>
    public static RuleDescriptor ER1001 { get; } = new(
        "ER1001",
        "A peering needs both a primary and a secondary connection",
        "Peering '{1}' ({2}) of circuit '{0}' has no {3} connection: add the {3} link, because Microsoft's SLA requires both BGP sessions",
        Category.Redundancy,
        Severity.Warning,
        "Each ExpressRoute peering is a pair of BGP sessions, one to each Microsoft edge router. Microsoft: \"You must set up both BGP sessions for the availability SLA to be valid.\"");

    /// <summary>ER1002: the two connections of a peering are not equal partners.</summary>
    public static RuleDescriptor ER1002 { get; } = new(
        "ER1002",
        "Both connections of a peering must be active-active",
        "Peering '{1}' ({2}) of circuit '{0}' {3}",
        Category.Redundancy,
        Severity.Warning,
        "Microsoft runs both connections active-active and balances per flow. Microsoft: \"Running connections in active-passive mode risks both connections failing if the active path fails.\" On Microsoft peering with a private ASN, a prepend has no effect (Info): Microsoft: \"we remove private AS numbers in the AS PATH for the received prefixes. As a result, you can't append private AS numbers in the AS PATH to influence routing for Microsoft Peering.\"");

    /// <summary>ER1003: both links of a peering end on one customer edge router.</summary>
    public static RuleDescriptor ER1003 { get; } = new(
        "ER1003",
        "The two links of a peering must end on different customer edge routers",
        "Peering '{1}' ({2}) of circuit '{0}' has both links on router '{3}': move the secondary link to another router of site '{4}', because one router failing takes down both connections",
        Category.Redundancy,
        Severity.Warning,
        "One router under both connections is a single point of failure that the two ExpressRoute connections were meant to remove. Microsoft: \"If you terminate both the primary and secondary connections of an Azure ExpressRoute circuit on the same Customer Premises Equipment (CPE), you compromise high availability within your on-premises network.\"");

    /// <summary>ER1004: both links of a peering end on one router port.</summary>
    public static RuleDescriptor ER1004 { get; } = new(
        "ER1004",
        "The two links of a peering must not share a router port",
        "Peering '{1}' ({2}) of circuit '{0}' has both links on port '{4}' of router '{3}': move the secondary link to a port of another router, because one port failing takes down both connections",
        Category.Redundancy,
        Severity.Warning,
        "Two links on one port (for example two subinterfaces of one interface) share one physical connection. Microsoft: \"configuring both connections using the same port of a CPE forces the partner to compromise high availability on their network segment.\"");

    /// <summary>ER1005: a link of an ExpressRoute Direct port pair is disabled.</summary>
    public static RuleDescriptor ER1005 { get; } = new(
        "ER1005",
        "Both links of an ExpressRoute Direct port pair should be enabled",
        "{1} of Direct port '{0}' {2}: enable it with AdminState.Enabled once its cross-connect is in place, because while one port is off the circuits on the pair have no redundant link",
        Category.Redundancy,
        Severity.Warning,
        "The admin state turns a physical port of the pair on or off. Disabled links are normal before the cross-connects are made (billing starts when a link is enabled, or after 45 days): suppress with a justification until then. Azure Proactive Resiliency Library: \"The Admin State of both Links of an ExpressRoute Direct should be in Enabled state.\"");

    /// <summary>ER1006: a peering has no BGP session up: it is disabled, or both its links are shut down.</summary>
    public static RuleDescriptor ER1006 { get; } = new(
        "ER1006",
        "A peering should not be disabled or have both its links shut down",
        "Peering '{1}' of circuit '{0}' {2}",
        Category.Redundancy,
        Severity.Warning,
        "A disabled peering carries no traffic on either connection, and neither does a peering whose two links the customer edge shuts down. Microsoft: \"When you disable a peering, the Border Gateway Protocol (BGP) session for both the primary and the secondary connection of your ExpressRoute circuit is shut down.\"");

    /// <summary>ER1007: the customer edge ignores AS-path length on a session.</summary>
    public static RuleDescriptor ER1007 { get; } = new(
        "ER1007",
        "The customer edge must not ignore AS-path length on ExpressRoute sessions",
        "The {3} link of peering '{1}' ({2}) of circuit '{0}' ignores AS-path length: remove IgnoreAsPathLength(), because Microsoft lengthens the AS path to move traffic off a connection before maintenance",
        Category.Redundancy,
        Severity.Warning,
        "During maintenance Microsoft prepends the AS path on one connection to drain it. Microsoft: \"You must not ignore longer AS path, as it can cause asymmetric routing, resulting in a service outage.\"");

    /// <summary>ER1008: BGP to Microsoft ends on a stateful device.</summary>
    public static RuleDescriptor ER1008 { get; } = new(
        "ER1008",
        "BGP to Microsoft should end on a stateless device",
        "The {3} link of peering '{1}' ({2}) of circuit '{0}' ends on stateful firewall '{4}': terminate the BGP session on a stateless router, because a stateful device can break failover during maintenance",
        Category.Redundancy,
        Severity.Info,
        "Microsoft: \"Terminating Azure ExpressRoute BGP connections on stateful devices can cause failover issues during planned or unplanned maintenance\"; terminate BGP sessions on stateless devices when possible.");

    /// <summary>ER1009: planned steady-state traffic exceeds the circuit bandwidth.</summary>
    public static RuleDescriptor ER1009 { get; } = new(
        "ER1009",
        "Steady-state traffic must fit in the circuit bandwidth",
        "Circuit '{0}' expects {1} of steady-state traffic, more than its bandwidth of {2}: raise the bandwidth to at least {1}, because the traffic above it relies on the second link, which is meant for redundancy",
        Category.Redundancy,
        Severity.Warning,
        "Traffic spread over both links can exceed the circuit bandwidth, but not when one link fails. Microsoft: \"Since the second link is meant for redundancy, it isn't guaranteed and shouldn't be used for extra traffic for a sustained period of time.\"");
}
