using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>A method of the compilation that the evaluator can follow: its declaration and its body.</summary>
internal sealed record MethodBody(SyntaxNode Declaration, IBlockOperation Body);

/// <summary>
/// The bodies of a compilation's methods, each looked up once: a helper is followed at every call of it (a link
/// setting, once per link of every circuit).
/// </summary>
internal sealed class MethodBodies(Compilation compilation)
{
    // By reference, of definitions: a source method's definition is one object at every call of it, hashed by
    // reference faster than by its definition, and a miss only looks it up again.
    private readonly ConcurrentDictionary<IMethodSymbol, MethodBody?> bodies = new(ReferenceComparer<IMethodSymbol>.Instance);

    /// <summary>The body of a method definition; null when it has none in this compilation, or several declarations.</summary>
    public MethodBody? Of(IMethodSymbol definition, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken) =>
        bodies.TryGetValue(definition, out var body) ? body : bodies.GetOrAdd(definition, Find(definition, semanticModel, cancellationToken));

    private MethodBody? Find(IMethodSymbol definition, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken)
    {
        // Read once: a source symbol makes the array on each read.
        var declarations = definition.DeclaringSyntaxReferences;
        if (declarations.Length != 1)
        {
            return null;
        }

        var syntax = declarations[0].GetSyntax(cancellationToken);
        if (!compilation.ContainsSyntaxTree(syntax.SyntaxTree))
        {
            return null;
        }

        var body = semanticModel(syntax.SyntaxTree).GetOperation(syntax, cancellationToken) switch
        {
            IMethodBodyOperation methodBody => methodBody.BlockBody ?? methodBody.ExpressionBody,
            ILocalFunctionOperation localFunction => localFunction.Body,
            _ => null,
        };
        return body is null ? null : new MethodBody(syntax, body);
    }
}
