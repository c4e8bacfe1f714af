using System;
using System.IO;
using System.Linq;
using ErAnalyzers.Dsl.Tests.Support;
using ErAnalyzers.Rules;
using ErAnalyzers.Tool.Import;

namespace ErAnalyzers.Tool.Tests;

/// <summary>Import: the design written from templates and CLI output builds, and gives back the same template.</summary>
public sealed class ImportTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("eranalyzers-import-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Import(params string[] files) => DesignImport.Write(Estate.Read(files, null), files);

    [Theory]
    [MemberData(nameof(SampleDesigns.Names), MemberType = typeof(SampleDesigns))]
    public void Sample_template_imports_into_a_design_with_the_same_template_and_findings(string sample)
    {
        var original = SampleDesigns.Create(sample);
        string template = original.ToArmTemplate();
        string path = Path.Combine(directory, sample + ".json");
        File.WriteAllText(path, template);

        var imported = DesignCompiler.Run(Import(path));

        Assert.Equal(template, imported.ToArmTemplate());
        Assert.Equal(Expressible(original), Expressible(imported));
    }

    // The findings of the rules whose input a template holds, as text.
    private static string[] Expressible(ErAnalyzers.Dsl.NetworkDesign design) =>
        [.. design.Validate().Where(f => !NotInTemplates.Contains(f.RuleId)).Select(f => $"{f.RuleId}: {f.Message}").Order(StringComparer.Ordinal)];

    // Rules whose input no template holds: ignoring AS-path length, the device kind, planned traffic, the prefixes a
    // site advertises, BGP timers and the MD5 key itself (its source and its shape).
    private static readonly string[] NotInTemplates = ["ER1007", "ER1008", "ER1009", "ER2003", "ER2011", "ER3002", "ER3003", "ER5001", "ER5004"];

    [Fact]
    public void Cli_output_imports_into_a_design_that_builds_with_placeholders_for_the_customer_edge()
    {
        string source = Import(TestTool.Fixture("Cli/circuits.json"), TestTool.Fixture("Cli/gateways.json"), TestTool.Fixture("Cli/connections.json"));
        Assert.Contains("var placeholderSite = d.Site(\"placeholder-site\", asn: 65010);", source, StringComparison.Ordinal);
        Assert.Contains(".Primary(\"192.168.100.128/30\", placeholderPrimaryRouter)\n", source, StringComparison.Ordinal);
        Assert.Contains(".Md5Key(Secret.Parameter(\"md5Key_er_ams_Private\"))", source, StringComparison.Ordinal);

        var design = DesignCompiler.Run(source);
        var circuit = Assert.Single(design.Model.Circuits);
        Assert.Equal("er-ams", circuit.Name);
        Assert.Equal("ergw-weu-er-ams", Assert.Single(Assert.Single(design.Model.Gateways).Connections).Name);
        Assert.Equal(["ER2001", "ER2005"], design.Validate().Where(f => f.RuleId.StartsWith("ER2", StringComparison.Ordinal)).Select(f => f.RuleId));
    }

    [Fact]
    public void Route_tables_give_the_links_their_prefixes_and_prepends()
    {
        string source = Import(
            TestTool.Fixture("Cli/circuits.json"),
            TestTool.Fixture("RouteTables/er-ams.AzurePrivatePeering.primary.json"),
            TestTool.Fixture("RouteTables/er-ams.AzurePrivatePeering.secondary.json"));
        Assert.Contains(""".Primary("192.168.100.128/30", placeholderPrimaryRouter, link => link.Advertise("10.10.0.0/16").Advertise("10.20.0.0/16"))""", source, StringComparison.Ordinal);
        Assert.Contains(""".Secondary("192.168.100.132/30", placeholderSecondaryRouter, link => link.Advertise("10.10.0.0/16").Advertise("10.20.0.0/16").Advertise("10.30.0.0/16").PrependAsPath(2))""", source, StringComparison.Ordinal);

        // The imported design is active-passive as the route tables show.
        var findings = DesignCompiler.Run(source).Validate();
        Assert.Equal(2, findings.Count(f => f.RuleId == "ER1002"));
    }

    [Fact]
    public void Values_that_need_escaping_are_written_as_csharp_literals()
    {
        // A quote and a backslash in a provider name: legal for the DSL, and never raw in the code.
        string path = Path.Combine(directory, "circuits.json");
        File.WriteAllText(path, File.ReadAllText(TestTool.Fixture("Cli/circuits.json")).Replace("\"Equinix\"", "\"Equi\\\"nix\\\\\"", StringComparison.Ordinal));
        string source = Import(path);
        Assert.Contains(".ServiceProvider(\"Equi\\\"nix\\\\\", ", source, StringComparison.Ordinal);
        var provider = Assert.IsType<ErAnalyzers.Model.ProviderConnectivity>(Assert.Single(DesignCompiler.Run(source).Model.Circuits).Connectivity);
        Assert.Equal("Equi\"nix\\", provider.Provider!.Value);
    }

    [Fact]
    public void A_region_azure_reports_that_the_dsls_list_lacks_is_imported_as_meant()
    {
        string path = Path.Combine(directory, "circuits.json");
        File.WriteAllText(path, File.ReadAllText(TestTool.Fixture("Cli/circuits.json")).Replace("\"location\": \"westeurope\"", "\"location\": \"newregion2030\"", StringComparison.Ordinal));

        string source = Import(path);

        Assert.Contains(".Region(\"newregion2030\", allowUnlistedRegion: true)", source, StringComparison.Ordinal);
        Assert.Equal("newregion2030", Assert.Single(DesignCompiler.Run(source).Model.Circuits).Region!.Value);
    }

    [Fact]
    public void Hostile_value_is_refused_with_the_file_and_line_it_came_from()
    {
        // A circuit name that would be code if written raw.
        const string Hostile = "x\", d => { }); System.Console.Beep(); _ = (\"";
        string path = Path.Combine(directory, "circuits.json");
        File.WriteAllText(path, File.ReadAllText(TestTool.Fixture("Cli/circuits.json"))
            .Replace("\"name\": \"er-ams\"", "\"name\": " + System.Text.Json.JsonSerializer.Serialize(Hostile), StringComparison.Ordinal));
        var (exit, output, error) = TestTool.Run("import", path, "-o", Path.Combine(directory, "Design.cs"));
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal(
            $"error: the estate cannot be imported: {path}:2: circuit '{Hostile}': not a valid Azure resource name: "
            + $"use 1-80 letters, digits, '_', '.' or '-', starting with a letter or digit and ending with a letter, digit or '_'{Environment.NewLine}",
            error);
        Assert.False(File.Exists(Path.Combine(directory, "Design.cs")));
    }
}
