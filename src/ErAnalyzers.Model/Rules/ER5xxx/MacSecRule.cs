using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER5003: a link of an ExpressRoute Direct port pair has no MACsec, or MACsec with a non-XPN cipher (GcmAes128,
/// GcmAes256). Reported on the <c>MacSec(...)</c> call for the cipher, on the <c>Link1(...)</c> or
/// <c>Link2(...)</c> call for a link without MACsec, and on the <c>DirectPort(...)</c> call for a link never
/// configured.
/// </summary>
public sealed class MacSecRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER5003;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.DirectPort;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var port in design.Model.DirectPorts.Each())
        {
            // Part of an incomplete port pair was not seen: MACsec may be configured there.
            if (!port.IsComplete)
            {
                continue;
            }

            foreach (var link in new[] { port.Link1, port.Link2 })
            {
                if (link.MacSec is null)
                {
                    findings.Add(Report(link, link.Location ?? port.Location, null, port.DisplayName, link.DisplayName, "has no MACsec"));
                }
                else if (link.MacSec.Cipher is { IsKnown: true, Value: MacSecCipher.GcmAes128 or MacSecCipher.GcmAes256 } cipher)
                {
                    findings.Add(Report(link, cipher.Location ?? link.MacSec.Location, null, port.DisplayName, link.DisplayName, $"uses the non-XPN cipher {cipher.Value}"));
                }
            }
        }
    }
}
