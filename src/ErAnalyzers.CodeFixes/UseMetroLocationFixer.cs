using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Analyzers.Evaluation;
using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Operations;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// ER2010 "Use the Metro location": in a <c>ServiceProvider(...)</c> call of a circuit declared <c>Metro()</c>,
/// replaces the peering location written as a string literal ("Amsterdam") by the Metro location of its city
/// ("Amsterdam Metro"), which the finding names. Not offered for a location written otherwise (a variable, a
/// constant, an interpolated string) or where the city has no Metro location.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseMetroLocationFixer)), Shared]
public sealed class UseMetroLocationFixer : LocalFixer
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ER2010.Id);

    /// <inheritdoc />
    protected override string Title => "Use the Metro location";

    private protected override (SyntaxNode Node, SyntaxNode Replacement)? Rewrite(
        DslSymbols dsl, SemanticModel model, IInvocationOperation call, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken) =>
        properties.TryGetValue(FixProperties.MetroLocation, out string? metro) && metro is not null
        && call.TargetMethod.Name == "ServiceProvider" && DslSymbols.Is(call.TargetMethod.ContainingType, dsl.CircuitBuilder)
            ? ReplaceStringLiteral(call, "peeringLocation", metro)
            : null;
}
