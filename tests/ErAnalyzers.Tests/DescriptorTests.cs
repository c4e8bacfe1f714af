using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Rules;
using ErAnalyzers.Tests.Support;
using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Tests;

/// <summary>The analyzer's descriptors agree with the rule engine, the documentation and release tracking.</summary>
public class DescriptorTests
{
    private static readonly DiagnosticDescriptor[] Supported = [.. new DesignAnalyzer().SupportedDiagnostics];

    public static TheoryData<string> SupportedIds => [.. Supported.Select(d => d.Id)];

    // The rule catalogue (the product's rules.md): every id is a rule of the engine and a diagnostic of the analyzer.
    private static readonly string[] Catalogue =
    [
        "ER1001", "ER1002", "ER1003", "ER1004", "ER1005", "ER1006", "ER1007", "ER1008", "ER1009",
        "ER2001", "ER2002", "ER2003", "ER2004", "ER2005", "ER2006", "ER2007", "ER2008", "ER2009", "ER2010", "ER2011", "ER2012",
        "ER3001", "ER3002", "ER3003", "ER3004",
        "ER4001", "ER4002", "ER4003", "ER4004", "ER4005", "ER4006", "ER4007", "ER4008", "ER4009", "ER4010", "ER4011", "ER4012", "ER4013", "ER4014",
        "ER5001", "ER5002", "ER5003", "ER5004",
    ];

    [Fact]
    public void The_analyzer_supports_every_rule_of_the_catalogue() =>
        Assert.Equal(Catalogue, Supported.Select(d => d.Id).Order());

    [Fact]
    public void The_engine_has_every_rule_of_the_catalogue_once() =>
        Assert.Equal(Catalogue, RuleEngine.AllRules.Select(r => r.Descriptor.Id).Order());

    [Theory]
    [MemberData(nameof(SupportedIds))]
    public void Id_category_severity_and_texts_are_the_engines(string id)
    {
        var descriptor = Supported.Single(d => d.Id == id);
        var rule = EngineDescriptor(id);

        Assert.Equal(rule.Id, descriptor.Id);
        Assert.Equal(rule.Category, descriptor.Category);
        Assert.Equal(ToDiagnosticSeverity(rule.DefaultSeverity), descriptor.DefaultSeverity);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Equal(rule.Title, descriptor.Title.ToString());
        Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString());
        Assert.Equal(rule.Description, descriptor.Description.ToString());
    }

    [Theory]
    [MemberData(nameof(SupportedIds))]
    public void A_finding_in_another_file_keeps_the_rules_id_severity_and_help_link_and_its_message_names_the_place(string id)
    {
        var rule = Supported.Single(d => d.Id == id);
        var (inAnotherFile, argumentsBefore) = DiagnosticDescriptors.InAnotherFile(rule);
        int place = Regex.Matches(rule.MessageFormat.ToString(), @"\{(\d+)\}").Select(m => int.Parse(m.Groups[1].Value)).DefaultIfEmpty(-1).Max() + 1;

        Assert.Equal((rule.Id, rule.Category, rule.DefaultSeverity, rule.IsEnabledByDefault, rule.HelpLinkUri, rule.Title.ToString()),
            (inAnotherFile.Id, inAnotherFile.Category, inAnotherFile.DefaultSeverity, inAnotherFile.IsEnabledByDefault, inAnotherFile.HelpLinkUri, inAnotherFile.Title.ToString()));
        Assert.Equal($"{rule.MessageFormat} (in {{{place}}} line {{{place + 1}}})", inAnotherFile.MessageFormat.ToString());
        Assert.Equal(place, argumentsBefore);
    }

    [Theory]
    [MemberData(nameof(SupportedIds))]
    public void The_help_link_points_at_the_rules_page_in_the_repository(string id)
    {
        var descriptor = Supported.Single(d => d.Id == id);

        Assert.Equal(EngineDescriptor(id).HelpUri, descriptor.HelpLinkUri);
        Assert.EndsWith($"docs/rules/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        string page = Path.Combine(Repository.Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing");
        Assert.StartsWith($"# {id}: ", File.ReadLines(page).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_unshipped_rule_is_supported_with_its_category_and_severity()
    {
        var rows = ReleaseRows("AnalyzerReleases.Unshipped.md");

        Assert.NotEmpty(rows);
        foreach (var (id, category, severity) in rows)
        {
            var descriptor = Assert.Single(Supported, d => d.Id == id);
            Assert.Equal(descriptor.Category, category);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), severity);
        }
    }

    [Fact]
    public void Every_supported_rule_is_tracked_in_a_release_file()
    {
        var tracked = ReleaseRows("AnalyzerReleases.Shipped.md").Concat(ReleaseRows("AnalyzerReleases.Unshipped.md")).Select(r => r.Id);

        Assert.Empty(Supported.Select(d => d.Id).Except(tracked));
    }

    private static RuleDescriptor EngineDescriptor(string id) =>
        typeof(Descriptors).GetProperty(id, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as RuleDescriptor
        ?? throw new InvalidOperationException($"the rule engine has no descriptor {id}");

    private static DiagnosticSeverity ToDiagnosticSeverity(Severity severity) => severity switch
    {
        Severity.Info => DiagnosticSeverity.Info,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Error => DiagnosticSeverity.Error,
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    // Rows of the release tracking tables: "ER1001 | ExpressRoute.Redundancy | Warning | DesignAnalyzer".
    private static List<(string Id, string Category, string Severity)> ReleaseRows(string file) =>
        [.. File.ReadLines(Path.Combine(Repository.Root, "src", "ErAnalyzers", file))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length >= 3 && cells[0].StartsWith("ER", StringComparison.Ordinal) && cells[0].Skip(2).All(char.IsDigit))
            .Select(cells => (cells[0], cells[1], cells[2]))];
}
