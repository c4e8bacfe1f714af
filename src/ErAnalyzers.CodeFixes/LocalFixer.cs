using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Analyzers.Evaluation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Operations;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// A fix that replaces one node in or at the DSL call a diagnostic sits on and touches nothing else, so that the
/// fixes of a Fix All never meet: the batch fixer merges them.
/// </summary>
public abstract class LocalFixer : CodeFixProvider
{
    /// <summary>The title of the code action, also its equivalence key.</summary>
    protected abstract string Title { get; }

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

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
            if (SequentialFixer.FindCall(root, diagnostic.Location.SourceSpan) is { } syntax
                && model.GetOperation(syntax, context.CancellationToken) is IInvocationOperation call
                && Rewrite(dsl, model, call, diagnostic.Properties, context.CancellationToken) is var (node, replacement))
            {
                var fixedDocument = document.WithSyntaxRoot(root.ReplaceNode(node, replacement));
                context.RegisterCodeFix(CodeAction.Create(Title, _ => Task.FromResult(fixedDocument), Title), diagnostic);
            }
        }
    }

    /// <summary>The node to replace and its replacement, or null when the call cannot be fixed safely.</summary>
    private protected abstract (SyntaxNode Node, SyntaxNode Replacement)? Rewrite(
        DslSymbols dsl, SemanticModel model, IInvocationOperation call, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken);
}
