using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Analyzers.Evaluation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// ER3001 "Enable BFD": appends <c>.Bfd()</c> to the link's configuration lambda (<c>link =&gt; link.Advertise(...)</c>
/// becomes <c>link =&gt; link.Advertise(...).Bfd()</c>), or gives a link without configuration
/// <c>link =&gt; link.Bfd()</c>. Not offered for other configurations (block bodies, method groups, variables).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EnableBfdFixer)), Shared]
public sealed class EnableBfdFixer : LocalFixer
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ER3001.Id);

    /// <inheritdoc />
    protected override string Title => "Enable BFD";

    private protected override (SyntaxNode Node, SyntaxNode Replacement)? Rewrite(
        DslSymbols dsl, SemanticModel model, IInvocationOperation call, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken)
    {
        if (call.TargetMethod.Name is not ("Primary" or "Secondary") || !DslSymbols.Is(call.TargetMethod.ContainingType, dsl.LinkPairBuilder)
            || call.Syntax is not InvocationExpressionSyntax { ArgumentList: var arguments }
            || CallArguments.For(call, "configure") is not { } configure)
        {
            return null;
        }

        if (configure.ArgumentKind == ArgumentKind.DefaultValue)
        {
            return (arguments, CallArguments.Add(arguments, "configure", ParseExpression("link => link.Bfd()")));
        }

        // A body with syntax errors is being typed: a call appended to it would land inside the unfinished one.
        return configure.Syntax is ArgumentSyntax { Expression: LambdaExpressionSyntax { ExpressionBody: { ContainsDiagnostics: false } body } }
            && DslSymbols.Is(model.GetTypeInfo(body, cancellationToken).Type, dsl.LinkBuilder)
            ? (body, ChainLayout.Append(body, "Bfd", ArgumentList()))
            : null;
    }
}
