using System;
using System.Globalization;

namespace ErAnalyzers;

/// <summary>A link or circuit bandwidth. Always positive; whether Azure offers it is rule ER4006's business.</summary>
public readonly struct Bandwidth : IEquatable<Bandwidth>, IComparable<Bandwidth>
{
    private Bandwidth(long megabits) => Megabits = megabits;

    /// <summary>The bandwidth in Mbps.</summary>
    public long Megabits { get; }

    /// <summary>Whether the bandwidth is a whole number of Gbps.</summary>
    public bool IsWholeGigabits => Megabits % 1000 == 0;

    /// <summary>The bandwidth in whole Gbps (truncated).</summary>
    public long Gigabits => Megabits / 1000;

    /// <summary>A bandwidth in Mbps; throws <see cref="ArgumentOutOfRangeException"/> unless positive.</summary>
    public static Bandwidth Mbps(long megabits) => megabits > 0
        ? new Bandwidth(megabits)
        : throw new ArgumentOutOfRangeException(nameof(megabits), megabits, $"Bandwidth {megabits} Mbps is not valid: a bandwidth must be positive.");

    /// <summary>A bandwidth in Gbps; throws <see cref="ArgumentOutOfRangeException"/> unless positive and representable.</summary>
    public static Bandwidth Gbps(long gigabits) => gigabits switch
    {
        <= 0 => throw new ArgumentOutOfRangeException(nameof(gigabits), gigabits, $"Bandwidth {gigabits} Gbps is not valid: a bandwidth must be positive."),
        > long.MaxValue / 1000 => throw new ArgumentOutOfRangeException(nameof(gigabits), gigabits, $"Bandwidth {gigabits} Gbps is not valid: it is too large to count in Mbps."),
        _ => new Bandwidth(gigabits * 1000),
    };

    /// <inheritdoc />
    public override string ToString() => IsWholeGigabits
        ? Gigabits.ToString(CultureInfo.InvariantCulture) + " Gbps"
        : Megabits.ToString(CultureInfo.InvariantCulture) + " Mbps";

    /// <inheritdoc />
    public bool Equals(Bandwidth other) => Megabits == other.Megabits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Bandwidth other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Megabits.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Bandwidth other) => Megabits.CompareTo(other.Megabits);

    /// <summary>Equality.</summary>
    public static bool operator ==(Bandwidth left, Bandwidth right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Bandwidth left, Bandwidth right) => !left.Equals(right);
}
