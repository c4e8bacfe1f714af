using System;
using System.Globalization;

namespace ErAnalyzers;

/// <summary>
/// A BGP autonomous system number. Holds any integer, so that an out-of-range number written in a design
/// reaches rule ER4003 with its value instead of failing somewhere less helpful.
/// </summary>
public readonly struct Asn : IEquatable<Asn>
{
    /// <summary>The largest 32-bit ASN.</summary>
    public const long MaxValue = 4294967295;

    /// <summary>Creates an ASN from its number.</summary>
    public Asn(long value) => Value = value;

    /// <summary>The number.</summary>
    public long Value { get; }

    /// <summary>
    /// Why ExpressRoute cannot use this ASN as a peer ASN, or null when it can. Sources: Microsoft's routing
    /// requirements (65515-65520 reserved for internal use; 12076 is Microsoft's ASN) and the list of
    /// Azure-reserved ASNs (8074, 8075, 12076; IANA 23456, 64496-64511, 65535-65551).
    /// </summary>
    public string? Problem => Value switch
    {
        < 1 => "an ASN must be from 1 to 4294967295",
        > MaxValue => "an ASN must be from 1 to 4294967295",
        8074 or 8075 or 12076 => "it is one of Microsoft's own ASNs (8074, 8075, 12076)",
        23456 => "it is reserved by IANA as AS_TRANS (23456)",
        >= 64496 and <= 64511 => "it is reserved by IANA for documentation (64496-64511)",
        >= 65515 and <= 65520 => "Azure reserves 65515-65520 for internal use",
        >= 65535 and <= 65551 => "it is reserved by IANA (65535-65551)",
        _ => null,
    };

    /// <summary>Whether the ASN is in the private-use ranges (64512-65534, 4200000000-4294967294).</summary>
    public bool IsPrivate => Value is (>= 64512 and <= 65534) or (>= 4200000000 and <= 4294967294);

    /// <summary>Parses <c>65010</c>, <c>AS65010</c> or asdot <c>1.10</c>; throws <see cref="FormatException"/> naming the value.</summary>
    public static Asn Parse(string text) =>
        TryParse(text, out var asn) ? asn : throw new FormatException($"'{text}' is not an AS number (expected for example 65010, AS65010 or 1.10).");

    /// <summary>Parses <c>65010</c>, <c>AS65010</c> or asdot <c>1.10</c>.</summary>
    public static bool TryParse(string? text, out Asn asn)
    {
        asn = default;
        if (text is null)
        {
            return false;
        }

        string body = text.Trim();
        if (body.StartsWith("AS", StringComparison.OrdinalIgnoreCase))
        {
            body = body.Substring(2);
        }

        int dot = body.IndexOf('.');
        if (dot < 0)
        {
            if (!long.TryParse(body, NumberStyles.None, CultureInfo.InvariantCulture, out long plain))
            {
                return false;
            }

            asn = new Asn(plain);
            return true;
        }

        if (ushort.TryParse(body.Substring(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out ushort upper)
            && ushort.TryParse(body.Substring(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out ushort lower))
        {
            asn = new Asn(((long)upper << 16) | lower);
            return true;
        }

        return false;
    }

    /// <summary>Creates an ASN.</summary>
    public static implicit operator Asn(long value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(Asn other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Asn other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>Equality.</summary>
    public static bool operator ==(Asn left, Asn right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Asn left, Asn right) => !left.Equals(right);
}
