using System;
using System.Globalization;

namespace ErAnalyzers;

/// <summary>
/// A standard BGP community, <c>AS:value</c> (two 16-bit numbers), as Microsoft tags the prefixes of its services on
/// Microsoft peering: a route filter allows the services whose communities it lists. The values are on Microsoft's
/// routing requirements page (https://learn.microsoft.com/azure/expressroute/expressroute-routing#bgp): services
/// such as <c>12076:5010</c> (Exchange Online), Azure regions such as <c>12076:51002</c> (West Europe).
/// </summary>
public readonly struct BgpCommunity : IEquatable<BgpCommunity>
{
    /// <summary>Creates a community from its two halves.</summary>
    public BgpCommunity(ushort asn, ushort value)
    {
        Asn = asn;
        Value = value;
    }

    /// <summary>Exchange Online, 12076:5010 (needs authorization to consume Microsoft 365 over ExpressRoute).</summary>
    public static BgpCommunity ExchangeOnline { get; } = new(12076, 5010);

    /// <summary>SharePoint Online, 12076:5020 (needs authorization to consume Microsoft 365 over ExpressRoute).</summary>
    public static BgpCommunity SharePointOnline { get; } = new(12076, 5020);

    /// <summary>Azure Global Services, 12076:5050 (services that are not regional, such as Azure DevOps).</summary>
    public static BgpCommunity AzureGlobalServices { get; } = new(12076, 5050);

    /// <summary>Other Microsoft 365 online services, 12076:5100 (needs authorization to consume Microsoft 365 over ExpressRoute).</summary>
    public static BgpCommunity OtherMicrosoft365Services { get; } = new(12076, 5100);

    /// <summary>The first half: the AS that defines the community (12076 for Microsoft's).</summary>
    public ushort Asn { get; }

    /// <summary>The second half: the value within that AS.</summary>
    public ushort Value { get; }

    /// <summary>Parses <c>12076:5010</c>; throws <see cref="FormatException"/> naming the text.</summary>
    public static BgpCommunity Parse(string text) =>
        TryParse(text, out var community) ? community
        : throw new FormatException($"'{text}' is not a BGP community (expected two numbers from 0 to 65535 around a colon, for example 12076:5010).");

    /// <summary>Parses <c>12076:5010</c>.</summary>
    public static bool TryParse(string? text, out BgpCommunity community)
    {
        community = default;
        int colon = text?.IndexOf(':') ?? -1;
        if (colon < 0
            || !ushort.TryParse(text!.Substring(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out ushort asn)
            || !ushort.TryParse(text.Substring(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out ushort value))
        {
            return false;
        }

        community = new BgpCommunity(asn, value);
        return true;
    }

    /// <summary><c>12076:5010</c>.</summary>
    public override string ToString() => Asn.ToString(CultureInfo.InvariantCulture) + ":" + Value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(BgpCommunity other) => Asn == other.Asn && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BgpCommunity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Asn << 16) | Value;

    /// <summary>Equality.</summary>
    public static bool operator ==(BgpCommunity left, BgpCommunity right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(BgpCommunity left, BgpCommunity right) => !left.Equals(right);
}
