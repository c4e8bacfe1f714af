using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace ErAnalyzers.Tool.Reading;

/// <summary>
/// Evaluates the template expressions whose value a file can tell: <c>parameters('x')</c> (the parameters file's
/// value, else the default), <c>variables('x')</c>, <c>concat(...)</c> of strings, <c>resourceId(...)</c>, string and
/// number literals, and property access on what those give. Anything else (for example <c>resourceGroup()</c>) is
/// unknown, and the rules stay silent on it.
/// </summary>
internal sealed class ArmExpressions
{
    private readonly JsonNode template;
    private readonly IReadOnlyDictionary<string, JsonNode> parameterValues;

    // The deepest nesting of calls, parameters and variables read: a hostile template gets a message, not a stack overflow.
    private const int MaximumDepth = 64;

    // Parameters and variables being evaluated: one that refers to itself is unknown.
    private readonly HashSet<string> evaluating = new(StringComparer.OrdinalIgnoreCase);
    private int depth;

    public ArmExpressions(JsonNode template, IReadOnlyDictionary<string, JsonNode> parameterValues)
    {
        this.template = template;
        this.parameterValues = parameterValues;
    }

    /// <summary>The value of a template string: itself, unescaped (<c>[[</c>), or its expression's value; null when unknown.</summary>
    public JsonElement? Evaluate(string text, JsonNode at)
    {
        if (!text.StartsWith('[') || !text.EndsWith(']'))
        {
            return JsonSerializer.SerializeToElement(text);
        }

        if (text.StartsWith("[[", StringComparison.Ordinal))
        {
            return JsonSerializer.SerializeToElement(text[1..]);
        }

        var parser = new Parser(this, text[1..^1], at);
        var value = parser.Expression();
        parser.End();
        return value;
    }

    private JsonElement? Parameter(string name, JsonNode at)
    {
        if (parameterValues.TryGetValue(name, out var given))
        {
            return given.Element;
        }

        if (template["parameters"]?[name] is not { } declared)
        {
            throw BadInputException.At(at, $"the template has no parameter {JsonNode.Quote(name)}");
        }

        return Guarded("parameters:" + name, at, () => declared["defaultValue"] is { } value ? value.WithExpressions(this).Value : null);
    }

    private JsonElement? Variable(string name, JsonNode at)
    {
        if (template["variables"]?[name] is not { } declared)
        {
            throw BadInputException.At(at, $"the template has no variable {JsonNode.Quote(name)}");
        }

        return Guarded("variables:" + name, at, () => declared.WithExpressions(this).Value);
    }

    private JsonElement? Guarded(string key, JsonNode at, Func<JsonElement?> evaluate)
    {
        if (!evaluating.Add(key))
        {
            return null;
        }

        try
        {
            return Deeper(at, evaluate);
        }
        finally
        {
            evaluating.Remove(key);
        }
    }

    private JsonElement? Deeper(JsonNode at, Func<JsonElement?> evaluate)
    {
        depth++;
        try
        {
            return depth > MaximumDepth
                ? throw BadInputException.At(at, $"the template expression is nested more than {MaximumDepth} deep")
                : evaluate();
        }
        finally
        {
            depth--;
        }
    }

    // resourceId([subscriptionId], [resourceGroupName], 'Namespace/type/child', 'name', 'childName'), as an id
    // of the form Azure gives: /providers/Namespace/type/name/child/childName.
    private static JsonElement? ResourceId(IReadOnlyList<JsonElement?> arguments)
    {
        if (arguments.Any(a => a is not { ValueKind: JsonValueKind.String }))
        {
            return null;
        }

        var texts = arguments.Select(a => a!.Value.GetString()!).ToList();
        int typeIndex = texts.FindIndex(t => t.Contains('/'));
        if (typeIndex < 0)
        {
            return null;
        }

        string[] type = texts[typeIndex].Split('/');
        var names = texts.Skip(typeIndex + 1).ToList();
        if (names.Count != type.Length - 1)
        {
            return null;
        }

        var id = new StringBuilder("/providers/").Append(type[0]);
        for (int i = 0; i < names.Count; i++)
        {
            id.Append('/').Append(type[i + 1]).Append('/').Append(names[i]);
        }

        return JsonSerializer.SerializeToElement(id.ToString());
    }

    private static JsonElement? Concat(IReadOnlyList<JsonElement?> arguments) =>
        arguments.All(a => a is { ValueKind: JsonValueKind.String })
            ? JsonSerializer.SerializeToElement(string.Concat(arguments.Select(a => a!.Value.GetString())))
            : null;

    // A recursive-descent reader of one expression (the grammar of
    // https://learn.microsoft.com/azure/azure-resource-manager/templates/template-expressions).
    private sealed class Parser(ArmExpressions owner, string text, JsonNode at)
    {
        private int position;

        public JsonElement? Expression()
        {
            var value = Primary();
            while (true)
            {
                SkipSpaces();
                if (TryTake('.'))
                {
                    string name = Identifier();
                    value = value is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(name, out var property) ? property : null;
                }
                else if (TryTake('['))
                {
                    var index = Expression();
                    Expect(']');
                    value = (value, index) switch
                    {
                        ({ ValueKind: JsonValueKind.Array } array, { ValueKind: JsonValueKind.Number } i) when i.TryGetInt32(out int n) && n >= 0 && n < array.GetArrayLength() => array[n],
                        ({ ValueKind: JsonValueKind.Object } obj, { ValueKind: JsonValueKind.String } key) when obj.TryGetProperty(key.GetString()!, out var property) => property,
                        _ => null,
                    };
                }
                else
                {
                    return value;
                }
            }
        }

        public void End()
        {
            SkipSpaces();
            if (position != text.Length)
            {
                throw Malformed();
            }
        }

        private JsonElement? Primary()
        {
            SkipSpaces();
            if (position >= text.Length)
            {
                throw Malformed();
            }

            char c = text[position];
            if (c == '\'')
            {
                return JsonSerializer.SerializeToElement(StringLiteral());
            }

            if (c == '-' || char.IsDigit(c))
            {
                int start = position++;
                while (position < text.Length && char.IsDigit(text[position]))
                {
                    position++;
                }

                return long.TryParse(text.AsSpan(start, position - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number)
                    ? JsonSerializer.SerializeToElement(number)
                    : throw Malformed();
            }

            return owner.Deeper(at, Call);
        }

        // name(arguments)
        private JsonElement? Call()
        {
            string function = Identifier();
            Expect('(');
            var arguments = new List<JsonElement?>();
            SkipSpaces();
            if (!TryTake(')'))
            {
                do
                {
                    arguments.Add(Expression());
                    SkipSpaces();
                }
                while (TryTake(','));
                Expect(')');
            }

            return function.ToLowerInvariant() switch
            {
                "parameters" => Name(arguments) is { } name ? owner.Parameter(name, at) : null,
                "variables" => Name(arguments) is { } name ? owner.Variable(name, at) : null,
                "concat" => Concat(arguments),
                "resourceid" => ResourceId(arguments),
                _ => null,
            };
        }

        private static string? Name(List<JsonElement?> arguments) =>
            arguments is [{ ValueKind: JsonValueKind.String } name] ? name.GetString() : null;

        private string StringLiteral()
        {
            var value = new StringBuilder();
            position++;
            while (position < text.Length)
            {
                char c = text[position++];
                if (c != '\'')
                {
                    value.Append(c);
                }
                else if (position < text.Length && text[position] == '\'')
                {
                    value.Append('\'');
                    position++;
                }
                else
                {
                    return value.ToString();
                }
            }

            throw Malformed();
        }

        private string Identifier()
        {
            SkipSpaces();
            int start = position;
            while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }

            return position > start ? text[start..position] : throw Malformed();
        }

        private void Expect(char c)
        {
            SkipSpaces();
            if (!TryTake(c))
            {
                throw Malformed();
            }
        }

        private bool TryTake(char c)
        {
            if (position < text.Length && text[position] == c)
            {
                position++;
                return true;
            }

            return false;
        }

        private void SkipSpaces()
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        private BadInputException Malformed() =>
            BadInputException.At(at, $"the template expression {JsonNode.Quote("[" + text + "]")} cannot be read (at character {position + 2})");
    }
}
