using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>
/// The elements of a collection expression (<c>[a, b, c]</c>). Roslyn 4.8, which the analyzer is built against, has no
/// operation of its own for it (newer compilers do): the operation is known by its syntax, and its elements are its
/// children, one per element written.
/// </summary>
internal static class CollectionExpression
{
    // The collections that hold a collection expression's elements as written, in order (a set would drop duplicates
    // or sort them).
    private static readonly string[] InOrder =
    [
        "System.Collections.Generic.List<T>",
        "System.Collections.Generic.IEnumerable<T>",
        "System.Collections.Generic.IReadOnlyCollection<T>",
        "System.Collections.Generic.IReadOnlyList<T>",
        "System.Collections.Generic.ICollection<T>",
        "System.Collections.Generic.IList<T>",
        "System.Collections.Immutable.ImmutableArray<T>",
    ];

    /// <summary>The element operations of a collection expression without spreads; null for anything else.</summary>
    public static ImmutableArray<IOperation>? Elements(IOperation operation)
    {
        if (operation.Syntax is not CollectionExpressionSyntax { Elements: var written } || written.Any(element => element is not ExpressionElementSyntax)
            || !(operation.Type is IArrayTypeSymbol || (operation.Type is INamedTypeSymbol named && InOrder.Contains(named.OriginalDefinition.ToDisplayString()))))
        {
            return null;
        }

        var children = operation.ChildOperations.ToImmutableArray();
        return children.Length == written.Count && children.Select(child => child.Syntax).SequenceEqual(written.Select(element => ((ExpressionElementSyntax)element).Expression))
            ? children
            : null;
    }
}
