using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>ER1001: a peering (private or Microsoft, IPv4 or IPv6) has one of its two connections only.</summary>
public sealed class SingleConnectionRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER1001;

    /// <inheritdoc />
    public override IEnumerable<Finding> Evaluate(NetworkDesignModel design)
    {
        foreach (var (circuit, peering) in design.AllPeerings())
        {
            // Part of the peering was not seen: the other link may be there.
            if (!peering.IsComplete)
            {
                continue;
            }

            foreach (var pair in peering.LinkPairs)
            {
                var present = pair.Primary ?? pair.Secondary;
                if (present is null || (pair.Primary is not null && pair.Secondary is not null))
                {
                    continue;
                }

                var missing = present.Role == LinkRole.Primary ? LinkRole.Secondary : LinkRole.Primary;
                yield return Report(peering, present.Location, null,
                    circuit.DisplayName, peering.AzureName, pair.Family.ToString(), missing.Describe());
            }
        }
    }
}
