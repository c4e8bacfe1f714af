using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ErAnalyzers.EndToEnd.Tests.Support;

namespace ErAnalyzers.EndToEnd.Tests;

/// <summary>What a user gets from installing ErAnalyzers.Twin from the feed (the twin itself needs FRR and root: see the twin's tests).</summary>
[Collection(PackageFeedCollection.Name)]
public class TwinPackageTests(PackageFeed feed)
{
    [Fact]
    public async Task A_project_that_installs_the_twin_builds_with_the_analyzers_and_writes_its_routers_configurations()
    {
        var consumer = feed.NewConsumer("ErAnalyzers.Twin")
            .Write("Design.cs", Designs.Faulty())
            .Write("Program.cs", """
                using ErAnalyzers.Twin;

                ContosoDesign.Create().WriteRouterConfigs("routers");
                """);

        var build = await consumer.BuildAsync();
        var run = await DotNet.RunAsync(consumer.Folder, feed.PackagesFolder, "run", "--no-build");

        Assert.True(build.Succeeded, build.ToString());
        // The twin brings the DSL, which brings the analyzers.
        Assert.NotEmpty(build.Lines("warning ER1002"));
        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal(["ams-ce1.conf", "ams-ce2.conf"], Directory.GetFiles(Path.Combine(consumer.Folder, "routers")).Select(Path.GetFileName).Order());
        Assert.Contains(" remote-as 12076\n", consumer.Read("routers/ams-ce1.conf"), System.StringComparison.Ordinal);
    }
}
