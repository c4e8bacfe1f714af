using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;

namespace ErAnalyzers.Tool.Tests;

/// <summary>SARIF output, report files and .editorconfig settings of the check command.</summary>
public sealed class CheckOutputTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("eranalyzers-check-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    // A copy of fixtures in a folder of the test's own, where .editorconfig files can be put.
    private string[] Copy(string folder, params string[] fixtures)
    {
        string target = Path.Combine(directory, folder);
        Directory.CreateDirectory(target);
        return [.. fixtures.Select(f =>
        {
            string copy = Path.Combine(target, Path.GetFileName(f));
            File.Copy(TestTool.Fixture(f), copy);
            return copy;
        })];
    }

    /// <summary>The errors of validating <paramref name="sarif"/> against the SARIF 2.1.0 schema.</summary>
    public static async Task<string[]> SchemaErrors(string sarif)
    {
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));
        return [.. schema.Validate(sarif).Select(e => e.ToString())];
    }

    [Fact]
    public async Task Sarif_validates_against_the_schema_and_points_into_the_json()
    {
        string report = Path.Combine(directory, "findings.sarif");
        var (exit, output, _) = TestTool.Run("check", TestTool.Fixture("Templates/BadLinkRedundancy.json"), "--format", "sarif", "--output", report);
        Assert.Equal(0, exit);
        Assert.Equal("", output);

        string sarif = File.ReadAllText(report);
        Assert.Empty(await SchemaErrors(sarif));
        Assert.NotEmpty(await SchemaErrors("""{"version": "2.0.0", "runs": []}"""));

        var run = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["ER1002", "ER1006", "ER1005", "ER1001", "ER1003", "ER1004", "ER1006"], results.Select(r => r.GetProperty("ruleId").GetString()));
        var er1001 = results[3];
        Assert.Equal("warning", er1001.GetProperty("level").GetString());
        var location = er1001.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("/Fixtures/Templates/BadLinkRedundancy.json", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Equal(194, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(11, location.GetProperty("region").GetProperty("startColumn").GetInt32());

        // Each result's rule is described at its index.
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.All(results, r => Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString()));
    }

    [Fact]
    public void Editorconfig_from_the_inputs_directory_upward_sets_severities_and_minimum_resiliency()
    {
        string[] inputs = Copy("estate", "Cli/circuits.json", "Cli/gateways.json", "Cli/connections.json", "Cli/peerings.json");
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), """
            root = true

            [*.json]
            dotnet_diagnostic.ER1001.severity = error
            dotnet_diagnostic.ER2005.severity = none
            er_analyzers.minimum_resiliency = standard
            """);

        var (exit, output, _) = TestTool.Run(["check", .. inputs]);
        Assert.Equal(1, exit);
        Assert.Contains("peerings.json(41,9): error ER1001:", output, StringComparison.Ordinal);
        Assert.Contains("warning ER4009:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ER2005", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ER2001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Editorconfig_with_root_true_hides_those_above_it()
    {
        string[] inputs = Copy(Path.Combine("outer", "inner"), "Cli/peerings.json");
        File.WriteAllText(Path.Combine(directory, "outer", ".editorconfig"), "[*]\ndotnet_diagnostic.ER4009.severity = none\n");
        Assert.DoesNotContain("ER4009", TestTool.Run(["check", .. inputs]).Output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(directory, "outer", "inner", ".editorconfig"), "root = true\n");
        Assert.Contains("ER4009", TestTool.Run(["check", .. inputs]).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Category_severity_applies_unless_the_rule_has_its_own()
    {
        string config = Path.Combine(directory, "ci.editorconfig");
        File.WriteAllText(config, """
            [*.json]
            dotnet_analyzer_diagnostic.category-ExpressRoute.Redundancy.severity = error
            dotnet_diagnostic.ER1002.severity = warning
            """);
        var (exit, output, _) = TestTool.Run("check", TestTool.Fixture("Templates/QuickStart.json"), "--config", config);
        Assert.Equal(1, exit);
        Assert.Contains("error ER1001:", output, StringComparison.Ordinal);
        Assert.Contains("warning ER1002:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_option_applies_to_inputs_anywhere()
    {
        string config = Path.Combine(directory, "ci.editorconfig");
        File.WriteAllText(config, "[*.json]\ndotnet_diagnostic.ER1001.severity = error\n");
        var (exit, output, _) = TestTool.Run("check", TestTool.Fixture("Templates/QuickStart.json"), "--config", config);
        Assert.Equal(1, exit);
        Assert.Contains("error ER1001:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_written_on_bad_input()
    {
        string report = Path.Combine(directory, "findings.sarif");
        var (exit, _, error) = TestTool.Run("check", TestTool.Fixture("Templates/QuickStart.json"), TestTool.Fixture("BadInput/malformed.json"), "--format", "sarif", "-o", report);
        Assert.Equal(2, exit);
        Assert.Contains("malformed.json(4,74): error:", error, StringComparison.Ordinal);
        Assert.False(File.Exists(report));
        Assert.Empty(Directory.GetFiles(directory));
    }
}
