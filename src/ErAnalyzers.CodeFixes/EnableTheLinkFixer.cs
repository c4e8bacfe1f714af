using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using ErAnalyzers.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// ER1005 "Enable the link": in a <c>Link1(...)</c>/<c>Link2(...)</c> call of a Direct port, the state written as
/// <c>AdminState.Disabled</c> becomes <c>AdminState.Enabled</c>. A state held in a variable or a constant is left
/// alone: it may serve other ports.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EnableTheLinkFixer)), Shared]
public sealed class EnableTheLinkFixer : CodeFixProvider
{
    private const string Title = "Enable the link";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ER1005.Id);

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
            if (DisabledMember(root, model, diagnostic) is { } disabled)
            {
                var document = context.Document.WithSyntaxRoot(root.ReplaceNode(disabled, IdentifierName("Enabled").WithTriviaFrom(disabled)));
                context.RegisterCodeFix(CodeAction.Create(Title, _ => Task.FromResult(document), Title), diagnostic);
            }
        }
    }

    /// <summary>The name <c>Disabled</c> of the state argument, when the diagnostic is on a Link1/Link2 call that writes the member.</summary>
    private static SimpleNameSyntax? DisabledMember(SyntaxNode root, SemanticModel model, Diagnostic diagnostic)
    {
        var call = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault();
        if (call is null
            || model.GetSymbolInfo(call).Symbol is not IMethodSymbol { Name: "Link1" or "Link2" } method
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType, model.Compilation.GetTypeByMetadataName("ErAnalyzers.Dsl.DirectPortBuilder"))
            || model.GetOperation(call) is not IInvocationOperation invocation
            || invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "state")?.Value.Syntax is not ExpressionSyntax state)
        {
            return null;
        }

        var name = state switch
        {
            MemberAccessExpressionSyntax member => member.Name,
            IdentifierNameSyntax identifier => identifier,
            _ => null,
        };
        return name is not null && model.GetSymbolInfo(name).Symbol is IFieldSymbol { Name: "Disabled" } field
            && SymbolEqualityComparer.Default.Equals(field.ContainingType, model.Compilation.GetTypeByMetadataName("ErAnalyzers.AdminState"))
            ? name
            : null;
    }
}
