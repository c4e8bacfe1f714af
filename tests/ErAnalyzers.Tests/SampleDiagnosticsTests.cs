using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Tests.Support;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErAnalyzers.Tests;

/// <summary>
/// The analyzers on the samples' design files, as their builds run them: the clean samples get no diagnostic,
/// QuickStart its two deliberate ones, each deliberately bad sample every rule of its family that compile time can
/// see and no other rule.
/// </summary>
public class SampleDiagnosticsTests
{
    public static TheoryData<string, string[]> Expected => new()
    {
        { "QuickStart", ["ER1001", "ER1002"] },
        { "MaximumResiliency", [] },
        { "ExpressRouteDirect", [] },
        { "BadLinkRedundancy", ["ER1001", "ER1002", "ER1003", "ER1004", "ER1005", "ER1006", "ER1007", "ER1008", "ER1009"] },
        { "BadSiteResilience", ["ER2001", "ER2002", "ER2003", "ER2004", "ER2005", "ER2006", "ER2007", "ER2008", "ER2009", "ER2010", "ER2011", "ER2012"] },
        // ER3003's prefixes come from a loop, out of the analyzers' sight: Validate() reports it at run time.
        { "BadFailureDetection", ["ER3001", "ER3002"] },
        { "BadValidity", ["ER4001", "ER4002", "ER4003", "ER4004", "ER4005", "ER4006", "ER4007", "ER4008", "ER4009", "ER4010", "ER4011", "ER4012", "ER4013", "ER4014"] },
        { "BadSecurity", ["ER5001", "ER5002", "ER5003", "ER5004"] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task A_sample_build_reports_exactly_the_rules_it_is_about(string sample, string[] rules)
    {
        string file = Path.Combine(Repository.Root, "samples", sample, $"{sample}Design.cs");
        var tree = CSharpSyntaxTree.ParseText(await File.ReadAllTextAsync(file), path: file);
        var compilation = await TestReferences.CompileAsync(withDsl: true, [tree]);

        var diagnostics = await compilation.WithAnalyzers([new DesignAnalyzer()]).GetAnalyzerDiagnosticsAsync();

        Assert.Equal(rules, diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(tree, d.Location.SourceTree));
    }
}
