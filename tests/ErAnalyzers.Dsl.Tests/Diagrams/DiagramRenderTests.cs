using System;
using System.IO;
using System.Linq;
using ErAnalyzers.Dsl.Tests.Support;

namespace ErAnalyzers.Dsl.Tests.Diagrams;

/// <summary>
/// The diagrams drawn by a real Mermaid renderer (the Mermaid CLI in Chromium): every sample's, a design of 100
/// circuits, and the pictures committed under docs/images, which must be what the designs draw today.
/// </summary>
public class DiagramRenderTests
{
    // Mermaid's default maxTextSize: a longer diagram is drawn as an error by renderers that keep the default (GitHub).
    private const int MermaidMaxTextSize = 50_000;

    public static TheoryData<string> Pictures => ["QuickStart", "MaximumResiliency"];

    [SkippableFact]
    public void Every_sample_diagram_renders()
    {
        MermaidCli.RequireInstalled();
        using var work = new TempFolder();
        string page = work.Combine("samples.md");
        File.WriteAllText(page, string.Concat(SampleDesigns.All.Select(name => $"## {name}\n\n```mermaid\n{SampleDesigns.Create(name).ToDiagram()}```\n\n")));

        var svgs = MermaidCli.RenderMarkdown(page, work);

        Assert.Equal(SampleDesigns.All.Count(), svgs.Length);
    }

    [SkippableFact]
    public void A_design_of_100_circuits_renders_within_mermaids_default_limits()
    {
        string diagram = LargeDesign.Create(sites: 10, circuitsPerSite: 10).ToDiagram();
        Assert.True(diagram.Length < MermaidMaxTextSize, $"{diagram.Length} characters");

        MermaidCli.RequireInstalled();
        using var work = new TempFolder();
        File.WriteAllText(work.Combine("large.mmd"), diagram);
        MermaidCli.RenderSvg(work.Combine("large.mmd"), work.Combine("large.svg"), work);

        Assert.True(new FileInfo(work.Combine("large.svg")).Length > 0);
    }

    [Theory]
    [MemberData(nameof(Pictures))]
    public void The_committed_diagram_source_is_what_the_sample_draws(string sample)
    {
        Assert.Equal(SampleDesigns.Create(sample).ToDiagram(), File.ReadAllText(Picture(sample, ".mmd")));
    }

    [SkippableTheory]
    [MemberData(nameof(Pictures))]
    public void The_committed_picture_is_the_rendering_of_the_committed_source(string sample)
    {
        MermaidCli.RequireInstalled();
        using var work = new TempFolder();
        File.Copy(Picture(sample, ".mmd"), work.Combine("diagram.mmd"));

        MermaidCli.RenderSvg(work.Combine("diagram.mmd"), work.Combine("diagram.svg"), work);

        Assert.True(
            File.ReadAllText(Picture(sample, ".svg")) == File.ReadAllText(work.Combine("diagram.svg")),
            $"docs/images/{sample.ToLowerInvariant()}.svg is stale: run docs/images/render.sh");
    }

    private static string Picture(string sample, string extension) =>
        RepoFiles.Path("docs", "images", sample.ToLowerInvariant() + extension);
}
