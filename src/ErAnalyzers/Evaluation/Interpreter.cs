using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>
/// Runs the C# of a design statically, from IOperation, in source order: one method per statement form (Execute...)
/// and per expression form (Evaluate...). DSL calls go to <see cref="DslCalls"/>, which turns them into builders.
/// </summary>
/// <remarks>
/// The invariants every form keeps, and a new one must keep:
/// <list type="number">
/// <item>No false value. A form that cannot be sure of a value evaluates to <see cref="Unknown"/>; rules stay silent on
/// what depends on it.</item>
/// <item>No unseen change. Code that is not followed, and could reach a builder through a name (a local, a parameter,
/// a delegate it may run), makes that builder incomplete: <see cref="Unfollowed"/> for a statement,
/// <see cref="EscapeAll"/> for an expression, <see cref="Escape"/> for a value handed to code we do not see.</item>
/// <item>A local is known only when the walk wrote it, in order, or it is written once, by its declaration (the
/// <see cref="ScopeIndex"/> tells): then its initializer may be read on demand, in read-only mode, which changes no
/// builder. A loop variable is known inside its iteration only.</item>
/// <item>Bounded work: helpers to depth <see cref="MaxCallDepth"/> and <see cref="MaxFollowedCalls"/> in all, a loop
/// unrolled only when all its iterations are known before the first runs, at most <see cref="MaxLoopIterations"/>,
/// and <see cref="MaxIterations"/> in all. Past a bound, the code is not followed (2.).</item>
/// </list>
/// </remarks>
internal sealed class Interpreter
{
    private const int MaxCallDepth = 4;

    // Bounds the work on one design however wide the helpers fan out (depth alone allows width to the fourth).
    private const int MaxFollowedCalls = 256;

    // A design built from a table in the code: a row per site or circuit, rarely hundreds.
    private const int MaxLoopIterations = 256;
    private const int MaxIterations = 4096;

    private readonly DslSymbols dsl;
    private readonly Compilation compilation;
    private readonly Func<SyntaxTree, SemanticModel> semanticModel;
    private readonly ScopeIndex.Cache scopes;
    private readonly MethodBodies bodies;
    private readonly LocationMap locations;
    private readonly CancellationToken cancellationToken;

    // By reference: a local or a parameter is one symbol object wherever the operations of its body name it, and hashing
    // a symbol by its definition costs more than the rest of the walk's lookups. Met as another object, a parameter
    // reads as unknown and a local is read again from its declaration: never a wrong value.
    private readonly Dictionary<ILocalSymbol, Value> locals = new(ReferenceComparer<ILocalSymbol>.Instance);
    private readonly Dictionary<IParameterSymbol, Value> parameters = new(ReferenceComparer<IParameterSymbol>.Instance);
    private readonly Dictionary<IFieldSymbol, Value> fields = new(SymbolEqualityComparer.Default);

    // The methods and lambdas being followed, outermost first: none is followed again inside itself.
    private readonly List<IMethodSymbol> callStack = [];

    // How many of those are helper methods: the bound on depth counts helpers, not the lambdas of the design itself.
    private int helperDepth;

    // The locals met, in order, so that a followed call or a loop can forget its own when it ends.
    private readonly List<ILocalSymbol> localsMet = [];

    // The delegates being escaped, against a delegate that names itself.
    private readonly HashSet<IOperation> escaping = [];

    private Frame frame = new([]);
    private int followedCalls;
    private int iterations;

    // Above 0 while a local's or a field's initializer is evaluated on demand: it must not change a builder a second time.
    private int readOnlyDepth;

    public Interpreter(
        DslSymbols dsl,
        Compilation compilation,
        Func<SyntaxTree, SemanticModel> semanticModel,
        ScopeIndex.Cache scopes,
        MethodBodies bodies,
        LocationMap locations,
        CancellationToken cancellationToken)
    {
        this.dsl = dsl;
        this.compilation = compilation;
        this.semanticModel = semanticModel;
        this.scopes = scopes;
        this.bodies = bodies;
        this.locations = locations;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>What DSL calls do; set once, before the first evaluation.</summary>
    public DslCalls Dsl { get; set; } = null!;

    /// <summary>Whether the walk is evaluating an initializer on demand: builders must not change then.</summary>
    public bool ReadOnly => readOnlyDepth > 0;

    /// <summary>Whether the walk has reached its bound on followed calls, past which it no longer follows helpers.</summary>
    public bool CutShort => followedCalls >= MaxFollowedCalls;

    /// <summary>The value of an expression.</summary>
    public Value Evaluate(IOperation? operation)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (operation is null)
        {
            return Unknown.Value;
        }

        // Calls and lambdas first: most of a design is those, and they are never constant.
        switch (operation)
        {
            case IInvocationOperation invocation:
                return EvaluateInvocation(invocation);
            case IDelegateCreationOperation creation:
                return new DelegateValue(creation.Target, locations.Anchor);
        }

        var constant = operation.ConstantValue;
        if (constant.HasValue)
        {
            return Known.Of(constant.Value);
        }

        return operation switch
        {
            IParameterReferenceOperation reference => parameters.TryGetValue(reference.Parameter, out var value) ? value : Unknown.Value,
            ILocalReferenceOperation reference => EvaluateLocal(reference.Local),
            IFieldReferenceOperation reference => EvaluateField(reference),
            IPropertyReferenceOperation reference => EvaluateProperty(reference),
            IConversionOperation conversion => EvaluateConversion(conversion),
            IInterpolatedStringOperation interpolated => EvaluateInterpolatedString(interpolated),
            IBinaryOperation binary => EvaluateBinary(binary),
            IUnaryOperation unary => EvaluateUnary(unary),
            IConditionalOperation conditional => EvaluateConditional(conditional),
            IIsPatternOperation test => EvaluateIsPattern(test),
            ITupleOperation tuple => ItemsOf(tuple.Elements),
            IArrayCreationOperation array => EvaluateArray(array),
            IArrayElementReferenceOperation element => EvaluateElement(element),
            IObjectCreationOperation creation => EvaluateObjectCreation(creation),
            _ when CollectionExpression.Elements(operation) is { } elements => ItemsOf(elements),
            _ => NotFollowed(operation),
        };
    }

    // The elements of a tuple or a collection. One that is a collection itself is unknown: code may change it through
    // another name (var inner = row.Inner; inner[0] = ...) that the checks on the outer collection's name do not see.
    private Items ItemsOf(IEnumerable<IOperation> elements) =>
        new(elements.Select(element => Evaluate(element) is var value && element.Type is { } type && IsMutableCollection(type) ? Unknown.Value : value).ToImmutableArray());

    // A constant was handled before: what is left is a reference to one of these, or an operation we do not follow.
    private Value NotFollowed(IOperation operation)
    {
        EscapeAll(operation);
        return Unknown.Value;
    }

    // d.Circuit(...), Helper(d), configure(link), "x".ToUpper()
    private Value EvaluateInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (dsl.DeclaringType(method) is not DslType.None and var type)
        {
            return Dsl.Call(invocation, method, type);
        }

        var arguments = ArgumentValues(invocation.Arguments, method.Parameters.Length);

        // standard(link): a local delegate, run like a method group.
        if (method.MethodKind == MethodKind.DelegateInvoke && Evaluate(invocation.Instance) is DelegateValue target)
        {
            if (TryRun(target, invocation, arguments, out var result))
            {
                return result;
            }

            Escape(target);
        }
        else if (method.MethodKind != MethodKind.DelegateInvoke && TryCall(method, invocation, arguments, out var result))
        {
            return result;
        }

        // A builder handed to code we cannot follow may be configured there.
        Array.ForEach(arguments, Escape);
        EscapeAll(invocation.Instance);
        return Unknown.Value;
    }

    private Value[] ArgumentValues(ImmutableArray<IArgumentOperation> arguments, int count)
    {
        var values = Enumerable.Repeat<Value>(Unknown.Value, count).ToArray();
        foreach (var argument in arguments)
        {
            var value = Evaluate(argument.Value);
            if (argument.Parameter is { Ordinal: var ordinal } && ordinal < count)
            {
                values[ordinal] = value;
            }
            else
            {
                Escape(value);
            }
        }

        return values;
    }

    /// <summary>The value of a call's argument for a parameter of the DSL method it calls, by name.</summary>
    public Value Argument(IInvocationOperation call, string parameterName)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Name == parameterName)
            {
                return Evaluate(argument.Value);
            }
        }

        return Unknown.Value;
    }

    private Value EvaluateLocal(ILocalSymbol local)
    {
        if (locals.TryGetValue(local, out var known))
        {
            return known;
        }

        // Read before the walk wrote it (a part evaluated on its own reads the locals of its method): from its
        // declaration, when that is the only write.
        Remember(local, Unknown.Value);
        var declarations = local.DeclaringSyntaxReferences;
        var value = declarations.Length == 1
            && declarations[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer } declarator
            && IsFixedAfterDeclaration(local, ScopeIndex.MemberOf(declarator))
                ? EvaluateOnDemand(initializer)
                : Unknown.Value;
        locals[local] = value;
        return value;
    }

    // Sites.Length, a static readonly field
    private Value EvaluateField(IFieldReferenceOperation reference)
    {
        var field = reference.Field;
        if (reference.Instance is { } instance)
        {
            // site.Name of a tuple (string Name, ...)
            return field.CorrespondingTupleField is { } element && Evaluate(instance) is Items tuple
                && TupleIndex(element) is int index && index < tuple.Elements.Length
                ? tuple.Elements[index]
                : Unknown.Value;
        }

        if (IsReadBeforeItsInitializer(reference))
        {
            return Unknown.Value;
        }

        if (fields.TryGetValue(field, out var known))
        {
            return known;
        }

        fields[field] = Unknown.Value;
        var declarations = field.DeclaringSyntaxReferences;
        var value = field is { IsStatic: true, IsReadOnly: true }
            && declarations.Length == 1
            && declarations[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer }
            && (field.DeclaredAccessibility == Accessibility.Private || !IsMutableCollection(field.Type))
            && field.ContainingType.DeclaringSyntaxReferences.All(type => IsFixedAfterDeclaration(field, type.GetSyntax(cancellationToken)))
                ? EvaluateOnDemand(initializer)
                : Unknown.Value;

        // A static field is shared by every design: one that holds a builder is state we do not follow.
        value = value is Builder ? Unknown.Value : value;
        fields[field] = value;
        return value;
    }

    // A static field read by the initializer of a field of its type declared before it holds its default then: C# runs
    // a type's static initializers in the order they are written.
    private static bool IsReadBeforeItsInitializer(IFieldReferenceOperation reference) =>
        reference.Syntax.FirstAncestorOrSelf<FieldDeclarationSyntax>() is { } reader
        && reference.SemanticModel?.GetEnclosingSymbol(reference.Syntax.SpanStart) is IFieldSymbol { IsStatic: true } readingField
        && SymbolEqualityComparer.Default.Equals(readingField.ContainingType, reference.Field.ContainingType)
        && (reference.Field.DeclaringSyntaxReferences.Length != 1
            || reference.Field.DeclaringSyntaxReferences[0] is var declaration && (declaration.SyntaxTree != reader.SyntaxTree || declaration.Span.Start > reader.SpanStart));

    // "Item3" is the third element.
    private static int? TupleIndex(IFieldSymbol element) =>
        element.Name.StartsWith("Item", StringComparison.Ordinal) && int.TryParse(element.Name.Substring(4), NumberStyles.None, CultureInfo.InvariantCulture, out int position)
            ? position - 1
            : null;

    // The initializer of a local or a field, evaluated where it is written: only the initializer's operation has the
    // conversion to the variable's type (a lambda to a delegate, an int to a VlanId).
    private Value EvaluateOnDemand(EqualsValueClauseSyntax initializer)
    {
        if (!compilation.ContainsSyntaxTree(initializer.SyntaxTree)
            || semanticModel(initializer.SyntaxTree).GetOperation(initializer, cancellationToken) is not ISymbolInitializerOperation { Value: var operation })
        {
            return Unknown.Value;
        }

        readOnlyDepth++;
        var value = Evaluate(operation);
        readOnlyDepth--;
        return value;
    }

    // sites.Length, sites.Count, BgpCommunity.ExchangeOnline
    private Value EvaluateProperty(IPropertyReferenceOperation reference)
    {
        if (reference.Instance is null)
        {
            return reference.Property.GetMethod is { } getter && dsl.DeclaringType(getter) != DslType.None ? DslCalls.StaticProperty(reference.Property) : Unknown.Value;
        }

        // rows[i] of a list
        if (reference.Property.IsIndexer)
        {
            return reference.Arguments.Length == 1 && Evaluate(reference.Instance) is Items list && Known.Number(Evaluate(reference.Arguments[0].Value)) is long at
                && at >= 0 && at < list.Elements.Length
                ? list.Elements[(int)at]
                : NotFollowed(reference);
        }

        return reference.Property.Name is "Length" or "Count" && Evaluate(reference.Instance) is Items items
            ? Known.Of((long)items.Elements.Length)
            : NotFollowed(reference);
    }

    // sites[i]
    private Value EvaluateElement(IArrayElementReferenceOperation element) =>
        element.Indices.Length == 1 && Evaluate(element.ArrayReference) is Items items && Known.Number(Evaluate(element.Indices[0])) is long at
            && at >= 0 && at < items.Elements.Length
            ? items.Elements[(int)at]
            : Unknown.Value;

    // new[] { ... }, new T[] { ... }
    private Value EvaluateArray(IArrayCreationOperation array) =>
        array.Initializer is { } initializer ? ItemsOf(initializer.ElementValues) : NotFollowed(array);

    // new List<T> { a, b }, new BgpCommunity(12076, 5010)
    private Value EvaluateObjectCreation(IObjectCreationOperation creation)
    {
        if (creation.Constructor is { } constructor && dsl.DeclaringType(constructor) != DslType.None)
        {
            return Dsl.Construct(creation);
        }

        if (creation is { Arguments.IsEmpty: true, Initializer.Initializers: var adds }
            && creation.Type is INamedTypeSymbol { Name: "List", Arity: 1 } list
            && list.ContainingNamespace.ToDisplayString() == "System.Collections.Generic"
            && adds.All(add => add is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 }))
        {
            return ItemsOf(adds.Select(add => ((IInvocationOperation)add).Arguments[0].Value));
        }

        return NotFollowed(creation);
    }

    private Value EvaluateConversion(IConversionOperation conversion)
    {
        var operand = Evaluate(conversion.Operand);
        if (conversion.OperatorMethod is { } userDefined)
        {
            // 100 to a VlanId, 65010 to an Asn
            return Known.Number(operand) is long number ? Dsl.Convert(userDefined, number) : Unknown.Value;
        }

        return (conversion.Type?.SpecialType ?? SpecialType.None) switch
        {
            SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal or SpecialType.System_Char => Unknown.Value,
            var integral => Fits(operand, integral),
        };
    }

    // $"er-{site.Name}"
    private Value EvaluateInterpolatedString(IInterpolatedStringOperation interpolated)
    {
        var text = new System.Text.StringBuilder();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation { Text.ConstantValue.Value: string literal }:
                    text.Append(literal);
                    break;
                case IInterpolationOperation { Alignment: null } hole when Format(hole.Expression, hole.FormatString is null ? "" : hole.FormatString.ConstantValue.Value as string) is { } formatted:
                    text.Append(formatted);
                    break;
                default:
                    return Unknown.Value;
            }
        }

        return Known.Of(text.ToString());
    }

    /// <summary>
    /// How a value prints in an interpolated string (with a format written after a colon, or "") or a concatenation at
    /// run time; null when that is not known.
    /// </summary>
    private string? Format(IOperation expression, string? format = "")
    {
        // The number or enum member itself, not the object it is boxed into for string + int.
        while (expression is IConversionOperation { IsImplicit: true, Type.SpecialType: SpecialType.System_Object } boxing)
        {
            expression = boxing.Operand;
        }

        var value = Evaluate(expression);

        // An enum constant (nullable or not) holds its number but prints its member's name.
        var type = expression.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : expression.Type;
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            if (format != "")
            {
                return null;
            }

            var names = enumType.GetMembers().OfType<IFieldSymbol>()
                .Where(field => field.HasConstantValue && Known.Number(Known.Of(field.ConstantValue)) == Known.Number(value)).Select(field => field.Name).ToList();
            return names.Count == 1 && Known.Number(value) is not null ? names[0] : null;
        }

        return (value, format) switch
        {
            (Known { Content: null }, "") => "",
            (Known { Content: string text }, "") => text,
            (Known { Content: long number }, _) when number >= 0 && IsCultureFreeNumberFormat(format) => number.ToString(format, CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    // "", D2, 000: formats that print a number >= 0 with the same digits in every culture.
    private static bool IsCultureFreeNumberFormat(string? format) =>
        format is not null && (format.Length == 0
            || (format[0] is 'D' or 'd' && format.Skip(1).All(char.IsDigit) && format.Length <= 3)
            || format.All(character => character == '0'));

    // "er-" + name, 100 + i, i < sites.Length, secondary != null, redundant && metro
    private Value EvaluateBinary(IBinaryOperation binary)
    {
        if (binary.OperatorMethod is not null)
        {
            return NotFollowed(binary);
        }

        if (binary is { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String })
        {
            return Format(binary.LeftOperand) is { } start && Format(binary.RightOperand) is { } end ? Known.Of(start + end) : Unknown.Value;
        }

        var left = Evaluate(binary.LeftOperand);

        // The right side of && and || does not run when the left decides.
        if ((binary.OperatorKind, Known.Truth(left)) is (BinaryOperatorKind.ConditionalAnd, false) or (BinaryOperatorKind.ConditionalOr, true))
        {
            return left;
        }

        var right = Evaluate(binary.RightOperand);
        return (left, right) switch
        {
            (Known { Content: long a }, Known { Content: long b }) => Fits(Arithmetic(binary.OperatorKind, a, b), binary.Type?.SpecialType ?? SpecialType.None),
            (Known { Content: bool a }, Known { Content: bool b }) => binary.OperatorKind switch
            {
                BinaryOperatorKind.And or BinaryOperatorKind.ConditionalAnd => Known.Of(a && b),
                BinaryOperatorKind.Or or BinaryOperatorKind.ConditionalOr => Known.Of(a || b),
                BinaryOperatorKind.Equals => Known.Of(a == b),
                BinaryOperatorKind.NotEquals => Known.Of(a != b),
                _ => Unknown.Value,
            },
            (Known a, Known b) when a.Content is null or string && b.Content is null or string => binary.OperatorKind switch
            {
                BinaryOperatorKind.Equals => Known.Of(Equals(a.Content, b.Content)),
                BinaryOperatorKind.NotEquals => Known.Of(!Equals(a.Content, b.Content)),
                _ => Unknown.Value,
            },
            _ => Unknown.Value,
        };
    }

    private static Value Arithmetic(BinaryOperatorKind operation, long a, long b)
    {
        try
        {
            return operation switch
            {
                BinaryOperatorKind.Add => Known.Of(checked(a + b)),
                BinaryOperatorKind.Subtract => Known.Of(checked(a - b)),
                BinaryOperatorKind.Multiply => Known.Of(checked(a * b)),
                BinaryOperatorKind.Divide when b != 0 => Known.Of(a / b),
                BinaryOperatorKind.Remainder when b != 0 => Known.Of(a % b),
                BinaryOperatorKind.And => Known.Of(a & b),
                BinaryOperatorKind.Or => Known.Of(a | b),
                BinaryOperatorKind.ExclusiveOr => Known.Of(a ^ b),
                BinaryOperatorKind.LeftShift when b is >= 0 and < 32 => Known.Of(a << (int)b),
                BinaryOperatorKind.RightShift when b is >= 0 and < 32 => Known.Of(a >> (int)b),
                BinaryOperatorKind.LessThan => Known.Of(a < b),
                BinaryOperatorKind.LessThanOrEqual => Known.Of(a <= b),
                BinaryOperatorKind.GreaterThan => Known.Of(a > b),
                BinaryOperatorKind.GreaterThanOrEqual => Known.Of(a >= b),
                BinaryOperatorKind.Equals => Known.Of(a == b),
                BinaryOperatorKind.NotEquals => Known.Of(a != b),
                _ => Unknown.Value,
            };
        }
        catch (OverflowException)
        {
            // At run time the sum wraps around (or throws, when checked): either way not a value to check a design with.
            return Unknown.Value;
        }
    }

    // !redundant, -offset
    private Value EvaluateUnary(IUnaryOperation unary)
    {
        var operand = Evaluate(unary.Operand);
        return (unary.OperatorKind, operand) switch
        {
            _ when unary.OperatorMethod is not null => NotFollowed(unary),
            (UnaryOperatorKind.Not, Known { Content: bool truth }) => Known.Of(!truth),
            (UnaryOperatorKind.Plus, Known { Content: long }) => operand,
            (UnaryOperatorKind.Minus, Known { Content: long number }) when number != long.MinValue => Fits(Known.Of(-number), unary.Type?.SpecialType ?? SpecialType.None),
            _ => Unknown.Value,
        };
    }

    // A number as a value of an integral type: unknown when it does not fit (at run time it wraps, or throws when checked).
    private static Value Fits(Value value, SpecialType type) => Known.Number(value) is not long number ? value : type switch
    {
        SpecialType.System_SByte => number is >= sbyte.MinValue and <= sbyte.MaxValue ? value : Unknown.Value,
        SpecialType.System_Byte => number is >= byte.MinValue and <= byte.MaxValue ? value : Unknown.Value,
        SpecialType.System_Int16 => number is >= short.MinValue and <= short.MaxValue ? value : Unknown.Value,
        SpecialType.System_UInt16 => number is >= ushort.MinValue and <= ushort.MaxValue ? value : Unknown.Value,
        SpecialType.System_Int32 => number is >= int.MinValue and <= int.MaxValue ? value : Unknown.Value,
        SpecialType.System_UInt32 => number is >= uint.MinValue and <= uint.MaxValue ? value : Unknown.Value,
        SpecialType.System_UInt64 => number >= 0 ? value : Unknown.Value,
        _ => value,
    };

    // metro ? "Amsterdam Metro" : "Amsterdam"
    private Value EvaluateConditional(IConditionalOperation conditional)
    {
        if (Known.Truth(Evaluate(conditional.Condition)) is not bool truth)
        {
            return NotFollowed(conditional);
        }

        return Evaluate(truth ? conditional.WhenTrue : conditional.WhenFalse);
    }

    // secondary is null, secondary is not null
    private Value EvaluateIsPattern(IIsPatternOperation test)
    {
        var value = Evaluate(test.Value);
        return (value, test.Pattern) switch
        {
            (Known known, IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: null } }) => Known.Of(known.Content is null),
            (Known known, INegatedPatternOperation { Pattern: IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: null } } }) => Known.Of(known.Content is not null),
            _ => NotFollowed(test),
        };
    }

    /// <summary>Runs a configuration (a lambda or a method group) on a builder.</summary>
    public void Configure(Value configuration, Builder builder)
    {
        if (configuration is not DelegateValue target || !TryRun(target, target.Target, [builder], out _))
        {
            builder.Incomplete = true;
        }
    }

    /// <summary>Runs a lambda or a method group with arguments, as a call of it at <paramref name="call"/>.</summary>
    private bool TryRun(DelegateValue target, IOperation call, Value[] arguments, out Value result)
    {
        // A delegate made in another file is reported at the call that made it, as the rest of that file is.
        var previousAnchor = locations.Anchor;
        locations.Anchor ??= target.Anchor;
        bool ran;
        switch (target.Target)
        {
            case IAnonymousFunctionOperation lambda when !IsBeingFollowed(lambda.Symbol):
                ran = true;
                result = Follow(lambda.Symbol, lambda.Syntax, lambda.Body, arguments);
                break;
            case IMethodReferenceOperation method:
                ran = TryCall(method.Method, method, arguments, out result);
                break;
            default:
                ran = false;
                result = Unknown.Value;
                break;
        }

        locations.Anchor = previousAnchor;
        return ran;
    }

    /// <summary>Follows a helper method of the compilation: binds its parameters and walks its body.</summary>
    private bool TryCall(IMethodSymbol method, IOperation call, Value[] arguments, out Value result)
    {
        result = Unknown.Value;
        var definition = method.OriginalDefinition;
        if (helperDepth >= MaxCallDepth || CutShort || IsBeingFollowed(definition)
            || definition.Parameters.Length != arguments.Length
            || (call is IInvocationOperation { IsVirtual: true } or IMethodReferenceOperation { IsVirtual: true } && MayBeOverridden(definition))
            || bodies.Of(definition, semanticModel, cancellationToken) is not var (syntax, body))
        {
            return false;
        }

        var previousAnchor = locations.Anchor;
        locations.Anchor = locations.AnchorInto(syntax.SyntaxTree, call.Syntax);
        followedCalls++;
        helperDepth++;
        result = Follow(definition, syntax, body, arguments);
        helperDepth--;
        locations.Anchor = previousAnchor;
        return true;
    }

    // Binds the parameters of a method or lambda, walks its body, and forgets them and its locals after.
    private Value Follow(IMethodSymbol method, SyntaxNode syntax, IBlockOperation body, Value[] arguments)
    {
        callStack.Add(method);
        int firstLocal = localsMet.Count;
        var parameterSymbols = method.Parameters;
        var saved = Bind(syntax, parameterSymbols, arguments);
        var caller = frame;
        frame = new Frame(arguments);
        ExecuteBlock(body);
        var result = frame.Result;
        frame = caller;
        Restore(parameterSymbols, saved);

        // Its locals end with the call, as its parameters do: a delegate it returned reads neither.
        Forget(firstLocal, syntax);
        callStack.RemoveAt(callStack.Count - 1);
        return result;
    }

    private bool IsBeingFollowed(IMethodSymbol method)
    {
        foreach (var followed in callStack)
        {
            if (SymbolEqualityComparer.Default.Equals(followed, method))
            {
                return true;
            }
        }

        return false;
    }

    // A call dispatched at run time may run an override that we do not see.
    private static bool MayBeOverridden(IMethodSymbol method) =>
        (method.IsVirtual || method.IsAbstract || method.IsOverride) && !method.IsSealed && !method.ContainingType.IsSealed;

    /// <summary>
    /// Runs a statement; false when the rest of the body does not run after it (a return, a throw, a jump): the walk of
    /// the body stops there.
    /// </summary>
    private bool Execute(IOperation statement)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (statement)
        {
            // throw, break, continue, goto: what runs next is not the next statement.
            case IThrowOperation or IExpressionStatementOperation { Operation: IThrowOperation } or IBranchOperation:
                Unfollowed(statement);
                return false;
            case IExpressionStatementOperation expression:
                Evaluate(expression.Operation);
                return true;
            case IVariableDeclarationGroupOperation group:
                ExecuteDeclarations(group);
                return true;
            case IReturnOperation { Kind: OperationKind.Return } @return:
                frame.Return(@return.ReturnedValue is null ? Known.Null : Evaluate(@return.ReturnedValue));
                return false;
            case IBlockOperation block:
                return ExecuteBlock(block);
            case IConditionalOperation conditional when Known.Truth(Evaluate(conditional.Condition)) is bool truth:
                return (truth ? conditional.WhenTrue : conditional.WhenFalse) is not { } branch || Execute(branch);
            case IForEachLoopOperation loop when Unroll(loop) is { } rows:
                return ExecuteLoop(loop, rows);
            case IForLoopOperation loop when Unroll(loop) is { } rows:
                return ExecuteLoop(loop, rows);
            case IEmptyOperation or ILocalFunctionOperation:
                return true;
            default:
                Unfollowed(statement);
                return true;
        }
    }

    private bool ExecuteBlock(IBlockOperation block)
    {
        foreach (var statement in block.Operations)
        {
            if (!Execute(statement))
            {
                return false;
            }
        }

        return true;
    }

    // var ce1 = site.Router("ce1");
    private void ExecuteDeclarations(IVariableDeclarationGroupOperation group)
    {
        foreach (var declaration in group.Declarations)
        {
            foreach (var declarator in declaration.Declarators)
            {
                var value = Evaluate(declarator.Initializer?.Value ?? declarator.GetVariableInitializer()?.Value);
                Remember(declarator.Symbol, IsFixedAfterDeclaration(declarator.Symbol, ScopeIndex.MemberOf(declarator.Syntax)) ? value : Unknown.Value);
            }
        }
    }

    /// <summary>
    /// A statement the walk does not follow: whatever it may do to the builders being configured, and to those it
    /// names, is out of sight; a return in it makes the result of the method unknown.
    /// </summary>
    private void Unfollowed(IOperation statement)
    {
        Builder.MarkIncomplete(frame.Arguments);
        EscapeAll(statement);
        if (statement.DescendantsAndSelf().Any(operation => operation is IReturnOperation))
        {
            frame.ReturnUnseen();
        }
    }

    // The rows of a foreach over a collection known element by element, each the values to give its variables.
    private List<Value>? Unroll(IForEachLoopOperation loop) =>
        !Jumps(loop.Body) && Evaluate(loop.Collection) is Items { Elements: var elements } && HasBudgetFor(elements.Length)
            && CanAssign(loop.LoopControlVariable) && !IsWrittenIn(loop.LoopControlVariable, loop.Body)
            ? [.. elements]
            : null;

    // A loop whose body breaks, continues or jumps runs other iterations than its rows.
    private static bool Jumps(IOperation body) => body.DescendantsAndSelf().Any(operation => operation is IBranchOperation);

    // for (var i = first; i < bound; i++): the values of i, all known before the first iteration.
    private List<Value>? Unroll(IForLoopOperation loop)
    {
        if (Jumps(loop.Body) || LoopVariable(loop) is not { } declarator
            || loop is not { Condition: { } condition, AtLoopBottom: { Length: 1 } bottom }
            || bottom[0] is not IExpressionStatementOperation { Operation: var step }
            || Known.Number(Evaluate(declarator.Initializer?.Value)) is not long first
            || Step(step, declarator.Symbol) is not long increment
            || scopes.Of(loop.Syntax.SyntaxTree).IsWritten(declarator.Symbol.Name, loop.Body.Syntax.FullSpan)
            || scopes.Of(loop.Syntax.SyntaxTree).IsWritten(declarator.Symbol.Name, condition.Syntax.FullSpan))
        {
            return null;
        }

        var rows = new List<Value>();
        for (long value = first; ; value += increment)
        {
            locals[declarator.Symbol] = Known.Of(value);
            switch (Known.Truth(Evaluate(condition)))
            {
                case true when HasBudgetFor(rows.Count + 1):
                    rows.Add(Known.Of(value));
                    continue;
                case false:
                    locals.Remove(declarator.Symbol);
                    return rows;
                default:
                    locals.Remove(declarator.Symbol);
                    return null;
            }
        }
    }

    // The one variable a for loop declares.
    private static IVariableDeclaratorOperation? LoopVariable(IForLoopOperation loop) =>
        loop.Before.Length == 1 && loop.Before[0] is IVariableDeclarationGroupOperation { Declarations.Length: 1 } group
            && group.Declarations[0].Declarators.Length == 1
            ? group.Declarations[0].Declarators[0]
            : null;

    // i++, ++i, i--, i += 2: how much one iteration adds to the loop variable.
    private long? Step(IOperation step, ILocalSymbol variable) => step switch
    {
        IIncrementOrDecrementOperation { Target: ILocalReferenceOperation { Local: var target } } change when SymbolEqualityComparer.Default.Equals(target, variable) =>
            change.Kind == OperationKind.Increment ? 1 : -1,
        ICompoundAssignmentOperation { Target: ILocalReferenceOperation { Local: var target }, OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } add
            when SymbolEqualityComparer.Default.Equals(target, variable) && Known.Number(Evaluate(add.Value)) is long amount and not 0 =>
            add.OperatorKind == BinaryOperatorKind.Add ? amount : -amount,

        // i = i + 2
        ISimpleAssignmentOperation { Target: ILocalReferenceOperation { Local: var target }, Value: IBinaryOperation { LeftOperand: ILocalReferenceOperation { Local: var read } } sum }
            when SymbolEqualityComparer.Default.Equals(target, variable) && SymbolEqualityComparer.Default.Equals(read, variable)
            && sum.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract && Known.Number(Evaluate(sum.RightOperand)) is long amount and not 0 =>
            sum.OperatorKind == BinaryOperatorKind.Add ? amount : -amount,
        _ => null,
    };

    private bool HasBudgetFor(int rows) => rows <= MaxLoopIterations && iterations + rows <= MaxIterations;

    // Runs a loop's body once per row, its variable(s) set to the row; the variables and the body's locals end with it.
    private bool ExecuteLoop(ILoopOperation loop, List<Value> rows)
    {
        int firstLocal = localsMet.Count;
        iterations += rows.Count;
        bool goOn = true;
        foreach (var row in rows)
        {
            switch (loop)
            {
                case IForEachLoopOperation each:
                    Assign(each.LoopControlVariable, row);
                    break;
                case IForLoopOperation counted:
                    Remember(LoopVariable(counted)!.Symbol, row);
                    break;
            }

            if (!Execute(loop.Body))
            {
                goOn = false;
                break;
            }
        }

        // A lambda made in an iteration and run later would read the last iteration's values: it reads none.
        Forget(firstLocal, loop.Syntax);
        return goOn;
    }

    // The variable of a foreach: `var site`, `var (name, location)`, `(string name, var location)`.
    private static bool CanAssign(IOperation target) => target switch
    {
        ILocalReferenceOperation or IVariableDeclaratorOperation => true,
        IDeclarationExpressionOperation declaration => CanAssign(declaration.Expression),
        ITupleOperation tuple => tuple.Elements.All(CanAssign),
        _ => false,
    };

    private void Assign(IOperation target, Value value)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                Remember(local.Local, value);
                break;
            case IVariableDeclaratorOperation declarator:
                Remember(declarator.Symbol, value);
                break;
            case IDeclarationExpressionOperation declaration:
                Assign(declaration.Expression, value);
                break;
            case ITupleOperation tuple:
                for (int index = 0; index < tuple.Elements.Length; index++)
                {
                    Assign(tuple.Elements[index], value is Items items && items.Elements.Length == tuple.Elements.Length ? items.Elements[index] : Unknown.Value);
                }

                break;
        }
    }

    // Whether the body writes a loop variable (then its value in an iteration is not the row's).
    private bool IsWrittenIn(IOperation variable, IOperation body)
    {
        var index = scopes.Of(body.Syntax.SyntaxTree);
        return variable.DescendantsAndSelf().Any(operation => operation switch
        {
            ILocalReferenceOperation local => index.IsWritten(local.Local.Name, body.Syntax.FullSpan),
            IVariableDeclaratorOperation declarator => index.IsWritten(declarator.Symbol.Name, body.Syntax.FullSpan),
            _ => false,
        });
    }

    private void Remember(ILocalSymbol local, Value value)
    {
        localsMet.Add(local);
        locals[local] = value;
    }

    // Makes unknown the locals met since firstLocal that are declared in scope (a method, a lambda, a loop): they end with it.
    private void Forget(int firstLocal, SyntaxNode scope)
    {
        for (int i = firstLocal; i < localsMet.Count; i++)
        {
            foreach (var declaration in localsMet[i].DeclaringSyntaxReferences)
            {
                if (declaration.SyntaxTree == scope.SyntaxTree && scope.Span.Contains(declaration.Span))
                {
                    locals[localsMet[i]] = Unknown.Value;
                }
            }
        }
    }

    /// <summary>
    /// Whether a local, parameter or field is written only by its declaration: no identifier of its name is written
    /// in <paramref name="scope"/> (a syntactic check, indexed once per file; over the full span, which holds the same
    /// identifiers and is known without finding the first token).
    /// </summary>
    private bool IsWrittenOnlyAtDeclaration(ISymbol symbol, SyntaxNode scope) => !scopes.Of(scope.SyntaxTree).IsWritten(symbol.Name, scope.FullSpan);

    /// <summary>
    /// Whether a local or a field holds the value of its initializer everywhere in <paramref name="scope"/>: it is
    /// written only there, and, when it holds a collection that can change (an array, a list), every use of its name
    /// only reads it (<c>foreach</c>, <c>.Length</c>, <c>.Count</c>, an element read), so that no code we do not see
    /// changes it.
    /// </summary>
    private bool IsFixedAfterDeclaration(ISymbol variable, SyntaxNode scope)
    {
        var type = variable switch
        {
            ILocalSymbol local => local.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };
        return IsWrittenOnlyAtDeclaration(variable, scope)
            && (type is null || !IsMutableCollection(type)
                || scopes.Of(scope.SyntaxTree).Identifiers(variable.Name, scope.FullSpan).All(ScopeIndex.IsPlainRead));
    }

    private static bool IsMutableCollection(ITypeSymbol type) =>
        type is IArrayTypeSymbol || (type is INamedTypeSymbol named && !named.IsValueType && named.SpecialType != SpecialType.System_String && named.TypeKind != TypeKind.Delegate
            && named.AllInterfaces.Any(contract => contract.Name == "IEnumerable"));

    /// <summary>
    /// Binds the parameters of <paramref name="scope"/>, the method or lambda they are written in; returns what they
    /// held before, for <see cref="Restore"/>: null when none was bound, as is usual.
    /// </summary>
    private Value?[]? Bind(SyntaxNode scope, ImmutableArray<IParameterSymbol> symbols, Value[] values)
    {
        Value?[]? saved = null;
        for (int index = 0; index < symbols.Length; index++)
        {
            var symbol = symbols[index];
            if (parameters.TryGetValue(symbol, out var previous))
            {
                saved ??= new Value?[symbols.Length];
                saved[index] = previous;
            }

            var value = index < values.Length ? values[index] : Unknown.Value;

            // A parameter that its method writes holds the argument only until then, so the argument is out of sight.
            if (!IsWrittenOnlyAtDeclaration(symbol, scope))
            {
                Escape(value);
                value = Unknown.Value;
            }

            parameters[symbol] = value;
        }

        return saved;
    }

    private void Restore(ImmutableArray<IParameterSymbol> symbols, Value?[]? saved)
    {
        for (int index = 0; index < symbols.Length; index++)
        {
            if (saved?[index] is { } previous)
            {
                parameters[symbols[index]] = previous;
            }
            else
            {
                parameters.Remove(symbols[index]);
            }
        }
    }

    /// <summary>
    /// Marks incomplete what code we do not follow could change through a value: a builder, the builders in a tuple
    /// or a collection, or, for a delegate that code may run (<c>Array.ForEach</c>, a local invoked), every builder that
    /// the delegate's code names.
    /// </summary>
    public void Escape(Value value)
    {
        switch (value)
        {
            case Builder builder:
                builder.Incomplete = true;
                break;
            case Items items:
                foreach (var element in items.Elements)
                {
                    Escape(element);
                }

                break;
            case DelegateValue { Target: var target } when escaping.Add(target):
                EscapeAll(target);
                escaping.Remove(target);
                break;
        }
    }

    /// <summary>Marks incomplete every builder that an operation we do not follow could reach through a name.</summary>
    private void EscapeAll(IOperation? operation)
    {
        if (operation is null)
        {
            return;
        }

        foreach (var reference in operation.DescendantsAndSelf())
        {
            switch (reference)
            {
                case IParameterReferenceOperation p when parameters.TryGetValue(p.Parameter, out var value):
                    Escape(value);
                    break;
                case ILocalReferenceOperation l when locals.TryGetValue(l.Local, out var value):
                    Escape(value);
                    break;
            }
        }
    }

    /// <summary>
    /// The builders a method or lambda being walked was given, and what its return statements gave back. A struct,
    /// held in <see cref="frame"/> and saved on the stack across a call: one is made per call walked.
    /// </summary>
    private struct Frame(Value[] arguments)
    {
        private bool returned;
        private bool unseen;
        private Value result = Unknown.Value;

        public Value[] Arguments { get; } = arguments;

        /// <summary>What the body returned: unknown when no return ran, or one may have run out of sight.</summary>
        public Value Result => returned && !unseen ? result : Unknown.Value;

        public void Return(Value value)
        {
            returned = true;
            result = value;
        }

        public void ReturnUnseen() => unseen = true;
    }
}
