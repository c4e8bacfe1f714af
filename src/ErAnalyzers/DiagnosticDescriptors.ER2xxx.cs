using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Analyzers;

internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor ER2001 = new(
        "ER2001", Descriptors.ER2001.Title, Descriptors.ER2001.MessageFormat, Category.SiteResilience, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER2001.Description, Descriptors.ER2001.HelpUri);

    public static readonly DiagnosticDescriptor ER2002 = new(
        "ER2002", Descriptors.ER2002.Title, Descriptors.ER2002.MessageFormat, Category.SiteResilience, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER2002.Description, Descriptors.ER2002.HelpUri);

    public static readonly DiagnosticDescriptor ER2003 = new(
        "ER2003", Descriptors.ER2003.Title, Descriptors.ER2003.MessageFormat, Category.SiteResilience, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER2003.Description, Descriptors.ER2003.HelpUri);

    public static readonly DiagnosticDescriptor ER2004 = new(
        "ER2004", Descriptors.ER2004.Title, Descriptors.ER2004.MessageFormat, Category.SiteResilience, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Descriptors.ER2004.Description, Descriptors.ER2004.HelpUri);

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

    public static readonly DiagnosticDescriptor ER2009 = new(
        "ER2009", Descriptors.ER2009.Title, Descriptors.ER2009.MessageFormat, Category.SiteResilience, DiagnosticSeverity.Info,
        isEnabledByDefault: true, Descriptors.ER2009.Description, Descriptors.ER2009.HelpUri);

    public static readonly DiagnosticDescriptor ER2010 = new(
        "ER2010", Descriptors.ER2010.Title, Descriptors.ER2010.MessageFormat, Category.SiteResilience, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER2010.Description, Descriptors.ER2010.HelpUri);

    public static readonly DiagnosticDescriptor ER2011 = new(
        "ER2011", Descriptors.ER2011.Title, Descriptors.ER2011.MessageFormat, Category.SiteResilience, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER2011.Description, Descriptors.ER2011.HelpUri);

    public static readonly DiagnosticDescriptor ER2012 = new(
        "ER2012", Descriptors.ER2012.Title, Descriptors.ER2012.MessageFormat, Category.SiteResilience, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER2012.Description, Descriptors.ER2012.HelpUri);

    /// <summary>ER2xxx, site and gateway resilience.</summary>
    public static readonly DiagnosticDescriptor[] SiteResilience = [ER2001, ER2002, ER2003, ER2004, ER2005, ER2006, ER2007, ER2008, ER2009, ER2010, ER2011, ER2012];
}
