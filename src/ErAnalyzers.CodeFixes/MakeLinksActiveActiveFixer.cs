using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// ER1002 "Make links active-active": removes the setting that makes one link passive (the prepend, the shutdown,
/// the extra prefix, the local preference or MED) from its fluent chain.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeLinksActiveActiveFixer)), Shared]
public sealed class MakeLinksActiveActiveFixer : SequentialFixer
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ER1002.Id);

    /// <inheritdoc />
    protected override string Title => "Make links active-active";

    /// <inheritdoc />
    protected override SyntaxNode? FixedRoot(
        SyntaxNode root, SemanticModel model, InvocationExpressionSyntax call, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken)
    {
        if (!properties.ContainsKey(FixProperties.Removable) || call.Expression is not MemberAccessExpressionSyntax member)
        {
            return null;
        }

        // The chain without this call is its receiver. Where that leaves nothing to do (a lambda or a statement
        // that would only name the link), the whole lambda or statement goes.
        var receiver = member.Expression.WithTrailingTrivia(call.GetTrailingTrivia());
        bool nothingLeft = receiver is IdentifierNameSyntax;
        return call.Parent switch
        {
            LambdaExpressionSyntax { Parent: ArgumentSyntax argument } when nothingLeft => RemoveArgument(root, argument),
            ExpressionStatementSyntax statement when nothingLeft => root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia)!,
            _ => root.ReplaceNode(call, receiver),
        };
    }

    // An optional configuration argument: drop it with its separating comma.
    private static SyntaxNode RemoveArgument(SyntaxNode root, ArgumentSyntax argument)
    {
        var list = (ArgumentListSyntax)argument.Parent!;
        return root.ReplaceNode(list, list.WithArguments(list.Arguments.Remove(argument)));
    }
}
