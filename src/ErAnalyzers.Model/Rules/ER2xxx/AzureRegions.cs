using System;
using System.Collections.Generic;

namespace ErAnalyzers.Rules;

/// <summary>
/// Azure regions of global commercial Azure by the names ARM writes, and which of them have availability zones
/// (zone-redundant ExpressRoute gateway SKUs exist only there). A region missing here is unknown.
/// </summary>
/// <remarks>
/// Source: "Azure regions list", https://learn.microsoft.com/azure/reliability/regions-list
/// (MicrosoftDocs/reliability-docs articles/reliability/regions-list.md, ms.date 09/23/2025; read 2026-12): the
/// "Availability zone support" column (a check mark or empty) and the "Programmatic name" column.
/// </remarks>
public static class AzureRegions
{
    private static readonly HashSet<string> WithZones = new(StringComparer.OrdinalIgnoreCase)
    {
        "australiaeast", "austriaeast", "belgiumcentral", "brazilsouth", "canadacentral", "centralindia", "centralus",
        "chilecentral", "denmarkeast", "eastasia", "eastus", "eastus2", "francecentral", "germanywestcentral",
        "indonesiacentral", "israelcentral", "italynorth", "japaneast", "japanwest", "koreacentral", "malaysiawest",
        "mexicocentral", "newzealandnorth", "northeurope", "norwayeast", "polandcentral", "qatarcentral",
        "southafricanorth", "southcentralus", "southeastasia", "spaincentral", "swedencentral", "switzerlandnorth",
        "uaenorth", "uksouth", "westeurope", "westus2", "westus3",
    };

    private static readonly HashSet<string> WithoutZones = new(StringComparer.OrdinalIgnoreCase)
    {
        "australiacentral", "australiacentral2", "australiasoutheast", "brazilsoutheast", "canadaeast", "francesouth",
        "germanynorth", "koreasouth", "northcentralus", "norwaywest", "southafricawest", "southindia",
        "switzerlandwest", "uaecentral", "ukwest", "westcentralus", "westindia", "westus",
    };

    /// <summary>
    /// Whether an Azure region (ARM name, or display name such as "West Europe") has availability zones; null when the
    /// region is not in Microsoft's list.
    /// </summary>
    public static bool? HasAvailabilityZones(string? region) => Normalize(region) switch
    {
        { } name when WithZones.Contains(name) => true,
        { } name when WithoutZones.Contains(name) => false,
        _ => null,
    };

    /// <summary>Whether Microsoft's list has the Azure region (ARM name or display name).</summary>
    public static bool IsKnown(string? region) => HasAvailabilityZones(region) is not null;

    /// <summary>The ARM name of a region written either way ("West Europe" gives "westeurope"); null for null.</summary>
    internal static string? Normalize(string? region) => region?.Replace(" ", "").ToLowerInvariant();
}
