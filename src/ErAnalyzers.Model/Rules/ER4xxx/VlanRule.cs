using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER4004: a VLAN id is used by two peerings of one circuit or, on a Dot1Q ExpressRoute Direct port pair, by two
/// peerings anywhere on the pair (Error); or it is outside 802.1Q's 1-4094 (Warning: Azure states no range).
/// </summary>
public sealed class VlanRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER4004;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Design;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        var dot1QPorts = new HashSet<string>(design.Model.DirectPorts
            .Where(p => p.Name is not null && p.Encapsulation is { IsKnown: true, Value: PortEncapsulation.Dot1Q })
            .Select(p => p.Name!));

        // Where a tag must be unique: the Dot1Q port pair a circuit is on, else the circuit itself.
        var firstUse = new Dictionary<(string Scope, int Vlan), CircuitPeering>();
        for (int index = 0; index < design.Model.Circuits.Count; index++)
        {
            Check(design.Model.Circuits[index], index, dot1QPorts, firstUse, findings);
        }
    }

    private void Check(Circuit circuit, int index, HashSet<string> dot1QPorts, Dictionary<(string Scope, int Vlan), CircuitPeering> firstUse, List<Finding> findings)
    {
        foreach (var peering in circuit.Peerings)
        {
            var circuitPeering = new CircuitPeering(circuit, peering);
            if (peering.Vlan is not { IsKnown: true } vlan)
            {
                continue;
            }

            if (!vlan.Value.IsInStandardRange)
            {
                findings.Add(Report(Severity.Warning, peering, vlan.Location, null,
                    circuit.DisplayName, peering.AzureName, vlan.Value.ToString(), "is outside the 802.1Q range 1-4094"));
            }

            string? port = (circuit.Connectivity as DirectConnectivity)?.PortName;

            // Circuits are keyed by position: two circuits may be equal records and still be two circuits.
            string scope = port is not null && dot1QPorts.Contains(port) ? "port:" + port : "circuit:" + index;
            if (!firstUse.TryGetValue((scope, vlan.Value.Value), out var first))
            {
                firstUse.Add((scope, vlan.Value.Value), circuitPeering);
                continue;
            }

            string user = ReferenceEquals(first.Circuit, circuit)
                ? $"is already used by peering '{first.Peering.AzureName}' of this circuit"
                : $"is already used by {first.Describe()} on Dot1Q port pair '{port}'";
            findings.Add(Report(peering, vlan.Location, [first.Peering.Vlan?.Location],
                circuit.DisplayName, peering.AzureName, vlan.Value.ToString(), user));
        }
    }
}
