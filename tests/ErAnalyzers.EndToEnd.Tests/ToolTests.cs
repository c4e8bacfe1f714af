using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ErAnalyzers.EndToEnd.Tests.Support;
using Xunit.Abstractions;

namespace ErAnalyzers.EndToEnd.Tests;

/// <summary>The eranalyzers .NET tool as a user meets it: installed from the feed into a tool path, run on files.</summary>
[Collection(PackageFeedCollection.Name)]
public class ToolTests(PackageFeed feed, ITestOutputHelper output)
{
    private static Task<string>? installed;

    private static string Fixture(string path) => Path.Combine(Repository.Root, "tests", "ErAnalyzers.Tool.Tests", "Fixtures", path);

    // dotnet tool install --tool-path, once per run; the path of the installed command.
    private Task<string> Installed() => installed ??= InstallAsync();

    private async Task<string> InstallAsync()
    {
        string toolPath = Path.Combine(feed.Root, "tools");
        var install = await DotNet.RunAsync(feed.Root, feed.PackagesFolder,
            "tool", "install", "ErAnalyzers.Tool", "--tool-path", toolPath, "--add-source", feed.FeedFolder, "--version", feed.Version);
        Assert.True(install.Succeeded, install.ToString());
        return Path.Combine(toolPath, "eranalyzers");
    }

    private async Task<CommandResult> RunAsync(params string[] arguments) =>
        await DotNet.RunProgramAsync(await Installed(), feed.Root, feed.PackagesFolder, arguments);

    [Fact]
    public async Task Check_finds_what_templates_and_route_tables_show_with_exit_codes()
    {
        string template = Fixture("Templates/QuickStart.json");
        var check = await RunAsync("check", template);
        Assert.Equal(0, check.ExitCode);
        Assert.Equal(
            [
                $"{template}(19,9): warning ER1002: Peering 'AzurePrivatePeering' (IPv4) of circuit 'er-ams' is active-passive: the secondary link prepends its AS path 3 times, the primary link not at all; make the links active-active by giving both the setting of the preferred link",
                $"{template}(125,9): warning ER1001: Peering 'MicrosoftPeering' (IPv4) of circuit 'er-ams' has no secondary connection: add the secondary link, because Microsoft's SLA requires both BGP sessions",
            ],
            check.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(1, (await RunAsync("check", template, "--warnaserror")).ExitCode);
        Assert.Equal(0, (await RunAsync("check", Fixture("Templates/MaximumResiliency.json"), "--warnaserror")).ExitCode);

        var routes = await RunAsync("check", Fixture("RouteTables/OnePath/er-lon.AzurePrivatePeering.primary.json"), Fixture("RouteTables/OnePath/er-lon.AzurePrivatePeering.secondary.json"));
        Assert.Equal(0, routes.ExitCode);
        Assert.Contains("er-lon.AzurePrivatePeering.primary.json(2,3): warning ER1001: Peering 'AzurePrivatePeering' (IPv4) of circuit 'er-lon' has no primary connection", routes.Output, StringComparison.Ordinal);

        var bad = await RunAsync("check", Fixture("BadInput/malformed.json"));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("malformed.json(4,74): error: the file is not valid JSON", bad.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bad.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sarif_of_the_installed_tool_validates_against_the_schema()
    {
        string sarif = Path.Combine(feed.Root, "check.sarif");
        var check = await RunAsync("check", Fixture("Templates/BadLinkRedundancy.json"), "--format", "sarif", "--output", sarif);
        Assert.Equal(0, check.ExitCode);
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(Repository.Root, "tests", "ErAnalyzers.Tool.Tests", "Schemas", "sarif-schema-2.1.0.json"));
        string log = File.ReadAllText(sarif);
        Assert.Empty(schema.Validate(log));
        Assert.Contains("\"ruleId\": \"ER1001\"", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_an_exported_estate_builds_in_a_project_with_the_dsl()
    {
        var consumer = feed.NewConsumer();
        var import = await RunAsync("import", Fixture("Cli/circuits.json"), Fixture("Cli/gateways.json"), Fixture("Cli/connections.json"),
            "-o", Path.Combine(consumer.Folder, "Design.cs"));
        Assert.True(import.Succeeded, import.ToString());
        consumer.Write("Program.cs", "System.Console.WriteLine(Imported.ImportedDesign.Create().Model.Circuits.Count);");

        var build = await consumer.BuildAsync();
        Assert.True(build.Succeeded, build.ToString());

        // The analyzers check the imported design like any: one circuit on a Standard gateway.
        Assert.Contains(build.Lines("warning ER2005"), l => l.Contains("Design.cs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_of_a_thousand_circuits_takes_at_most_two_seconds()
    {
        string template = Path.Combine(feed.Root, "thousand.json");
        File.WriteAllText(template, ThousandCircuits());
        await RunAsync("check", Fixture("Templates/MaximumResiliency.json"));

        // A fresh process of the installed tool, as a CI step runs it; the best of five, as the machine is shared.
        var times = new double[5];
        for (int i = 0; i < times.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            var check = await RunAsync("check", template);
            times[i] = watch.Elapsed.TotalSeconds;
            Assert.Equal(0, check.ExitCode);
            Assert.Equal("", check.Output);
        }

        output.WriteLine($"check of 1,000 circuits: {string.Join(", ", times.Select(t => t.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))} s");

        // The issue's bar (measured here at 0.5-0.6 s on a shared machine).
        Assert.True(times.Min() <= 2, $"check of 1,000 circuits took {times.Min():0.00} s at best");
    }

    // 1,000 circuits at three peering locations, each with a private peering on both links.
    private static string ThousandCircuits()
    {
        var resources = new StringBuilder();
        for (int i = 0; i < 1000; i++)
        {
            string circuit = $"er-{i:0000}";
            string location = new[] { "Amsterdam", "London", "Frankfurt" }[i % 3];
            string subnet = $"10.{i / 64}.{i % 64 * 4}";
            resources.Append($$$"""
                {"type": "Microsoft.Network/expressRouteCircuits", "apiVersion": "2025-09-01", "name": "{{{circuit}}}", "location": "westeurope",
                 "sku": {"name": "Premium_MeteredData", "tier": "Premium", "family": "MeteredData"},
                 "properties": {"serviceProviderProperties": {"serviceProviderName": "Equinix", "peeringLocation": "{{{location}}}", "bandwidthInMbps": 1000} } },
                {"type": "Microsoft.Network/expressRouteCircuits/peerings", "apiVersion": "2025-09-01", "name": "{{{circuit}}}/AzurePrivatePeering",
                 "properties": {"peeringType": "AzurePrivatePeering", "peerASN": 65010, "primaryPeerAddressPrefix": "{{{subnet}}}.0/30",
                  "secondaryPeerAddressPrefix": "{{{subnet}}}.4/30", "vlanId": 100, "sharedKey": "[parameters('key')]", "state": "Enabled"} },

                """);
        }

        return $$$"""
            {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0",
             "parameters": {"key": {"type": "securestring"}},
             "resources": [{{{resources.ToString().TrimEnd().TrimEnd(',')}}}]}
            """;
    }
}
