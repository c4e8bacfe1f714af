using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Analyzers.Evaluation;
using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// ER2004 and ER4011 "Set Premium", or ER2004 "Set Standard" when the finding names Standard
/// (<see cref="FixProperties.CircuitTier"/>: a Local circuit on a gateway in its geopolitical region): in the
/// circuit's <c>Sku(...)</c> call, replaces the tier written as an enum member (<c>CircuitTier.Standard</c>,
/// <c>CircuitTier.Local</c>) by that tier. Not offered for a tier written otherwise (a variable, a constant, a cast, a
/// call that leads to another file), nor in a method that the file calls more than once, where the change would reach
/// every circuit the method builds.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetPremiumFixer)), Shared]
public sealed class SetPremiumFixer : LocalFixer
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ER2004.Id, DiagnosticDescriptors.ER4011.Id);

    /// <inheritdoc />
    protected override string Title => "Set Premium";

    private protected override string TitleFor(ImmutableDictionary<string, string?> properties) => "Set " + TierFor(properties);

    private protected override (SyntaxNode Node, SyntaxNode Replacement)? Rewrite(
        DslSymbols dsl, SemanticModel model, IInvocationOperation call, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken) =>
        SkuArgument(dsl, model, call, "tier", "ErAnalyzers.CircuitTier") is { } tier
        && tier.Identifier.ValueText != TierFor(properties)
        && !InMethodCalledMoreThanOnce(model, call.Syntax, cancellationToken)
            ? (tier, IdentifierName(TierFor(properties)).WithTriviaFrom(tier))
            : null;

    private static string TierFor(ImmutableDictionary<string, string?> properties) =>
        properties.TryGetValue(FixProperties.CircuitTier, out string? tier) && tier is not null ? tier : "Premium";

    /// <summary>Whether <paramref name="syntax"/> is in a method or local function that its file names more than once (calls, method groups).</summary>
    private static bool InMethodCalledMoreThanOnce(SemanticModel model, SyntaxNode syntax, CancellationToken cancellationToken)
    {
        var declaration = syntax.Ancestors().FirstOrDefault(node => node is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax);
        if (declaration is null || model.GetDeclaredSymbol(declaration, cancellationToken) is not IMethodSymbol method)
        {
            return false;
        }

        return syntax.SyntaxTree.GetRoot(cancellationToken).DescendantNodes().OfType<SimpleNameSyntax>()
            .Where(name => name.Identifier.ValueText == method.Name)
            .Count(name => SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol?.OriginalDefinition, method)) > 1;
    }
}
