using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// ER1001 "Add secondary connection": adds the missing link right after the lone one, on the adjacent subnet (the
/// other /30 of the /29, the other /126 of the /125), with the same BGP configuration, on a second router of the
/// same site, or on a new router declared next to the first when the site has no other.
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
            || call.ArgumentList.Arguments.Count < 2
            // The new link copies the lone link's arguments: half-typed ones would be copied with their syntax errors.
            || call.ArgumentList.ContainsDiagnostics
            || SecondRouter.Find(model, call, cancellationToken) is not { } router)
        {
            return null;
        }

        // Same arguments as the lone link but the subnet and the router: its configuration makes the two equal partners.
        var arguments = call.ArgumentList.Arguments
            .Select((argument, index) => index switch
            {
                0 => argument.WithExpression(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(subnet))),
                1 => argument.WithNameColon(null).WithExpression(IdentifierName(router.Name)),
                _ => argument,
            });
        var newLink = InvocationExpression(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, call.WithoutTrailingTrivia(), member.OperatorToken, IdentifierName(role)),
            ArgumentList(SeparatedList(arguments, call.ArgumentList.Arguments.GetSeparators())));
        newLink = ChainLayout.LikeLast(newLink, member).WithTrailingTrivia(call.GetTrailingTrivia());

        return router.Apply(root, call, newLink);
    }
}
