using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Analyzers.Evaluation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// ER2004 "Set Premium": in the circuit's <c>Sku(...)</c> call, replaces the tier written as an enum member
/// (<c>CircuitTier.Standard</c>, <c>CircuitTier.Local</c>) by <c>CircuitTier.Premium</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetPremiumFixer)), Shared]
public sealed class SetPremiumFixer : CodeFixProvider
{
    private const string Title = "Set Premium";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ER2004.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (TierMember(root, model, diagnostic, context.CancellationToken) is { } tier)
            {
                var document = context.Document.WithSyntaxRoot(root.ReplaceNode(tier.Name, SyntaxFactory.IdentifierName("Premium").WithTriviaFrom(tier.Name)));
                context.RegisterCodeFix(CodeAction.Create(Title, _ => Task.FromResult(document), Title), diagnostic);
            }
        }
    }

    /// <summary>
    /// The tier argument of the <c>Sku(...)</c> call a diagnostic sits on, when it is written as a member of
    /// <c>CircuitTier</c> other than Premium; null otherwise (a variable, a cast, a call that leads to another file).
    /// </summary>
    private static MemberAccessExpressionSyntax? TierMember(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var span = diagnostic.Location.SourceSpan;
        var call = root.FindNode(span, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<InvocationExpressionSyntax>()
            .FirstOrDefault(c => c.Expression is MemberAccessExpressionSyntax member && member.Name.Span == span);
        if (call is null
            || DslSymbols.TryCreate(model.Compilation) is not { } dsl
            || model.GetOperation(call, cancellationToken) is not IInvocationOperation { TargetMethod.Name: "Sku" } sku
            || !DslSymbols.Is(sku.TargetMethod.ContainingType, dsl.CircuitBuilder)
            || sku.Arguments.FirstOrDefault(a => a.Parameter?.Name == "tier")?.Syntax is not ArgumentSyntax { Expression: MemberAccessExpressionSyntax tier })
        {
            return null;
        }

        return model.GetSymbolInfo(tier, cancellationToken).Symbol is IFieldSymbol { Name: not "Premium" } member
            && DslSymbols.Is(member.ContainingType, model.Compilation.GetTypeByMetadataName("ErAnalyzers.CircuitTier"))
            ? tier
            : null;
    }
}
