using System;
using System.Globalization;

namespace ErAnalyzers;

/// <summary>
/// A VLAN id (802.1Q tag). Holds any integer so that rule ER4004 can report an out-of-range one; Azure's
/// schema sets no range, 1-4094 is 802.1Q's.
/// </summary>
public readonly struct VlanId : IEquatable<VlanId>
{
    /// <summary>Creates a VLAN id.</summary>
    public VlanId(int value) => Value = value;

    /// <summary>The tag.</summary>
    public int Value { get; }

    /// <summary>Whether the tag is in the 802.1Q range 1-4094.</summary>
    public bool IsInStandardRange => Value is >= 1 and <= 4094;

    /// <summary>Creates a VLAN id.</summary>
    public static implicit operator VlanId(int value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(VlanId other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is VlanId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value;

    /// <summary>Equality.</summary>
    public static bool operator ==(VlanId left, VlanId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(VlanId left, VlanId right) => !left.Equals(right);
}
