using System.Threading.Tasks;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests.CodeFixes;

/// <summary>Runs a code fix on a document and compares the result; Fix All is checked on the same input.</summary>
internal static class FixVerify<TFixer>
    where TFixer : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpCodeFixVerifier<DesignAnalyzer, TFixer, DefaultVerifier>.Diagnostic(id);

    /// <summary>
    /// Applies the fix to every diagnostic (one by one, then through Fix All) and expects <paramref name="fixedSource"/>,
    /// which must compile and carry no diagnostic of the fixed rule; then checks, with every rule enabled, that each
    /// fix settles in one application (<see cref="FixSettles"/>).
    /// </summary>
    public static Task FixAsync(string source, string fixedSource, params DiagnosticResult[] expected) =>
        FixAsync([source], [fixedSource], expected);

    /// <summary>The same over several documents: Fix All in project and solution reaches each of them.</summary>
    public static Task FixAsync(string[] sources, string[] fixedSources, params DiagnosticResult[] expected) =>
        FixAsync(sources, fixedSources, fixAllIterations: null, expected);

    /// <summary>
    /// As <see cref="FixAsync(string, string, DiagnosticResult[])"/>, where Fix All takes <paramref name="fixAllIterations"/>
    /// runs: one per kind of action (title) the diagnostics of the document get.
    /// </summary>
    public static Task FixAsync(string source, string fixedSource, int fixAllIterations) => FixAsync([source], [fixedSource], fixAllIterations, []);

    private static async Task FixAsync(string[] sources, string[] fixedSources, int? fixAllIterations, DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<DesignAnalyzer, TFixer, DefaultVerifier> { ReferenceAssemblies = TestReferences.Net10 };
        foreach (string source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (string source in fixedSources)
        {
            test.FixedState.Sources.Add(source);
        }

        TestReferences.AddTo(test.TestState);
        TestReferences.AddTo(test.FixedState);
        TestReferences.DisableAllBut(test.DisabledDiagnostics, new TFixer().FixableDiagnosticIds);
        test.ExpectedDiagnostics.AddRange(expected);
        test.NumberOfFixAllIterations = fixAllIterations;
        await test.RunAsync();
        await FixSettles.CheckAsync(new TFixer(), sources);
    }

    /// <summary>Expects the diagnostics and no code fix at all.</summary>
    public static Task NoFixAsync(string source, params DiagnosticResult[] expected) => FixAsync(source, source, expected);
}
