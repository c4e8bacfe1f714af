using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>The smallest part of a design a rule needs to see; the analyzers check each rule where that part is written.</summary>
public enum RuleScope
{
    /// <summary>One circuit, with the routers and Direct ports it names (checked at each <c>d.Circuit(...)</c>).</summary>
    Circuit,

    /// <summary>One gateway with its connections (checked at each <c>d.Gateway(...)</c>).</summary>
    Gateway,

    /// <summary>One ExpressRoute Direct port pair (checked at each <c>d.DirectPort(...)</c>).</summary>
    DirectPort,

    /// <summary>The whole design (checked at <c>NetworkDesign.Create(...)</c>).</summary>
    Design,
}

/// <summary>
/// A rule: a pure function from a design to findings. A rule never reports on a value it cannot see.
/// </summary>
public abstract class DesignRule
{
    /// <summary>The rule's descriptor.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>What the rule needs to see.</summary>
    public abstract RuleScope Scope { get; }

    /// <summary>Checks a design with this rule alone (<see cref="RuleEngine"/> runs several over one shared view of it).</summary>
    public IEnumerable<Finding> Evaluate(NetworkDesignModel design, RuleOptions options)
    {
        var findings = new List<Finding>();
        Evaluate(new DesignView(design), options, findings);
        return findings;
    }

    /// <summary>Checks a design, adding what it finds to <paramref name="findings"/>.</summary>
    internal abstract void Evaluate(DesignView design, RuleOptions options, List<Finding> findings);

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
