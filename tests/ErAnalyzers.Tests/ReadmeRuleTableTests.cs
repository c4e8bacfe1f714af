using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using ErAnalyzers.Analyzers;
using ErAnalyzers.CodeFixes;
using ErAnalyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ErAnalyzers.Tests;

/// <summary>
/// The rule tables of README.md and docs/rules/README.md are generated from the analyzer's descriptors and the code
/// fixes. When one is stale this test fails;
/// <c>ER_UPDATE_README=1 dotnet test tests/ErAnalyzers.Tests --filter ReadmeRuleTableTests</c> rewrites them.
/// </summary>
public class ReadmeRuleTableTests
{
    private const string Start = "<!-- rules:start: generated from the descriptors by ReadmeRuleTableTests; ER_UPDATE_README=1 to rewrite -->";
    private const string End = "<!-- rules:end -->";

    [Theory]
    [InlineData("README.md", "docs/rules/")]
    [InlineData("docs/rules/README.md", "")]
    public void The_rule_table_is_the_one_generated_from_the_descriptors(string file, string pages)
    {
        string path = Path.Combine(Repository.Root, file);
        string readme = File.ReadAllText(path);
        int start = readme.IndexOf(Start, StringComparison.Ordinal);
        int end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md must hold the markers {Start} and {End}");

        string expected = readme[..(start + Start.Length)] + "\n" + Table(pages) + readme[end..];
        if (Environment.GetEnvironmentVariable("ER_UPDATE_README") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(expected == File.ReadAllText(path),
            $"The rule table of {file} is stale: run ER_UPDATE_README=1 dotnet test tests/ErAnalyzers.Tests --filter ReadmeRuleTableTests");
    }

    [Fact]
    public void Every_code_fix_has_a_title_for_the_table()
    {
        var fixes = CodeFixTitles();

        Assert.NotEmpty(fixes);
        Assert.All(fixes.Values, title => Assert.False(string.IsNullOrWhiteSpace(title)));
    }

    private static string Table(string pages)
    {
        var fixes = CodeFixTitles();
        var table = new StringBuilder();
        table.Append("| Rule | Title | Severity | Code fix |\n|---|---|---|---|\n");
        foreach (var descriptor in new DesignAnalyzer().SupportedDiagnostics.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            string fix = fixes.TryGetValue(descriptor.Id, out string? title) ? title : "-";
            table.Append($"| [{descriptor.Id}]({pages}{descriptor.Id}.md) | {descriptor.Title} | {descriptor.DefaultSeverity} | {fix} |\n");
        }

        return table.ToString();
    }

    /// <summary>Each fixable id with the title of its fix: every fixer names its fix in a <c>Title</c> property or constant.</summary>
    private static Dictionary<string, string> CodeFixTitles()
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var fixers = typeof(SequentialFixer).Assembly.GetTypes()
            .Where(type => typeof(CodeFixProvider).IsAssignableFrom(type) && !type.IsAbstract && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null);
        foreach (var type in fixers)
        {
            var fixer = (CodeFixProvider)Activator.CreateInstance(type)!;
            const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
            object? title = type.GetProperty("Title", Any)?.GetValue(fixer) ?? type.GetField("Title", Any)?.GetValue(null);
            foreach (string id in fixer.FixableDiagnosticIds)
            {
                titles.Add(id, title as string ?? throw new InvalidOperationException($"{type.Name} has no Title"));
            }
        }

        return titles;
    }
}
