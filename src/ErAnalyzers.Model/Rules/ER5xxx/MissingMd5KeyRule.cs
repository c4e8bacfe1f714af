using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>ER5002: a peering has no BGP MD5 key. Reported on the <c>PrivatePeering(...)</c> or <c>MicrosoftPeering(...)</c> call.</summary>
public sealed class MissingMd5KeyRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER5002;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var (circuit, peering) in design.Peerings)
        {
            // Part of an incomplete peering was not seen: the key may be set there.
            if (peering.IsComplete && peering.Md5Key is null)
            {
                findings.Add(Report(peering, peering.Location, null, circuit.DisplayName, peering.AzureName));
            }
        }
    }
}
