using System.Threading;
using ErAnalyzers.Analyzers.Evaluation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErAnalyzers.CodeFixes;

/// <summary>Adds a call to the configuration a link's <c>Primary(...)</c>/<c>Secondary(...)</c> call gives it.</summary>
internal static class LinkConfiguration
{
    /// <summary>
    /// The node of <paramref name="link"/>'s syntax to replace, and its replacement, that make its configuration also
    /// call <c>.method(arguments)</c>: a new configuration <c>link =&gt; link.method(arguments)</c> where there is none,
    /// the call appended to an expression-bodied lambda, or a last statement of a block-bodied one. Null for a
    /// configuration written otherwise (a method group, a variable, a helper call) and for one being typed.
    /// </summary>
    public static (SyntaxNode Node, SyntaxNode Replacement)? Append(
        DslSymbols dsl, SemanticModel model, IInvocationOperation link, string method, ArgumentListSyntax arguments, CancellationToken cancellationToken)
    {
        if (link.Syntax is not InvocationExpressionSyntax { ArgumentList: var argumentList } || CallArguments.For(link, "configure") is not { } configure)
        {
            return null;
        }

        if (configure.ArgumentKind == ArgumentKind.DefaultValue)
        {
            var lambda = SimpleLambdaExpression(Parameter(Identifier("link")), Call("link", method, arguments)).NormalizeWhitespace();
            return (argumentList, CallArguments.Add(argumentList, "configure", lambda));
        }

        // A body with syntax errors is being typed: a call appended to it would land inside the unfinished one.
        switch ((configure.Syntax as ArgumentSyntax)?.Expression)
        {
            // link => link.Bfd() becomes link => link.Bfd().method(arguments).
            case LambdaExpressionSyntax { ExpressionBody: { ContainsDiagnostics: false } body }
                when DslSymbols.Is(model.GetTypeInfo(body, cancellationToken).Type, dsl.LinkBuilder):
                return (body, ChainLayout.Append(body, method, arguments));

            // link => { link.Bfd(); } gets link.method(arguments); as its last statement.
            case SimpleLambdaExpressionSyntax { Parameter.Identifier.ValueText: var name, Block: { ContainsDiagnostics: false, Statements: { Count: > 0 } statements } block }:
                var statement = ExpressionStatement(Call(name, method, arguments)).WithTriviaFrom(statements[statements.Count - 1]);
                return (block, block.WithStatements(statements.Add(statement)));

            default:
                return null;
        }
    }

    private static InvocationExpressionSyntax Call(string receiver, string method, ArgumentListSyntax arguments) =>
        InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(receiver), IdentifierName(method)), arguments);
}
