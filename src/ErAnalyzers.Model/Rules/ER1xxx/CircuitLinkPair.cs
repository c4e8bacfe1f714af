using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// The links of one address family of a peering, with the peering and the circuit they belong to. A value: one is
/// made for every link pair the link rules walk.
/// </summary>
internal readonly record struct CircuitLinkPair(Circuit Circuit, Peering Peering, LinkPair Pair)
{
    /// <summary>The message arguments of the link rules: circuit, peering and address family, then <paramref name="more"/>.</summary>
    public string[] Arguments(params string[] more) => [Circuit.DisplayName, Peering.AzureName, Pair.Family.ToString(), .. more];
}
