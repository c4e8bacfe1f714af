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
/// ER2004 and ER4011 "Set Premium": in the circuit's <c>Sku(...)</c> call, replaces the tier written as an enum member
/// (<c>CircuitTier.Standard</c>, <c>CircuitTier.Local</c>) by <c>CircuitTier.Premium</c>. Not offered for a tier
/// written otherwise (a variable, a constant, a cast, a call that leads to another file).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetPremiumFixer)), Shared]
public sealed class SetPremiumFixer : LocalFixer
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ER2004.Id, DiagnosticDescriptors.ER4011.Id);

    /// <inheritdoc />
    protected override string Title => "Set Premium";

    private protected override (SyntaxNode Node, SyntaxNode Replacement)? Rewrite(
        DslSymbols dsl, SemanticModel model, IInvocationOperation call, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken) =>
        SkuArgument(dsl, model, call, "tier", "ErAnalyzers.CircuitTier") is { Identifier.ValueText: not "Premium" } tier
            ? (tier, IdentifierName("Premium").WithTriviaFrom(tier))
            : null;
}
