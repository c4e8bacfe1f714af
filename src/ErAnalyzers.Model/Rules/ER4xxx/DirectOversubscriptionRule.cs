using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER4013: the circuits on an ExpressRoute Direct port pair add up to more than the port size, so that one port
/// cannot carry them when the other fails; above twice the size of a 10 or 100 Gbps pair (its subscribed bandwidth),
/// more than Azure lets circuits be provisioned on it. Circuits whose bandwidth is not known, or that are not seen
/// whole (another port may be set), are not counted: the sum never overstates.
/// </summary>
public sealed class DirectOversubscriptionRule : DesignRule
{
    // Microsoft: circuits on a 10 or 100 Gbps pair may be provisioned "up to the subscribed Bandwidth of 20Gbps or
    // 200Gbps". No subscribed bandwidth is stated for other sizes.
    private static readonly Bandwidth[] SubscribedTwice = [Bandwidth.Gbps(10), Bandwidth.Gbps(100)];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER4013;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Design;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var port in design.Model.DirectPorts.Each())
        {
            if (port.Name is not { } name || port.Bandwidth is not { IsKnown: true, Value: var size })
            {
                continue;
            }

            long megabits = 0;
            var parts = new List<string>();
            var locations = new List<SourceLocation?>();
            foreach (var circuit in design.Model.Circuits.Each())
            {
                if (circuit is { IsComplete: true, Connectivity: DirectConnectivity { Bandwidth: { IsKnown: true } bandwidth } direct }
                    && direct.PortName == name)
                {
                    megabits += bandwidth.Value.Megabits;
                    parts.Add($"'{circuit.DisplayName}' {bandwidth.Value}");
                    locations.Add(direct.Location);
                }
            }

            if (megabits <= size.Megabits)
            {
                continue;
            }

            bool aboveSubscribed = System.Array.IndexOf(SubscribedTwice, size) >= 0 && megabits > 2 * size.Megabits;
            string problem = aboveSubscribed
                ? $"more than the {Bandwidth.Mbps(2 * size.Megabits)} Azure lets circuits be provisioned on it (twice the port size)"
                : "more than one port carries when the other fails";
            findings.Add(Report(port, port.Location, locations, port.DisplayName, size.ToString(), Bandwidth.Mbps(megabits).ToString(),
                string.Join(", ", parts), problem));
        }
    }
}
