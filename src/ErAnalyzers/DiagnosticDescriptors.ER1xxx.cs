using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Analyzers;

internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor ER1001 = new(
        "ER1001", Descriptors.ER1001.Title, Descriptors.ER1001.MessageFormat, Category.Redundancy, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER1001.Description, Descriptors.ER1001.HelpUri);

    public static readonly DiagnosticDescriptor ER1002 = new(
        "ER1002", Descriptors.ER1002.Title, Descriptors.ER1002.MessageFormat, Category.Redundancy, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER1002.Description, Descriptors.ER1002.HelpUri);

    public static readonly DiagnosticDescriptor ER1003 = new(
        "ER1003", Descriptors.ER1003.Title, Descriptors.ER1003.MessageFormat, Category.Redundancy, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER1003.Description, Descriptors.ER1003.HelpUri);

    public static readonly DiagnosticDescriptor ER1004 = new(
        "ER1004", Descriptors.ER1004.Title, Descriptors.ER1004.MessageFormat, Category.Redundancy, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER1004.Description, Descriptors.ER1004.HelpUri);

    public static readonly DiagnosticDescriptor ER1005 = new(
        "ER1005", Descriptors.ER1005.Title, Descriptors.ER1005.MessageFormat, Category.Redundancy, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER1005.Description, Descriptors.ER1005.HelpUri);

    public static readonly DiagnosticDescriptor ER1006 = new(
        "ER1006", Descriptors.ER1006.Title, Descriptors.ER1006.MessageFormat, Category.Redundancy, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER1006.Description, Descriptors.ER1006.HelpUri);

    public static readonly DiagnosticDescriptor ER1007 = new(
        "ER1007", Descriptors.ER1007.Title, Descriptors.ER1007.MessageFormat, Category.Redundancy, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER1007.Description, Descriptors.ER1007.HelpUri);

    public static readonly DiagnosticDescriptor ER1008 = new(
        "ER1008", Descriptors.ER1008.Title, Descriptors.ER1008.MessageFormat, Category.Redundancy, DiagnosticSeverity.Info,
        isEnabledByDefault: true, Descriptors.ER1008.Description, Descriptors.ER1008.HelpUri);

    public static readonly DiagnosticDescriptor ER1009 = new(
        "ER1009", Descriptors.ER1009.Title, Descriptors.ER1009.MessageFormat, Category.Redundancy, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER1009.Description, Descriptors.ER1009.HelpUri);

    /// <summary>ER1xxx, link redundancy.</summary>
    public static readonly DiagnosticDescriptor[] Redundancy = [ER1001, ER1002, ER1003, ER1004, ER1005, ER1006, ER1007, ER1008, ER1009];
}
