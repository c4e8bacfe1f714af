using System.Collections.Generic;
using System.Runtime.CompilerServices;
using ErAnalyzers.Model;

namespace ErAnalyzers.Dsl;

/// <summary>
/// A route filter of a Microsoft peering: the BGP communities of the Microsoft services whose prefixes the peering
/// receives. Azure gives a route filter one rule, of type Allow, with a list of communities; each
/// <see cref="Allow"/> adds one to it.
/// </summary>
public sealed class RouteFilterBuilder
{
    private readonly List<Setting<BgpCommunity>> communities = [];
    private readonly string element;

    internal RouteFilterBuilder(string name, SourceLocation location)
    {
        Name = name;
        Location = location;
        element = $"route filter '{name}'";
    }

    /// <summary>The route filter's name (an Azure resource name).</summary>
    public string Name { get; }

    internal SourceLocation Location { get; }

    /// <summary>
    /// Allows the prefixes tagged with <paramref name="community"/>: a service (<see cref="BgpCommunity.ExchangeOnline"/>)
    /// or an Azure region (<c>BgpCommunity.Parse("12076:51002")</c> for West Europe).
    /// </summary>
    public RouteFilterBuilder Allow(BgpCommunity community, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        foreach (var allowed in communities)
        {
            if (allowed.Value == community)
            {
                throw new InvalidDesignException(element, $"community {community} is already allowed (at {allowed.Location})", at);
            }
        }

        communities.Add(Setting.Of(community, at));
        return this;
    }

    internal RouteFilter Build() => communities.Count == 0
        ? throw new InvalidDesignException(element, "it allows no community, so the peering would receive no prefix: call Allow(...)", Location)
        : new RouteFilter { Name = Name, Location = Location, Communities = [.. communities] };
}
