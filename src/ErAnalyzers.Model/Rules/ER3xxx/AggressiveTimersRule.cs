using System.Collections.Generic;
using System.Globalization;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER3002: a link lowers the BGP keepalive or hold timer below Microsoft's fixed 60 and 180 seconds and has no
/// BFD: fast detection bought with CPU instead of with BFD. Reported on the <c>Timers(...)</c> call.
/// </summary>
public sealed class AggressiveTimersRule : DesignRule
{
    /// <summary>Microsoft's BGP keepalive interval, a fixed setting on the MSEEs.</summary>
    public const int MicrosoftKeepaliveSeconds = 60;

    /// <summary>Microsoft's BGP hold time, a fixed setting on the MSEEs.</summary>
    public const int MicrosoftHoldSeconds = 180;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER3002;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        // A CircuitLink is made only for a link reported.
        foreach (var (circuit, peering, pair) in design.LinkPairs)
        {
            foreach (var link in pair.EachLink())
            {
                if (link.IsComplete && !CircuitLink.MayRunBfdOn(link)
                    && link.Policy.Timers is { IsKnown: true, Value: var timers } setting
                    && (timers.KeepaliveSeconds < MicrosoftKeepaliveSeconds || timers.HoldSeconds < MicrosoftHoldSeconds))
                {
                    findings.Add(Report(link, setting.Location, null,
                        [.. new CircuitLink(circuit, peering, link).Names, Number(timers.KeepaliveSeconds), Number(timers.HoldSeconds)]));
                }
            }
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
