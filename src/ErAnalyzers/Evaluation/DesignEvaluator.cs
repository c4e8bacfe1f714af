using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>
/// Evaluates DSL code statically, from IOperation, into design model elements. It follows fluent chains,
/// configuration lambdas, locals assigned once, constants, enum members, interpolated strings, nameof, and helper
/// methods of the same compilation (to a bounded depth, never recursively, never one that an override may replace).
/// Whatever it cannot follow becomes unknown: an unknown value, or a builder marked incomplete, on which rules stay
/// silent.
/// </summary>
internal sealed partial class DesignEvaluator
{
    private const int MaxCallDepth = 4;

    // Bounds the work on one circuit however wide the helpers fan out (depth alone allows width to the fourth).
    private const int MaxFollowedCalls = 256;

    // What Bind saves for a parameter that held nothing.
    private static readonly object NotBound = new();

    private readonly DslSymbols dsl;
    private readonly Compilation compilation;
    private readonly SyntaxTree rootTree;
    private readonly Func<SyntaxTree, SemanticModel> semanticModel;
    private readonly ScopeIndex.Cache scopes;
    private readonly MethodBodies bodies;
    private readonly CancellationToken cancellationToken;
    // The walk's tables (see WalkTables), lent for the one walk of Evaluate.
    private readonly Dictionary<ILocalSymbol, object?> locals;
    private readonly Dictionary<IParameterSymbol, object?> parameters;
    private readonly List<IMethodSymbol> callStack;
    private readonly List<ILocalSymbol> localsMet;
    private readonly HashSet<IOperation> escaping;
    private readonly SourceTrees trees;

    // By reference: every model location is made by Locate, and a helper's line reached through two calls is two
    // model locations, each with its own call.
    private readonly Dictionary<SourceLocation, Location> anchors = new(ReferenceComparer<SourceLocation>.Instance);

    // The trees of the model locations whose path does not tell their tree (paths shared by several trees).
    private readonly Dictionary<SourceLocation, SyntaxTree> sharedPathTrees = new(ReferenceComparer<SourceLocation>.Instance);
    private SyntaxTree? lastTree;
    private bool lastTreeHasUniquePath;


    // The parts made while walking a whole design, by the call that made them; null for a call met twice.
    private readonly Dictionary<SyntaxNode, RecordedPart?> parts = [];

    // The whole design being walked; null when a part is evaluated on its own.
    private NetworkDesignModel? walkedDesign;
    private bool walkingDesign;

    // What the evaluation met: a rule about a circuit needs the routers and Direct ports it names.
    private readonly List<SiteRef> sites = [];
    private readonly List<RouterRef> routers = [];
    private readonly List<DirectPortState> directPorts = [];

    // The call in the root tree through which evaluation went into another file: findings there are reported here.
    private Location? anchor;

    private int followedCalls;

    // Above 0 while a local's initializer is evaluated on demand: it must not change a builder a second time.
    private int readOnlyDepth;

    public DesignEvaluator(
        DslSymbols dsl,
        Compilation compilation,
        SyntaxTree rootTree,
        Func<SyntaxTree, SemanticModel> semanticModel,
        ScopeIndex.Cache scopes,
        MethodBodies bodies,
        SourceTrees trees,
        WalkTables tables,
        CancellationToken cancellationToken)
    {
        locals = tables.Locals;
        parameters = tables.Parameters;
        callStack = tables.CallStack;
        localsMet = tables.LocalsMet;
        escaping = tables.Escaping;
        this.trees = trees;
        this.bodies = bodies;
        this.dsl = dsl;
        this.compilation = compilation;
        this.rootTree = rootTree;
        this.semanticModel = semanticModel;
        this.scopes = scopes;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>
    /// The part of a design that a call describes: the circuit of <c>d.Circuit(...)</c>, the gateway of
    /// <c>d.Gateway(...)</c> or the port pair of <c>d.DirectPort(...)</c>, with the sites, routers and Direct ports
    /// it names; or the whole design of <c>NetworkDesign.Create(...)</c>.
    /// </summary>
    public NetworkDesignModel Evaluate(IInvocationOperation call, RuleScope scope)
    {
        var at = Locate(call);
        if (scope == RuleScope.Design)
        {
            var design = new DesignState(Argument(call, "name") as string, at);
            walkingDesign = true;
            Configure(call, design);
            walkingDesign = false;
            walkedDesign = design.ToModel(Sites());
            return walkedDesign;
        }

        OwnedState builder = scope switch
        {
            RuleScope.Circuit => NewCircuit(call),
            RuleScope.Gateway => NewGateway(call),
            _ => NewDirectPort(call),
        };
        return PartAsCalled(builder, at, MayBeConfiguredLater(call)) with { Sites = Sites() };
    }

    /// <summary>
    /// The part that a call in the design walked by <see cref="Evaluate"/> made (<c>d.Circuit(...)</c>,
    /// <c>d.Gateway(...)</c>, <c>d.DirectPort(...)</c>), as <see cref="Evaluate"/> of that call alone describes it,
    /// with the design's sites; null when the walk did not meet the call exactly once (in a loop, in a local function
    /// called twice, past the bound on followed calls).
    /// </summary>
    public NetworkDesignModel? Part(SyntaxNode call) =>
        walkedDesign is not null && parts.TryGetValue(call, out var part) && part is not null ? part.AsCalled() with { Sites = walkedDesign.Sites } : null;

    /// <summary>
    /// A partial design of what a call made, without sites: the part, with the Direct ports it is or is on. Code after
    /// the call is not part of it: the call returns its builder, and what is done with it later is not seen from the
    /// call. The part is incomplete when such code may configure it.
    /// </summary>
    private NetworkDesignModel PartAsCalled(OwnedState builder, SourceLocation at, bool configurableLater)
    {
        // The walk of a design goes on with the builder as it was.
        bool incomplete = builder.Incomplete;
        builder.Incomplete = incomplete || configurableLater;
        var model = new NetworkDesignModel
        {
            Location = at,
            Circuits = builder is CircuitState circuit ? [circuit.ToModel()] : [],
            Gateways = builder is GatewayState gateway ? [gateway.ToModel()] : [],
            DirectPorts = builder switch
            {
                CircuitState onPort => PortsOf(onPort),
                DirectPortState port => [port.ToModel()],
                _ => [],
            },
            IsComplete = false,
        };
        builder.Incomplete = incomplete;
        if (!configurableLater && builder is CircuitState finished)
        {
            finished.Made = model.Circuits[0];
        }

        return model;
    }

    // The ExpressRoute Direct port pairs a circuit is on (one, unless several share its name).
    private IReadOnlyList<DirectPort> PortsOf(CircuitState circuit) =>
        circuit.Connectivity is DirectConnectivity { PortName: { } name }
            ? directPorts.FindAll(port => port.Name == name).ConvertAll(port => port.ToModel())
            : Array.Empty<DirectPort>();

    // A part made while walking a design in order, in the design's own lambdas: not in a helper, whose parameters the
    // walk knows and a check of the call alone does not; not evaluated on demand; not cut short by the bound on calls.
    // Whether code after the call configures the builder, the rest of the walk tells (see RecordedPart).
    private void Record(IInvocationOperation call, OwnedState builder, SourceLocation at)
    {
        if (walkingDesign && readOnlyDepth == 0 && callStack.Count == 0)
        {
            parts[call.Syntax] = parts.ContainsKey(call.Syntax) || followedCalls >= MaxFollowedCalls
                ? null
                : new RecordedPart(builder, PartAsCalled(builder, at, configurableLater: false));
            builder.Changed = false;
        }
    }

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

    // The sites met, and those of the routers met, each once in the order met, with their routers each once.
    private List<Site> Sites()
    {
        var all = new List<SiteRef>(sites.Count + 1);
        sites.ForEach(site => AddOnce(all, site));
        routers.ForEach(router => AddOnce(all, router.Site));
        return all.ConvertAll(site =>
        {
            var siteRouters = new List<Router>();
            routers.ForEach(router => AddOnce(siteRouters, Equals(router.Site, site) ? router.ToModel() : null));
            return new Site { Name = site.Name, Location = site.Location, Asn = site.Asn, Routers = siteRouters };
        });
    }

    private static void AddOnce<T>(List<T> list, T? item)
        where T : class
    {
        if (item is not null && !list.Contains(item))
        {
            list.Add(item);
        }
    }

    /// <summary>
    /// Where to report a model location: itself when it is in the tree being analyzed, else the call in that tree
    /// that led to it (Roslyn rejects a diagnostic outside the analyzed tree); null when there is none.
    /// </summary>
    public Location? ReportingLocation(SourceLocation? location, out bool anchored)
    {
        anchored = false;
        if (location is null || TreeOf(location) is not { } tree)
        {
            return null;
        }

        if (tree == rootTree)
        {
            return Location.Create(tree, SpanOf(location));
        }

        anchored = true;
        return anchors.TryGetValue(location, out var call) ? call : null;
    }

    /// <summary>The Roslyn location of a model location, in whatever file of the compilation it is.</summary>
    public Location? ActualLocation(SourceLocation? location) =>
        location is not null && TreeOf(location) is { } tree ? Location.Create(tree, SpanOf(location)) : null;

    // Null for a location without a span (made at run time), or in a file whose path several trees share that this
    // evaluation did not locate.
    private SyntaxTree? TreeOf(SourceLocation location) =>
        !location.HasSpan ? null : sharedPathTrees.TryGetValue(location, out var tree) ? tree : trees.Unique(location.FilePath);

    private static TextSpan SpanOf(SourceLocation location) => new(location.SpanStart, location.SpanLength);

    private object? Evaluate(IOperation? operation)
    {
        cancellationToken.ThrowIfCancellationRequested();

        if (operation is null)
        {
            return Unknown.Value;
        }

        // The operations that are never constant first: most of a design is calls and lambdas. By kind, not by type:
        // each failed test of an interface costs more than reading the kind once.
        switch (operation.Kind)
        {
            case OperationKind.Invocation:
                return Invoke((IInvocationOperation)operation);
            case OperationKind.DelegateCreation:
                var target = ((IDelegateCreationOperation)operation).Target;
                return anchor is null ? target : new DelegateRef(target, anchor);
            case OperationKind.ParameterReference:
                return parameters.TryGetValue(((IParameterReferenceOperation)operation).Parameter, out object? value) ? value : Unknown.Value;

            // A string literal's value is its token's (Roslyn's constant of it is a rope read through a weak reference).
            case OperationKind.Literal when operation.Syntax is LiteralExpressionSyntax { Token: { RawKind: (int)SyntaxKind.StringLiteralToken } token }:
                return token.ValueText;
        }

        // Read once: Roslyn boxes a constant number on each read.
        var constant = operation.ConstantValue;
        if (constant.HasValue)
        {
            return constant.Value;
        }

        switch (operation.Kind)
        {
            case OperationKind.Conversion:
                return Convert((IConversionOperation)operation);
            case OperationKind.LocalReference:
                return LocalValue(((ILocalReferenceOperation)operation).Local);
            case OperationKind.InterpolatedString:
                return Interpolate((IInterpolatedStringOperation)operation);
            case OperationKind.Binary when operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                return Evaluate(concatenation.LeftOperand) is string left && Evaluate(concatenation.RightOperand) is string right
                    ? left + right
                    : Unknown.Value;
            default:
                EscapeAll(operation);
                return Unknown.Value;
        }
    }

    private object? Convert(IConversionOperation conversion)
    {
        object? operand = Evaluate(conversion.Operand);
        if (conversion.OperatorMethod is { } userDefined)
        {
            long? number = AsLong(operand);
            return number switch
            {
                null => Unknown.Value,
                _ when DslSymbols.Is(userDefined.ContainingType, dsl.VlanId) && number is >= int.MinValue and <= int.MaxValue => new VlanId((int)number),
                _ when DslSymbols.Is(userDefined.ContainingType, dsl.Asn) => new Asn(number.Value),
                _ => Unknown.Value,
            };
        }

        return conversion.Type?.SpecialType switch
        {
            SpecialType.System_Int32 => AsLong(operand) is long n && n is >= int.MinValue and <= int.MaxValue ? (int)n : Unknown.Value,
            SpecialType.System_Int64 => AsLong(operand) is long n ? n : Unknown.Value,
            _ => operand,
        };
    }

    private object? Interpolate(IInterpolatedStringOperation interpolated)
    {
        var text = new System.Text.StringBuilder();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation { Text.ConstantValue.Value: string literal }:
                    text.Append(literal);
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole when Format(hole.Expression) is { } formatted:
                    text.Append(formatted);
                    break;
                default:
                    return Unknown.Value;
            }
        }

        return text.ToString();
    }

    /// <summary>How a value prints in an interpolated string at run time; null when that is not known.</summary>
    private string? Format(IOperation expression)
    {
        object? value = Evaluate(expression);

        // An enum constant holds its number but prints its member's name.
        if (expression.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            var names = enumType.GetMembers().OfType<IFieldSymbol>()
                .Where(field => field.HasConstantValue && Equals(field.ConstantValue, value)).Select(field => field.Name).ToList();
            return names.Count == 1 ? names[0] : null;
        }

        return value is string or int or long ? System.Convert.ToString(value, CultureInfo.InvariantCulture) : null;
    }

    private object? Invoke(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (dsl.DeclaringType(method) is not DslType.None and var type)
        {
            return CallDsl(invocation, method, type);
        }

        var values = new object?[method.Parameters.Length];
        foreach (var argument in invocation.Arguments)
        {
            object? value = Evaluate(argument.Value);
            if (argument.Parameter is { } parameter && parameter.Ordinal < values.Length)
            {
                values[parameter.Ordinal] = value;
            }
        }

        if (TryCall(method, invocation, values, out object? result))
        {
            return result;
        }

        // A builder handed to code we cannot follow may be configured there.
        MarkIncomplete(values);
        EscapeAll(invocation.Instance);
        return Unknown.Value;
    }

    /// <summary>Runs a configuration (a lambda or a method group) on a builder.</summary>
    private void Configure(object? configuration, OwnedState builder)
    {
        if (configuration is null)
        {
            return;
        }

        if (AsDelegate(configuration) is not ({ } target, var madeAt))
        {
            builder.Incomplete = true;
            return;
        }

        // A delegate made in another file is reported at the call that made it, as the rest of that file is.
        var previousAnchor = anchor;
        anchor ??= madeAt;
        switch (target)
        {
            case IAnonymousFunctionOperation lambda:
                var parameters = lambda.Symbol.Parameters;
                object?[] arguments = [builder];
                var saved = Bind(lambda.Syntax, parameters, arguments);
                var ignored = default(Returned);
                Walk(lambda.Body, arguments, ref ignored);
                Restore(parameters, saved);
                break;
            case IMethodReferenceOperation method when TryCall(method.Method, method, [builder], out _):
                break;
            default:
                builder.Incomplete = true;
                break;
        }

        anchor = previousAnchor;
    }

    /// <summary>Follows a helper method of the compilation: binds its parameters and walks its body.</summary>
    private bool TryCall(IMethodSymbol method, IOperation call, object?[] arguments, out object? result)
    {
        result = Unknown.Value;
        var definition = method.OriginalDefinition;
        var parameters = definition.Parameters;
        if (callStack.Count >= MaxCallDepth || followedCalls >= MaxFollowedCalls || IsBeingFollowed(definition)
            || parameters.Length != arguments.Length
            || (call is IInvocationOperation { IsVirtual: true } or IMethodReferenceOperation { IsVirtual: true } && MayBeOverridden(definition)))
        {
            return false;
        }

        if (bodies.Of(definition, semanticModel, cancellationToken) is not var (syntax, body))
        {
            return false;
        }

        var previousAnchor = anchor;
        if (anchor is null && syntax.SyntaxTree != rootTree && call.Syntax.SyntaxTree == rootTree)
        {
            anchor = Location.Create(call.Syntax.SyntaxTree, CallSpans.NameSpan(call.Syntax));
        }

        followedCalls++;
        callStack.Add(definition);
        int firstLocal = localsMet.Count;
        var saved = Bind(syntax, parameters, arguments);
        var returned = default(Returned);
        Walk(body, arguments, ref returned);
        result = returned.Single;
        Restore(parameters, saved);

        // Its locals end with the call, as its parameters do: a delegate it returned reads neither.
        for (int i = firstLocal; i < localsMet.Count; i++)
        {
            if (IsDeclaredIn(localsMet[i], definition))
            {
                locals[localsMet[i]] = Unknown.Value;
            }
        }

        callStack.RemoveAt(callStack.Count - 1);
        anchor = previousAnchor;
        return true;
    }

    private bool IsBeingFollowed(IMethodSymbol definition)
    {
        foreach (var method in callStack)
        {
            if (SymbolEqualityComparer.Default.Equals(method, definition))
            {
                return true;
            }
        }

        return false;
    }

    // A call dispatched at run time may run an override that we do not see.
    private static bool MayBeOverridden(IMethodSymbol method) =>
        (method.IsVirtual || method.IsAbstract || method.IsOverride) && !method.IsSealed && !method.ContainingType.IsSealed;

    private static bool IsDeclaredIn(ISymbol symbol, IMethodSymbol method)
    {
        for (var container = symbol.ContainingSymbol; container is not null; container = container.ContainingSymbol)
        {
            if (SymbolEqualityComparer.Default.Equals(container, method))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Walks statements in order, adding the values of the return statements met to <paramref name="returned"/>.
    /// Statements it does not follow (branches, loops) make the builders being configured incomplete:
    /// those among <paramref name="arguments"/>, what the body's parameters were bound to.
    /// </summary>
    private void Walk(IBlockOperation block, object?[] arguments, ref Returned returned)
    {
        foreach (var statement in block.Operations)
        {
            switch (statement)
            {
                case IExpressionStatementOperation expression:
                    Evaluate(expression.Operation);
                    break;
                case IVariableDeclarationGroupOperation group:
                    foreach (var declaration in group.Declarations)
                    {
                        foreach (var declarator in declaration.Declarators)
                        {
                            object? value = Evaluate(declarator.Initializer?.Value ?? declarator.GetVariableInitializer()?.Value);
                            Remember(declarator.Symbol, IsAssignedOnce(declarator.Symbol, ScopeIndex.MemberOf(declarator.Syntax)) ? value : Unknown.Value);
                        }
                    }

                    break;
                case IReturnOperation @return:
                    object? result = @return.ReturnedValue is null ? null : Evaluate(@return.ReturnedValue);
                    returned.Add(result);
                    break;
                case IBlockOperation nested:
                    Walk(nested, arguments, ref returned);
                    break;
                case IEmptyOperation:
                    break;
                default:
                    foreach (object? argument in arguments)
                    {
                        if (argument is OwnedState builder)
                        {
                            builder.Incomplete = true;
                        }
                    }

                    EscapeAll(statement);
                    break;
            }
        }
    }

    /// <summary>
    /// The values of the return statements a walk met, kept without a list: a helper's result is known only when
    /// there is one.
    /// </summary>
    private struct Returned
    {
        private int count;
        private object? first;

        public void Add(object? value)
        {
            if (count++ == 0)
            {
                first = value;
            }
        }

        public readonly object? Single => count == 1 ? first : Unknown.Value;
    }

    private void Remember(ILocalSymbol local, object? value)
    {
        localsMet.Add(local);
        locals[local] = value;
    }

    private object? LocalValue(ILocalSymbol local)
    {
        if (locals.TryGetValue(local, out object? known))
        {
            return known;
        }

        if (local.HasConstantValue)
        {
            return local.ConstantValue;
        }

        Remember(local, Unknown.Value);
        object? value = Unknown.Value;
        var declarations = local.DeclaringSyntaxReferences;
        if (declarations.Length == 1
            && declarations[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer } declarator
            && compilation.ContainsSyntaxTree(declarator.SyntaxTree)
            && IsAssignedOnce(local, ScopeIndex.MemberOf(declarator))
            // The initializer, not its expression: only the former has the conversion to the local's type (a lambda
            // to a delegate, an int to a VlanId).
            && semanticModel(declarator.SyntaxTree).GetOperation(initializer, cancellationToken) is IVariableInitializerOperation { Value: var operation })
        {
            readOnlyDepth++;
            value = Evaluate(operation);
            readOnlyDepth--;
        }

        locals[local] = value;
        return value;
    }

    /// <summary>
    /// Whether a local or a parameter is written only by its declaration: no identifier of its name is written in
    /// its scope, the member of a local, the method or lambda of a parameter (a syntactic check, indexed once per file;
    /// over the full span, which holds the same identifiers and is known without finding the first token).
    /// </summary>
    private bool IsAssignedOnce(ISymbol symbol, SyntaxNode scope) => !scopes.Of(scope.SyntaxTree).IsWritten(symbol.Name, scope.FullSpan);

    /// <summary>
    /// Binds the parameters of <paramref name="scope"/>, the method or lambda they are written in if at all; returns
    /// what they held before, for <see cref="Restore"/>: null when none was bound, as is usual.
    /// </summary>
    private object?[]? Bind(SyntaxNode scope, ImmutableArray<IParameterSymbol> symbols, object?[] values)
    {
        object?[]? saved = null;
        for (int index = 0; index < symbols.Length; index++)
        {
            var symbol = symbols[index];
            if (parameters.TryGetValue(symbol, out object? previous))
            {
                saved ??= Enumerable.Repeat(NotBound, symbols.Length).ToArray();
                saved[index] = previous;
            }

            object? value = index < values.Length ? values[index] : Unknown.Value;

            // A parameter that its method writes holds the argument only until then, so the argument is out of sight.
            if (!IsAssignedOnce(symbol, scope))
            {
                Escape(value);
                value = Unknown.Value;
            }

            parameters[symbol] = value;
        }

        return saved;
    }

    private void Restore(ImmutableArray<IParameterSymbol> symbols, object?[]? saved)
    {
        for (int index = 0; index < symbols.Length; index++)
        {
            if (saved is null || saved[index] == NotBound)
            {
                // An unbound parameter reads as unknown; keeping only the bound ones keeps the table small.
                parameters.Remove(symbols[index]);
            }
            else
            {
                parameters[symbols[index]] = saved[index];
            }
        }
    }

    private void MarkIncomplete(IEnumerable<object?> values)
    {
        foreach (object? value in values)
        {
            Escape(value);
        }
    }

    /// <summary>
    /// Marks incomplete what code we do not follow could change through a value: a builder, or, for a delegate
    /// that code may run (<c>Array.ForEach</c>, a local invoked), every builder that the delegate's code names.
    /// </summary>
    private void Escape(object? value)
    {
        switch (value)
        {
            case OwnedState builder:
                builder.Incomplete = true;
                break;
            case not null when AsDelegate(value).Target is { } target && escaping.Add(target):
                EscapeAll(target);
                escaping.Remove(target);
                break;
        }
    }

    // What a delegate value is: its lambda or method group, and the call through which it was made in another file.
    private static (IOperation? Target, Location? Anchor) AsDelegate(object? value) => value switch
    {
        DelegateRef reference => (reference.Target, reference.Anchor),
        IOperation target => (target, null),
        _ => (null, null),
    };

    /// <summary>Marks incomplete every builder that an operation we do not follow could reach through a name.</summary>
    private void EscapeAll(IOperation? operation)
    {
        if (operation is null)
        {
            return;
        }

        foreach (var reference in operation.DescendantsAndSelf())
        {
            Escape(reference switch
            {
                IParameterReferenceOperation p => parameters.TryGetValue(p.Parameter, out object? v) ? v : null,
                ILocalReferenceOperation l => locals.TryGetValue(l.Local, out object? v) ? v : null,
                _ => null,
            });
        }
    }

    private SourceLocation Locate(IOperation operation)
    {
        var syntax = operation.Syntax;
        var tree = syntax.SyntaxTree;
        var location = CallSpans.Of(syntax);
        if (!HasUniquePath(tree))
        {
            sharedPathTrees[location] = tree;
        }

        if (tree != rootTree && anchor is not null)
        {
            anchors[location] = anchor;
        }

        return location;
    }

    // Most locations of an evaluation are in one tree: the last answer is kept.
    private bool HasUniquePath(SyntaxTree tree)
    {
        if (tree != lastTree)
        {
            lastTree = tree;
            lastTreeHasUniquePath = trees.Unique(tree.FilePath) == tree;
        }

        return lastTreeHasUniquePath;
    }

    private object? Argument(IInvocationOperation invocation, string parameterName)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameterName)
            {
                return Evaluate(argument.Value);
            }
        }

        return Unknown.Value;
    }

    private static long? AsLong(object? value) => value switch
    {
        int i => i,
        long l => l,
        uint u => u,
        short s => s,
        ushort us => us,
        byte b => b,
        sbyte sb => sb,
        ulong ul when ul <= long.MaxValue => (long)ul,
        _ => null,
    };
}
