using System;
using System.Collections.Generic;
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
    /// <summary>The other link of a link's pair.</summary>
    public static Link? Partner(this LinkPair pair, Link link) => ReferenceEquals(link, pair.Primary) ? pair.Secondary : pair.Primary;

    /// <summary>Lower-case name of a role, for messages.</summary>
    public static string Describe(this LinkRole role) => role == LinkRole.Primary ? "primary" : "secondary";

    /// <summary>Whether a gateway of this SKU is spread across availability zones (the AZ SKUs and ErGwScale).</summary>
    public static bool IsZoneRedundant(this GatewaySku sku) => GatewayCapabilities.ZoneRedundantReplacement(sku) is null;

    /// <summary>Every link of a peering, IPv4 then IPv6, primary first.</summary>
    public static IReadOnlyList<Link> Links(this Peering peering)
    {
        var links = new List<Link>(4);
        foreach (var pair in peering.EachPair())
        {
            foreach (var link in pair.EachLink())
            {
                links.Add(link);
            }
        }

        return links;
    }

    /// <summary>
    /// The items of a list, walked by index: a foreach over an <see cref="IReadOnlyList{T}"/> itself allocates an
    /// enumerator, and the rules walk the model's lists for every circuit the analyzers check.
    /// </summary>
    internal static Indexed<T> Each<T>(this IReadOnlyList<T> items) => new(items);

    /// <summary>The link pairs of a peering, as <see cref="Peering.LinkPairs"/>, walked without allocating.</summary>
    internal static UpToTwo<LinkPair> EachPair(this Peering peering) => new(peering.Ipv4, peering.Ipv6);

    /// <summary>The links of a pair, as <see cref="LinkPair.Links"/>, walked without allocating.</summary>
    internal static UpToTwo<Link> EachLink(this LinkPair pair) => new(pair.Primary, pair.Secondary);

    /// <summary>The prefixes advertised on the links of a peering, IPv4 then IPv6, primary first, walked without allocating.</summary>
    internal static AdvertisedPrefixes EachAdvertisedPrefix(this Peering peering) => new(peering);

    /// <summary>
    /// The elements by name, for lookups in designs of thousands of elements. A name given twice is ambiguous (the
    /// DSL rejects it), and so is no name: such elements are left out.
    /// </summary>
    internal static Dictionary<string, T> ByUniqueName<T>(this IReadOnlyList<T> elements)
        where T : DesignElement
    {
        var byName = new Dictionary<string, T>(elements.Count, StringComparer.Ordinal);
        HashSet<string>? ambiguous = null;
        foreach (var element in elements.Each())
        {
            if (element.Name is not { } name || ambiguous?.Contains(name) == true)
            {
                continue;
            }

            if (byName.Remove(name))
            {
                (ambiguous ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
            }
            else
            {
                byName.Add(name, element);
            }
        }

        return byName;
    }

    /// <summary>
    /// The element of a name, when exactly one has it (as <see cref="ByUniqueName"/> finds it), searched for: in a
    /// design of a few elements a dictionary costs more than the searches.
    /// </summary>
    internal static T? OnlyNamed<T>(this IReadOnlyList<T> elements, string name)
        where T : DesignElement
    {
        T? found = null;
        foreach (var element in elements.Each())
        {
            if (element.Name == name)
            {
                if (found is not null)
                {
                    return null;
                }

                found = element;
            }
        }

        return found;
    }
}

/// <summary>
/// Up to two items, first then second, nulls left out: a value whose foreach allocates nothing, for the rules that
/// walk every link pair and link of a design (an iterator or array per peering and pair added up).
/// </summary>
internal readonly struct UpToTwo<T>(T? first, T? second)
    where T : class
{
    public Enumerator GetEnumerator() => new(first, second);

    internal struct Enumerator(T? first, T? second)
    {
        private int next;

        public T Current { get; private set; } = null!;

        public bool MoveNext()
        {
            while (next < 2)
            {
                var item = next++ == 0 ? first : second;
                if (item is not null)
                {
                    Current = item;
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>The prefixes advertised on the links of a peering (see <see cref="DesignQueries.EachAdvertisedPrefix"/>).</summary>
internal readonly struct AdvertisedPrefixes(Peering peering)
{
    public Enumerator GetEnumerator() => new(peering);

    internal struct Enumerator(Peering peering)
    {
        private UpToTwo<LinkPair>.Enumerator pairs = peering.EachPair().GetEnumerator();

        // Empty until the first link: a default UpToTwo enumerator has no items.
        private UpToTwo<Link>.Enumerator links;
        private IReadOnlyList<Setting<IpPrefix>> prefixes = [];
        private int index = -1;

        public readonly Setting<IpPrefix> Current => prefixes[index];

        public bool MoveNext()
        {
            while (++index >= prefixes.Count)
            {
                while (!links.MoveNext())
                {
                    if (!pairs.MoveNext())
                    {
                        return false;
                    }

                    links = pairs.Current.EachLink().GetEnumerator();
                }

                prefixes = links.Current.Policy.AdvertisedPrefixes;
                index = -1;
            }

            return true;
        }
    }
}

/// <summary>A list walked by index (see <see cref="DesignQueries.Each{T}"/>).</summary>
internal readonly struct Indexed<T>(IReadOnlyList<T> items)
{
    public Enumerator GetEnumerator() => new(items);

    internal struct Enumerator(IReadOnlyList<T> items)
    {
        private int index = -1;

        public readonly T Current => items[index];

        public bool MoveNext() => ++index < items.Count;
    }
}

/// <summary>Every peering of some circuits, with its circuit, walked by index (see <see cref="DesignView.Peerings"/>).</summary>
internal readonly struct CircuitPeerings(IReadOnlyList<Circuit> circuits)
{
    public Enumerator GetEnumerator() => new(circuits);

    internal struct Enumerator(IReadOnlyList<Circuit> circuits)
    {
        private int circuitIndex;
        private int peeringIndex = -1;

        public (Circuit Circuit, Peering Peering) Current { get; private set; }

        public bool MoveNext()
        {
            for (; circuitIndex < circuits.Count; circuitIndex++, peeringIndex = -1)
            {
                var circuit = circuits[circuitIndex];
                if (++peeringIndex < circuit.Peerings.Count)
                {
                    Current = (circuit, circuit.Peerings[peeringIndex]);
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>Every link pair of some circuits, IPv4 before IPv6 (see <see cref="DesignView.LinkPairs"/>).</summary>
internal readonly struct CircuitLinkPairs(IReadOnlyList<Circuit> circuits)
{
    public Enumerator GetEnumerator() => new(circuits);

    internal struct Enumerator(IReadOnlyList<Circuit> circuits)
    {
        private CircuitPeerings.Enumerator peerings = new(circuits);

        // Empty until the first peering: a default UpToTwo enumerator has no items.
        private UpToTwo<LinkPair>.Enumerator pairs;

        public CircuitLinkPair Current { get; private set; }

        public bool MoveNext()
        {
            while (!pairs.MoveNext())
            {
                if (!peerings.MoveNext())
                {
                    return false;
                }

                pairs = peerings.Current.Peering.EachPair().GetEnumerator();
            }

            Current = new CircuitLinkPair(peerings.Current.Circuit, peerings.Current.Peering, pairs.Current);
            return true;
        }
    }
}

/// <summary>
/// Circuits that back each other up: those connected to one gateway, or those whose links end at one on-premises
/// site; with the gateway or site (the owner) a finding about them is reported on.
/// </summary>
public sealed record BackupGroup(DesignElement Owner, IReadOnlyList<Circuit> Circuits)
{
    /// <summary>"Gateway" or "Site", to start a message.</summary>
    public string Kind => Owner is Site ? "Site" : "Gateway";

    /// <summary>
    /// What every circuit of the group has, compared without case, as the first circuit has it; null when a circuit
    /// has none or another.
    /// </summary>
    internal string? Common(Func<Circuit, string?> valueOf)
    {
        string? common = null;
        foreach (var circuit in Circuits.Each())
        {
            if (valueOf(circuit) is not { } value || (common is not null && !string.Equals(value, common, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            common ??= value;
        }

        return common;
    }
}
