using System;
using System.IO;
using System.Linq;
using ErAnalyzers.Rules;
using ErAnalyzers.Tool.Reading;

namespace ErAnalyzers.Tool.Tests;

/// <summary>Reading templates, Azure CLI output and route tables into the model, and the findings the rules make of them.</summary>
public class EstateReaderTests
{
    // Each finding as "file(line,col): ERxxxx", the file without its folder.
    private static string[] Findings(string? parameters, params string[] files) =>
        [.. Estate.Check(files.Select(TestTool.Fixture), parameters is null ? null : TestTool.Fixture(parameters), RuleOptions.Default)
            .Select(f => $"{Path.GetFileName(f.Location!.FilePath)}({f.Location.Line},{f.Location.Column}): {f.RuleId}")];

    [Fact]
    public void Own_template_gives_the_findings_a_template_can_show()
    {
        // The metadata records routers, ports, prepends and shutdowns; ignoring AS-path length (ER1007), a stateful
        // device (ER1008) and the expected traffic (ER1009) are in no template.
        Assert.Equal(
            [
                "BadLinkRedundancy.json(19,9): ER1002", "BadLinkRedundancy.json(39,7): ER1006", "BadLinkRedundancy.json(150,15): ER1005",
                "BadLinkRedundancy.json(194,11): ER1001", "BadLinkRedundancy.json(229,9): ER1003", "BadLinkRedundancy.json(270,9): ER1004",
                "BadLinkRedundancy.json(309,9): ER1006",
            ],
            Findings(null, "Templates/BadLinkRedundancy.json"));
    }

    [Fact]
    public void Metro_peering_location_makes_a_metro_circuit()
    {
        // ER2010 would say the circuit is not declared Metro(): Azure makes it one by its location. The sample's two
        // deliberate mistakes are found, and its VPN backup (active-active, no more specific prefix) is sound.
        Assert.Equal(["QuickStart.json(19,9): ER1002", "QuickStart.json(125,9): ER1001"], Findings(null, "Templates/QuickStart.json"));
    }

    [Fact]
    public void Sound_templates_give_no_finding()
    {
        Assert.Empty(Findings(null, "Templates/MaximumResiliency.json"));
        Assert.Empty(Findings(null, "Templates/ExpressRouteDirect.json"));
    }

    [Fact]
    public void Cli_output_of_circuits_gateways_and_connections_is_read_together()
    {
        // One circuit on a Standard gateway: below high resiliency, and not zone-redundant.
        Assert.Equal(["gateways.json(2,3): ER2001", "gateways.json(2,3): ER2005"],
            Findings(null, "Cli/circuits.json", "Cli/gateways.json", "Cli/connections.json"));
    }

    [Fact]
    public void Rest_peering_list_finds_the_missing_link_and_route_filter_but_not_the_key_Azure_does_not_return()
    {
        var findings = Findings(null, "Cli/peerings.json");
        Assert.Equal(["peerings.json(3,5): ER4009", "peerings.json(41,9): ER1001"], findings);
        Assert.DoesNotContain(findings, f => f.EndsWith("ER5002", StringComparison.Ordinal));
    }

    [Fact]
    public void Route_tables_with_a_longer_path_or_a_prefix_on_one_path_only_are_active_passive()
    {
        // The primary table also holds a route of Azure's gateway (AS 65515): not the customer's, so not compared.
        var findings = Estate.Check(
            [TestTool.Fixture("Cli/circuits.json"), TestTool.Fixture("RouteTables/er-ams.AzurePrivatePeering.primary.json"), TestTool.Fixture("RouteTables/er-ams.AzurePrivatePeering.secondary.json")],
            null, RuleOptions.Default);
        Assert.All(findings, f => Assert.Equal("ER1002", f.RuleId));
        Assert.Collection(findings,
            f =>
            {
                Assert.Equal((7, 7), (f.Location!.Line, f.Location.Column));
                Assert.Contains("the secondary link prepends its AS path 2 times", f.Message, StringComparison.Ordinal);
            },
            f =>
            {
                Assert.Equal((17, 5), (f.Location!.Line, f.Location.Column));
                Assert.Contains("prefix 10.30.0.0/16 is advertised on the secondary link only", f.Message, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void Route_table_path_with_no_routes_is_a_missing_connection_reported_in_the_empty_table()
    {
        var finding = Assert.Single(Estate.Check(
            [TestTool.Fixture("RouteTables/OnePath/er-lon.AzurePrivatePeering.primary.json"), TestTool.Fixture("RouteTables/OnePath/er-lon.AzurePrivatePeering.secondary.json")],
            null, RuleOptions.Default));
        Assert.Equal("ER1001", finding.RuleId);
        Assert.Equal("er-lon.AzurePrivatePeering.primary.json", Path.GetFileName(finding.Location!.FilePath));
        Assert.Contains("has no primary connection", finding.Message, StringComparison.Ordinal);

        // No file describes the peering: the neighbour AS of the customer's routes is its peer ASN.
        var peering = Assert.Single(Assert.Single(Estate.Read(
            [TestTool.Fixture("RouteTables/OnePath/er-lon.AzurePrivatePeering.primary.json"), TestTool.Fixture("RouteTables/OnePath/er-lon.AzurePrivatePeering.secondary.json")],
            null).Circuits).Peerings);
        Assert.Equal(65010, peering.PeerAsn!.Value.Value);
    }

    [Fact]
    public void One_route_table_alone_tells_nothing_about_the_other_path()
    {
        Assert.Empty(Findings(null, "RouteTables/er-ams.AzurePrivatePeering.secondary.json"));
    }

    [Fact]
    public void Expressions_resolve_parameters_variables_and_concat_and_unknown_ones_stay_silent()
    {
        // Defaults: VLAN 100, the primary subnet from concat; the secondary from reference() is unknown, not missing.
        Assert.Empty(Findings(null, "Expressions/template.json"));

        // The parameters file's VLAN is out of range, and its circuit name names the circuit.
        var finding = Assert.Single(Estate.Check([TestTool.Fixture("Expressions/template.json")], TestTool.Fixture("Expressions/template.parameters.json"), RuleOptions.Default));
        Assert.Equal("ER4004", finding.RuleId);
        Assert.Contains("'er-par-prod'", finding.Message, StringComparison.Ordinal);
        Assert.Equal((34, 13), (finding.Location!.Line, finding.Location.Column));
    }

    [Theory]
    [InlineData("BadInput/malformed.json", "malformed.json(4,74): error: the file is not valid JSON")]
    [InlineData("BadInput/unknown-type.json", "unknown-type.json(5,7): error: resource \"contosodata\" has the type \"Microsoft.Storage/storageAccounts\", which eranalyzers does not read (at /resources/0/type)")]
    [InlineData("BadInput/missing-name.json", "missing-name.json(2,3): error: the resource has no \"name\" (at /0)")]
    [InlineData("BadInput/slash-in-name.json", "slash-in-name.json(4,5): error: the resource name \"er-ams/other\" has a '/', which only the name of a child resource has (at /0/name)")]
    public void Bad_input_names_the_file_the_place_and_the_element(string file, string message)
    {
        var e = Assert.Throws<BadInputException>(() => Estate.Read([TestTool.Fixture(file)], null));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Huge_file_is_refused_before_it_is_read()
    {
        string path = Path.Combine(Path.GetTempPath(), $"eranalyzers-huge-{Guid.NewGuid():N}.json");
        try
        {
            // A sparse file: its length is what counts, nothing is written.
            using (var stream = File.Create(path))
            {
                stream.SetLength(JsonFile.MaximumBytes + 1);
            }

            var e = Assert.Throws<BadInputException>(() => Estate.Read([path], null));
            Assert.Contains("the most eranalyzers reads is 256 MB", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Expression_that_cannot_be_read_is_bad_input()
    {
        string path = Path.Combine(Path.GetTempPath(), $"eranalyzers-expr-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, """
                {"$schema": "x", "resources": [
                  {"type": "Microsoft.Network/expressRouteCircuits", "name": "[concat('er-', ]", "location": "westeurope"}]}
                """);
            var e = Assert.Throws<BadInputException>(() => Estate.Read([path], null));
            Assert.Contains("(2,54): error: the template expression \"[concat('er-', ]\" cannot be read (at character 16) (at /resources/0/name)", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
