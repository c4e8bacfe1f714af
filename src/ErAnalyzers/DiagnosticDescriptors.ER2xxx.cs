using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Analyzers;

internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor ER2005 = new(
        "ER2005", Descriptors.ER2005.Title, Descriptors.ER2005.MessageFormat, Category.SiteResilience, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER2005.Description, Descriptors.ER2005.HelpUri);

    public static readonly DiagnosticDescriptor ER2006 = new(
        "ER2006", Descriptors.ER2006.Title, Descriptors.ER2006.MessageFormat, Category.SiteResilience, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Descriptors.ER2006.Description, Descriptors.ER2006.HelpUri);

    public static readonly DiagnosticDescriptor ER2007 = new(
        "ER2007", Descriptors.ER2007.Title, Descriptors.ER2007.MessageFormat, Category.SiteResilience, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Descriptors.ER2007.Description, Descriptors.ER2007.HelpUri);

    public static readonly DiagnosticDescriptor ER2008 = new(
        "ER2008", Descriptors.ER2008.Title, Descriptors.ER2008.MessageFormat, Category.SiteResilience, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Descriptors.ER2008.Description, Descriptors.ER2008.HelpUri);

    /// <summary>ER2xxx, site and gateway resilience.</summary>
    public static readonly DiagnosticDescriptor[] SiteResilience = [ER2005, ER2006, ER2007, ER2008];
}
