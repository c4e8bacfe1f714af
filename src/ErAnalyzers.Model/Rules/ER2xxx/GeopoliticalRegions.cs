using System;
using System.Collections.Generic;
using System.Linq;

namespace ErAnalyzers.Rules;

/// <summary>
/// The geopolitical region of each ExpressRoute peering location and each Azure region of global commercial Azure, as
/// Microsoft publishes them. A location or region missing here (a new one, a national cloud's, an ExpressRoute Direct
/// port location) is unknown. A Metro location ("Amsterdam Metro") is in the region of its city.
/// </summary>
/// <remarks>
/// Source: "Azure regions to ExpressRoute locations within a geopolitical region", the table ("Geopolitical region",
/// "Azure regions", "ExpressRoute locations") included in
/// https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers and
/// https://learn.microsoft.com/azure/expressroute/expressroute-locations
/// (MicrosoftDocs/azure-docs includes/expressroute-azure-regions-geopolitical-region.md, ms.date 04/05/2024;
/// read 2026-09, again 2026-12). Location names as written there; Azure regions by the names ARM writes
/// ("westeurope"), each the table's display name without spaces, lower case, except the table's "India West",
/// "India Central" and "India South", which ARM names westindia, centralindia and southindia.
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

    private static readonly Dictionary<string, string> RegionByAzureRegion = new[]
    {
        ("Australia Government", new[] { "australiacentral", "australiacentral2" }),
        ("Europe", new[]
        {
            "francecentral", "francesouth", "germanynorth", "germanywestcentral", "italynorth", "northeurope", "norwayeast",
            "norwaywest", "polandcentral", "swedencentral", "switzerlandnorth", "switzerlandwest", "ukwest", "uksouth",
            "westeurope",
        }),
        ("North America", new[]
        {
            "eastus", "westus", "eastus2", "westus2", "westus3", "centralus", "southcentralus", "northcentralus",
            "westcentralus", "canadacentral", "canadaeast",
        }),
        ("Asia", new[] { "eastasia", "southeastasia" }),
        ("India", new[] { "westindia", "centralindia", "southindia" }),
        ("Israel", new[] { "israelcentral" }),
        ("Japan", new[] { "japanwest", "japaneast" }),
        ("Oceania", new[] { "australiaeast", "australiasoutheast" }),
        ("South Korea", new[] { "koreacentral", "koreasouth" }),
        ("UAE", new[] { "uaecentral", "uaenorth" }),
        ("South Africa", new[] { "southafricawest", "southafricanorth" }),
        ("South America", new[] { "brazilsouth" }),
        ("Qatar", new[] { "qatarcentral" }),
    }
    .SelectMany(region => region.Item2.Select(azureRegion => (AzureRegion: azureRegion, Region: region.Item1)))
    .ToDictionary(entry => entry.AzureRegion, entry => entry.Region, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The geopolitical region of a peering location (any case), a Metro location in its city's; null when the
    /// location is not in the table.
    /// </summary>
    public static string? Of(string? peeringLocation) =>
        PeeringLocations.City(peeringLocation) is { } city && RegionByLocation.TryGetValue(city, out string? region) ? region : null;

    /// <summary>Whether the table has the peering location (any case), itself or as the city of a Metro location.</summary>
    internal static bool Has(string location) => RegionByLocation.ContainsKey(location);

    /// <summary>
    /// The geopolitical region of an Azure region, as ARM names it or as the portal does ("West Europe"); null when the
    /// region is not in the table.
    /// </summary>
    public static string? OfAzureRegion(string? azureRegion) =>
        AzureRegions.Normalize(azureRegion) is { } name && RegionByAzureRegion.TryGetValue(name, out string? region) ? region : null;
}
