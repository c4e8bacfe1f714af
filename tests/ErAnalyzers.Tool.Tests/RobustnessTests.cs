using System;
using System.IO;
using System.Linq;
using System.Text;
using ErAnalyzers.Rules;
using ErAnalyzers.Tool.Reading;

namespace ErAnalyzers.Tool.Tests;

/// <summary>Broken and hostile input is refused with a message, never an unexpected exception.</summary>
public sealed class RobustnessTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("eranalyzers-robust-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static readonly string[] Fixtures =
    [
        "Templates/QuickStart.json", "Templates/ExpressRouteDirect.json", "Expressions/template.json", "Cli/circuits.json",
        "Cli/peerings.json", "Cli/gateways.json", "Cli/connections.json", "RouteTables/er-ams.AzurePrivatePeering.secondary.json",
    ];

    // Characters that change JSON structure or values the most.
    private const string Replacements = "{}[]\",:'()0-9aZ/\\. \u0000\u00e9";

    [Fact]
    public void Mutated_files_are_read_or_refused_with_a_message()
    {
        var random = new Random(1805);
        foreach (string fixture in Fixtures)
        {
            string original = File.ReadAllText(TestTool.Fixture(fixture));
            for (int i = 0; i < 150; i++)
            {
                var text = new StringBuilder(original);
                for (int edits = random.Next(1, 4); edits > 0; edits--)
                {
                    int at = random.Next(text.Length);
                    switch (random.Next(3))
                    {
                        case 0:
                            text.Remove(at, 1);
                            break;
                        case 1:
                            text[at] = Replacements[random.Next(Replacements.Length)];
                            break;
                        default:
                            text.Insert(at, Replacements[random.Next(Replacements.Length)]);
                            break;
                    }
                }

                string path = Path.Combine(directory, Path.GetFileName(fixture));
                File.WriteAllText(path, text.ToString());
                try
                {
                    Estate.Check([path], null, RuleOptions.Default);
                }
                catch (BadInputException e)
                {
                    Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
                }
                catch (Exception e)
                {
                    Assert.Fail($"{fixture}, variant {i}: {e}\n{text}");
                }
            }
        }
    }

    [Fact]
    public void Deeply_nested_expressions_and_variable_chains_are_refused()
    {
        string nested = string.Concat(Enumerable.Repeat("concat(", 5000)) + "'x'" + new string(')', 5000);
        string variables = string.Join(",", Enumerable.Range(0, 5000).Select(i => $"\"v{i}\": \"[variables('v{i + 1}')]\"")) + ", \"v5000\": \"er\"";
        foreach (string name in new[] { $"[{nested}]", "[variables('v0')]" })
        {
            string path = Path.Combine(directory, "deep.json");
            File.WriteAllText(path, $$"""
                {"$schema": "x", "variables": { {{variables}} }, "resources": [
                  {"type": "Microsoft.Network/expressRouteCircuits", "name": "{{name}}", "location": "westeurope"}]}
                """);
            var e = Assert.Throws<BadInputException>(() => Estate.Read([path], null));
            Assert.Contains("nested more than 64 deep", e.Message, StringComparison.Ordinal);
        }
    }
}
