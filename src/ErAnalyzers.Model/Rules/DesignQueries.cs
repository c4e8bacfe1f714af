using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>A peering with the circuit it belongs to.</summary>
public sealed record CircuitPeering(Circuit Circuit, Peering Peering)
{
    /// <summary>A short human label: <c>peering 'AzurePrivatePeering' of circuit 'er-ams'</c>.</summary>
    public string Describe() => $"peering '{Peering.AzureName}' of circuit '{Circuit.DisplayName}'";
}

/// <summary>Walks a design the way several rules need.</summary>
public static class DesignQueries
{
    /// <summary>Every peering of every circuit.</summary>
    public static IEnumerable<CircuitPeering> AllPeerings(this NetworkDesignModel design) =>
        design.Circuits.SelectMany(c => c.Peerings.Select(p => new CircuitPeering(c, p)));

    /// <summary>The other link of a link's pair.</summary>
    public static Link? Partner(this LinkPair pair, Link link) => ReferenceEquals(link, pair.Primary) ? pair.Secondary : pair.Primary;

    /// <summary>Lower-case name of a role, for messages.</summary>
    public static string Describe(this LinkRole role) => role == LinkRole.Primary ? "primary" : "secondary";

    /// <summary>The only item, or null when there is none or more than one (then which one is meant is unknown).</summary>
    public static T? SingleOrNone<T>(this IEnumerable<T> items)
        where T : class
    {
        var firstTwo = items.Take(2).ToList();
        return firstTwo.Count == 1 ? firstTwo[0] : null;
    }
}
