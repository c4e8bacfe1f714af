using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER2004: a gateway is connected to a circuit whose SKU does not reach the gateway's Azure region. A Standard circuit
/// reaches the Azure regions of the geopolitical region of its peering location (see <see cref="GeopoliticalRegions"/>),
/// a Local circuit the one or two regions local to its peering location (see <see cref="PeeringLocations"/>), a
/// Premium circuit every region. Each circuit is reported once, on its <c>Sku(...)</c> call, for the first gateway it
/// cannot reach; a location or region missing from Microsoft's tables is unknown and keeps the rule silent.
/// </summary>
public sealed class CrossRegionPremiumRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER2004;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Design;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        List<Circuit>? reported = null;
        foreach (var gateway in design.Model.Gateways.Each())
        {
            // Each connection seen is made, whatever else the gateway connects out of sight.
            if (gateway.Region is not { IsKnown: true } region)
            {
                continue;
            }

            foreach (var connection in gateway.Connections.Each())
            {
                // Sku(...) may be called again by code not seen: only a circuit seen whole has a final tier.
                if (connection.CircuitName is null
                    || design.Circuit(connection.CircuitName) is not { IsComplete: true, Tier: { IsKnown: true } tier } circuit
                    || design.PeeringLocation(circuit) is not { } location
                    || Reach(tier.Value, location, region.Value) is not { } reach
                    || (reported ??= []).Exists(c => ReferenceEquals(c, circuit)))
                {
                    continue;
                }

                reported.Add(circuit);

                // Standard reaches every region of its geopolitical region, for less than Premium (an add-on to it).
                bool standardReaches = tier.Value == CircuitTier.Local && GeopoliticalRegions.Of(location) is { } home
                    && GeopoliticalRegions.OfAzureRegion(region.Value) == home;
                var finding = Report(circuit, tier.Location, [connection.Location ?? gateway.Location],
                    circuit.DisplayName, tier.Value.ToString(), location, reach, gateway.DisplayName, region.Value,
                    standardReaches
                        ? $"set the Standard SKU (or Premium), which reaches every Azure region of geopolitical region {GeopoliticalRegions.Of(location)}"
                        : "set the Premium SKU, which reaches every Azure region");
                findings.Add(standardReaches
                    ? finding with { Properties = new Dictionary<string, string> { [FixProperties.CircuitTier] = nameof(CircuitTier.Standard) } }
                    : finding);
            }
        }
    }

    /// <summary>What a circuit of the tier at the location reaches, when that leaves out the region; null otherwise or when unknown.</summary>
    private static string? Reach(CircuitTier tier, string location, string region) => tier switch
    {
        CircuitTier.Standard when GeopoliticalRegions.Of(location) is { } home
            && GeopoliticalRegions.OfAzureRegion(region) is { } other && other != home =>
            $"only the Azure regions of geopolitical region {home}",
        CircuitTier.Local when PeeringLocations.LocalRegions(location) is { } local
            && AzureRegions.IsKnown(region) && !Contains(local, AzureRegions.Normalize(region)!) =>
            $"only {string.Join(" and ", local)}",
        _ => null,
    };

    private static bool Contains(IReadOnlyList<string> regions, string region)
    {
        foreach (string one in regions.Each())
        {
            if (one == region)
            {
                return true;
            }
        }

        return false;
    }
}
