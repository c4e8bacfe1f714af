using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
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
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// ER1002 "Make links active-active": gives both links the setting of the preferred one, as the finding's properties
/// say: removes the setting that makes one link passive (the shutdown, a prepend or a local preference or MED whose
/// other link has none), sets it to the other link's value (the smaller prepend, the higher local preference, the
/// lower MED), or copies the preferred link's setting (a local preference, a prefix advertised on one link only) to
/// the other link's configuration (see <see cref="LinkConfiguration.Append"/>).
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
        SyntaxNode root, SemanticModel model, InvocationExpressionSyntax call, InvocationExpressionSyntax? related, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken)
    {
        if (call.Expression is not MemberAccessExpressionSyntax member || model.GetOperation(call, cancellationToken) is not IInvocationOperation setting)
        {
            return null;
        }

        if (properties.ContainsKey(FixProperties.Removable))
        {
            return Remove(root, call, member, setting);
        }

        if (!properties.TryGetValue(FixProperties.SharedValue, out string? text) || text is null
            || setting.TargetMethod.Parameters.FirstOrDefault() is not { } parameter
            || Literal(parameter, text) is not { } value)
        {
            return null;
        }

        return properties.ContainsKey(FixProperties.CopyToPartner)
            ? CopyToPartner(root, model, setting, related, parameter, value, cancellationToken)
            : SetArgument(root, model, setting, parameter, value, cancellationToken);
    }

    // The chain without this call is its receiver. Where that leaves nothing to do (a lambda, a statement or a method
    // body that would only name the link), the whole lambda, statement or body goes.
    private static SyntaxNode? Remove(SyntaxNode root, InvocationExpressionSyntax call, MemberAccessExpressionSyntax member, IInvocationOperation setting)
    {
        var receiver = member.Expression.WithTrailingTrivia(call.GetTrailingTrivia());
        if (receiver is not IdentifierNameSyntax || setting.Parent is not IExpressionStatementOperation)
        {
            return root.ReplaceNode(call, receiver);
        }

        return call.Parent switch
        {
            // link => link.Shutdown(), the optional configuration argument: dropped with its separating comma.
            LambdaExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax list } argument } => root.ReplaceNode(list, list.WithArguments(list.Arguments.Remove(argument))),
            // Action<LinkBuilder> passive = link => link.Shutdown();
            LambdaExpressionSyntax lambda => root.ReplaceNode(lambda, lambda.WithExpressionBody(null).WithBlock(EmptyBlock(lambda.ExpressionBody!))),
            // link.Shutdown();
            ExpressionStatementSyntax statement => root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia),
            // static void Passive(LinkBuilder link) => link.Shutdown();
            ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax method } => root.ReplaceNode(method, method
                .WithExpressionBody(null).WithSemicolonToken(default).WithBody(EmptyBlock(method.SemicolonToken))),
            ArrowExpressionClauseSyntax { Parent: LocalFunctionStatementSyntax function } => root.ReplaceNode(function, function
                .WithExpressionBody(null).WithSemicolonToken(default).WithBody(EmptyBlock(function.SemicolonToken))),
            _ => null,
        };
    }

    // { } where "=> ...;" or "link.Shutdown()" was (the space before it stays), in plain trivia that no formatter rearranges.
    private static BlockSyntax EmptyBlock(SyntaxNodeOrToken replaced) => Block(
        Token(TriviaList(), SyntaxKind.OpenBraceToken, TriviaList(Space)),
        default,
        Token(TriviaList(), SyntaxKind.CloseBraceToken, replaced.GetTrailingTrivia()));

    // PrependAsPath(4) becomes PrependAsPath(1): only a value written here, which serves this link alone.
    private static SyntaxNode? SetArgument(SyntaxNode root, SemanticModel model, IInvocationOperation setting, IParameterSymbol parameter, ExpressionSyntax value, CancellationToken cancellationToken) =>
        CallArguments.Written(setting, parameter.Name) is { Expression: var written } && model.GetConstantValue(written, cancellationToken).HasValue
            ? root.ReplaceNode(written, value.WithTriviaFrom(written))
            : null;

    // The other link's Primary(...)/Secondary(...) call gets the same setting, its argument named as the caller named it.
    private static SyntaxNode? CopyToPartner(
        SyntaxNode root, SemanticModel model, IInvocationOperation setting, InvocationExpressionSyntax? partner, IParameterSymbol parameter, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        if (partner is null || DslSymbols.TryCreate(model.Compilation) is not { } dsl
            || model.GetOperation(partner, cancellationToken) is not IInvocationOperation link
            || !DslSymbols.Is(link.TargetMethod.ContainingType, dsl.LinkPairBuilder)
            || CallArguments.Written(setting, parameter.Name) is not { } written
            || LinkConfiguration.Append(dsl, model, link, setting.TargetMethod.Name, ArgumentList(SingletonSeparatedList(written.WithExpression(value).WithoutTrivia())), cancellationToken)
                is not var (node, replacement))
        {
            return null;
        }

        return root.ReplaceNode(node, replacement);
    }

    // The finding's value as a literal of the setting's parameter: a prefix string or a number. A negative number is
    // invalid for every setting, and is left to the rules that say so.
    private static ExpressionSyntax? Literal(IParameterSymbol parameter, string text) => parameter.Type.SpecialType switch
    {
        SpecialType.System_String => LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text)),
        SpecialType.System_Int32 or SpecialType.System_Int64 when long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long number) =>
            // 200, not the 200L of SyntaxFactory.Literal(long): an int literal converts to a long parameter.
            LiteralExpression(SyntaxKind.NumericLiteralExpression, number <= int.MaxValue ? SyntaxFactory.Literal(text, (int)number) : SyntaxFactory.Literal(text, number)),
        _ => null,
    };
}
