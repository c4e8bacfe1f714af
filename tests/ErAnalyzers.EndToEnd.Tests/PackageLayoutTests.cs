using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using ErAnalyzers.EndToEnd.Tests.Support;

namespace ErAnalyzers.EndToEnd.Tests;

/// <summary>The two packages hold what users install, and depend on what they must.</summary>
[Collection(PackageFeedCollection.Name)]
public class PackageLayoutTests(PackageFeed feed)
{
    [Fact]
    public void The_analyzer_package_is_a_development_dependency_with_everything_under_analyzers()
    {
        using var package = ZipFile.OpenRead(feed.AnalyzerPackage);
        var nuspec = Nuspec(package);

        Assert.Equal(
            ["analyzers/dotnet/cs/ErAnalyzers.CodeFixes.dll", "analyzers/dotnet/cs/ErAnalyzers.Model.dll", "analyzers/dotnet/cs/ErAnalyzers.dll"],
            package.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".dll")).Order(System.StringComparer.Ordinal));
        Assert.DoesNotContain(package.Entries, e => e.FullName.StartsWith("lib/"));
        Assert.Equal("true", Element(nuspec, "developmentDependency"));
        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "dependency");
        AssertCommonMetadata(package, nuspec, "ErAnalyzers");
    }

    [Fact]
    public void The_DSL_package_ships_the_DSL_and_its_model_and_depends_on_the_analyzers()
    {
        using var package = ZipFile.OpenRead(feed.DslPackage);
        var nuspec = Nuspec(package);

        Assert.Equal(
            ["lib/net10.0/ErAnalyzers.Dsl.dll", "lib/net10.0/ErAnalyzers.Model.dll"],
            package.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".dll")).Order(System.StringComparer.Ordinal));
        var dependency = Assert.Single(nuspec.Descendants(), e => e.Name.LocalName == "dependency");
        Assert.Equal("ErAnalyzers", dependency.Attribute("id")?.Value);
        Assert.Equal(feed.Version, dependency.Attribute("version")?.Value);

        // Excluding "Analyzers" from the dependency would install the DSL without its checks.
        Assert.DoesNotContain("Analyzers", dependency.Attribute("exclude")?.Value ?? "");
        AssertCommonMetadata(package, nuspec, "ErAnalyzers.Dsl");
    }

    [Fact]
    public void The_twin_package_ships_the_twin_and_depends_on_the_DSL()
    {
        using var package = ZipFile.OpenRead(feed.TwinPackage);
        var nuspec = Nuspec(package);

        Assert.Equal(["lib/net10.0/ErAnalyzers.Twin.dll"], package.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".dll")));
        var dependency = Assert.Single(nuspec.Descendants(), e => e.Name.LocalName == "dependency");
        Assert.Equal("ErAnalyzers.Dsl", dependency.Attribute("id")?.Value);
        Assert.Equal(feed.Version, dependency.Attribute("version")?.Value);
        AssertCommonMetadata(package, nuspec, "ErAnalyzers.Twin");
    }

    [Fact]
    public void Both_packages_carry_the_version_set_in_Directory_Build_props()
    {
        string version = XDocument.Load(Path.Combine(Repository.Root, "Directory.Build.props")).Descendants("Version").Single().Value;

        Assert.Equal(version, feed.Version);
        Assert.True(File.Exists(feed.DslPackage), feed.DslPackage);
    }

    private static void AssertCommonMetadata(ZipArchive package, XDocument nuspec, string id)
    {
        Assert.Equal(id, Element(nuspec, "id"));
        Assert.Equal("MIT", Element(nuspec, "license"));
        Assert.False(string.IsNullOrWhiteSpace(Element(nuspec, "description")));
        Assert.Contains("expressroute", Element(nuspec, "tags"));
        Assert.Equal("README.md", Element(nuspec, "readme"));
        Assert.NotNull(package.GetEntry("README.md"));
    }

    private static XDocument Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open();
        return XDocument.Load(stream);
    }

    private static string? Element(XDocument nuspec, string name) => nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
}
