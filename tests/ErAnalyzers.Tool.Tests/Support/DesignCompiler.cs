using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using ErAnalyzers.Dsl;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErAnalyzers.Tool.Tests;

/// <summary>Compiles a design written by import in memory against the DSL, and runs it.</summary>
internal static class DesignCompiler
{
    // The runtime's assemblies and the DSL's, one of each name.
    private static readonly MetadataReference[] References =
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(NetworkDesign).Assembly.Location).Append(typeof(Asn).Assembly.Location)
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(path => MetadataReference.CreateFromFile(path))];

    /// <summary>
    /// The design that <c>ImportedDesign.Create()</c> of <paramref name="source"/> makes; fails on any compiler
    /// warning or error, so that imported code is as clean as code written by hand.
    /// </summary>
    public static NetworkDesign Run(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Imported" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(result.Success && problems.Count == 0, string.Join(Environment.NewLine, problems) + Environment.NewLine + source);

        image.Position = 0;
        var context = new AssemblyLoadContext("imported", isCollectible: true);
        try
        {
            var create = context.LoadFromStream(image).GetType("Imported.ImportedDesign")!.GetMethod("Create")!;
            return (NetworkDesign)create.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
