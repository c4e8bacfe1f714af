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
        "Peering '{1}' ({2}) of circuit '{0}' is active-passive: {3}; make the links active-active by removing the asymmetric setting",
        Category.Redundancy,
        Severity.Warning,
        "Microsoft runs both connections active-active and balances per flow. Microsoft: \"Running connections in active-passive mode risks both connections failing if the active path fails.\"");
}
