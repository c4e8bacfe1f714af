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
        var firstUse = new Dictionary<(string? Dot1QPort, int Circuit, int Vlan), CircuitPeering>();
        for (int index = 0; index < design.Model.Circuits.Count; index++)
        {
            var circuit = design.Model.Circuits[index];
            string? port = (circuit.Connectivity as DirectConnectivity)?.PortName;
            bool onDot1QPort = port is not null && (dot1QPorts ??= Dot1QPorts(design.Model)).Contains(port);
            Check(circuit, index, onDot1QPort ? port : null, firstUse, findings);
        }
    }

    private static HashSet<string> Dot1QPorts(NetworkDesignModel design) =>
        [.. design.DirectPorts.Where(p => p.Name is not null && p.Encapsulation is { IsKnown: true, Value: PortEncapsulation.Dot1Q }).Select(p => p.Name!)];

    private void Check(Circuit circuit, int index, string? dot1QPort, Dictionary<(string? Dot1QPort, int Circuit, int Vlan), CircuitPeering> firstUse, List<Finding> findings)
    {
        foreach (var peering in circuit.Peerings)
        {
            if (peering.Vlan is not { IsKnown: true } vlan)
            {
                continue;
            }

            if (!vlan.Value.IsInStandardRange)
            {
                findings.Add(Report(Severity.Warning, peering, vlan.Location, null,
                    circuit.DisplayName, peering.AzureName, vlan.Value.ToString(), "is outside the 802.1Q range 1-4094"));
            }

            // Where a tag must be unique: the Dot1Q port pair a circuit is on, else the circuit itself, by position (two
            // circuits may be equal records and still be two circuits).
            var key = (dot1QPort, dot1QPort is null ? index : -1, vlan.Value.Value);
            if (!firstUse.TryGetValue(key, out var first))
            {
                firstUse.Add(key, new CircuitPeering(circuit, peering));
                continue;
            }

            string user = ReferenceEquals(first.Circuit, circuit)
                ? $"is already used by peering '{first.Peering.AzureName}' of this circuit"
                : $"is already used by {first.Describe()} on Dot1Q port pair '{dot1QPort}'";
            findings.Add(Report(peering, vlan.Location, [first.Peering.Vlan?.Location],
                circuit.DisplayName, peering.AzureName, vlan.Value.ToString(), user));
        }
    }
}
