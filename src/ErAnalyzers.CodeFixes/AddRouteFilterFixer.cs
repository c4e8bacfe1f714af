using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Analyzers.Evaluation;
using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// ER4009 "Add a route filter": appends <c>.RouteFilter("&lt;circuit&gt;-routefilter", rf =&gt; rf.Allow(BgpCommunity.AzureGlobalServices))</c>
/// to the Microsoft peering's configuration lambda. Azure Global Services is a community that needs no Microsoft 365
/// authorization (attaching a filter with Microsoft 365 communities fails without it); the user then allows the
/// communities of the services used. Not offered for other configurations (block bodies, method groups, variables).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRouteFilterFixer)), Shared]
public sealed class AddRouteFilterFixer : LocalFixer
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ER4009.Id);

    /// <inheritdoc />
    protected override string Title => "Add a route filter";

    private protected override (SyntaxNode Node, SyntaxNode Replacement)? Rewrite(
        DslSymbols dsl, SemanticModel model, IInvocationOperation call, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken)
    {
        // A body with syntax errors is being typed: a call appended to it would land inside the unfinished one.
        if (call.TargetMethod.Name != "MicrosoftPeering" || !DslSymbols.Is(call.TargetMethod.ContainingType, dsl.CircuitBuilder)
            || !properties.TryGetValue(FixProperties.RouteFilterName, out string? name) || name is null
            || CallArguments.Written(call, "configure") is not { Expression: LambdaExpressionSyntax { ExpressionBody: { ContainsDiagnostics: false } body } }
            || !DslSymbols.Is(model.GetTypeInfo(body, cancellationToken).Type, dsl.MicrosoftPeeringBuilder))
        {
            return null;
        }

        // Qualified, then simplified: BgpCommunity where ErAnalyzers is imported, the full name where it is not.
        var community = ParseExpression("global::ErAnalyzers.BgpCommunity.AzureGlobalServices").WithAdditionalAnnotations(Simplifier.Annotation);
        var arguments = ParseArgumentList($"({Literal(name)}, rf => rf.Allow(Community))");
        arguments = arguments.ReplaceNode(arguments.DescendantNodes().OfType<IdentifierNameSyntax>().Single(n => n.Identifier.Text == "Community"), community);
        return (body, ChainLayout.Append(body, "RouteFilter", arguments));
    }
}
