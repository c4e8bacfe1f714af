using System;
using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Tests.Support;

namespace ErAnalyzers.Dsl.Tests.Support;

/// <summary>
/// The fuzz of the DSL's string parameters, run once for the tests that read it: each hostile value
/// (<see cref="HostileStrings"/>) in each public string parameter of the DSL, the rest of <see cref="FuzzTour"/> valid.
/// The DSL must refuse the value with <see cref="InvalidDesignException"/>, or the rules refuse the design (an Error
/// finding), or the template carries the value as the literal it is, with no expression the writer did not make.
/// </summary>
internal sealed class DslFuzz
{
    // Values the template never carries: a literal MD5 key becomes a secret parameter, its source text feeds ER5001.
    private static readonly HashSet<string> NotWritten =
        ["PeeringBuilder.Md5Key(key, keyExpression).key", "PeeringBuilder.Md5Key(key, keyExpression).keyExpression"];

    private static readonly Lazy<DslFuzz> Once = new(Run);

    private DslFuzz(IReadOnlyList<string> keys, int values, IReadOnlyDictionary<string, string> outcomes, IReadOnlyList<string> accepted, IReadOnlyList<string> problems)
    {
        Keys = keys;
        Values = values;
        Outcomes = outcomes;
        AcceptedTemplates = accepted;
        Problems = problems;
    }

    public static DslFuzz Result => Once.Value;

    /// <summary>The parameters fuzzed, as <see cref="FuzzTour.StringParameters"/> names them.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>How many values were tried, parameter by parameter.</summary>
    public int Values { get; }

    /// <summary>What became of the values of each parameter: how many the DSL refused, the rules refused (an Error finding), the template carries.</summary>
    public IReadOnlyDictionary<string, string> Outcomes { get; }

    /// <summary>The template of each accepted value.</summary>
    public IReadOnlyList<string> AcceptedTemplates { get; }

    /// <summary>Everything that broke the contract: another exception, an expression the writer did not make, a value not written as it is.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static DslFuzz Run()
    {
        string[] keys = [.. FuzzTour.StringParameters().Except(FuzzTour.NotDesignText.Keys).Order(StringComparer.Ordinal)];
        int copy = 0;
        var outcomes = new Dictionary<string, string>(StringComparer.Ordinal);
        var accepted = new List<string>();
        var problems = new List<string>();
        foreach (string key in keys)
        {
            int refused = 0, refusedByRules = 0, written = accepted.Count;
            foreach (string? value in HostileStrings.All)
            {
                string where = $"{key} = {Show(value)}";
                try
                {
                    var design = FuzzTour.Create(++copy, (k, valid) => k == key ? value! : valid);
                    problems.AddRange(DiagramProblems(design.ToDiagram()).Select(problem => $"{where}: diagram {problem}"));
                    string template = design.ToArmTemplate();
                    accepted.Add(template);
                    problems.AddRange(ArmExpressions.NotMadeByTheWriter(template).Select(text => $"{where}: expression {Show(text)} in the template"));
                    if (value is not null && !NotWritten.Contains(key) && !ArmExpressions.Carries(template, value))
                    {
                        problems.Add($"{where}: accepted, but no string of the template reads as it");
                    }
                }
                catch (InvalidDesignException)
                {
                    refused++;
                }
                catch (DesignValidationException)
                {
                    refusedByRules++;
                }
                catch (Exception exception)
                {
                    problems.Add($"{where}: {exception.GetType().Name}: {exception.Message}");
                }
            }

            outcomes[key] = $"{refused} refused by the DSL, {refusedByRules} by the rules, {accepted.Count - written} written";
        }

        return new DslFuzz(keys, copy, outcomes, accepted, problems);
    }

    // Every label of the flowchart stays one quoted string on its line: quotes paired, no control character, no tag
    // but the line breaks the writer puts in.
    private static IEnumerable<string> DiagramProblems(string diagram) =>
        diagram.Split('\n').Where(line => line.Count(c => c == '"') % 2 != 0 || line.Any(char.IsControl)
            || line.Replace("<br/>", "", StringComparison.Ordinal).IndexOfAny(['<', '>']) >= 0)
            .Select(line => $"line {Show(line)} breaks out of its label");

    private static string Show(string? value) => value is null ? "null"
        : System.Text.Json.JsonSerializer.Serialize(value.Length > 60 ? $"{value[..60]}... ({value.Length} characters)" : value);
}
