using System.Collections.Generic;
using System.Globalization;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>What a rule found: which rule, how serious, about which element, where, and the message arguments.</summary>
public sealed record Finding
{
    /// <summary>The rule.</summary>
    public required RuleDescriptor Rule { get; init; }

    /// <summary>The severity of this finding (usually the rule's default).</summary>
    public required Severity Severity { get; init; }

    /// <summary>The element the finding is about.</summary>
    public required DesignElement Element { get; init; }

    /// <summary>
    /// The part of <see cref="Element"/> the finding is about, when it is narrower than the element: the link present
    /// when its partner is missing (ER1001), the passive link of an active-passive peering (ER1002). Null otherwise.
    /// </summary>
    public DesignElement? Subject { get; init; }

    /// <summary>Where to report: the call or setting to change. Null when the source is unknown.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Other places that explain the finding (the other link, the first use of a VLAN).</summary>
    public IReadOnlyList<SourceLocation> AdditionalLocations { get; init; } = [];

    /// <summary>
    /// What a code fix needs that only the rule knows (for example the subnet a new link should use); the analyzers
    /// pass it on as the diagnostic's properties.
    /// </summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>The arguments of the rule's message format.</summary>
    public IReadOnlyList<string> MessageArguments { get; init; } = [];

    /// <summary>The rule id.</summary>
    public string RuleId => Rule.Id;

    /// <summary>The formatted message.</summary>
    public string Message => string.Format(CultureInfo.InvariantCulture, Rule.MessageFormat, [.. MessageArguments]);

    /// <summary>Like the compiler: <c>file:line: warning ER1001: message</c>.</summary>
    public override string ToString()
    {
        string severity = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        string where = Location is null ? "" : Location + ": ";
        return $"{where}{severity} {RuleId}: {Message}";
    }
}
