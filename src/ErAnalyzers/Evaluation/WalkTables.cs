using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>
/// The tables a design's walk fills as it goes: the values of locals and parameters, the helpers being followed, the
/// delegates being escaped. Every design needs them and they hold nothing once it is walked, so a compilation's
/// evaluations hand them on (see <see cref="DesignEvaluations"/>) instead of each making and growing its own.
/// </summary>
internal sealed class WalkTables
{
    // By reference: a local or a parameter is one symbol object wherever the operations of its body name it, and
    // hashing a symbol by its definition costs more than the rest of a lookup. Met as another object, a parameter
    // reads as unknown and a local is read again from its declaration: never a wrong value.
    public Dictionary<ILocalSymbol, object?> Locals { get; } = new(ReferenceComparer<ILocalSymbol>.Instance);

    public Dictionary<IParameterSymbol, object?> Parameters { get; } = new(ReferenceComparer<IParameterSymbol>.Instance);

    /// <summary>The helpers being followed, outermost first: at most a few, searched by a loop.</summary>
    public List<IMethodSymbol> CallStack { get; } = [];

    /// <summary>The locals met, in order, so that a followed call can forget its own when it returns.</summary>
    public List<ILocalSymbol> LocalsMet { get; } = [];

    public HashSet<IOperation> Escaping { get; } = [];

    /// <summary>Empties the tables (keeping their room), so that they keep nothing of the design walked alive.</summary>
    public void Clear()
    {
        Locals.Clear();
        Parameters.Clear();
        CallStack.Clear();
        LocalsMet.Clear();
        Escaping.Clear();
    }
}
