namespace ErAnalyzers.Rules;

/// <summary>How serious a finding is. Mirrors the compiler's severities.</summary>
public enum Severity
{
    /// <summary>Worth knowing.</summary>
    Info,

    /// <summary>Weakens resilience or security.</summary>
    Warning,

    /// <summary>Azure rejects it, or it silently breaks connectivity.</summary>
    Error,
}

/// <summary>What a rule checks: the data both front ends need to report it.</summary>
/// <param name="Id">Stable rule id, for example ER1001.</param>
/// <param name="Title">One line that states the rule.</param>
/// <param name="MessageFormat">The message, with <c>{0}</c>-style arguments; names the element and says the fix.</param>
/// <param name="Category">The rule family.</param>
/// <param name="DefaultSeverity">Severity unless configured otherwise.</param>
/// <param name="Description">A paragraph on why the rule exists.</param>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    string Category,
    Severity DefaultSeverity,
    string Description)
{
    /// <summary>Where the rule's documentation page lives.</summary>
    public string HelpUri => Descriptors.HelpUri(Id);
}
