using System;
using System.Collections.Generic;
using System.Linq;

namespace ErAnalyzers.Rules;

/// <summary>
/// The geopolitical region of each ExpressRoute peering location of global commercial Azure, as Microsoft publishes
/// it. A location missing here (a new one, a national cloud's, an ExpressRoute Direct port location) is unknown.
/// </summary>
/// <remarks>
/// Source: "Azure regions to ExpressRoute locations within a geopolitical region", the table ("Geopolitical region",
/// "Azure regions", "ExpressRoute locations") included in
/// https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers and
/// https://learn.microsoft.com/azure/expressroute/expressroute-locations
/// (MicrosoftDocs/azure-docs includes/expressroute-azure-regions-geopolitical-region.md, ms.date 04/05/2024;
/// read 2026-09). Location names as written there.
/// </remarks>
public static class GeopoliticalRegions
{
    private static readonly Dictionary<string, string> RegionByLocation = new[]
    {
        ("Australia Government", new[] { "Canberra", "Canberra2" }),
        ("Europe", new[]
        {
            "Amsterdam", "Amsterdam2", "Berlin", "Copenhagen", "Dublin", "Dublin2", "Frankfurt", "Frankfurt2", "Geneva",
            "London", "London2", "Madrid", "Madrid2", "Marseille", "Milan", "Milan2", "Munich", "Newport(Wales)", "Oslo",
            "Paris", "Paris2", "Stavanger", "Stockholm", "Warsaw", "Zurich", "Zurich2",
        }),
        ("North America", new[]
        {
            "Atlanta", "Chicago", "Chicago2", "Dallas", "Denver", "Las Vegas", "Los Angeles", "Los Angeles2", "Miami",
            "Minneapolis", "Montreal", "New York", "Phoenix", "Quebec City", "Queretaro(Mexico)", "Quincy",
            "San Antonio", "Seattle", "Silicon Valley", "Silicon Valley2", "Toronto", "Toronto2", "Vancouver",
            "Washington DC", "Washington DC2",
        }),
        ("Asia", new[] { "Bangkok", "Hong Kong", "Hong Kong2", "Jakarta", "Kuala Lumpur", "Singapore", "Singapore2", "Taipei" }),
        ("India", new[] { "Chennai", "Chennai2", "Mumbai", "Mumbai2", "Pune" }),
        ("Israel", new[] { "Tel Aviv", "Tel Aviv2" }),
        ("Japan", new[] { "Osaka", "Tokyo", "Tokyo2", "Tokyo3" }),
        ("Oceania", new[] { "Auckland", "Melbourne", "Perth", "Sydney", "Sydney2" }),
        ("South Korea", new[] { "Busan", "Seoul", "Seoul2" }),
        ("UAE", new[] { "Abu Dhabi", "Dubai", "Dubai2" }),
        ("South Africa", new[] { "Cape Town", "Johannesburg" }),
        ("South America", new[] { "Campinas", "Rio de Janeiro", "Sao Paulo", "Sao Paulo2", "Santiago" }),
        ("Qatar", new[] { "Doha", "Doha2" }),
    }
    .SelectMany(region => region.Item2.Select(location => (Location: location, Region: region.Item1)))
    .ToDictionary(entry => entry.Location, entry => entry.Region, StringComparer.OrdinalIgnoreCase);

    /// <summary>The geopolitical region of a peering location (any case); null when the location is not in the table.</summary>
    public static string? Of(string? peeringLocation) =>
        peeringLocation is not null && RegionByLocation.TryGetValue(peeringLocation, out string? region) ? region : null;
}
