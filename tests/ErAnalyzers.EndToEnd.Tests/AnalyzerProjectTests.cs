using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ErAnalyzers.EndToEnd.Tests.Support;

namespace ErAnalyzers.EndToEnd.Tests;

/// <summary>What the analyzer project hands the compiler, as MSBuild evaluates it.</summary>
public class AnalyzerProjectTests
{
    // Microsoft.CodeAnalysis.Analyzers adds the release tracking files itself; adding them again in the project makes
    // the IDE log a duplicate additional file.
    [Fact]
    public async Task The_release_tracking_files_are_additional_files_once_each()
    {
        var evaluation = await DotNet.RunAsync(Repository.Root, packagesFolder: null, "msbuild", Path.Combine("src", "ErAnalyzers", "ErAnalyzers.csproj"), "-getItem:AdditionalFiles");

        Assert.True(evaluation.Succeeded, evaluation.ToString());
        var files = JsonDocument.Parse(evaluation.Output).RootElement.GetProperty("Items").GetProperty("AdditionalFiles")
            .EnumerateArray().Select(item => item.GetProperty("Filename").GetString() + item.GetProperty("Extension").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md"], files);
    }
}
