using System.Collections.Generic;
using System.Text.RegularExpressions;
using ErAnalyzers.Model;

namespace ErAnalyzers.Dsl;

/// <summary>The checks every builder makes on its input, with messages that name the element and the value.</summary>
internal static partial class Guard
{
    public static SourceLocation At(string file, int line) => new(file, line);

    /// <summary>A name must be present and not blank.</summary>
    public static string Name(string? name, string kind, SourceLocation at) =>
        string.IsNullOrWhiteSpace(name)
            ? throw new InvalidDesignException($"{kind} name", $"a {kind} needs a name; got {Quote(name)}", at)
            : name!;

    /// <summary>An Azure resource name: 1-80 letters, digits, '_', '.', '-'; starts with a letter or digit, ends with a letter, digit or '_'.</summary>
    public static string ResourceName(string? name, string kind, SourceLocation at) =>
        ResourceNamePattern().IsMatch(Name(name, kind, at))
            ? name!
            : throw new InvalidDesignException($"{kind} '{name}'",
                "not a valid Azure resource name: use 1-80 letters, digits, '_', '.' or '-', starting with a letter or digit and ending with a letter, digit or '_'", at);

    /// <summary>A value that must be present and not blank (a region, a provider, a peering location).</summary>
    public static string Text(string? value, string element, string what, SourceLocation at) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new InvalidDesignException(element, $"{what} must not be empty; got {Quote(value)}", at)
            : value!;

    /// <summary>Registers a name, or fails naming where it was first used.</summary>
    public static void Unique(Dictionary<string, SourceLocation> names, string name, string kind, SourceLocation at)
    {
        if (names.TryGetValue(name, out var first))
        {
            throw new InvalidDesignException($"{kind} '{name}'", $"the name is already used by another {kind} (at {first})", at);
        }

        names.Add(name, at);
    }

    /// <summary>An element handed to a builder must come from the same design.</summary>
    public static T SameDesign<T>(T? element, DesignBuilder design, string what, string user, SourceLocation at)
        where T : class, IDesignPart
    {
        if (element is null)
        {
            throw new InvalidDesignException(user, $"{what} must not be null", at);
        }

        return ReferenceEquals(element.Design, design)
            ? element
            : throw new InvalidDesignException(user, $"{what} '{element.PartName}' belongs to design '{element.Design.Name}', not to design '{design.Name}'", at);
    }

    public static string Quote(string? value) => value is null ? "null" : $"'{value}'";

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$")]
    private static partial Regex ResourceNamePattern();
}

/// <summary>A builder that belongs to one design and can be handed to other builders of it.</summary>
internal interface IDesignPart
{
    /// <summary>The design the part belongs to.</summary>
    DesignBuilder Design { get; }

    /// <summary>The part's name.</summary>
    string PartName { get; }
}
