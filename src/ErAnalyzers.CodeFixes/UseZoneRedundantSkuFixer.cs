using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Analyzers.Evaluation;
using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// ER2005 "Use a zone-redundant SKU": replaces the <c>GatewaySku</c> member in the <c>sku</c> argument of
/// <c>d.Gateway(...)</c> with its zone-redundant counterpart (Standard to ErGw1AZ, HighPerformance to ErGw2AZ,
/// UltraPerformance to ErGw3AZ, Basic to ErGw1AZ). Offered only where the argument is the enum member itself.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseZoneRedundantSkuFixer)), Shared]
public sealed class UseZoneRedundantSkuFixer : LocalFixer
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ER2005.Id);

    /// <inheritdoc />
    protected override string Title => "Use a zone-redundant SKU";

    private protected override (SyntaxNode Node, SyntaxNode Replacement)? Rewrite(
        DslSymbols dsl, SemanticModel model, IInvocationOperation call, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken) =>
        properties.TryGetValue(FixProperties.ZoneRedundantSku, out string? replacement) && replacement is not null
        && EnumMemberArgument(model, call, "sku", "ErAnalyzers.GatewaySku") is { } sku
            ? (sku, IdentifierName(replacement).WithTriviaFrom(sku))
            : null;
}
