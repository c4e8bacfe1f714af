using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER2010: the design's <c>Metro()</c> disagrees with the circuit's peering location, which is what makes a circuit
/// Metro in Azure: <c>Metro()</c> at a location that is not a Metro location, or a Metro location ("Amsterdam Metro")
/// without <c>Metro()</c>. Silent on a location Microsoft's tables do not have. Reported where the location is
/// written; for a provider circuit whose city has a Metro location, the finding names it for the code fix.
/// </summary>
public sealed class MetroLocationRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER2010;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var circuit in design.Model.Circuits.Each())
        {
            if (design.PeeringLocationSetting(circuit) is not { IsKnown: true } location
                || GeopoliticalRegions.Of(location.Value) is null
                || PeeringLocations.IsMetro(location.Value) is not { } metro)
            {
                continue;
            }

            if (circuit.IsMetro && !metro)
            {
                string? metroLocation = circuit.Connectivity is ProviderConnectivity ? PeeringLocations.MetroLocationFor(location.Value) : null;
                string fix = metroLocation is null
                    ? "use a Metro location (\"City Metro\") or remove Metro()"
                    : $"use the Metro location '{metroLocation}'";
                findings.Add(Report(circuit, location.Location, null, circuit.DisplayName, location.Value,
                    "is declared Metro(), but it is not a Metro location, so Azure deploys a circuit at one site", fix) with
                {
                    Properties = metroLocation is null
                        ? new Dictionary<string, string>()
                        : new Dictionary<string, string> { [FixProperties.MetroLocation] = metroLocation },
                });
            }

            // Metro() may be called out of sight on a circuit not seen whole.
            else if (!circuit.IsMetro && metro && circuit.IsComplete)
            {
                findings.Add(Report(circuit, location.Location, null, circuit.DisplayName, location.Value,
                    "is not declared Metro(), but Azure deploys a Metro circuit there, across two sites", "add Metro()"));
            }
        }
    }
}
