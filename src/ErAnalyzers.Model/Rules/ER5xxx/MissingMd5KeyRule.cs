using System.Collections.Generic;
using System.Linq;
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
    public override IEnumerable<Finding> Evaluate(NetworkDesignModel design, RuleOptions options) =>
        design.AllPeerings()
            // Part of an incomplete peering was not seen: the key may be set there.
            .Where(p => p.Peering.IsComplete && p.Peering.Md5Key is null)
            .Select(p => Report(p.Peering, p.Peering.Location, null, p.Circuit.DisplayName, p.Peering.AzureName));
}
