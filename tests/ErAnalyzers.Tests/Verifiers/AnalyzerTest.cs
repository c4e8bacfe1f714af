using System.IO;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Dsl;
using Microsoft.CodeAnalysis;
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

    public static void AddTo(SolutionState state, bool withDsl = true)
    {
        if (withDsl)
        {
            state.AdditionalReferences.Add(Dsl);
            state.AdditionalReferences.Add(Model);
        }
    }
}

/// <summary>An analyzer test of <see cref="DesignAnalyzer"/> against .NET 10 and the DSL.</summary>
internal sealed class AnalyzerTest : CSharpAnalyzerTest<DesignAnalyzer, DefaultVerifier>
{
    public AnalyzerTest(bool withDsl = true)
    {
        ReferenceAssemblies = TestReferences.Net10;
        TestReferences.AddTo(TestState, withDsl);
    }
}
