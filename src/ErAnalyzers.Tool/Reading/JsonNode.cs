using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ErAnalyzers.Model;

namespace ErAnalyzers.Tool.Reading;

/// <summary>
/// A value in a <see cref="JsonFile"/> with its JSON pointer, so that what is read from it knows where it was
/// written. Property names match in any case: the REST API writes <c>peerASN</c>, the Azure CLI <c>peerAsn</c>.
/// </summary>
internal readonly struct JsonNode(JsonFile file, JsonElement element, string pointer, ArmExpressions? expressions = null)
{
    /// <summary>The file.</summary>
    public JsonFile File { get; } = file;

    /// <summary>The value as written.</summary>
    public JsonElement Element { get; } = element;

    /// <summary>The JSON pointer of the value.</summary>
    public string Pointer { get; } = pointer;

    /// <summary>The pointer as a message shows it.</summary>
    public string PointerText => Pointer.Length == 0 ? "/" : Pointer;

    /// <summary>Where the value (or its property name) is.</summary>
    public SourceLocation Location => File.Locate(Pointer);

    /// <summary>Whether the value is part of an ARM template (its strings may be expressions).</summary>
    public bool IsTemplate => expressions is not null;

    /// <summary>The same value, read with the expressions of a template: string values in brackets are evaluated.</summary>
    public JsonNode WithExpressions(ArmExpressions armExpressions) => new(File, Element, Pointer, armExpressions);

    /// <summary>The property <paramref name="name"/> (any case) of an object; null when absent or not an object.</summary>
    public JsonNode? this[string name]
    {
        get
        {
            if (Element.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var property in Element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return new JsonNode(File, property.Value, Pointer + "/" + JsonFile.Escape(property.Name), expressions);
                }
            }

            return null;
        }
    }

    /// <summary>The properties of a resource: its <c>properties</c> object (ARM, REST), or itself (the Azure CLI flattens them).</summary>
    public JsonNode Properties => this["properties"] is { Element.ValueKind: JsonValueKind.Object } properties ? properties : this;

    /// <summary>The items of an array (none when it is no array).</summary>
    public IEnumerable<JsonNode> Items()
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        int index = 0;
        foreach (var item in Element.EnumerateArray())
        {
            yield return new JsonNode(File, item, Pointer + "/" + index.ToString(CultureInfo.InvariantCulture), expressions);
            index++;
        }
    }

    /// <summary>The items of the array property <paramref name="name"/>; none when absent.</summary>
    public IEnumerable<JsonNode> Items(string name) => this[name] is { } array ? array.Items() : [];

    /// <summary>
    /// The value after evaluating a template expression; null when it cannot be known. Outside templates, and for
    /// values that are no expression, the value as written.
    /// </summary>
    public JsonElement? Value => expressions is not null && Element.ValueKind == JsonValueKind.String
        ? expressions.Evaluate(Element.GetString()!, this)
        : Element;

    /// <summary>The string property <paramref name="name"/>: null when absent, unknown when an expression cannot be evaluated.</summary>
    public Setting<string>? Text(string name) => this[name] is { } node ? node.AsText() : null;

    /// <summary>This value as a string setting.</summary>
    public Setting<string>? AsText()
    {
        if (Element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return Value switch
        {
            null => Setting.Unknown<string>(Location),
            { ValueKind: JsonValueKind.String } text => Setting.Of(text.GetString()!, Location),
            { } other => throw BadInputException.At(this, $"expected a string, found {Describe(other)}"),
        };
    }

    /// <summary>The whole-number property <paramref name="name"/> (a JSON number or a string of digits).</summary>
    public Setting<long>? Number(string name)
    {
        if (this[name] is not { } node || node.Element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return node.Value switch
        {
            null => Setting.Unknown<long>(node.Location),
            { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out long value) => Setting.Of(value, node.Location),
            { ValueKind: JsonValueKind.String } text when long.TryParse(text.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out long value) => Setting.Of(value, node.Location),
            { } other => throw BadInputException.At(node, $"'{name}' must be a whole number, found {Describe(other)}"),
        };
    }

    /// <summary>The boolean property <paramref name="name"/>.</summary>
    public Setting<bool>? Boolean(string name)
    {
        if (this[name] is not { } node || node.Element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return node.Value switch
        {
            null => Setting.Unknown<bool>(node.Location),
            { ValueKind: JsonValueKind.True } => Setting.Of(true, node.Location),
            { ValueKind: JsonValueKind.False } => Setting.Of(false, node.Location),
            { } other => throw BadInputException.At(node, $"'{name}' must be true or false, found {Describe(other)}"),
        };
    }

    /// <summary>
    /// The string property <paramref name="name"/> read as a <typeparamref name="T"/> by <paramref name="parse"/>
    /// (null when the text is not one); <paramref name="expected"/> says what is expected in the message otherwise.
    /// </summary>
    public Setting<T>? Parsed<T>(string name, Func<string, T?> parse, string expected)
        where T : struct
    {
        if (this[name] is not { } node)
        {
            return null;
        }

        return node.AsParsed(parse, expected);
    }

    /// <summary>This value read as a <typeparamref name="T"/> (see <see cref="Parsed{T}"/>).</summary>
    public Setting<T>? AsParsed<T>(Func<string, T?> parse, string expected)
        where T : struct
    {
        var text = AsText();
        if (text is null)
        {
            return null;
        }

        if (!text.IsKnown)
        {
            return Setting.Unknown<T>(Location);
        }

        return parse(text.Value) is { } value
            ? Setting.Of(value, Location)
            : throw BadInputException.At(this, $"expected {expected}, found {Quote(text.Value)}");
    }

    /// <summary>An enum value by its name, in any case.</summary>
    public static TEnum? EnumNamed<TEnum>(string text)
        where TEnum : struct, Enum =>
        // Enum.TryParse also takes numbers, which Azure never writes for these.
        text.Length > 0 && char.IsLetter(text[0]) && Enum.TryParse(text, ignoreCase: true, out TEnum value) ? value : null;

    /// <summary>A value as a message shows it: strings quoted and shortened, others by kind.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Quote(value.GetString()!),
        JsonValueKind.Number => value.GetRawText(),
        _ => "a value of type " + value.ValueKind.ToString().ToLowerInvariant(),
    };

    // Quotes and apostrophes stay readable; control characters are escaped.
    private static readonly JsonSerializerOptions QuoteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A text as a message shows it: quoted, at most 80 characters, control characters escaped.</summary>
    public static string Quote(string text)
    {
        string shown = text.Length > 80 ? text[..80] + "..." : text;
        return JsonSerializer.Serialize(shown, QuoteOptions);
    }
}
