using System;
using System.IO;
using System.Linq;

namespace ErAnalyzers.Dsl.Tests.Support;

/// <summary>
/// The Mermaid CLI (<c>mmdc</c> of <c>@mermaid-js/mermaid-cli</c>, with a Chromium), as <c>.ci/run</c> installs it:
/// from <c>MERMAID_CLI</c> or the PATH, the browser from <c>PUPPETEER_EXECUTABLE_PATH</c> or the PATH. Rendering is
/// deterministic (docs/images/mermaid.json, which docs/images/render.sh uses too), so a rendered picture can be compared
/// with a committed one.
/// </summary>
internal static class MermaidCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);


    public static string? Executable { get; } = Environment.GetEnvironmentVariable("MERMAID_CLI") is { Length: > 0 } path ? path : OnPath("mmdc");

    public static string? Browser { get; } = Environment.GetEnvironmentVariable("PUPPETEER_EXECUTABLE_PATH") is { Length: > 0 } path
        ? path
        : new[] { "chromium", "chromium-browser", "google-chrome" }.Select(OnPath).FirstOrDefault(p => p is not null);

    /// <summary>Skips the test on a machine without the renderer; in CI (<c>CI=true</c>) a missing renderer fails it.</summary>
    public static void RequireInstalled()
    {
        bool missing = Executable is null || Browser is null;
        Assert.False(missing && Environment.GetEnvironmentVariable("CI") == "true", "CI needs the Mermaid CLI and a Chromium: .ci/run installs them");
        Skip.If(missing, "the Mermaid CLI (npm @mermaid-js/mermaid-cli) or a Chromium is not installed; .ci/run installs both");
    }

    /// <summary>
    /// Renders every <c>mermaid</c> block of the Markdown file <paramref name="markdown"/> to SVG files beside it
    /// (<c>name-1.svg</c>, ...), in one browser; fails with the renderer's output on any error.
    /// </summary>
    public static string[] RenderMarkdown(string markdown, TempFolder work) =>
        Render(markdown, Path.ChangeExtension(markdown, ".out.md"), work, Path.GetFileNameWithoutExtension(markdown) + ".out-*.svg");

    /// <summary>Renders the flowchart file <paramref name="diagram"/> to the SVG file <paramref name="svg"/>.</summary>
    public static void RenderSvg(string diagram, string svg, TempFolder work) =>
        Render(diagram, svg, work, Path.GetFileName(svg));

    private static string[] Render(string input, string output, TempFolder work, string outputs)
    {
        string config = RepoFiles.Path("docs", "images", "mermaid.json");
        string browser = work.Combine("puppeteer.json");
        // As root (CI containers) Chromium runs only without its sandbox.
        File.WriteAllText(browser, $$"""{ "executablePath": "{{Browser}}", "args": ["--no-sandbox", "--disable-gpu"] }""");
        string log = ToolProcess.Run(Executable!, ["-i", input, "-o", output, "-c", config, "-p", browser, "-b", "white", "-q"], Timeout);
        var svgs = Directory.GetFiles(Path.GetDirectoryName(output)!, outputs).Order(StringComparer.Ordinal).ToArray();
        Assert.True(svgs.Length > 0, $"mmdc wrote no SVG for {input}:\n{log}");
        foreach (string svg in svgs)
        {
            // Mermaid draws some errors (a text or edge limit passed) as a picture of the error rather than failing.
            string text = File.ReadAllText(svg);
            Assert.DoesNotContain("Syntax error", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Maximum text size", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Edge limit exceeded", text, StringComparison.Ordinal);
        }

        return svgs;
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
