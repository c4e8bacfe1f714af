using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;

namespace ErAnalyzers;

/// <summary>The IP address family of a prefix or a link.</summary>
public enum IpFamily
{
    /// <summary>IPv4: links are /30 subnets.</summary>
    IPv4,

    /// <summary>IPv6: links are /126 subnets.</summary>
    IPv6,
}

/// <summary>
/// An IPv4 or IPv6 prefix in CIDR notation (<c>192.168.100.128/30</c>, <c>2001:db8::/126</c>).
/// Parsing is strict: four decimal octets for IPv4, no zone ids, a length within the family's width.
/// Host bits are kept as written, so that a rule can say "host bits set" instead of silently masking them.
/// </summary>
public readonly struct IpPrefix : IEquatable<IpPrefix>
{
    // The address, left-aligned in 128 bits: an IPv4 address occupies the top 32 bits of High.
    private readonly ulong high;
    private readonly ulong low;

    private IpPrefix(IpFamily family, ulong high, ulong low, int length)
    {
        Family = family;
        this.high = high;
        this.low = low;
        Length = length;
    }

    /// <summary>IPv4 or IPv6.</summary>
    public IpFamily Family { get; }

    /// <summary>The prefix length.</summary>
    public int Length { get; }

    /// <summary>The width of the family's addresses: 32 or 128.</summary>
    public int AddressBits => Family == IpFamily.IPv4 ? 32 : 128;

    /// <summary>Whether the address has bits set beyond the prefix length (<c>192.168.1.1/30</c>).</summary>
    public bool HasHostBits => (high & ~MaskHigh(Length)) != 0 || (low & ~MaskLow(Length)) != 0;

    /// <summary>The network: this prefix with its host bits cleared.</summary>
    public IpPrefix Network => new(Family, high & MaskHigh(Length), low & MaskLow(Length), Length);

    /// <summary>
    /// The other half of the enclosing prefix one bit shorter: for a /30, the other /30 of its /29.
    /// </summary>
    public IpPrefix Sibling
    {
        get
        {
            if (Length == 0)
            {
                throw new InvalidOperationException($"The prefix {this} has no sibling.");
            }

            int bit = 128 - Length; // position of the last prefix bit, counted from the least significant end
            return bit >= 64
                ? new IpPrefix(Family, (high & MaskHigh(Length)) ^ (1UL << (bit - 64)), 0, Length)
                : new IpPrefix(Family, high & MaskHigh(Length), (low & MaskLow(Length)) ^ (1UL << bit), Length);
        }
    }

    /// <summary>The same address with another prefix length (host bits are kept as they are).</summary>
    public IpPrefix WithLength(int length) => length >= 0 && length <= AddressBits
        ? new IpPrefix(Family, high, low, length)
        : throw new ArgumentOutOfRangeException(nameof(length), length, $"An {Family} prefix length must be from 0 to {AddressBits}.");

    /// <summary>Whether the two prefixes share any address (same family only).</summary>
    public bool Overlaps(IpPrefix other)
    {
        if (other.Family != Family)
        {
            return false;
        }

        int shorter = Math.Min(Length, other.Length);
        return (high & MaskHigh(shorter)) == (other.high & MaskHigh(shorter))
            && (low & MaskLow(shorter)) == (other.low & MaskLow(shorter));
    }

    /// <summary>Whether <paramref name="other"/> lies inside this prefix.</summary>
    public bool Contains(IpPrefix other) => other.Length >= Length && Overlaps(other);

    /// <summary>
    /// Whether the prefix is inside the private-use ranges: RFC 1918 (10/8, 172.16/12, 192.168/16) for IPv4,
    /// unique local addresses (fc00::/7) for IPv6.
    /// </summary>
    public bool IsPrivateUse => Family == IpFamily.IPv4
        ? PrivateUse.Ten.Contains(this) || PrivateUse.OneSevenTwo.Contains(this) || PrivateUse.OneNineTwo.Contains(this)
        : PrivateUse.UniqueLocal.Contains(this);

    /// <summary>Parses a prefix, or throws <see cref="FormatException"/> naming the value and the problem.</summary>
    public static IpPrefix Parse(string text)
    {
        if (!TryParse(text, out var prefix, out var problem))
        {
            throw new FormatException($"'{text}' is not a valid IP prefix: {problem}.");
        }

        return prefix;
    }

    /// <summary>Parses a prefix.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out IpPrefix prefix) => TryParse(text, out prefix, out _);

    /// <summary>Parses a prefix; on failure <paramref name="problem"/> says why, in words a user can act on.</summary>
    public static bool TryParse(string? text, out IpPrefix prefix, out string problem)
    {
        prefix = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "it is empty";
            return false;
        }

        int slash = text!.IndexOf('/');
        if (slash < 0)
        {
            problem = "the prefix length is missing (expected address/length, for example 192.168.100.128/30)";
            return false;
        }

        // Rules parse every link subnet they check: an IPv4 prefix parses without allocating.
        IpFamily family;
        ulong hi, lo;
        if (text.IndexOf(':', 0, slash) >= 0)
        {
            family = IpFamily.IPv6;
            string addressText = text.Substring(0, slash);
            // IPAddress also takes a zone id (%eth0), brackets and a port ([::1]:80): only the bare address is a prefix.
            if (!IsIPv6Text(addressText) || !IPAddress.TryParse(addressText, out var v6)
                || v6.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
            {
                problem = $"'{addressText}' is not an IPv6 address";
                return false;
            }

            byte[] bytes = v6.GetAddressBytes();
            hi = ToUInt64(bytes, 0);
            lo = ToUInt64(bytes, 8);
        }
        else
        {
            family = IpFamily.IPv4;
            if (!TryParseIPv4(text, slash, out uint v4))
            {
                problem = $"'{text.Substring(0, slash)}' is not an IPv4 address (expected four numbers 0-255, for example 192.168.100.128)";
                return false;
            }

            hi = (ulong)v4 << 32;
            lo = 0;
        }

        int maxLength = family == IpFamily.IPv4 ? 32 : 128;
        if (!TryParseNumber(text, slash + 1, text.Length, out int length) || length > maxLength)
        {
            problem = $"the prefix length '{text.Substring(slash + 1)}' is not a number from 0 to {maxLength}";
            return false;
        }

        prefix = new IpPrefix(family, hi, lo, length);
        problem = string.Empty;
        return true;
    }

    /// <summary>Canonical text: dotted decimal for IPv4, RFC 5952 for IPv6, then <c>/length</c>.</summary>
    public override string ToString()
    {
        if (Family == IpFamily.IPv4)
        {
            uint v4 = (uint)(high >> 32);
            return string.Format(
                CultureInfo.InvariantCulture, "{0}.{1}.{2}.{3}/{4}",
                v4 >> 24, (v4 >> 16) & 0xFF, (v4 >> 8) & 0xFF, v4 & 0xFF, Length);
        }

        var bytes = new byte[16];
        WriteUInt64(bytes, 0, high);
        WriteUInt64(bytes, 8, low);
        return new IPAddress(bytes).ToString() + "/" + Length.ToString(CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public bool Equals(IpPrefix other) => Family == other.Family && high == other.high && low == other.low && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IpPrefix other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((high.GetHashCode() * 397) ^ low.GetHashCode() ^ (Length * 31) ^ (int)Family);

    /// <summary>Equality.</summary>
    public static bool operator ==(IpPrefix left, IpPrefix right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(IpPrefix left, IpPrefix right) => !left.Equals(right);

    private static ulong MaskHigh(int length) => length >= 64 ? ulong.MaxValue : length == 0 ? 0 : ulong.MaxValue << (64 - length);

    private static ulong MaskLow(int length) => length <= 64 ? 0 : length >= 128 ? ulong.MaxValue : ulong.MaxValue << (128 - length);

    // Four numbers 0-255 separated by dots, in text[0..end).
    private static bool TryParseIPv4(string text, int end, out uint address)
    {
        address = 0;
        int start = 0;
        for (int octets = 0; octets < 4; octets++)
        {
            int dot = octets < 3 ? text.IndexOf('.', start, end - start) : end;
            if (dot < 0 || !TryParseNumber(text, start, dot, out int octet) || octet > 255)
            {
                return false;
            }

            address = (address << 8) | (uint)octet;
            start = dot + 1;
        }

        return true;
    }

    // A decimal number of 1 to 3 digits in text[start..end). No leading zeros: some tools read 010 as octal 8, so it
    // is ambiguous.
    private static bool TryParseNumber(string text, int start, int end, out int value)
    {
        value = 0;
        int digits = end - start;
        if (digits is < 1 or > 3 || (digits > 1 && text[start] == '0'))
        {
            return false;
        }

        for (int i = start; i < end; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }

    private static bool IsIPv6Text(string text)
    {
        foreach (char c in text)
        {
            if (!(c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F') or ':' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static ulong ToUInt64(byte[] bytes, int offset)
    {
        ulong value = 0;
        for (int i = 0; i < 8; i++)
        {
            value = (value << 8) | bytes[offset + i];
        }

        return value;
    }

    private static void WriteUInt64(byte[] bytes, int offset, ulong value)
    {
        for (int i = 7; i >= 0; i--)
        {
            bytes[offset + i] = (byte)value;
            value >>= 8;
        }
    }

    // Parsed once: rules ask for every link and prefix of a design.
    private static class PrivateUse
    {
        public static readonly IpPrefix Ten = Parse("10.0.0.0/8");

        public static readonly IpPrefix OneSevenTwo = Parse("172.16.0.0/12");

        public static readonly IpPrefix OneNineTwo = Parse("192.168.0.0/16");

        public static readonly IpPrefix UniqueLocal = Parse("fc00::/7");
    }
}
