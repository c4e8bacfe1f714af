using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ErAnalyzers.EndToEnd.Tests.Support;

namespace ErAnalyzers.EndToEnd.Tests;

/// <summary>What a user sees when building a project that installed ErAnalyzers.Dsl from the feed.</summary>
[Collection(PackageFeedCollection.Name)]
public class BuildTests(PackageFeed feed)
{
    private Consumer FaultyDesign(string design) => feed.NewConsumer().Write("Design.cs", design).Write("Program.cs", Designs.Program);

    [Fact]
    public async Task The_build_succeeds_and_warns_ER1001_and_ER1002_at_their_lines()
    {
        var consumer = FaultyDesign(Designs.Faulty());

        var build = await consumer.BuildAsync();

        Assert.True(build.Succeeded, build.ToString());
        AssertWarning(build, consumer, "ER1001", Designs.SingleConnection);
        AssertWarning(build, consumer, "ER1002", Designs.ActivePassive);
        AssertNoAnalyzerFailure(build);
    }

    [Fact]
    public async Task Treating_warnings_as_errors_fails_the_build()
    {
        var build = await FaultyDesign(Designs.Faulty()).BuildAsync("-p:TreatWarningsAsErrors=true");

        Assert.False(build.Succeeded, build.ToString());
        Assert.NotEmpty(build.Lines("error ER1001"));
        Assert.NotEmpty(build.Lines("error ER1002"));
    }

    [Fact]
    public async Task Severity_error_in_editorconfig_fails_the_build()
    {
        var consumer = FaultyDesign(Designs.Faulty()).Write(".editorconfig", "[*.cs]\ndotnet_diagnostic.ER1001.severity = error\n");

        var build = await consumer.BuildAsync();

        Assert.False(build.Succeeded, build.ToString());
        Assert.NotEmpty(build.Lines("error ER1001"));
        Assert.NotEmpty(build.Lines("warning ER1002"));
    }

    [Fact]
    public async Task Severity_none_in_editorconfig_silences_the_rule()
    {
        var consumer = FaultyDesign(Designs.Faulty()).Write(".editorconfig", "[*.cs]\ndotnet_diagnostic.ER1001.severity = none\n");

        var build = await consumer.BuildAsync();

        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(build.Lines("ER1001"));
        Assert.NotEmpty(build.Lines("warning ER1002"));
    }

    [Fact]
    public async Task A_pragma_suppresses_the_warning_it_names()
    {
        var consumer = FaultyDesign(Designs.Faulty(beforePrimary: "#pragma warning disable ER1001 // second cross-connect ordered"));

        var build = await consumer.BuildAsync();

        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(build.Lines("ER1001"));
        Assert.NotEmpty(build.Lines("warning ER1002"));
    }

    [Fact]
    public async Task SuppressMessage_with_a_justification_suppresses_the_warning_it_names()
    {
        var consumer = FaultyDesign(Designs.Faulty(
            attribute: """[SuppressMessage("ExpressRoute.Redundancy", "ER1002", Justification = "Standby until the provider upgrade")]"""));

        var build = await consumer.BuildAsync();

        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(build.Lines("ER1002"));
        Assert.NotEmpty(build.Lines("warning ER1001"));
    }

    [Fact]
    public async Task The_SARIF_log_carries_rule_id_location_and_help_uri()
    {
        var consumer = FaultyDesign(Designs.Faulty());
        string log = Path.Combine(consumer.Folder, "er.sarif");

        // MSBuild needs the comma and the equals sign of "path,version=2.1" escaped on the command line.
        var build = await consumer.BuildAsync($"-p:ErrorLog={log}%2Cversion%3D2.1");

        Assert.True(build.Succeeded, build.ToString());
        using var sarif = JsonDocument.Parse(File.ReadAllText(log));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        foreach (var (id, call) in new[] { ("ER1001", Designs.SingleConnection), ("ER1002", Designs.ActivePassive) })
        {
            var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == id);
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.EndsWith("/Design.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal(consumer.LineOf("Design.cs", call), location.GetProperty("region").GetProperty("startLine").GetInt32());
            var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
            Assert.Equal($"https://github.com/eranalyzers/eranalyzers/blob/main/docs/rules/{id}.md", rule.GetProperty("helpUri").GetString());
        }
    }

    [Fact]
    public async Task A_project_with_the_analyzers_but_without_the_DSL_builds_clean()
    {
        var consumer = feed.NewConsumer(packageId: "ErAnalyzers").Write("Program.cs", """
            var circuits = new[] { "er-ams", "er-lon" };
            System.Console.WriteLine(string.Join(", ", circuits));
            """);

        var build = await consumer.BuildAsync();

        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(build.Lines(" ER"));
        AssertNoAnalyzerFailure(build);
    }

    private static void AssertWarning(CommandResult build, Consumer consumer, string id, string call)
    {
        int line = consumer.LineOf("Design.cs", call);
        string warning = Assert.Single(build.Lines($"warning {id}"), l => l.Contains("Design.cs(", System.StringComparison.Ordinal));
        Assert.Contains($"Design.cs({line},", warning);
    }

    private static void AssertNoAnalyzerFailure(CommandResult build)
    {
        Assert.Empty(build.Lines("AD0001"));
        Assert.Empty(build.Lines("CS8032"));
    }
}
