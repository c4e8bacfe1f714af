using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER3001: a link has no BFD, so a failure is detected only when Microsoft's 180-second BGP hold timer expires.
/// Reported on the link's <c>Primary(...)</c> or <c>Secondary(...)</c> call.
/// </summary>
public sealed class MissingBfdRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER3001;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        // A CircuitLink is made only for a link reported: most have BFD.
        foreach (var (circuit, peering, pair) in design.LinkPairs)
        {
            foreach (var link in pair.EachLink())
            {
                // Part of an incomplete link was not seen: BFD may be enabled there.
                if (link.IsComplete && !CircuitLink.MayRunBfdOn(link))
                {
                    findings.Add(Report(link, link.Location, null, new CircuitLink(circuit, peering, link).Names));
                }
            }
        }
    }
}
