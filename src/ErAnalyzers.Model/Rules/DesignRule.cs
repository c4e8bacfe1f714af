using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// A rule: a pure function from a design to findings. A rule never reports on a value it cannot see.
/// </summary>
public abstract class DesignRule
{
    /// <summary>The rule's descriptor.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Checks a design.</summary>
    public abstract IEnumerable<Finding> Evaluate(NetworkDesignModel design);

    /// <summary>A finding of this rule at its default severity.</summary>
    protected Finding Report(DesignElement element, SourceLocation? at, IEnumerable<SourceLocation?>? also, params string[] arguments) =>
        Report(Descriptor.DefaultSeverity, element, at, also, arguments);

    /// <summary>A finding of this rule at the given severity.</summary>
    protected Finding Report(Severity severity, DesignElement element, SourceLocation? at, IEnumerable<SourceLocation?>? also, params string[] arguments) => new()
    {
        Rule = Descriptor,
        Severity = severity,
        Element = element,
        Location = at ?? element.Location,
        AdditionalLocations = also?.OfType<SourceLocation>().ToArray() ?? [],
        MessageArguments = arguments,
    };
}
