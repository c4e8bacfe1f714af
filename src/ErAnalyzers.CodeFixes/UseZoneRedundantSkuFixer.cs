using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// ER2005 "Use a zone-redundant SKU": replaces the <c>GatewaySku</c> member in the <c>sku</c> argument of
/// <c>d.Gateway(...)</c> with its zone-redundant counterpart (Standard to ErGw1AZ, HighPerformance to ErGw2AZ,
/// UltraPerformance to ErGw3AZ, Basic to ErGw1AZ). Offered only where the argument is the enum member itself.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseZoneRedundantSkuFixer)), Shared]
public sealed class UseZoneRedundantSkuFixer : CodeFixProvider
{
    private const string Title = "Use a zone-redundant SKU";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ER2005.Id);

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
            if (diagnostic.Properties.TryGetValue(FixProperties.ZoneRedundantSku, out string? replacement) && replacement is not null
                && SkuMember(root, model, diagnostic, context.CancellationToken) is { } member)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(
                        root.ReplaceNode(member, SyntaxFactory.IdentifierName(replacement).WithTriviaFrom(member)))), Title),
                    diagnostic);
            }
        }
    }

    /// <summary>
    /// The name of the <c>GatewaySku</c> member written as the <c>sku</c> argument of the call the diagnostic is on
    /// (<c>Standard</c> in <c>GatewaySku.Standard</c>, or alone under <c>using static</c>); null when the SKU is
    /// written otherwise (a local, a parameter, a cast).
    /// </summary>
    private static SimpleNameSyntax? SkuMember(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var call = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault();
        var sku = call is null ? null : (model.GetOperation(call, cancellationToken) as IInvocationOperation)?.Arguments
            .FirstOrDefault(argument => argument.Parameter?.Name == "sku")?.Value;
        if (sku is not IFieldReferenceOperation { Field.ContainingType.TypeKind: TypeKind.Enum })
        {
            return null;
        }

        return sku.Syntax switch
        {
            MemberAccessExpressionSyntax memberAccess => memberAccess.Name,
            IdentifierNameSyntax identifier => identifier,
            _ => null,
        };
    }
}
