using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Dsl;

/// <summary>The checks every builder makes on its input, with messages that name the element and the value.</summary>
internal static partial class Guard
{
    /// <summary>
    /// The most characters a name, provider, peering location or region may have: our own limit, not Azure's (Microsoft
    /// documents none for these), that of an Azure resource name.
    /// </summary>
    public const int MaximumTextLength = 80;

    public static SourceLocation At(string file, int line) => new(file, line);

    /// <summary>A name (of a design, site, router or port) must be present, and be text (see <see cref="Text"/>).</summary>
    public static string Name(string? name, string kind, SourceLocation at) =>
        Printable(Present(name, kind, at), $"{kind} {Quote(name)}", "the name", MaximumTextLength, at);

    /// <summary>An Azure resource name: 1-80 letters, digits, '_', '.', '-'; starts with a letter or digit, ends with a letter, digit or '_'.</summary>
    public static string ResourceName(string? name, string kind, SourceLocation at) =>
        ResourceNamePattern().IsMatch(Present(name, kind, at))
            ? name!
            : throw new InvalidDesignException($"{kind} {Quote(name)}",
                "not a valid Azure resource name: use 1-80 letters, digits, '_', '.' or '-', starting with a letter or digit and ending with a letter, digit or '_'", at);

    /// <summary>A value that must be present and not blank, and is not shown in messages beyond that (an MD5 key).</summary>
    public static string NotBlank(string? value, string element, string what, SourceLocation at) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new InvalidDesignException(element, $"{what} must not be empty; got {Quote(value)}", at)
            : value!;

    /// <summary>
    /// Text the template carries (a provider, a peering location, an identity): present, at most
    /// <paramref name="maxLength"/> characters, no white space around it, and no control, format or separator
    /// character (a newline, a zero-width space, a bidirectional override), which no Azure name has.
    /// </summary>
    public static string Text(string? value, string element, string what, SourceLocation at, int maxLength = MaximumTextLength) =>
        Printable(NotBlank(value, element, what, at), element, what, maxLength, at);

    /// <summary>
    /// An Azure region: its name ("westeurope") or display name ("West Europe"), which must be in Microsoft's list
    /// (<see cref="AzureRegions"/>) unless <paramref name="allowUnlisted"/> says it is one the list lacks.
    /// </summary>
    public static string Region(string? region, bool allowUnlisted, string element, SourceLocation at)
    {
        Text(region, element, "the region", at);
        if (!RegionPattern().IsMatch(region!))
        {
            throw new InvalidDesignException(element, $"the region {Quote(region)} is not an Azure region name: use letters and digits, such as westeurope", at);
        }

        return allowUnlisted || AzureRegions.IsKnown(region)
            ? region!
            : throw new InvalidDesignException(element,
                $"the region {Quote(region)} is not in Microsoft's list of Azure regions (such as westeurope or 'West Europe'); if Azure has added it since, pass allowUnlistedRegion: true", at);
    }

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

    /// <summary>
    /// A value as a message shows it: in quotes, on one line, with control, format and separator characters escaped
    /// (<c>\n</c>, <c>\u200B</c>) and a long value cut, so that a message shows what is there and nothing more.
    /// </summary>
    public static string Quote(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        const int shown = 100;
        var text = new StringBuilder("'");
        foreach (char c in value.Length > shown ? value.Substring(0, shown) : value)
        {
            text.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsHidden(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        text.Append('\'');
        return value.Length > shown ? $"{text}... ({value.Length} characters)" : text.ToString();
    }

    private static string Present(string? name, string kind, SourceLocation at) =>
        string.IsNullOrWhiteSpace(name)
            ? throw new InvalidDesignException($"{kind} name", $"a {kind} needs a name; got {Quote(name)}", at)
            : name!;

    private static string Printable(string value, string element, string what, int maxLength, SourceLocation at) =>
        Problem(value, maxLength) is { } problem ? throw new InvalidDesignException(element, $"{what} {Quote(value)} {problem}", at) : value;

    private static string? Problem(string value, int maxLength)
    {
        if (value.Length > maxLength)
        {
            return $"is {value.Length} characters long; at most {maxLength} are allowed";
        }

        foreach (char c in value)
        {
            if (IsHidden(c))
            {
                return $"contains the character U+{(int)c:X4}";
            }
        }

        return char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) ? "has white space around it" : null;
    }

    // Characters that do not show, or show as something else: control, format (zero-width, bidirectional), line and
    // paragraph separators, private-use and unassigned ones, and surrogates (characters beyond the Basic Multilingual
    // Plane, such as emoji, and lone halves of them): none is in an Azure name.
    private static bool IsHidden(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
        or UnicodeCategory.OtherNotAssigned;

    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?\z")]
    private static partial Regex ResourceNamePattern();

    [GeneratedRegex(@"^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*\z")]
    private static partial Regex RegionPattern();
}

/// <summary>A builder that belongs to one design and can be handed to other builders of it.</summary>
internal interface IDesignPart
{
    /// <summary>The design the part belongs to.</summary>
    DesignBuilder Design { get; }

    /// <summary>The part's name.</summary>
    string PartName { get; }
}
