using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER1007: the customer edge ignores AS-path length in best-path selection on an ExpressRoute session, so
/// Microsoft's maintenance prepends cannot move its traffic. Reported on the <c>IgnoreAsPathLength()</c> call.
/// </summary>
public sealed class IgnoredAsPathRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER1007;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        // The DSL has no call that stops ignoring the AS path: what was not seen cannot undo it.
        foreach (var links in design.LinkPairs)
        {
            foreach (var link in links.Pair.EachLink())
            {
                if (link.Policy.IgnoresAsPathLength is { IsKnown: true, Value: true } ignores)
                {
                    findings.Add(Report(link, ignores.Location, null, links.Arguments(link.Role.Describe())));
                }
            }
        }
    }
}
