using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ErAnalyzers.EndToEnd.Tests.Support;

/// <summary>
/// The packages (ErAnalyzers, ErAnalyzers.Dsl, ErAnalyzers.Twin, the ErAnalyzers.Tool .NET tool), packed once per test run into a
/// temporary folder feed; the consumers restore them with a package cache of the run's own, so that no package of an
/// earlier run is ever used.
/// </summary>
public sealed class PackageFeed : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "eranalyzers-e2e-" + Guid.NewGuid().ToString("N"));

    public string FeedFolder => Path.Combine(Root, "feed");

    public string PackagesFolder => Path.Combine(Root, "packages");

    /// <summary>The version both packages carry (one version, set in Directory.Build.props).</summary>
    public string Version { get; private set; } = "";

    public string AnalyzerPackage => Path.Combine(FeedFolder, $"ErAnalyzers.{Version}.nupkg");

    public string DslPackage => Path.Combine(FeedFolder, $"ErAnalyzers.Dsl.{Version}.nupkg");

    public string TwinPackage => Path.Combine(FeedFolder, $"ErAnalyzers.Twin.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedFolder);
        foreach (string project in new[] { "src/ErAnalyzers.Package/ErAnalyzers.Package.csproj", "src/ErAnalyzers.Dsl/ErAnalyzers.Dsl.csproj", "src/ErAnalyzers.Twin/ErAnalyzers.Twin.csproj", "src/ErAnalyzers.Tool/ErAnalyzers.Tool.csproj" })
        {
            // Packing restores the repository's own projects in place: with this run's package cache their
            // obj/project.assets.json would point into a folder the run deletes, under the solution's build beside it.
            var pack = await DotNet.RunAsync(Repository.Root, packagesFolder: null, "pack", project, "-c", "Release", "-o", FeedFolder, "-nodeReuse:false");
            Assert.True(pack.Succeeded, pack.ToString());
        }

        string analyzer = Directory.GetFiles(FeedFolder, "ErAnalyzers.*.nupkg")
            .Single(f => !new[] { "Dsl", "Twin", "Tool" }.Any(other => Path.GetFileName(f).StartsWith($"ErAnalyzers.{other}.", StringComparison.Ordinal)));
        Version = Path.GetFileNameWithoutExtension(analyzer)["ErAnalyzers.".Length..];
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>A new consumer project in a folder of its own, outside the repository.</summary>
    public Consumer NewConsumer(string packageId = "ErAnalyzers.Dsl") => new(this, packageId);
}

[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Packed packages";
}
