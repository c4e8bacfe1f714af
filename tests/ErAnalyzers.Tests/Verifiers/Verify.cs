using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using ErAnalyzers.Analyzers;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests.Verifiers;

/// <summary>Entry points of the analyzer tests.</summary>
internal static class Verify
{
    /// <summary>An expected diagnostic of <paramref name="id"/>.</summary>
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<DesignAnalyzer, DefaultVerifier>.Diagnostic(id);

    /// <summary>
    /// A diagnostic reported at a call because its finding lies in another file: its message ends with that place,
    /// <c>(in {path} line {line})</c>, the path seen from the reported file's folder.
    /// </summary>
    public static DiagnosticResult InFile(this DiagnosticResult result, string path, int line) => result.WithMessage(
        string.Format(CultureInfo.InvariantCulture, new DesignAnalyzer().SupportedDiagnostics.Single(d => d.Id == result.Id).MessageFormat.ToString(CultureInfo.InvariantCulture), result.MessageArguments ?? [])
        + $" (in {path} line {line})");

    /// <summary>A verifier of <paramref name="ids"/>: every other rule is disabled in its tests.</summary>
    public static RuleVerifier Rules(params string[] ids) => new(ids);

    /// <summary>
    /// A compilation unit with a design whose site <c>dc</c> has routers <c>ce1</c>, <c>ce2</c>, <c>ce3</c>; the
    /// body describes circuits with the <c>DesignBuilder d</c>. Extra members go into the class.
    /// </summary>
    public static string Design(string body, string members = "") => $$"""
        using System;
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Designs
        {
            static NetworkDesign Build() => NetworkDesign.Create("test", d =>
            {
                var site = d.Site("dc", asn: 65010);
                var ce1 = site.Router("ce1");
                var ce2 = site.Router("ce2");
                var ce3 = site.Router("ce3");
        {{body}}
            });
        {{members}}
        }
        """;
}

/// <summary>Runs the analyzer with only some rules enabled and compares their diagnostics.</summary>
internal sealed class RuleVerifier(string[] rules)
{
    /// <summary>Runs the analyzer on sources (the first is the one markup positions refer to) and compares diagnostics.</summary>
    public Task AnalyzerAsync(string source, params DiagnosticResult[] expected) => AnalyzerAsync([source], expected);

    /// <summary>Runs the analyzer on several files.</summary>
    public Task AnalyzerAsync(string[] sources, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest(withDsl: true, rules);
        foreach (string source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Runs the analyzer with <c>.editorconfig</c> content for the sources.</summary>
    public Task AnalyzerWithEditorConfigAsync(string source, string editorConfig, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest(withDsl: true, rules);
        test.TestState.Sources.Add(source);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
