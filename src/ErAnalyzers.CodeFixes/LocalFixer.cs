using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Analyzers.Evaluation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// A fix that replaces one node in or at the DSL call a diagnostic sits on and touches nothing else, so that the
/// fixes of a Fix All never meet: Fix All replaces all their nodes at once.
/// </summary>
public abstract class LocalFixer : CodeFixProvider
{
    /// <summary>The title of the code action, also its equivalence key.</summary>
    protected abstract string Title { get; }

    /// <summary>The title (and equivalence key) of the fix of a diagnostic with these properties: <see cref="Title"/> unless a fixer's action depends on them.</summary>
    private protected virtual string TitleFor(ImmutableDictionary<string, string?> properties) => Title;

    /// <inheritdoc />
    /// <remarks>
    /// Not the batch fixer: told only each fix's new tree, it works out its text change by comparing trees, which in
    /// broken code placed a change at an earlier look-alike call, into that call's own fix.
    /// </remarks>
    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || DslSymbols.TryCreate(model.Compilation) is not { } dsl)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Fix(dsl, root, model, diagnostic, context.CancellationToken) is var (node, replacement))
            {
                var fixedDocument = document.WithSyntaxRoot(root.ReplaceNode(node, replacement));
                string title = TitleFor(diagnostic.Properties);
                context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(fixedDocument), title), diagnostic);
            }
        }
    }

    private async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || DslSymbols.TryCreate(model.Compilation) is not { } dsl)
        {
            return null;
        }

        // Fixes that would meet (in code being typed) are left to the next Fix All: the first one is kept.
        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        // Fix All applies one action: only the diagnostics whose fix has its title.
        foreach (var diagnostic in diagnostics.Where(d => TitleFor(d.Properties) == context.CodeActionEquivalenceKey))
        {
            if (Fix(dsl, root, model, diagnostic, context.CancellationToken) is var (node, replacement)
                && !replacements.Keys.Any(other => other.FullSpan.OverlapsWith(node.FullSpan)))
            {
                replacements[node] = replacement;
            }
        }

        return replacements.Count == 0 ? null : document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
    }

    private (SyntaxNode Node, SyntaxNode Replacement)? Fix(DslSymbols dsl, SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        SequentialFixer.FindCall(root, diagnostic.Location.SourceSpan) is { } syntax
        && model.GetOperation(syntax, cancellationToken) is IInvocationOperation call
            ? Rewrite(dsl, model, call, diagnostic.Properties, cancellationToken)
            : null;

    /// <summary>The node to replace and its replacement, or null when the call cannot be fixed safely.</summary>
    private protected abstract (SyntaxNode Node, SyntaxNode Replacement)? Rewrite(
        DslSymbols dsl, SemanticModel model, IInvocationOperation call, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the string literal written as the <paramref name="parameter"/> argument of <paramref name="call"/> by
    /// <paramref name="value"/>, keeping its trivia; null when the argument is written otherwise (a variable, a
    /// constant, an interpolated string), so that the fix changes only the value written at this call.
    /// </summary>
    private protected static (SyntaxNode Node, SyntaxNode Replacement)? ReplaceStringLiteral(IInvocationOperation call, string parameter, string value) =>
        CallArguments.Written(call, parameter) is { Expression: LiteralExpressionSyntax literal }
        && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? (literal, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value)).WithTriviaFrom(literal))
            : null;

    /// <summary>
    /// The enum member written as the <paramref name="parameter"/> argument of a circuit's <c>Sku(...)</c> call (see
    /// <see cref="EnumMemberArgument"/>); null for any other call.
    /// </summary>
    private protected static SimpleNameSyntax? SkuArgument(DslSymbols dsl, SemanticModel model, IInvocationOperation call, string parameter, string enumType) =>
        call.TargetMethod.Name == "Sku" && DslSymbols.Is(call.TargetMethod.ContainingType, dsl.CircuitBuilder)
            ? EnumMemberArgument(model, call, parameter, enumType)
            : null;

    /// <summary>
    /// The name of the member of the enum <paramref name="enumType"/> (a metadata name) written as the
    /// <paramref name="parameter"/> argument of <paramref name="call"/>: <c>Standard</c> in <c>CircuitTier.Standard</c>
    /// (however qualified), or alone under <c>using static</c>. Null when the argument is written otherwise (a
    /// variable, a constant, a cast), so that the fix changes only the value written at this call.
    /// </summary>
    private protected static SimpleNameSyntax? EnumMemberArgument(SemanticModel model, IInvocationOperation call, string parameter, string enumType)
    {
        if (CallArguments.For(call, parameter)?.Value is not IFieldReferenceOperation member
            || !DslSymbols.Is(member.Field.ContainingType, model.Compilation.GetTypeByMetadataName(enumType)))
        {
            return null;
        }

        return member.Syntax switch
        {
            MemberAccessExpressionSyntax memberAccess => memberAccess.Name,
            IdentifierNameSyntax name => name,
            _ => null,
        };
    }
}
