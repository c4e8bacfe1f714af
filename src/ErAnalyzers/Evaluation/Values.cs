using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>
/// What the evaluator knows of an expression's value: nothing (<see cref="Unknown"/>), a constant
/// (<see cref="Known"/>), a tuple or a sequence known element by element (<see cref="Items"/>), a DSL builder being
/// configured (<see cref="Builder"/>), or a lambda or method group (<see cref="DelegateValue"/>).
/// </summary>
internal abstract class Value
{
    /// <summary>The constant this value is, when it is one of type <typeparamref name="T"/>.</summary>
    public T? As<T>()
        where T : class => this is Known { Content: T content } ? content : null;
}

/// <summary>A value the evaluator cannot know. Rules stay silent on what depends on it.</summary>
internal sealed class Unknown : Value
{
    public static readonly Unknown Value = new();

    private Unknown()
    {
    }
}

/// <summary>
/// A constant: a string, a number (every integer as a <see cref="long"/>, enum members as their number), a bool, a DSL
/// value (<c>Asn</c>, <c>VlanId</c>, <c>Bandwidth</c>), a site, router, port or secret the design made, or null.
/// </summary>
internal sealed class Known : Value
{
    public static readonly Known Null = new(null);
    private static readonly Known True = new(true);
    private static readonly Known False = new(false);

    // The numbers most designs write (VLAN IDs, counts, timers, bandwidths), made once.
    private static readonly Known[] SmallNumbers = Enumerable.Range(0, 4096).Select(number => new Known((long)number)).ToArray();

    private Known(object? content) => Content = content;

    public object? Content { get; }

    public static Value Of(object? content) => content switch
    {
        null => Null,
        bool flag => flag ? True : False,
        int or long or short or byte or sbyte or ushort or uint => Number(System.Convert.ToInt64(content, System.Globalization.CultureInfo.InvariantCulture)),
        ulong number => number <= long.MaxValue ? Number((long)number) : Unknown.Value,
        char or float or double or decimal => Unknown.Value,
        _ => new Known(content),
    };

    private static Known Number(long number) => number is >= 0 and < 4096 ? SmallNumbers[number] : new Known(number);

    /// <summary>The number this value is, when it is one.</summary>
    public static long? Number(Value value) => value is Known { Content: long number } ? number : null;

    /// <summary>The truth this value is, when it is a bool.</summary>
    public static bool? Truth(Value value) => value is Known { Content: bool truth } ? truth : null;
}

/// <summary>A tuple, or the elements of a collection written in the code, each known or not.</summary>
internal sealed class Items(ImmutableArray<Value> elements) : Value
{
    public ImmutableArray<Value> Elements { get; } = elements;
}

/// <summary>
/// A lambda or a method group, with the call through which the evaluation had gone into another file when it was
/// made (findings in that file are reported at that call).
/// </summary>
internal sealed class DelegateValue(IOperation target, Location? anchor) : Value
{
    /// <summary>An <see cref="Microsoft.CodeAnalysis.Operations.IAnonymousFunctionOperation"/> or an <see cref="Microsoft.CodeAnalysis.Operations.IMethodReferenceOperation"/>.</summary>
    public IOperation Target { get; } = target;

    public Location? Anchor { get; } = anchor;
}

/// <summary>
/// A DSL builder being configured by the code under evaluation; it turns into a model element. Code the evaluator
/// cannot follow may configure it too: then it is <see cref="Incomplete"/>, and rules stay silent on what it lacks.
/// </summary>
internal abstract class Builder : Value
{
    private bool incomplete;

    /// <summary>Set when the evaluator met code that may configure this builder but could not follow it.</summary>
    public bool Incomplete
    {
        get => incomplete;
        set
        {
            incomplete = value;
            Changed |= value;
        }
    }

    /// <summary>
    /// Whether a DSL call configured this builder, or it became incomplete, since this was last cleared. The walk of a
    /// design follows every use of a builder or makes it incomplete, so a builder unchanged after its call is as its
    /// call made it.
    /// </summary>
    public bool Changed { get; set; }

    /// <summary>Marks incomplete the builders among <paramref name="values"/>.</summary>
    public static void MarkIncomplete(IEnumerable<Value> values)
    {
        foreach (var value in values)
        {
            if (value is Builder builder)
            {
                builder.Incomplete = true;
            }
        }
    }
}
