using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Analyzers.Evaluation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// ER1003 "Move the secondary to another router": the <c>Secondary(...)</c> call gets another router of the same
/// site, or a new router declared next to the first when the site has no other.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveSecondaryToAnotherRouterFixer)), Shared]
public sealed class MoveSecondaryToAnotherRouterFixer : SequentialFixer
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ER1003.Id);

    /// <inheritdoc />
    protected override string Title => "Move the secondary to another router";

    /// <inheritdoc />
    protected override SyntaxNode? FixedRoot(
        SyntaxNode root, SemanticModel model, InvocationExpressionSyntax call, InvocationExpressionSyntax? related, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken)
    {
        // An anchored diagnostic sits on a helper call, not on the link to move.
        if (DslSymbols.TryCreate(model.Compilation) is not { } dsl
            || model.GetOperation(call, cancellationToken) is not IInvocationOperation { TargetMethod.Name: "Secondary" } link
            || !DslSymbols.Is(link.TargetMethod.ContainingType, dsl.LinkPairBuilder)
            || SecondRouter.RouterArgument(link) is not { } argument
            || SecondRouter.Find(model, argument.Expression, cancellationToken) is not { } router)
        {
            return null;
        }

        return router.Apply(root, argument, router.Replacing(argument));
    }
}
