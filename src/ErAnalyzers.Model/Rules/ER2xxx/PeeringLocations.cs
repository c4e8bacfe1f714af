using System;
using System.Collections.Generic;
using System.Linq;

namespace ErAnalyzers.Rules;

/// <summary>
/// What Microsoft publishes about ExpressRoute peering locations beyond their geopolitical region: which are Metro
/// locations, and the Azure regions an ExpressRoute Local circuit at each reaches. A location missing here is unknown.
/// </summary>
/// <remarks>
/// Sources (read 2026-12): "About ExpressRoute Metro", https://learn.microsoft.com/azure/expressroute/metro
/// (MicrosoftDocs/azure-docs articles/expressroute/metro.md, ms.date 06/03/2024): the Metro locations Amsterdam Metro,
/// Singapore Metro and Zurich Metro, and "The naming convention for Metro sites will utilize City and City2 to denote
/// the two unique peering locations within the same metropolitan region ... In the Azure portal, these locations will
/// be referred to as Amsterdam Metro". The "Local Azure regions" column of
/// https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers (ms.date 04/28/2026), regions by
/// the names ARM writes.
/// </remarks>
public static class PeeringLocations
{
    private const string MetroSuffix = " Metro";

    // The cities metro.md lists with a Metro location: the code fix proposes only these.
    private static readonly string[] MetroCities = ["Amsterdam", "Singapore", "Zurich"];

    // Locations whose column reads "&cross;" (ExpressRoute Local is not offered there) are left out: unknown here.
    private static readonly Dictionary<string, string[]> LocalRegionsByLocation = new[]
    {
        ("Abu Dhabi", new[] { "uaecentral" }),
        ("Amsterdam", new[] { "westeurope" }), ("Amsterdam2", new[] { "westeurope" }),
        ("Auckland", new[] { "newzealandnorth" }),
        ("Berlin", new[] { "germanynorth" }),
        ("Busan", new[] { "koreasouth" }),
        ("Campinas", new[] { "brazilsouth" }),
        ("Canberra", new[] { "australiacentral" }), ("Canberra2", new[] { "australiacentral2" }),
        ("Cape Town", new[] { "southafricawest" }),
        ("Chennai", new[] { "southindia" }), ("Chennai2", new[] { "southindia" }),
        ("Chicago", new[] { "northcentralus" }), ("Chicago2", new[] { "northcentralus" }),
        ("Denver", new[] { "westcentralus" }),
        ("Doha", new[] { "qatarcentral" }), ("Doha2", new[] { "qatarcentral" }),
        ("Dubai", new[] { "uaenorth" }), ("Dubai2", new[] { "uaenorth" }),
        ("Dublin", new[] { "northeurope" }), ("Dublin2", new[] { "northeurope" }),
        ("Frankfurt", new[] { "germanywestcentral" }), ("Frankfurt2", new[] { "germanywestcentral" }),
        ("Geneva", new[] { "switzerlandwest" }),
        ("Hong Kong", new[] { "eastasia" }), ("Hong Kong2", new[] { "eastasia" }),
        ("Jakarta", new[] { "indonesiacentral" }), ("Jakarta2", new[] { "indonesiacentral" }),
        ("Johannesburg", new[] { "southafricanorth" }),
        ("Kuala Lumpur", new[] { "malaysiawest" }), ("Kuala Lumpur2", new[] { "malaysiawest" }),
        ("London", new[] { "uksouth" }), ("London2", new[] { "uksouth" }),
        ("Madrid", new[] { "spaincentral" }), ("Madrid2", new[] { "spaincentral" }),
        ("Marseille", new[] { "francesouth" }),
        ("Melbourne", new[] { "australiasoutheast" }), ("Melbourne2", new[] { "australiasoutheast" }),
        ("Milan", new[] { "italynorth" }), ("Milan2", new[] { "italynorth" }),
        ("Mumbai", new[] { "westindia" }), ("Mumbai2", new[] { "westindia" }),
        ("Newport(Wales)", new[] { "ukwest" }),
        ("Osaka", new[] { "japanwest" }),
        ("Oslo", new[] { "norwayeast" }),
        ("Paris", new[] { "francecentral" }), ("Paris2", new[] { "francecentral" }),
        ("Phoenix", new[] { "westus3" }), ("Phoenix2", new[] { "westus3" }),
        ("Portland", new[] { "westus2" }),
        ("Pune", new[] { "centralindia" }),
        ("Quebec City", new[] { "canadaeast" }),
        ("Queretaro (Mexico)", new[] { "mexicocentral" }), ("Queretaro(Mexico)", new[] { "mexicocentral" }),
        ("Quincy", new[] { "westus2" }),
        ("Rio de Janeiro", new[] { "brazilsoutheast" }),
        ("San Antonio", new[] { "southcentralus" }),
        ("Sao Paulo", new[] { "brazilsouth" }), ("Sao Paulo2", new[] { "brazilsouth" }),
        ("Seattle", new[] { "westus2" }),
        ("Seoul", new[] { "koreacentral" }), ("Seoul2", new[] { "koreacentral" }),
        ("Silicon Valley", new[] { "westus" }), ("Silicon Valley2", new[] { "westus" }),
        ("Singapore", new[] { "southeastasia" }), ("Singapore2", new[] { "southeastasia" }),
        ("Stavanger", new[] { "norwaywest" }),
        ("Stockholm", new[] { "swedencentral" }), ("Stockholm2", new[] { "swedencentral" }),
        ("Sydney", new[] { "australiaeast" }), ("Sydney2", new[] { "australiaeast" }),
        ("Taipei", new[] { "taiwannorth" }), ("Taipei2", new[] { "taiwannorth" }),
        ("Tel Aviv", new[] { "israelcentral" }), ("Tel Aviv2", new[] { "israelcentral" }),
        ("Tokyo", new[] { "japaneast" }), ("Tokyo2", new[] { "japaneast" }), ("Tokyo3", new[] { "japaneast" }),
        ("Toronto", new[] { "canadacentral" }), ("Toronto2", new[] { "canadacentral" }),
        ("Warsaw", new[] { "polandcentral" }),
        ("Washington DC", new[] { "eastus", "eastus2" }), ("Washington DC2", new[] { "eastus", "eastus2" }),
        ("Zurich", new[] { "switzerlandnorth" }), ("Zurich2", new[] { "switzerlandnorth" }),
    }
    .ToDictionary(entry => entry.Item1, entry => entry.Item2, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a peering location is a Metro location: "City Metro" for a city whose peering locations Microsoft
    /// lists (any case). Null when that is not known: no location, or "City Metro" for a city Microsoft does not list.
    /// </summary>
    public static bool? IsMetro(string? location) => location switch
    {
        null => null,
        _ when MetroCity(location) is not null => true,
        _ when location.EndsWith(MetroSuffix, StringComparison.OrdinalIgnoreCase) => null,
        _ => false,
    };

    /// <summary>
    /// The peering location itself, or for a Metro location its city ("Amsterdam" for "Amsterdam Metro"); null when
    /// the location is null.
    /// </summary>
    public static string? City(string? location) => location is null ? null : MetroCity(location) ?? location;

    /// <summary>
    /// The peering locations a circuit at <paramref name="location"/> uses: the location itself, or the two of a Metro
    /// location's city ("Amsterdam" and "Amsterdam2" for "Amsterdam Metro").
    /// </summary>
    public static IReadOnlyList<string> Sites(string location) =>
        MetroCity(location) is { } city ? [city, city + "2"] : [location];

    /// <summary>
    /// The Metro location of the city of a peering location that is not one ("Amsterdam Metro" for "Amsterdam" or
    /// "Amsterdam2"), where Microsoft's Metro page lists one; null otherwise.
    /// </summary>
    public static string? MetroLocationFor(string location)
    {
        foreach (string city in MetroCities)
        {
            if (IsSiteOf(city, location))
            {
                return city + MetroSuffix;
            }
        }

        return null;
    }

    /// <summary>
    /// The Azure regions (ARM names) an ExpressRoute Local circuit at a peering location reaches, a Metro location's
    /// those of its city; null when Microsoft lists none (unknown, or Local not offered there).
    /// </summary>
    public static IReadOnlyList<string>? LocalRegions(string? location) =>
        City(location) is { } city && LocalRegionsByLocation.TryGetValue(city, out var regions) ? regions : null;

    // "Amsterdam" for "Amsterdam Metro" (any case) when the table knows Amsterdam; null for any other location.
    private static string? MetroCity(string location)
    {
        if (!location.EndsWith(MetroSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string city = location.Substring(0, location.Length - MetroSuffix.Length);
        return GeopoliticalRegions.Has(city) ? city : null;
    }

    // City and City2 are the two peering locations of a metro.
    private static bool IsSiteOf(string city, string location) =>
        string.Equals(location, city, StringComparison.OrdinalIgnoreCase) || string.Equals(location, city + "2", StringComparison.OrdinalIgnoreCase);
}
