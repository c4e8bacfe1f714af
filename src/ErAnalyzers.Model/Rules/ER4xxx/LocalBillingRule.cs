using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER4012: a Local circuit is given metered billing; Local is always unlimited data. Reported on the
/// <c>Sku(...)</c> call, for the code fix.
/// </summary>
public sealed class LocalBillingRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER4012;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var circuit in design.Model.Circuits.Each())
        {
            // The SKU can be set again out of sight: only a circuit seen whole has its final tier and billing.
            if (circuit is { IsComplete: true, Tier: { IsKnown: true, Value: CircuitTier.Local }, Billing: { IsKnown: true, Value: BillingModel.MeteredData } billing })
            {
                findings.Add(Report(circuit, billing.Location, null, circuit.DisplayName));
            }
        }
    }
}
