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
/// ER4002 "Use the adjacent subnet": when both links of a pair have the same /30 (/126), replaces the subnet literal
/// of the reported link with the other half of the /29 (/125). The rule computes that subnet and hands it over only
/// when it is free in the circuit; the fix is offered only when the subnet is written as a string literal.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseAdjacentSubnetFixer)), Shared]
public sealed class UseAdjacentSubnetFixer : LocalFixer
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ER4002.Id);

    /// <inheritdoc />
    protected override string Title => "Use the adjacent subnet";

    private protected override (SyntaxNode Node, SyntaxNode Replacement)? Rewrite(
        DslSymbols dsl, SemanticModel model, IInvocationOperation call, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken) =>
        properties.TryGetValue(FixProperties.Subnet, out string? subnet) && subnet is not null
            ? ReplaceStringLiteral(call, "subnet", subnet)
            : null;
}
