namespace ErAnalyzers.Model;

/// <summary>
/// A configured value and where it was written. At compile time a value may be set but not knowable
/// (computed from input); rules stay silent on such values: no finding beats a false one.
/// </summary>
public sealed class Setting<T>
{
    private readonly T value;

    internal Setting(T value, bool isKnown, SourceLocation? location)
    {
        this.value = value;
        IsKnown = isKnown;
        Location = location;
    }

    /// <summary>Whether the value is known. When false, <see cref="Value"/> is meaningless.</summary>
    public bool IsKnown { get; }

    /// <summary>The value; the type's default when not <see cref="IsKnown"/>.</summary>
    public T Value => IsKnown ? value : default!;

    /// <summary>Where the value was written, if known.</summary>
    public SourceLocation? Location { get; }

    /// <summary>The value, when it is known.</summary>
    public bool TryGetValue(out T result)
    {
        result = Value;
        return IsKnown;
    }

    /// <inheritdoc />
    public override string ToString() => IsKnown ? value?.ToString() ?? "null" : "(unknown)";
}

/// <summary>Factory for <see cref="Setting{T}"/>.</summary>
public static class Setting
{
    /// <summary>A known value.</summary>
    public static Setting<T> Of<T>(T value, SourceLocation? location = null) => new(value, isKnown: true, location);

    /// <summary>A value that is set but cannot be known (compile time only).</summary>
    public static Setting<T> Unknown<T>(SourceLocation? location = null) => new(default!, isKnown: false, location);

    /// <summary>The value of a setting that may be absent: absent gives <paramref name="whenAbsent"/>; unknown gives false.</summary>
    public static bool TryGetValueOrDefault<T>(this Setting<T>? setting, T whenAbsent, out T value)
    {
        if (setting is null)
        {
            value = whenAbsent;
            return true;
        }

        return setting.TryGetValue(out value);
    }
}
