using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ErAnalyzers.Dsl.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ErAnalyzers.Dsl.Tests;

/// <summary>
/// No secret written in a sample's source reaches a template: every value a sample passes where the DSL also takes
/// a <see cref="Secret"/> (<c>Md5Key("...")</c>) is looked for in every template the samples emit.
/// </summary>
public sealed class TemplateSecretTests
{
    // The assemblies this test runs on: .NET, the DSL and its model.
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(path => MetadataReference.CreateFromFile(path))]);

    [Fact]
    public void No_template_contains_a_secret_written_in_a_sample()
    {
        string[] secrets = [.. SampleDesigns.All.SelectMany(sample => SecretsWrittenIn(SampleDesigns.SourceFile(sample))).Distinct()];
        Assert.NotEmpty(secrets);

        foreach (string sample in SampleDesigns.Deployable)
        {
            string template = SampleDesigns.Create(sample).ToArmTemplate();
            foreach (string secret in secrets)
            {
                Assert.DoesNotContain(secret, template, StringComparison.Ordinal);
                Assert.DoesNotContain(JsonEncodedText.Encode(secret).ToString(), template, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>
    /// The constant strings a design file passes to a DSL parameter that has a <see cref="Secret"/> overload of the
    /// same name: the secrets written in source, however the DSL grows.
    /// </summary>
    private static IEnumerable<string> SecretsWrittenIn(string file)
    {
        var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file);
        var compilation = CSharpCompilation.Create("Sample", [tree], References.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var model = compilation.GetSemanticModel(tree);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        return tree.GetRoot().DescendantNodes().OfType<ArgumentSyntax>()
            .Where(argument => model.GetOperation(argument) is IArgumentOperation { Parameter: { Type.SpecialType: SpecialType.System_String } parameter }
                && TakesASecret(parameter))
            .Select(argument => model.GetConstantValue(argument.Expression).Value)
            .OfType<string>();
    }

    private static bool TakesASecret(IParameterSymbol parameter) =>
        parameter.ContainingSymbol is IMethodSymbol method
        && method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>()
            .Any(overload => overload.Parameters.Any(p => p.Name == parameter.Name && p.Type.ToDisplayString() == typeof(Secret).FullName));
}
