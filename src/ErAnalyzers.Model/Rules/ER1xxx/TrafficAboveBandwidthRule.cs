using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER1009: the steady-state traffic a circuit is planned to carry (<c>ExpectedTraffic(...)</c>) exceeds its
/// bandwidth, so it relies on both links. Reported on the <c>ExpectedTraffic(...)</c> call, with the call that sets
/// the bandwidth as additional location.
/// </summary>
public sealed class TrafficAboveBandwidthRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER1009;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var circuit in design.Model.Circuits.Each())
        {
            // Code that was not seen may state the traffic again.
            if (circuit.IsComplete
                && circuit.ExpectedTraffic is { IsKnown: true } traffic
                && circuit.Connectivity is { Bandwidth: { IsKnown: true } bandwidth } connectivity
                && traffic.Value.CompareTo(bandwidth.Value) > 0)
            {
                findings.Add(Report(circuit, traffic.Location, [connectivity.Location],
                    circuit.DisplayName, traffic.Value.ToString(), bandwidth.Value.ToString()));
            }
        }
    }
}
