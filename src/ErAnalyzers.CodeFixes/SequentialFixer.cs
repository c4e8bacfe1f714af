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
                && FixedRoot(root, model, call, FindRelated(root, diagnostic), diagnostic.Properties, context.CancellationToken) is { } fixedRoot)
            {
                var fixedDocument = document.WithSyntaxRoot(fixedRoot);
                context.RegisterCodeFix(CodeAction.Create(Title, _ => Task.FromResult(fixedDocument), Title), diagnostic);
            }
        }
    }

    /// <summary>
    /// The root of the document with <paramref name="call"/> fixed, or null when this call cannot be fixed safely.
    /// <paramref name="model"/> is the semantic model of <paramref name="root"/>; <paramref name="related"/> is the
    /// call at the diagnostic's first additional location when that is in this document.
    /// </summary>
    protected abstract SyntaxNode? FixedRoot(
        SyntaxNode root, SemanticModel model, InvocationExpressionSyntax call, InvocationExpressionSyntax? related, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken);

    /// <summary>The invocation whose method name a diagnostic sits on.</summary>
    internal static InvocationExpressionSyntax? FindCall(SyntaxNode root, TextSpan span) =>
        root.FindNode(span, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<InvocationExpressionSyntax>()
            .FirstOrDefault(call => call.Expression is MemberAccessExpressionSyntax member && member.Name.Span == span);

    private static InvocationExpressionSyntax? FindRelated(SyntaxNode root, Diagnostic diagnostic) =>
        diagnostic.AdditionalLocations.FirstOrDefault() is { SourceTree.FilePath: var path } related && path == root.SyntaxTree.FilePath
            ? FindCall(root, related.SourceSpan)
            : null;

    private async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return null;
        }

        var targets = diagnostics
            .Select((diagnostic, index) => (
                Call: FindCall(root, diagnostic.Location.SourceSpan),
                Related: FindRelated(root, diagnostic),
                Annotation: new SyntaxAnnotation(TargetAnnotationKind, index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                RelatedAnnotation: new SyntaxAnnotation(TargetAnnotationKind),
                diagnostic.Properties))
            .Where(t => t.Call is not null)
            .ToArray();
        var annotations = targets.Select(t => (Node: (SyntaxNode)t.Call!, t.Annotation))
            .Concat(targets.Where(t => t.Related is not null).Select(t => (Node: (SyntaxNode)t.Related!, Annotation: t.RelatedAnnotation)))
            .ToLookup(a => a.Node, a => a.Annotation);
        document = document.WithSyntaxRoot(root.ReplaceNodes(annotations.Select(a => a.Key), (original, rewritten) => rewritten.WithAdditionalAnnotations(annotations[original])));

        foreach (var target in targets)
        {
            var current = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (current?.GetAnnotatedNodes(target.Annotation).OfType<InvocationExpressionSyntax>().FirstOrDefault() is { } call && model is not null
                && FixedRoot(current, model, call, current.GetAnnotatedNodes(target.RelatedAnnotation).OfType<InvocationExpressionSyntax>().FirstOrDefault(), target.Properties, context.CancellationToken) is { } fixedRoot)
            {
                document = document.WithSyntaxRoot(fixedRoot);
            }
        }

        return document;
    }
}
