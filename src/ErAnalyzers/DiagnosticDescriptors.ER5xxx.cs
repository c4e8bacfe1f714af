using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Analyzers;

internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor ER5001 = new(
        "ER5001", Descriptors.ER5001.Title, Descriptors.ER5001.MessageFormat, Category.Security, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER5001.Description, Descriptors.ER5001.HelpUri);

    public static readonly DiagnosticDescriptor ER5002 = new(
        "ER5002", Descriptors.ER5002.Title, Descriptors.ER5002.MessageFormat, Category.Security, DiagnosticSeverity.Info,
        isEnabledByDefault: true, Descriptors.ER5002.Description, Descriptors.ER5002.HelpUri);

    public static readonly DiagnosticDescriptor ER5003 = new(
        "ER5003", Descriptors.ER5003.Title, Descriptors.ER5003.MessageFormat, Category.Security, DiagnosticSeverity.Info,
        isEnabledByDefault: true, Descriptors.ER5003.Description, Descriptors.ER5003.HelpUri);

    public static readonly DiagnosticDescriptor ER5004 = new(
        "ER5004", Descriptors.ER5004.Title, Descriptors.ER5004.MessageFormat, Category.Security, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Descriptors.ER5004.Description, Descriptors.ER5004.HelpUri);

    /// <summary>ER5xxx, security.</summary>
    public static readonly DiagnosticDescriptor[] Security = [ER5001, ER5002, ER5003, ER5004];
}
