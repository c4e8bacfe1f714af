using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Tool;

/// <summary>
/// Findings as SARIF 2.1.0, in the shape of the compiler's <c>/errorlog</c>: one run, the rules in
/// <c>tool.driver.rules</c>, each result with its rule, level, message and physical location.
/// </summary>
internal static class SarifWriter
{
    /// <summary>Writes <paramref name="findings"/> (each with its configured severity) to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IReadOnlyList<(Finding Finding, Severity Severity)> findings)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        var rules = findings.Select(f => f.Finding.Rule).Distinct().OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        json.WriteStartObject();
        json.WriteString("$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "eranalyzers");
        json.WriteString("version", typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            WriteMessage("shortDescription", rule.Title);
            WriteMessage("fullDescription", rule.Description);
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        // Columns count characters as the text output does (a character outside the BMP is one).
        json.WriteString("columnKind", "unicodeCodePoints");
        json.WriteStartArray("results");
        foreach (var (finding, severity) in findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteNumber("ruleIndex", rules.IndexOf(finding.Rule));
            json.WriteString("level", Level(severity));
            WriteMessage("message", finding.Message);
            if (finding.Location is { } location)
            {
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", new Uri(Path.GetFullPath(location.FilePath)).AbsoluteUri);
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", location.Line);
                json.WriteNumber("startColumn", Math.Max(1, location.Column));
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();

        void WriteMessage(string property, string text)
        {
            json.WriteStartObject(property);
            json.WriteString("text", text);
            json.WriteEndObject();
        }
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
