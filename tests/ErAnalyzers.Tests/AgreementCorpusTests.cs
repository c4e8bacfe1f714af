using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Tests.Verifiers;
using ErAnalyzers.Twin.Tests.Agreement;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErAnalyzers.Tests;

/// <summary>
/// The twin's agreement corpus (tests/ErAnalyzers.Twin.Tests/Agreement) compiled: on the C# source of each design, the
/// analyzer reports what <c>Validate()</c> finds at run time in the design the DSL makes from the same calls, so that
/// the corpus's agreement with the twin holds for the compile-time checks too.
/// </summary>
public class AgreementCorpusTests
{
    [Fact]
    public async Task The_analyzer_reports_on_the_source_of_every_corpus_design_what_Validate_finds_at_run_time()
    {
        var designs = AgreementCorpus.Designs;
        var trees = designs.Select(d => CSharpSyntaxTree.ParseText(d.ToCSharp($"Design{d.Number:000}"), path: $"/0/Design{d.Number:000}.cs")).ToArray();
        var compilation = await TestReferences.CompileAsync(withDsl: true, trees);

        var diagnostics = await compilation.WithAnalyzers([new DesignAnalyzer()]).GetAnalyzerDiagnosticsAsync();

        var differences = new List<string>();
        for (int i = 0; i < designs.Count; i++)
        {
            string[] atRunTime = [.. designs[i].Build().Validate().Select(f => $"{f.RuleId} {f.Message}").Order(StringComparer.Ordinal)];
            string[] atCompileTime = [.. diagnostics.Where(d => d.Location.SourceTree == trees[i])
                .Select(d => $"{d.Id} {d.GetMessage(CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal)];
            if (!atRunTime.SequenceEqual(atCompileTime))
            {
                differences.Add($"{designs[i].Name}:\n  run time:     {string.Join("\n                ", atRunTime)}\n  compile time: {string.Join("\n                ", atCompileTime)}");
            }
        }

        Assert.True(differences.Count == 0, $"{differences.Count} of {designs.Count} designs differ:\n{string.Join("\n", differences)}");
        Assert.Contains(diagnostics, d => d.Id == "ER1002");
    }
}
