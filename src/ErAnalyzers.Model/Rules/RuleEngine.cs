using System;
using System.Collections.Generic;
using System.Linq;
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
        new MissingBfdRule(),
        new AggressiveTimersRule(),
        new PrefixLimitRule(),
        new LinkSubnetRule(),
        new OverlappingSubnetsRule(),
        new PeerAsnRule(),
        new VlanRule(),
        new MicrosoftPeeringAddressRule(),
        new CircuitBandwidthRule(),
        new SkuFeatureRule(),
        new RoutingWeightRule(),
        new LiteralMd5KeyRule(),
        new MissingMd5KeyRule(),
        new MacSecRule(),
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

        return [.. (rules ?? AllRules)
            .SelectMany(rule => rule.Evaluate(design, options))
            .OrderBy(f => f.Location?.FilePath, StringComparer.Ordinal)
            .ThenBy(f => f.Location?.Line ?? 0)
            .ThenBy(f => f.Location?.Column ?? 0)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)];
    }
}
