using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Analyzers;

internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor ER3001 = new(
        "ER3001", Descriptors.ER3001.Title, Descriptors.ER3001.MessageFormat, Category.Routing, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER3001.Description, Descriptors.ER3001.HelpUri);

    public static readonly DiagnosticDescriptor ER3002 = new(
        "ER3002", Descriptors.ER3002.Title, Descriptors.ER3002.MessageFormat, Category.Routing, DiagnosticSeverity.Info,
        isEnabledByDefault: true, Descriptors.ER3002.Description, Descriptors.ER3002.HelpUri);

    public static readonly DiagnosticDescriptor ER3003 = new(
        "ER3003", Descriptors.ER3003.Title, Descriptors.ER3003.MessageFormat, Category.Routing, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Descriptors.ER3003.Description, Descriptors.ER3003.HelpUri);

    /// <summary>ER3xxx, failure detection and routing.</summary>
    public static readonly DiagnosticDescriptor ER3004 = new(
        "ER3004", Descriptors.ER3004.Title, Descriptors.ER3004.MessageFormat, Category.Routing, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER3004.Description, Descriptors.ER3004.HelpUri);

    public static readonly DiagnosticDescriptor[] Routing = [ER3001, ER3002, ER3003, ER3004];
}
