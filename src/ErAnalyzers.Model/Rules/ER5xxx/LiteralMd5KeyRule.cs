using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER5001: a BGP MD5 key is written as a string in source. Reported on the <c>Md5Key(...)</c> call, with the name
/// of the template parameter that already asks for the key as fix data. The literal is in source whatever else
/// the code does, so the rule needs no complete peering.
/// </summary>
public sealed class LiteralMd5KeyRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER5001;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var (circuit, peering) in design.Peerings)
        {
            if (peering.Md5Key is not { IsLiteralInSource: true } key)
            {
                continue;
            }

            var finding = Report(peering, key.Location, null, circuit.DisplayName, peering.AzureName);

            // The fix keeps the template as it is: the DSL already asks for a literal key by this parameter.
            findings.Add(circuit.Name is null ? finding : finding with
            {
                Properties = new Dictionary<string, string> { [FixProperties.SecretParameter] = SecretReference.LiteralMd5KeyParameter(circuit.Name, peering.Kind) },
            });
        }
    }
}
