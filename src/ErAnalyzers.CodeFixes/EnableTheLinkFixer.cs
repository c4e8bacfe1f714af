using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Analyzers.Evaluation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// ER1005 "Enable the link": in a <c>Link1(...)</c>/<c>Link2(...)</c> call of a Direct port, the state written as
/// <c>AdminState.Disabled</c> becomes <c>AdminState.Enabled</c>. A state held in a variable or a constant is left
/// alone: it may serve other ports.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EnableTheLinkFixer)), Shared]
public sealed class EnableTheLinkFixer : LocalFixer
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ER1005.Id);

    /// <inheritdoc />
    protected override string Title => "Enable the link";

    private protected override (SyntaxNode Node, SyntaxNode Replacement)? Rewrite(
        DslSymbols dsl, SemanticModel model, IInvocationOperation call, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken) =>
        call.TargetMethod.Name is "Link1" or "Link2" && DslSymbols.Is(call.TargetMethod.ContainingType, dsl.DirectPortBuilder)
        && EnumMemberArgument(model, call, "state", "ErAnalyzers.AdminState") is { Identifier.ValueText: "Disabled" } disabled
            ? (disabled, IdentifierName("Enabled").WithTriviaFrom(disabled))
            : null;
}
