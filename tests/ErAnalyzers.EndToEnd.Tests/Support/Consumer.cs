using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ErAnalyzers.EndToEnd.Tests.Support;

/// <summary>A user's project, outside the repository, that installs a package from the feed.</summary>
public sealed class Consumer
{
    private readonly PackageFeed feed;

    internal Consumer(PackageFeed feed, string packageId)
    {
        this.feed = feed;
        Folder = Path.Combine(feed.Root, "consumers", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed.FeedFolder}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        Write("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{packageId}" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
    }

    public string Folder { get; }

    public Consumer Write(string file, string text)
    {
        File.WriteAllText(Path.Combine(Folder, file), text);
        return this;
    }

    public string Read(string file) => File.ReadAllText(Path.Combine(Folder, file));

    /// <summary>The 1-based line of <paramref name="file"/> that contains <paramref name="text"/> (exactly one must).</summary>
    public int LineOf(string file, string text) =>
        File.ReadAllLines(Path.Combine(Folder, file)).Select((line, index) => (line, index)).Single(l => l.line.Contains(text, StringComparison.Ordinal)).index + 1;

    /// <summary><c>dotnet build</c>, without the compiler server, so that every build loads the analyzers afresh.</summary>
    public Task<CommandResult> BuildAsync(params string[] arguments) =>
        DotNet.RunAsync(Folder, feed.PackagesFolder, ["build", "-nodeReuse:false", "-p:UseSharedCompilation=false", .. arguments]);

    /// <summary><c>dotnet format analyzers --diagnostics id</c>: applies the code fixes of one rule.</summary>
    public Task<CommandResult> FormatAsync(string diagnostic) =>
        DotNet.RunAsync(Folder, feed.PackagesFolder, "format", "analyzers", "--diagnostics", diagnostic, "--severity", "info");
}
