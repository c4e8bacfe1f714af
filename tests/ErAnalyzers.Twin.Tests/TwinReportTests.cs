using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ErAnalyzers.Dsl.Tests.Support;
using ErAnalyzers.Model;
using ErAnalyzers.Twin.Tests.Support;

namespace ErAnalyzers.Twin.Tests;

/// <summary>The twin's report as Markdown and JSON, and the samples' <c>--twin</c>, which writes it.</summary>
[Collection(TwinCollection.Name)]
public sealed class TwinReportTests
{
    private static readonly IpPrefix OnPremises = IpPrefix.Parse("10.10.0.0/16");
    private static readonly IpPrefix Hub = IpPrefix.Parse("10.100.0.0/16");
    private static readonly TwinLink Primary = new("er-ams", "AzurePrivatePeering", IpFamily.IPv4, LinkRole.Primary);
    private static readonly TwinLink Secondary = Primary with { Role = LinkRole.Secondary };

    // An active-passive peering: the gateway sends over the primary only; a drill of the primary that fails over.
    private static readonly TwinReport ActivePassive = new(
        "one-peering",
        TimeSpan.FromSeconds(4.25),
        [
            new PrefixPaths(OnPremises, TrafficDirection.ToOnPremises, "ergw-weu", [Primary]),
            new PrefixPaths(Hub, TrafficDirection.ToAzure, "ams-dc", [Primary, Secondary]),
        ],
        [new PeeringObservation("er-ams", "AzurePrivatePeering", IpFamily.IPv4, [new LinkCarriage(Primary, [OnPremises], [Hub]), new LinkCarriage(Secondary, [], [Hub])])])
    {
        Drills = [new DrillOutcome(DrillTarget.Link, "er-ams AzurePrivatePeering primary link", [Primary], TimeSpan.FromSeconds(3.2), [])],
    };

    [Fact]
    public void The_Markdown_report_shows_what_each_link_carries_and_each_drill()
    {
        string markdown = ActivePassive.ToMarkdown();

        Assert.StartsWith("# Twin of design 'one-peering'\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| er-ams | AzurePrivatePeering | IPv4 | primary | 10.10.0.0/16 | 10.100.0.0/16 | **not active-active** |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| er-ams | AzurePrivatePeering | IPv4 | secondary | nothing | 10.100.0.0/16 | **not active-active** |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| 10.10.0.0/16 | to on-premises | ergw-weu | er-ams AzurePrivatePeering IPv4 primary |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("3 s instead of 180 s", markdown, StringComparison.Ordinal);
        Assert.Contains("| er-ams AzurePrivatePeering primary link | 3.2 s | yes | - |\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_without_drills_says_they_were_not_run()
    {
        string markdown = (ActivePassive with { Drills = [] }).ToMarkdown();

        Assert.EndsWith("## Failure drills\n\nNot run (`TwinOptions.Drills`).\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_JSON_report_has_prefixes_as_text_times_in_seconds_and_enums_by_name()
    {
        using var json = JsonDocument.Parse(ActivePassive.ToJson());
        var root = json.RootElement;

        Assert.Equal("one-peering", root.GetProperty("design").GetString());
        Assert.Equal(4.25, root.GetProperty("convergence").GetDouble());
        var peering = root.GetProperty("peerings")[0];
        Assert.False(peering.GetProperty("isActiveActive").GetBoolean());
        Assert.Equal("10.10.0.0/16", peering.GetProperty("links")[0].GetProperty("toOnPremises")[0].GetString());
        Assert.Equal("Secondary", peering.GetProperty("links")[1].GetProperty("link").GetProperty("role").GetString());
        var drill = root.GetProperty("drills")[0];
        Assert.Equal("Link", drill.GetProperty("target").GetString());
        Assert.Equal(3.2, drill.GetProperty("gatewayFailover").GetDouble());
        Assert.True(drill.GetProperty("everyPrefixReachable").GetBoolean());
    }

    [SkippableFact]
    public void QuickStart_with_twin_writes_router_configurations_and_a_report_of_its_passive_secondary()
    {
        FrrHost.RequireInstalled();
        using var folder = new TempFolder();
        string sample = typeof(QuickStart.QuickStartDesign).Assembly.Location;

        ToolProcess.Run("dotnet", [sample, Path.Combine(folder.Path, "azuredeploy.json"), "--twin"], TimeSpan.FromMinutes(5));

        Assert.Equal(["ams-ce1.conf", "ams-ce2.conf"], Directory.GetFiles(Path.Combine(folder.Path, "routers")).Select(Path.GetFileName).Order());
        Assert.Contains("| er-ams | AzurePrivatePeering | IPv4 | secondary | nothing |", File.ReadAllText(Path.Combine(folder.Path, "twin.md")), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "twin.json")));
        var drills = json.RootElement.GetProperty("drills").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        // The gateway used only the primary: cutting it fails over to the secondary, cutting the secondary changes nothing.
        Assert.Equal(JsonValueKind.Number, drills["er-ams AzurePrivatePeering primary link"].GetProperty("gatewayFailover").ValueKind);
        Assert.Equal(JsonValueKind.Null, drills["er-ams AzurePrivatePeering secondary link"].GetProperty("gatewayFailover").ValueKind);
        Assert.All(drills.Values, d => Assert.True(d.GetProperty("everyPrefixReachable").GetBoolean(), d.ToString()));
    }
}
