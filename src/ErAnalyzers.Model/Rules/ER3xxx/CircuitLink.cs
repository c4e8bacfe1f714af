using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>A link (one BGP session) with the peering and the circuit it belongs to.</summary>
public sealed record CircuitLink(Circuit Circuit, Peering Peering, Link Link)
{
    /// <summary>
    /// The arguments that name the session in a message: circuit, peering, family and role
    /// (<c>er-ams</c>, <c>AzurePrivatePeering</c>, <c>IPv4</c>, <c>primary</c>).
    /// </summary>
    public string[] Names => [Circuit.DisplayName, Peering.AzureName, Link.Family.ToString(), Link.Role.Describe()];

    /// <summary>
    /// Whether the customer edge runs BFD on the session, or may: a BFD setting whose timers are unknown is BFD.
    /// </summary>
    public bool MayRunBfd => MayRunBfdOn(Link);

    /// <summary>Whether the customer edge runs BFD on <paramref name="link"/>, or may (see <see cref="MayRunBfd"/>).</summary>
    internal static bool MayRunBfdOn(Link link) => link.Policy.Bfd is not null;
}
