using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// A fix that rewrites the DSL call a diagnostic sits on. Fix All applies the fixes one after another on the
/// updated document (each target is annotated first), because one fix can change what the next should do: the
/// router the first one declares is the second router the next one uses.
/// </summary>
public abstract class SequentialFixer : CodeFixProvider
{
    private const string TargetAnnotationKind = "ErAnalyzers.FixTarget";

    /// <summary>The title of the code action, also its equivalence key.</summary>
    protected abstract string Title { get; }

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (FindCall(root, diagnostic.Location.SourceSpan) is { } call
                && FixedRoot(root, model, call, diagnostic.Properties, context.CancellationToken) is { } fixedRoot)
            {
                var fixedDocument = document.WithSyntaxRoot(fixedRoot);
                context.RegisterCodeFix(CodeAction.Create(Title, _ => Task.FromResult(fixedDocument), Title), diagnostic);
            }
        }
    }

    /// <summary>
    /// The root of the document with <paramref name="call"/> fixed, or null when this call cannot be fixed safely.
    /// <paramref name="model"/> is the semantic model of <paramref name="root"/>.
    /// </summary>
    protected abstract SyntaxNode? FixedRoot(
        SyntaxNode root, SemanticModel model, InvocationExpressionSyntax call, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken);

    /// <summary>The invocation whose method name a diagnostic sits on.</summary>
    internal static InvocationExpressionSyntax? FindCall(SyntaxNode root, TextSpan span) =>
        root.FindNode(span, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<InvocationExpressionSyntax>()
            .FirstOrDefault(call => call.Expression is MemberAccessExpressionSyntax member && member.Name.Span == span);

    private async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return null;
        }

        var targets = diagnostics
            .Select((diagnostic, index) => (Call: FindCall(root, diagnostic.Location.SourceSpan), Annotation: new SyntaxAnnotation(TargetAnnotationKind, index.ToString(System.Globalization.CultureInfo.InvariantCulture)), diagnostic.Properties))
            .Where(t => t.Call is not null)
            .ToArray();
        document = document.WithSyntaxRoot(root.ReplaceNodes(targets.Select(t => t.Call!), (original, rewritten) => rewritten.WithAdditionalAnnotations(targets.First(t => t.Call == original).Annotation)));

        foreach (var target in targets)
        {
            var current = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (current?.GetAnnotatedNodes(target.Annotation).OfType<InvocationExpressionSyntax>().FirstOrDefault() is { } call && model is not null
                && FixedRoot(current, model, call, target.Properties, context.CancellationToken) is { } fixedRoot)
            {
                document = document.WithSyntaxRoot(fixedRoot);
            }
        }

        return document;
    }
}
