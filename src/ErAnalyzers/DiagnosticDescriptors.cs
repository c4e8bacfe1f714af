using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Analyzers;

/// <summary>
/// The compiler's descriptors of the rules, made from the rule engine's descriptors (one place for titles,
/// messages and help links). Id, category and severity are written as constants here because release tracking
/// (AnalyzerReleases.*.md) reads them from this file; a test checks they agree with the engine.
/// </summary>
internal static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor ER1001 = new(
        "ER1001", Descriptors.ER1001.Title, Descriptors.ER1001.MessageFormat, Category.Redundancy, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER1001.Description, Descriptors.ER1001.HelpUri);

    public static readonly DiagnosticDescriptor ER1002 = new(
        "ER1002", Descriptors.ER1002.Title, Descriptors.ER1002.MessageFormat, Category.Redundancy, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER1002.Description, Descriptors.ER1002.HelpUri);
}
