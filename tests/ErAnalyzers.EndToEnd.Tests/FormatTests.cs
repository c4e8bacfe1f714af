using System.Threading.Tasks;
using ErAnalyzers.EndToEnd.Tests.Support;

namespace ErAnalyzers.EndToEnd.Tests;

/// <summary><c>dotnet format analyzers</c> applies the code fixes from the installed package.</summary>
[Collection(PackageFeedCollection.Name)]
public class FormatTests(PackageFeed feed)
{
    [Fact]
    public async Task Format_adds_the_secondary_connection_and_the_project_then_builds_without_ER1001()
    {
        var consumer = feed.NewConsumer().Write("Design.cs", Designs.Faulty()).Write("Program.cs", Designs.Program);

        var format = await consumer.FormatAsync("ER1001");
        var build = await consumer.BuildAsync();

        Assert.True(format.Succeeded, format.ToString());
        // The lone link has no BFD: the new one gets it, so the fix raises no ER3001 of its own.
        Assert.Contains(""".Secondary("203.0.113.4/30", ce2, link => link.Bfd())""", consumer.Read("Design.cs"));
        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(build.Lines("ER1001"));
        Assert.NotEmpty(build.Lines("warning ER1002"));
    }

    [Fact]
    public async Task Format_makes_the_links_active_active_and_the_project_then_builds_without_ER1002()
    {
        var consumer = feed.NewConsumer().Write("Design.cs", Designs.Faulty()).Write("Program.cs", Designs.Program);

        var format = await consumer.FormatAsync("ER1002");
        var build = await consumer.BuildAsync();

        Assert.True(format.Succeeded, format.ToString());
        Assert.DoesNotContain(Designs.ActivePassive, consumer.Read("Design.cs"));
        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(build.Lines("ER1002"));
        Assert.NotEmpty(build.Lines("warning ER1001"));
    }
}
