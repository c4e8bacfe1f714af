using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>A design, or a part of one, as evaluated, with the evaluator that knows where its elements are written.</summary>
internal sealed record Evaluation(DesignEvaluator Evaluator, NetworkDesignModel Design);

/// <summary>
/// What the evaluations of one compilation share: semantic models, scope indexes, file paths, helper bodies. The
/// calls themselves are evaluated for one type at a time (see <see cref="TypeEvaluations"/>).
/// </summary>
internal sealed class DesignEvaluations(DslSymbols dsl, Compilation compilation)
{
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> models = new();
    private readonly ScopeIndex.Cache scopes = new();
    private readonly SourceTrees trees = new(compilation);
    private readonly MethodBodies bodies = new(compilation);

    /// <summary>
    /// The evaluations of the calls of one type, checked together when its analysis ends; <paramref name="designs"/>
    /// are its <c>NetworkDesign.Create(...)</c> calls.
    /// </summary>
    public TypeEvaluations ForType(IReadOnlyList<IInvocationOperation> designs) => new(this, designs);

    /// <summary>Whether a method is one whose calls are checked, and against which rules.</summary>
    public RuleScope? ScopeOf(IMethodSymbol method) => method.Name switch
    {
        // By name first: every call of the compilation is asked about, and most have other names.
        "Circuit" when dsl.DeclaringType(method) == DslType.DesignBuilder => RuleScope.Circuit,
        "Gateway" when dsl.DeclaringType(method) == DslType.DesignBuilder => RuleScope.Gateway,
        "DirectPort" when dsl.DeclaringType(method) == DslType.DesignBuilder => RuleScope.DirectPort,
        "Create" when dsl.DeclaringType(method) == DslType.NetworkDesign => RuleScope.Design,
        _ => null,
    };

    private Evaluation Evaluate(IInvocationOperation call, RuleScope scope, CancellationToken cancellationToken)
    {
        var rootModel = call.SemanticModel!;
        var evaluator = new DesignEvaluator(dsl, compilation, call.Syntax.SyntaxTree,
            tree => tree == rootModel.SyntaxTree ? rootModel : models.GetOrAdd(tree, GetSemanticModel),
            scopes,
            bodies,
            trees,
            cancellationToken);
        return new Evaluation(evaluator, evaluator.Evaluate(call, scope));
    }

    // The NetworkDesign.Create(...) call whose arguments hold a part's call, if any.
    private IInvocationOperation? EnclosingDesign(IOperation call)
    {
        for (var operation = call.Parent; operation is not null; operation = operation.Parent)
        {
            if (operation is IInvocationOperation invocation && ScopeOf(invocation.TargetMethod) == RuleScope.Design)
            {
                return invocation;
            }
        }

        return null;
    }

    /// <summary>
    /// The evaluations of the calls of one type. A design is walked once, for its <c>NetworkDesign.Create(...)</c>
    /// and for each part it made (<c>d.Circuit(...)</c>, <c>d.Gateway(...)</c>, <c>d.DirectPort(...)</c>) inside that
    /// call or in a helper method of the same file and type, which is checked as that walk saw it, once per time the
    /// walk made it (each iteration of a loop, each call of a helper). A part no walk made, or made where a walk was cut
    /// short, is evaluated on its own. The walks go with the type: a compilation's heap does not keep every design's
    /// model until its analysis ends, which made the garbage collections of a large compilation longer.
    /// </summary>
    internal sealed class TypeEvaluations(DesignEvaluations evaluations, IReadOnlyList<IInvocationOperation> creates)
    {
        private readonly Dictionary<SyntaxNode, Evaluation> designs = [];

        /// <summary>The evaluations of what a call of <paramref name="scope"/> describes.</summary>
        public IReadOnlyList<Evaluation> Of(IInvocationOperation call, RuleScope scope, CancellationToken cancellationToken)
        {
            if (scope == RuleScope.Design)
            {
                return [Design(call, cancellationToken)];
            }

            // The design the call is written in, or else those of its file that may reach it through a helper.
            var walks = evaluations.EnclosingDesign(call) is { } create
                ? [create]
                : creates.Where(design => design.Syntax.SyntaxTree == call.Syntax.SyntaxTree);
            var made = new List<Evaluation>();
            foreach (var design in walks)
            {
                var whole = Design(design, cancellationToken);
                if (whole.Evaluator.Parts(call.Syntax) is not { } parts)
                {
                    return [evaluations.Evaluate(call, scope, cancellationToken)];
                }

                made.AddRange(parts.Select(part => whole with { Design = part }));
            }

            return made.Count > 0 ? made : [evaluations.Evaluate(call, scope, cancellationToken)];
        }

        private Evaluation Design(IInvocationOperation create, CancellationToken cancellationToken)
        {
            if (!designs.TryGetValue(create.Syntax, out var evaluation))
            {
                evaluation = evaluations.Evaluate(create, RuleScope.Design, cancellationToken);
                designs.Add(create.Syntax, evaluation);
            }

            return evaluation;
        }
    }

#pragma warning disable RS1030 // Helpers of a design may live in other files; their trees are bound once per compilation and cached.
    private SemanticModel GetSemanticModel(SyntaxTree tree) => compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
}
