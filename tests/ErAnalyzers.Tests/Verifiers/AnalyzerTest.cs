using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Dsl;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests.Verifiers;

/// <summary>The references every test compilation gets: .NET 10 and the DSL with its model.</summary>
internal static class TestReferences
{
    public static ReferenceAssemblies Net10 { get; } =
        new("net10.0", new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"), Path.Combine("ref", "net10.0"));

    public static MetadataReference Dsl { get; } = MetadataReference.CreateFromFile(typeof(NetworkDesign).Assembly.Location);

    public static MetadataReference Model { get; } = MetadataReference.CreateFromFile(typeof(IpPrefix).Assembly.Location);

    /// <summary>Disables every rule but <paramref name="rulesUnderTest"/> (none disabled when it is empty).</summary>
    public static void DisableAllBut(List<string> disabled, IReadOnlyCollection<string> rulesUnderTest)
    {
        if (rulesUnderTest.Count > 0)
        {
            disabled.AddRange(new DesignAnalyzer().SupportedDiagnostics.Select(d => d.Id).Except(rulesUnderTest));
        }
    }

    /// <summary>A compilation of <paramref name="sources"/> (named <c>/0/Test{i}.cs</c>) that must have no compiler error.</summary>
    public static Task<Compilation> CompileAsync(bool withDsl, params string[] sources) =>
        CompileAsync(withDsl, sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, path: $"/0/Test{i}.cs")));

    /// <summary>A compilation of <paramref name="trees"/> against .NET 10 (and the DSL) that must have no compiler error.</summary>
    public static async Task<Compilation> CompileAsync(bool withDsl, IEnumerable<SyntaxTree> trees)
    {
        var compilation = CSharpCompilation.Create("Design", trees, await ResolveAsync(withDsl), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation;
    }

    /// <summary>The references of a test compilation: .NET 10, and the DSL with its model when <paramref name="withDsl"/>.</summary>
    public static async Task<ImmutableArray<MetadataReference>> ResolveAsync(bool withDsl)
    {
        var references = await Net10.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        return withDsl ? references.Add(Dsl).Add(Model) : references;
    }

    public static void AddTo(SolutionState state, bool withDsl = true)
    {
        if (withDsl)
        {
            state.AdditionalReferences.Add(Dsl);
            state.AdditionalReferences.Add(Model);
        }
    }
}

/// <summary>
/// An analyzer test of <see cref="DesignAnalyzer"/> against .NET 10 and the DSL. With rules under test, every other
/// rule is disabled, so that a test of one rule states all of that rule's diagnostics and nothing else.
/// </summary>
internal sealed class AnalyzerTest : CSharpAnalyzerTest<DesignAnalyzer, DefaultVerifier>
{
    public AnalyzerTest(bool withDsl = true, params string[] rulesUnderTest)
    {
        ReferenceAssemblies = TestReferences.Net10;
        TestReferences.AddTo(TestState, withDsl);
        TestReferences.DisableAllBut(DisabledDiagnostics, rulesUnderTest);
    }
}
