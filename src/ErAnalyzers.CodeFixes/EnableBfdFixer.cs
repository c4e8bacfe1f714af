using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Analyzers.Evaluation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// ER3001 "Enable BFD": appends <c>.Bfd()</c> to the link's configuration lambda (<c>link =&gt; link.Advertise(...)</c>
/// becomes <c>link =&gt; link.Advertise(...).Bfd()</c>), or gives a link without configuration
/// <c>link =&gt; link.Bfd()</c>, or adds <c>link.Bfd();</c> to a block-bodied lambda. Not offered for other
/// configurations (method groups, variables, helper calls).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EnableBfdFixer)), Shared]
public sealed class EnableBfdFixer : LocalFixer
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ER3001.Id);

    /// <inheritdoc />
    protected override string Title => "Enable BFD";

    private protected override (SyntaxNode Node, SyntaxNode Replacement)? Rewrite(
        DslSymbols dsl, SemanticModel model, IInvocationOperation call, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken) =>
        call.TargetMethod.Name is "Primary" or "Secondary" && DslSymbols.Is(call.TargetMethod.ContainingType, dsl.LinkPairBuilder)
            ? LinkConfiguration.Append(dsl, model, call, "Bfd", ArgumentList(), cancellationToken)
            : null;
}
