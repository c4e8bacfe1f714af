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
        HashSet<string>? dot1QPorts = null;
        Dictionary<(string Dot1QPort, int Vlan), CircuitPeering>? firstOnPort = null;
        foreach (var circuit in design.Model.Circuits.Each())
        {
            string? port = (circuit.Connectivity as DirectConnectivity)?.PortName;
            bool onDot1QPort = port is not null && (dot1QPorts ??= Dot1QPorts(design.Model)).Contains(port);
            Check(circuit, onDot1QPort ? port : null, ref firstOnPort, findings);
        }
    }

    private static HashSet<string> Dot1QPorts(NetworkDesignModel design) =>
        [.. design.DirectPorts.Where(p => p.Name is not null && p.Encapsulation is { IsKnown: true, Value: PortEncapsulation.Dot1Q }).Select(p => p.Name!)];

    private void Check(Circuit circuit, string? dot1QPort, ref Dictionary<(string Dot1QPort, int Vlan), CircuitPeering>? firstOnPort, List<Finding> findings)
    {
        for (int index = 0; index < circuit.Peerings.Count; index++)
        {
            var peering = circuit.Peerings[index];
            if (peering.Vlan is not { IsKnown: true } vlan)
            {
                continue;
            }

            if (!vlan.Value.IsInStandardRange)
            {
                findings.Add(Report(Severity.Warning, peering, vlan.Location, null,
                    circuit.DisplayName, peering.AzureName, vlan.Value.ToString(), "is outside the 802.1Q range 1-4094"));
            }

            // Where a tag must be unique: the Dot1Q port pair a circuit is on, else the circuit itself (this occurrence
            // of it: two circuits may be equal records and still be two circuits), whose few peerings need no index.
            CircuitPeering? first;
            if (dot1QPort is null)
            {
                first = EarlierUse(circuit, index, vlan.Value.Value) is { } earlier ? new CircuitPeering(circuit, earlier) : null;
            }
            else
            {
                firstOnPort ??= [];
                if (!firstOnPort.TryGetValue((dot1QPort, vlan.Value.Value), out first))
                {
                    firstOnPort.Add((dot1QPort, vlan.Value.Value), new CircuitPeering(circuit, peering));
                }
            }

            if (first is null)
            {
                continue;
            }

            string user = ReferenceEquals(first.Circuit, circuit)
                ? $"is already used by peering '{first.Peering.AzureName}' of this circuit"
                : $"is already used by {first.Describe()} on Dot1Q port pair '{dot1QPort}'";
            findings.Add(Report(peering, vlan.Location, [first.Peering.Vlan?.Location],
                circuit.DisplayName, peering.AzureName, vlan.Value.ToString(), user));
        }
    }

    // The first peering of the circuit before the one at index with a known VLAN of this id.
    private static Peering? EarlierUse(Circuit circuit, int index, int vlan)
    {
        for (int i = 0; i < index; i++)
        {
            if (circuit.Peerings[i].Vlan is { IsKnown: true } used && used.Value.Value == vlan)
            {
                return circuit.Peerings[i];
            }
        }

        return null;
    }
}
