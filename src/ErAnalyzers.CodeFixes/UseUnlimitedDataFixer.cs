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
/// ER4012 "Use unlimited data": in the circuit's <c>Sku(...)</c> call, replaces <c>BillingModel.MeteredData</c> by
/// <c>BillingModel.UnlimitedData</c>. Not offered for a billing model written otherwise (a variable, a constant, a
/// call that leads to another file).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseUnlimitedDataFixer)), Shared]
public sealed class UseUnlimitedDataFixer : LocalFixer
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ER4012.Id);

    /// <inheritdoc />
    protected override string Title => "Use unlimited data";

    private protected override (SyntaxNode Node, SyntaxNode Replacement)? Rewrite(
        DslSymbols dsl, SemanticModel model, IInvocationOperation call, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken) =>
        SkuArgument(dsl, model, call, "billing", "ErAnalyzers.BillingModel") is { Identifier.ValueText: "MeteredData" } billing
            ? (billing, IdentifierName("UnlimitedData").WithTriviaFrom(billing))
            : null;
}
