using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// The router a link should end on instead of (or besides) the one its call names: another router of the same site,
/// visible where the link is written; else a new one, declared right after that router. Shared by the fixes that
/// add a link (ER1001) and move one (ER1003).
/// </summary>
internal sealed class SecondRouter
{
    private SecondRouter(string name, LocalDeclarationStatementSyntax? declaration, StatementSyntax? insertAfter)
    {
        Name = name;
        Declaration = declaration;
        InsertAfter = insertAfter;
    }

    /// <summary>The variable that holds the router.</summary>
    public string Name { get; }

    /// <summary>The declaration of a new router, if one is needed.</summary>
    private LocalDeclarationStatementSyntax? Declaration { get; }

    /// <summary>The statement the new declaration goes after.</summary>
    private StatementSyntax? InsertAfter { get; }

    /// <summary>
    /// The argument a link's <c>Primary(...)</c>/<c>Secondary(...)</c> call writes for its router or port (the
    /// parameter after the subnet), wherever and however it is written.
    /// </summary>
    public static ArgumentSyntax? RouterArgument(IInvocationOperation link) =>
        link.TargetMethod.Parameters is { Length: > 1 } parameters ? CallArguments.Written(link, parameters[1].Name) : null;

    /// <summary>
    /// Finds the second router for a link whose router (or port) argument is <paramref name="routerArgument"/>, or
    /// null when the first router is not a local declared as <c>site.Router("name")</c> (or a port of one) in this
    /// document.
    /// </summary>
    public static SecondRouter? Find(SemanticModel model, ExpressionSyntax routerArgument, CancellationToken cancellationToken)
    {
        var first = RouterDeclaration(model, routerArgument, cancellationToken);
        if (first is not { Initializer: var (site, routerName), Statement: var statement, Symbol: var firstSymbol })
        {
            return null;
        }

        // The routers of a site are told apart by the variable that holds it. A site made inline (d.Site(...).Router(...))
        // has none (its symbol is the method), and a copy of its call for a new router would make a second site.
        var siteSymbol = model.GetSymbolInfo(site, cancellationToken).Symbol;
        if (siteSymbol is null or IMethodSymbol)
        {
            return null;
        }

        var visible = model.LookupSymbols(routerArgument.SpanStart).OfType<ILocalSymbol>().ToArray();
        var other = visible
            .Where(local => !SymbolEqualityComparer.Default.Equals(local, firstSymbol))
            .Select(local => (Local: local, Declaration: Declarator(local, cancellationToken)))
            .Where(x => x.Declaration is not null && RouterCall(x.Declaration.Initializer?.Value) is var (otherSite, _)
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(otherSite, cancellationToken).Symbol, siteSymbol))
            .OrderBy(x => x.Declaration!.SpanStart)
            .Select(x => x.Local.Name)
            .FirstOrDefault();
        if (other is not null)
        {
            return new SecondRouter(other, null, null);
        }

        // A declaration put after a statement being typed (a stray token after it is part of its trivia) would land
        // inside the unfinished code.
        if (statement.ContainsDiagnostics)
        {
            return null;
        }

        // A new router next to the first: "ams-ce1" becomes "ams-ce2", ce1 becomes ce2 (or the next free name).
        var taken = new System.Collections.Generic.HashSet<string>(visible.Select(l => l.Name));
        string variable = Enumerable.Range(2, 100).Select(n => Next(firstSymbol.Name, n)).First(name => !taken.Contains(name));
        string newRouterName = Next(routerName, 2);
        var declaration = LocalDeclarationStatement(VariableDeclaration(IdentifierName("var"), SingletonSeparatedList(
                VariableDeclarator(Identifier(variable)).WithInitializer(EqualsValueClause(
                    InvocationExpression(
                        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, site.WithoutTrivia(), IdentifierName("Router")),
                        ArgumentList(SingletonSeparatedList(Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(newRouterName)))))))))))
            .NormalizeWhitespace()
            .WithTrailingTrivia(statement.GetTrailingTrivia());
        return new SecondRouter(variable, declaration, statement);
    }

    /// <summary>
    /// <paramref name="argument"/>, a link's router or port argument, naming this router instead; a name written for
    /// it stays, and says <c>router</c>, since a port argument becomes a router argument.
    /// </summary>
    public ArgumentSyntax Replacing(ArgumentSyntax argument)
    {
        var moved = argument.WithExpression(IdentifierName(Name).WithTriviaFrom(argument.Expression));
        return argument.NameColon is { } name ? moved.WithNameColon(name.WithName(IdentifierName("router").WithTriviaFrom(name.Name))) : moved;
    }

    /// <summary>
    /// Replaces <paramref name="node"/> of <paramref name="root"/> with <paramref name="replacement"/> (which names
    /// this router) and declares the router when it is a new one.
    /// </summary>
    public SyntaxNode Apply(SyntaxNode root, SyntaxNode node, SyntaxNode replacement)
    {
        var newRoot = root.TrackNodes(node, InsertAfter ?? node);
        newRoot = newRoot.ReplaceNode(newRoot.GetCurrentNode(node)!, replacement);
        if (Declaration is { } declaration && newRoot.GetCurrentNode(InsertAfter!) is { } anchor)
        {
            newRoot = newRoot.InsertNodesAfter(anchor, [declaration.WithLeadingTrivia(anchor.GetLeadingTrivia())]);
        }

        return newRoot;
    }

    private static (ExpressionSyntax Site, string Name)? RouterCall(ExpressionSyntax? expression) =>
        expression is InvocationExpressionSyntax
        {
            Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Router", Expression: var site },
            ArgumentList.Arguments: { Count: > 0 } arguments,
        }
        && arguments[0].Expression is LiteralExpressionSyntax { Token.Value: string name }
            ? (site, name)
            : null;

    // The first router: a local holding site.Router("name"), or a local holding a port of one (router.Port("x")).
    private static (ILocalSymbol Symbol, (ExpressionSyntax Site, string Name) Initializer, StatementSyntax Statement)? RouterDeclaration(
        SemanticModel model, ExpressionSyntax routerArgument, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(routerArgument, cancellationToken).Symbol is not ILocalSymbol local
            || Declarator(local, cancellationToken) is not { Initializer.Value: var initializer } declarator
            || declarator.FirstAncestorOrSelf<StatementSyntax>() is not { } statement)
        {
            return null;
        }

        if (RouterCall(initializer) is { } router)
        {
            return (local, router, statement);
        }

        // A port: router.Port("x"), where the router is itself a local holding site.Router("name").
        return initializer is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Port", Expression: var portRouter } }
            ? (RouterCall(portRouter) is { } inline ? (local, inline, statement) : RouterDeclaration(model, portRouter, cancellationToken))
            : null;
    }

    private static VariableDeclaratorSyntax? Declarator(ILocalSymbol local, CancellationToken cancellationToken) =>
        local.DeclaringSyntaxReferences.Length == 1 ? local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) as VariableDeclaratorSyntax : null;

    // The name with its trailing number raised by n - 1 (ce1, 2: ce2), or "-n" / n appended when it has none. A number
    // too large to count on (ams-ce99999999999) gets "-n" too.
    private static string Next(string name, int n)
    {
        var match = Regex.Match(name, @"^(.*?)(\d+)\z");
        if (match.Success && int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number <= int.MaxValue - n)
        {
            return match.Groups[1].Value + (number + n - 1).ToString(CultureInfo.InvariantCulture);
        }

        return match.Success || name.Contains('-') ? $"{name}-{n}" : $"{name}{n}";
    }
}
