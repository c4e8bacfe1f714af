using System;
using System.Collections.Generic;
using System.Threading;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>
/// Evaluates DSL code statically into design model elements, for one call the analyzer checks: a whole design at its
/// <c>NetworkDesign.Create(...)</c>, or a part at its <c>d.Circuit(...)</c>, <c>d.Gateway(...)</c> or
/// <c>d.DirectPort(...)</c>. The <see cref="Interpreter"/> runs the code, <see cref="DslCalls"/> turns DSL calls into
/// builders, the <see cref="PartRecorder"/> keeps the parts a design's walk made, and the <see cref="LocationMap"/>
/// tells where to report each element. Whatever cannot be followed is unknown, and rules stay silent on it.
/// </summary>
internal sealed class DesignEvaluator
{
    private readonly DslSymbols dsl;
    private readonly Func<SyntaxTree, SemanticModel> semanticModel;
    private readonly ScopeIndex.Cache scopes;
    private readonly CancellationToken cancellationToken;
    private readonly LocationMap locations;
    private readonly PartRecorder recorder = new();
    private readonly Interpreter interpreter;
    private readonly DslCalls calls;

    // The whole design walked; null when a part is evaluated on its own.
    private NetworkDesignModel? walkedDesign;

    public DesignEvaluator(
        DslSymbols dsl,
        Compilation compilation,
        SyntaxTree rootTree,
        Func<SyntaxTree, SemanticModel> semanticModel,
        ScopeIndex.Cache scopes,
        MethodBodies bodies,
        SourceTrees trees,
        CancellationToken cancellationToken)
    {
        this.dsl = dsl;
        this.semanticModel = semanticModel;
        this.scopes = scopes;
        this.cancellationToken = cancellationToken;
        locations = new LocationMap(rootTree, trees);
        interpreter = new Interpreter(dsl, compilation, semanticModel, scopes, bodies, locations, cancellationToken);
        calls = new DslCalls(dsl, interpreter, locations, recorder);
        interpreter.Dsl = calls;
    }

    /// <summary>
    /// The part of a design that a call describes: the circuit of <c>d.Circuit(...)</c>, the gateway of
    /// <c>d.Gateway(...)</c> or the port pair of <c>d.DirectPort(...)</c>, with the sites, routers and Direct ports
    /// it names; or the whole design of <c>NetworkDesign.Create(...)</c>.
    /// </summary>
    public NetworkDesignModel Evaluate(IInvocationOperation call, RuleScope scope)
    {
        if (scope == RuleScope.Design)
        {
            var at = locations.Locate(call);
            var design = new DesignState(interpreter.Argument(call, DslNames.Parameters.Name).As<string>(), at);
            recorder.RecordPartsOf(call.Syntax);
            calls.Configure(call, design);
            walkedDesign = design.ToModel(recorder.SitesMet());
            return walkedDesign;
        }

        Builder builder = scope switch
        {
            RuleScope.Circuit => calls.NewCircuit(call),
            RuleScope.Gateway => calls.NewGateway(call),
            _ => calls.NewDirectPort(call),
        };
        return recorder.AsCalled(builder, locations.Locate(call), MayBeConfiguredLater(call)) with { Sites = recorder.SitesMet() };
    }

    /// <summary>
    /// The parts that a call made while the design was walked by <see cref="Evaluate"/>, each as <see cref="Evaluate"/>
    /// of that call alone would describe it with the values the walk had, with the design's sites: one per time the walk
    /// made it (an iteration of a loop, a call of a helper); none when the walk did not reach the call; null when it
    /// was cut short there, or no design was walked.
    /// </summary>
    public IReadOnlyList<NetworkDesignModel>? Parts(SyntaxNode call) =>
        walkedDesign is null ? null : recorder.PartsMadeBy(call, walkedDesign.Sites);

    /// <summary>
    /// Whether the builder a call returns may be configured after the call (<c>d.DirectPort(...).Link1(...)</c>, a
    /// local configured later, a helper that returns it). It may not when the value is dropped, or only handed to
    /// the DSL, which reads such builders and never changes them (<c>ExpressRouteDirect(port, ...)</c>,
    /// <c>Connect(circuit)</c>, <c>GlobalReach(...)</c>).
    /// </summary>
    private bool MayBeConfiguredLater(IOperation value)
    {
        var use = value.Parent;
        while (use is IConversionOperation)
        {
            use = use.Parent;
        }

        return use switch
        {
            IExpressionStatementOperation => false,
            IArgumentOperation { Parent: IInvocationOperation consumer } => dsl.DeclaringType(consumer.TargetMethod) == DslType.None,
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => LocalMayBeConfigured(declarator),
            _ => true,
        };
    }

    /// <summary>Whether any use of a local holding a builder may configure it (the identifiers of its name in its scope).</summary>
    private bool LocalMayBeConfigured(IVariableDeclaratorOperation declarator)
    {
        var local = declarator.Symbol;
        var model = semanticModel(declarator.Syntax.SyntaxTree);
        foreach (var identifier in scopes.Of(declarator.Syntax.SyntaxTree).Identifiers(local.Name, ScopeIndex.MemberOf(declarator.Syntax).Span))
        {
            if (model.GetOperation(identifier, cancellationToken) is ILocalReferenceOperation { Local: var referenced } reference
                && SymbolEqualityComparer.Default.Equals(referenced, local) && MayBeConfiguredLater(reference))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc cref="LocationMap.ReportingLocation"/>
    public Location? ReportingLocation(SourceLocation? location, out bool anchored) => locations.ReportingLocation(location, out anchored);

    /// <inheritdoc cref="LocationMap.ActualLocation"/>
    public Location? ActualLocation(SourceLocation? location) => locations.ActualLocation(location);
}
