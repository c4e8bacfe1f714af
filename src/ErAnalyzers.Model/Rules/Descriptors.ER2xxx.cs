namespace ErAnalyzers.Rules;

public static partial class Descriptors
{
    /// <summary>ER2005: a gateway SKU is not zone-redundant, or is Basic.</summary>
    public static RuleDescriptor ER2005 { get; } = new(
        "ER2005",
        "An ExpressRoute gateway should use a zone-redundant SKU",
        "Gateway '{0}' uses SKU {1}, which {2}: use the zone-redundant SKU {3}",
        Category.SiteResilience,
        Severity.Warning,
        "Standard, HighPerformance and UltraPerformance gateways are not zone-redundant, and Basic is deprecated for ExpressRoute; ErGw1AZ, ErGw2AZ, ErGw3AZ and ErGwScale spread the gateway across availability zones. Microsoft: \"We recommend zone redundancy for all production workloads.\"");

    /// <summary>ER2006: a gateway has more circuit connections than allowed.</summary>
    public static RuleDescriptor ER2006 { get; } = new(
        "ER2006",
        "A gateway must not connect more circuits than its SKU allows, nor more than 4 from one peering location",
        "Gateway '{0}' connects too many circuits: {1}",
        Category.SiteResilience,
        Severity.Error,
        "Each gateway SKU has a maximum number of circuit connections: Standard and ErGw1AZ 4, HighPerformance and ErGw2AZ 8, UltraPerformance and ErGw3AZ 16, ErGwScale 4 to 16 by scale units. Microsoft: \"The maximum number of ExpressRoute circuits from the same peering location that can connect to the same virtual network is 4 for all gateways.\"");

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
}
