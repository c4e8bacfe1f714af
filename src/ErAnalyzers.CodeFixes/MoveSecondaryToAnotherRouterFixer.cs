using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using ErAnalyzers.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

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
        if (call.ArgumentList.Arguments.Count < 2 || !IsDslSecondary(model, call, cancellationToken)
            || SecondRouter.Find(model, call, cancellationToken) is not { } router)
        {
            return null;
        }

        // A port argument becomes a router argument: a name written for it must say so.
        var argument = call.ArgumentList.Arguments[1];
        var moved = argument.WithExpression(IdentifierName(router.Name).WithTriviaFrom(argument.Expression));
        if (argument.NameColon is { } name)
        {
            moved = moved.WithNameColon(name.WithName(IdentifierName("router").WithTriviaFrom(name.Name)));
        }

        return router.Apply(root, argument, moved);
    }

    private static bool IsDslSecondary(SemanticModel model, InvocationExpressionSyntax call, CancellationToken cancellationToken) =>
        model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { Name: "Secondary" } method
        && SymbolEqualityComparer.Default.Equals(method.ContainingType.OriginalDefinition, model.Compilation.GetTypeByMetadataName("ErAnalyzers.Dsl.LinkPairBuilder`1"));
}
