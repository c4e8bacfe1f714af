using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// ER4002 "Use the adjacent subnet": when both links of a pair have the same /30 (/126), replaces the subnet literal
/// of the reported link with the other half of the /29 (/125). The rule computes that subnet and hands it over only
/// when it is free in the circuit; the fix is offered only when the subnet is written as a string literal.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseAdjacentSubnetFixer)), Shared]
public sealed class UseAdjacentSubnetFixer : CodeFixProvider
{
    private const string Title = "Use the adjacent subnet";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ER4002.Id);

    /// <inheritdoc />
    /// <remarks>Each fix changes one literal of its own, so the fixes of a document can be batched.</remarks>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || !diagnostic.Properties.TryGetValue(FixProperties.Subnet, out string? subnet) || subnet is null
                || SubnetLiteral(root, diagnostic.Location.SourceSpan) is not { } literal)
            {
                continue;
            }

            var replacement = LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(subnet)).WithTriviaFrom(literal);
            var document = context.Document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
            context.RegisterCodeFix(CodeAction.Create(Title, _ => Task.FromResult(document), Title), diagnostic);
        }
    }

    /// <summary>The string literal given as the subnet of the link call whose name a diagnostic sits on.</summary>
    private static LiteralExpressionSyntax? SubnetLiteral(SyntaxNode root, TextSpan span)
    {
        var call = root.FindNode(span, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<InvocationExpressionSyntax>()
            .FirstOrDefault(c => c.Expression is MemberAccessExpressionSyntax member && member.Name.Span == span);
        if (call is null || call.ArgumentList.Arguments.Count == 0)
        {
            return null;
        }

        // The subnet is the first parameter of Primary(...) and Secondary(...): named, or the first argument.
        var arguments = call.ArgumentList.Arguments;
        var subnet = arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "subnet")
            ?? (arguments[0].NameColon is null ? arguments[0] : null);
        return subnet?.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal : null;
    }
}
