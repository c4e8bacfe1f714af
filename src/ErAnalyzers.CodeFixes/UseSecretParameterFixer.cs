using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Analyzers.Evaluation;
using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// ER5001 "Use a secret parameter": replaces the MD5 key written in source by
/// <c>Secret.Parameter("md5Key_&lt;circuit&gt;_&lt;peering&gt;")</c>, the parameter the template already asks for the key
/// by, so deployments go on as before. Offered when the key is a constant written at the call (a literal, a const);
/// the key's value is then given at deployment, and a const left behind is for the developer to delete. Not offered
/// when the call also writes the string overload's caller-information arguments, which the Secret overload lacks.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSecretParameterFixer)), Shared]
public sealed class UseSecretParameterFixer : LocalFixer
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ER5001.Id);

    /// <inheritdoc />
    protected override string Title => "Use a secret parameter";

    private protected override (SyntaxNode Node, SyntaxNode Replacement)? Rewrite(
        DslSymbols dsl, SemanticModel model, IInvocationOperation call, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken)
    {
        if (!properties.TryGetValue(FixProperties.SecretParameter, out string? parameter) || parameter is null
            || dsl.Secret is null
            || call.TargetMethod.Name != "Md5Key" || !DslSymbols.Is(call.TargetMethod.ContainingType, dsl.PeeringBuilder)
            || CallArguments.Written(call, "key") is not { Expression: var key }
            // The Secret overload has other caller-information parameters: one written for the string overload would not compile.
            || call.Arguments.Any(argument => argument.ArgumentKind == ArgumentKind.Explicit && argument.Parameter?.Name != "key")
            // A key from a helper's parameter may differ from call to call.
            || !model.GetConstantValue(key, cancellationToken).HasValue)
        {
            return null;
        }

        // The short name where it means the DSL's Secret, else the full one.
        string secret = model.LookupNamespacesAndTypes(key.SpanStart, name: "Secret").Contains(dsl.Secret, SymbolEqualityComparer.Default)
            ? "Secret"
            : "global::ErAnalyzers.Dsl.Secret";
        var reference = ParseExpression($"{secret}.Parameter({Literal(parameter)})");
        return (key, reference.WithTriviaFrom(key));
    }
}
