using System.IO;
using System.Text.Json.Nodes;
using ErAnalyzers.Dsl.Tests.Support;

namespace ErAnalyzers.Dsl.Tests;

/// <summary>
/// Bicep type-checks each sample's template against Azure's resource types (Microsoft.Network@2025-09-01):
/// decompiled and rebuilt, it must give no BCP diagnostic. Linter rules (no-hardcoded-env-urls, ...) are allowed.
/// One class, so the Bicep processes (each several seconds of CPU) run one after another rather than compete for
/// the cores; the rest of the suite runs alongside.
/// </summary>
public sealed class BicepTypeCheckTests
{
    // Bicep takes at most 800 resources and 256 parameters in a file; a fuzz tour has 17 resources and 5 parameters.
    private const int FuzzTemplatesPerCheck = 40;

    public static TheoryData<string> SampleNames => SampleDesigns.Names;

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Sample_template_has_no_Bicep_type_errors(string sample)
    {
        using var folder = new TempFolder();
        string template = folder.Combine($"{sample}.json");
        SampleDesigns.Create(sample).WriteArmTemplate(template);

        string output = BicepCli.DecompileAndBuild(template);

        Assert.Empty(BicepCli.BcpDiagnostics(output));
    }

    [Fact]
    public void The_templates_of_the_fuzzed_designs_have_no_Bicep_type_errors()
    {
        var templates = DslFuzz.Result.AcceptedTemplates;
        Assert.NotEmpty(templates);
        using var folder = new TempFolder();

        // The tours name their resources apart, so that their templates are checked together, in a few Bicep runs.
        int part = 0;
        foreach (var merged in ArmTemplate.MergeApart(templates, FuzzTemplatesPerCheck))
        {
            string template = folder.Combine($"fuzz{part++}.json");
            File.WriteAllText(template, merged.ToJsonString());

            string output = BicepCli.DecompileAndBuild(template);

            Assert.Empty(BicepCli.BcpDiagnostics(output));
        }
    }

    [Fact]
    public void The_check_fails_on_an_unknown_property_with_BCP037()
    {
        using var folder = new TempFolder();
        string template = folder.Combine("injected.json");
        var json = JsonNode.Parse(SampleDesigns.Create("MaximumResiliency").ToArmTemplate())!;
        var circuit = json["resources"]!.AsArray()[0]!;
        Assert.Equal("Microsoft.Network/expressRouteCircuits", ArmTemplate.Text(circuit, "type"));
        circuit["properties"]!.AsObject().Add("notAnAzureProperty", 42);
        File.WriteAllText(template, json.ToJsonString());

        string output = BicepCli.DecompileAndBuild(template);

        Assert.Contains(BicepCli.BcpDiagnostics(output), line => line.Contains("BCP037") && line.Contains("notAnAzureProperty"));
    }
}
