using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER4006: a circuit bandwidth Azure does not offer. Provider circuits: 50, 100, 200, 500 Mbps, 1, 2, 5, 10 Gbps.
/// ExpressRoute Direct circuits: by the size of their port pair (10 Gbps: 1, 2, 5, 10; 100 Gbps: 5, 10, 40, 100;
/// 400 Gbps: 5, 10, 40, 100, 200, 400 Gbps), and always a whole number of Gbps.
/// </summary>
public sealed class CircuitBandwidthRule : DesignRule
{
    // Microsoft's FAQ: "Supported bandwidth offers: 50 Mbps, 100 Mbps, 200 Mbps, 500 Mbps, 1 Gbps, 2 Gbps, 5 Gbps, 10 Gbps".
    private static readonly Bandwidth[] ProviderOffers =
        [Bandwidth.Mbps(50), Bandwidth.Mbps(100), Bandwidth.Mbps(200), Bandwidth.Mbps(500), .. Gbps(1, 2, 5, 10)];

    // ExpressRoute Direct: the circuit sizes each port size offers. Other port sizes are not known to the rule.
    private static readonly Dictionary<Bandwidth, Bandwidth[]> DirectOffers = new()
    {
        [Bandwidth.Gbps(10)] = Gbps(1, 2, 5, 10),
        [Bandwidth.Gbps(100)] = Gbps(5, 10, 40, 100),
        [Bandwidth.Gbps(400)] = Gbps(5, 10, 40, 100, 200, 400),
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER4006;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var circuit in design.Model.Circuits.Each())
        {
            if (circuit.Connectivity is not { Bandwidth: { IsKnown: true, Value: var bandwidth } setting } connectivity)
            {
                continue;
            }

            var at = setting.Location ?? connectivity.Location;
            switch (connectivity)
            {
                case ProviderConnectivity when !ProviderOffers.Contains(bandwidth):
                    findings.Add(Report(circuit, at, null, circuit.DisplayName, bandwidth.ToString(), "for provider circuits", OneOf(ProviderOffers)));
                    break;
                case DirectConnectivity direct when PortOf(design, direct.PortName) is { Bandwidth: { IsKnown: true, Value: var size } } port
                    && DirectOffers.TryGetValue(size, out var offers):
                    if (!offers.Contains(bandwidth))
                    {
                        findings.Add(Report(circuit, at, [port.Location], circuit.DisplayName, bandwidth.ToString(),
                            $"on the {size} ExpressRoute Direct port pair '{port.DisplayName}'", OneOf(offers)));
                    }

                    break;
                case DirectConnectivity when !bandwidth.IsWholeGigabits:
                    // Whatever the port: Direct circuits are ordered in whole Gbps (the template's bandwidthInGbps).
                    findings.Add(Report(circuit, at, null, circuit.DisplayName, bandwidth.ToString(), "for ExpressRoute Direct circuits", "a whole number of Gbps"));
                    break;
            }
        }
    }

    // The port pair a circuit names, when exactly one port of that name is in sight.
    private static DirectPort? PortOf(DesignView design, string? name) => name is null ? null : design.DirectPort(name);

    private static Bandwidth[] Gbps(params long[] sizes) => [.. sizes.Select(Bandwidth.Gbps)];

    private static string OneOf(IEnumerable<Bandwidth> offers) => "one of " + string.Join(", ", offers);
}
