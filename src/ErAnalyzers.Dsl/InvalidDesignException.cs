using System;
using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Dsl;

/// <summary>
/// Input the DSL cannot turn into a design: an empty or duplicate name, an element of another design, a
/// malformed value. The message names the element, the value and where it was written.
/// </summary>
public sealed class InvalidDesignException : ArgumentException
{
    internal InvalidDesignException(string element, string problem, SourceLocation? location)
        : base(location is null ? $"{element}: {problem}" : $"{location}: {element}: {problem}")
    {
        Element = element;
        Location = location;
    }

    /// <summary>The element at fault, for example <c>circuit 'er-ams'</c>.</summary>
    public string Element { get; }

    /// <summary>Where the element was written.</summary>
    public SourceLocation? Location { get; }
}

/// <summary>
/// The design has findings of severity Error (Azure would reject it or it would silently break), so no template
/// is produced. <see cref="Findings"/> lists them.
/// </summary>
public sealed class DesignValidationException : InvalidOperationException
{
    internal DesignValidationException(string design, IReadOnlyList<Finding> errors, string output = "template")
        : base($"Design '{design}' has {errors.Count} error(s); no {output} was written:{Environment.NewLine}"
            + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
    {
        Findings = errors;
    }

    /// <summary>The error findings.</summary>
    public IReadOnlyList<Finding> Findings { get; }
}
