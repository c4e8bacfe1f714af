using System;
using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>Runs rules over a design. Both front ends (the analyzers and <c>Validate()</c>) come through here.</summary>
public static class RuleEngine
{
    /// <summary>Every rule, in id order.</summary>
    public static IReadOnlyList<DesignRule> AllRules { get; } =
    [
        new SingleConnectionRule(),
        new ActivePassiveRule(),
        new SameRouterRule(),
        new SameRouterPortRule(),
        new DisabledDirectLinkRule(),
        new DisabledPeeringRule(),
        new IgnoredAsPathRule(),
        new StatefulDeviceRule(),
        new TrafficAboveBandwidthRule(),
        new MinimumResiliencyRule(),
        new SharedPeeringLocationRule(),
        new BackupPrefixesRule(),
        new CrossRegionPremiumRule(),
        new ZoneRedundantGatewayRule(),
        new GatewayConnectionLimitRule(),
        new ScaleUnitBoundsRule(),
        new FastPathGatewayRule(),
        new SingleProviderRule(),
        new MetroLocationRule(),
        new GatewayThroughputRule(),
        new VpnBackupTakeoverRule(),
        new MissingBfdRule(),
        new AggressiveTimersRule(),
        new PrefixLimitRule(),
        new GatewayRouteLimitRule(),
        new LinkSubnetRule(),
        new OverlappingSubnetsRule(),
        new PeerAsnRule(),
        new VlanRule(),
        new MicrosoftPeeringAddressRule(),
        new CircuitBandwidthRule(),
        new SkuFeatureRule(),
        new RoutingWeightRule(),
        new MissingRouteFilterRule(),
        new VirtualNetworkLinkLimitRule(),
        new GlobalReachPairRule(),
        new LocalBillingRule(),
        new DirectOversubscriptionRule(),
        new SharedMicrosoftPeeringSubnetRule(),
        new LiteralMd5KeyRule(),
        new MissingMd5KeyRule(),
        new MacSecRule(),
        new Md5KeyFormatRule(),
    ];

    /// <summary>
    /// The findings of <paramref name="rules"/> (all rules by default) on <paramref name="design"/>, in a stable
    /// order: by file, line, column, then rule id and message.
    /// </summary>
    public static IReadOnlyList<Finding> Evaluate(NetworkDesignModel design, IEnumerable<DesignRule>? rules = null) =>
        Evaluate(design, RuleOptions.Default, rules);

    /// <summary>The findings of <paramref name="rules"/> (all rules by default) with <paramref name="options"/>.</summary>
    public static IReadOnlyList<Finding> Evaluate(NetworkDesignModel design, RuleOptions options, IEnumerable<DesignRule>? rules = null)
    {
        if (design is null)
        {
            throw new ArgumentNullException(nameof(design));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var view = new DesignView(design);
        var findings = new List<Finding>();
        // The analyzers pass an array of rules for each call they check: walked without an enumerator.
        var all = rules as IReadOnlyList<DesignRule> ?? (rules is null ? AllRules : [.. rules]);
        for (int i = 0; i < all.Count; i++)
        {
            all[i].Evaluate(view, options, findings);
        }

        return Sorted(findings);
    }

    // Most evaluations find less than two: the comparison's closure is made only for those that sort.
    private static IReadOnlyList<Finding> Sorted(List<Finding> findings) => findings.Count < 2 ? findings : SortedByLocation(findings);

    // One comparison instead of five OrderBy/ThenBy passes. Ties keep the rules' order, as OrderBy's stable sort did.
    private static Finding[] SortedByLocation(List<Finding> findings)
    {
        // A message is formatted only when its finding ties with another on everything before it, and then once.
        var messages = new string?[findings.Count];
        var order = new int[findings.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) =>
        {
            Finding first = findings[x], second = findings[y];
            int result = string.CompareOrdinal(first.Location?.FilePath, second.Location?.FilePath);
            if (result == 0)
            {
                result = (first.Location?.Line ?? 0).CompareTo(second.Location?.Line ?? 0);
            }

            if (result == 0)
            {
                result = (first.Location?.Column ?? 0).CompareTo(second.Location?.Column ?? 0);
            }

            if (result == 0)
            {
                result = string.CompareOrdinal(first.RuleId, second.RuleId);
            }

            if (result == 0)
            {
                result = string.CompareOrdinal(messages[x] ??= first.Message, messages[y] ??= second.Message);
            }

            return result != 0 ? result : x.CompareTo(y);
        });
        return Array.ConvertAll(order, i => findings[i]);
    }
}
