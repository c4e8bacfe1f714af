using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ErAnalyzers.Dsl.Tests.Support;

/// <summary>
/// How ARM reads the strings of a template (values and property names): a string that starts with <c>[</c> and
/// ends with <c>]</c> is an expression, unless it starts with <c>[[</c>, which stands for a literal starting with
/// one <c>[</c> ("Syntax and expressions in ARM templates", Escape characters:
/// https://learn.microsoft.com/azure/azure-resource-manager/templates/template-expressions#escape-characters).
/// </summary>
internal static partial class ArmExpressions
{
    /// <summary>The expressions of a template that are none of the writer's: a parameter, a resource id, the resource group's location.</summary>
    public static IEnumerable<string> NotMadeByTheWriter(string template) =>
        Texts(JsonNode.Parse(template)).Where(IsExpression).Where(text => !WriterExpression().IsMatch(text));

    /// <summary>
    /// Whether the template carries <paramref name="value"/> as it is: in a literal, or as a quoted argument of one of
    /// the writer's expressions (a name in a resource id).
    /// </summary>
    public static bool Carries(string template, string value) =>
        Literals(template).Any(literal => literal.Contains(value, StringComparison.Ordinal))
        || Texts(JsonNode.Parse(template)).Where(IsExpression).Any(expression => expression.Contains($"'{value.Replace("'", "''")}'", StringComparison.Ordinal));

    /// <summary>The literal ARM reads from each string of a template that is not an expression.</summary>
    public static IEnumerable<string> Literals(string template) =>
        Texts(JsonNode.Parse(template)).Where(text => !IsExpression(text)).Select(text => text.StartsWith("[[") && text.EndsWith(']') ? text[1..] : text);

    public static bool IsExpression(string text) => text.StartsWith('[') && text.EndsWith(']') && !text.StartsWith("[[");

    // Every string of the JSON: the values, and the property names, which ARM evaluates too.
    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Texts(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(Texts),
        JsonValue v when v.TryGetValue(out string? s) => [s],
        _ => [],
    };

    // parameters('name') of a template parameter; resourceId of a Microsoft.Network type and Azure resource names.
    [GeneratedRegex(@"^\[(?:parameters\('[A-Za-z][A-Za-z0-9_]*'\)|resourceGroup\(\)\.location|resourceId\('Microsoft\.Network/[A-Za-z]+(?:/[A-Za-z]+)*'(?:, '[A-Za-z0-9_.-]+')+\))\]\z")]
    private static partial Regex WriterExpression();
}
