using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErAnalyzers.CodeFixes;

/// <summary>How a fluent chain written one call per line lays out a call a fix adds after <c>.Name(...)</c>.</summary>
internal static class ChainLayout
{
    /// <summary>
    /// <paramref name="chain"/> with <c>.method(arguments)</c> appended, laid out like the chain's last call (see
    /// <see cref="LikeLast"/>), and the chain's trailing trivia after it.
    /// </summary>
    public static ExpressionSyntax Append(ExpressionSyntax chain, string method, ArgumentListSyntax arguments)
    {
        var added = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, chain.WithoutTrailingTrivia(), SyntaxFactory.IdentifierName(method)), arguments);
        return (chain is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax last } ? LikeLast(added, last) : added)
            .WithTrailingTrivia(chain.GetTrailingTrivia());
    }

    /// <summary>
    /// Lays <paramref name="added"/> (a call on the end of the chain) out like <paramref name="last"/>: on a line of
    /// its own with the same indentation when the chain breaks the line before <paramref name="last"/>'s dot;
    /// unchanged otherwise.
    /// </summary>
    public static InvocationExpressionSyntax LikeLast(InvocationExpressionSyntax added, MemberAccessExpressionSyntax last)
    {
        var lineBreak = last.Expression.GetTrailingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        if (lineBreak == default || added.Expression is not MemberAccessExpressionSyntax member)
        {
            return added;
        }

        // Only the indentation: comments above the last call stay with it.
        var indentation = last.OperatorToken.LeadingTrivia.Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse();
        return added.WithExpression(member
            .WithExpression(member.Expression.WithTrailingTrivia(lineBreak))
            .WithOperatorToken(member.OperatorToken.WithLeadingTrivia(indentation)));
    }
}
