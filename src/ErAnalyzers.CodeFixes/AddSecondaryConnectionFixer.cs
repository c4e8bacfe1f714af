using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Analyzers.Evaluation;
using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// ER1001 "Add secondary connection": adds the missing link right after the lone one, on the adjacent subnet (the
/// other /30 of the /29, the other /126 of the /125), with the same BGP configuration (and BFD where the lone link has
/// none), on a second router of the same site, or on a new router declared next to the first when the site has no
/// other. The arguments are found by parameter, and the new call names and orders them as the lone one does.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddSecondaryConnectionFixer)), Shared]
public sealed class AddSecondaryConnectionFixer : SequentialFixer
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ER1001.Id);

    /// <inheritdoc />
    protected override string Title => "Add secondary connection";

    /// <inheritdoc />
    protected override SyntaxNode? FixedRoot(
        SyntaxNode root, SemanticModel model, InvocationExpressionSyntax call, InvocationExpressionSyntax? related, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken)
    {
        if (!properties.TryGetValue(FixProperties.Subnet, out string? subnet) || subnet is null
            || !properties.TryGetValue(FixProperties.MissingRole, out string? role) || role is null
            || call.Expression is not MemberAccessExpressionSyntax member
            // The new link copies the lone link's arguments: half-typed ones would be copied with their syntax errors.
            || call.ArgumentList.ContainsDiagnostics
            || DslSymbols.TryCreate(model.Compilation) is not { } dsl
            || model.GetOperation(call, cancellationToken) is not IInvocationOperation link
            || !DslSymbols.Is(link.TargetMethod.ContainingType, dsl.LinkPairBuilder)
            || CallArguments.Written(link, "subnet") is not { } subnetArgument
            || SecondRouter.RouterArgument(link) is not { } routerArgument
            || SecondRouter.Find(model, routerArgument.Expression, cancellationToken) is not { } router)
        {
            return null;
        }

        // Same arguments as the lone link, named and ordered as written, but the subnet and the router: its
        // configuration makes the two equal partners. BFD is added where the lone link lacks it and its configuration
        // takes a call; elsewhere the copy goes without, as the lone link does.
        var template = properties.ContainsKey(FixProperties.AddBfd) && LinkConfiguration.Append(dsl, model, link, "Bfd", ArgumentList(), cancellationToken) is var (node, replacement)
            ? call.ReplaceNode(node, replacement)
            : call;
        int subnetIndex = call.ArgumentList.Arguments.IndexOf(subnetArgument);
        int routerIndex = call.ArgumentList.Arguments.IndexOf(routerArgument);
        var arguments = template.ArgumentList.Arguments;
        arguments = arguments.Replace(arguments[subnetIndex], arguments[subnetIndex].WithExpression(
            LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(subnet)).WithTriviaFrom(arguments[subnetIndex].Expression)));
        arguments = arguments.Replace(arguments[routerIndex], router.Replacing(arguments[routerIndex]));
        var newLink = InvocationExpression(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, call.WithoutTrailingTrivia(), member.OperatorToken, IdentifierName(role)),
            template.ArgumentList.WithArguments(arguments));
        newLink = ChainLayout.LikeLast(newLink, member).WithTrailingTrivia(call.GetTrailingTrivia());

        return router.Apply(root, call, newLink);
    }
}
