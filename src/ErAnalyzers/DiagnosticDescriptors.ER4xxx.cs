using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Analyzers;

internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor ER4001 = new(
        "ER4001", Descriptors.ER4001.Title, Descriptors.ER4001.MessageFormat, Category.Validity, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Descriptors.ER4001.Description, Descriptors.ER4001.HelpUri);

    public static readonly DiagnosticDescriptor ER4002 = new(
        "ER4002", Descriptors.ER4002.Title, Descriptors.ER4002.MessageFormat, Category.Validity, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Descriptors.ER4002.Description, Descriptors.ER4002.HelpUri);

    public static readonly DiagnosticDescriptor ER4003 = new(
        "ER4003", Descriptors.ER4003.Title, Descriptors.ER4003.MessageFormat, Category.Validity, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Descriptors.ER4003.Description, Descriptors.ER4003.HelpUri);

    public static readonly DiagnosticDescriptor ER4004 = new(
        "ER4004", Descriptors.ER4004.Title, Descriptors.ER4004.MessageFormat, Category.Validity, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Descriptors.ER4004.Description, Descriptors.ER4004.HelpUri);

    public static readonly DiagnosticDescriptor ER4005 = new(
        "ER4005", Descriptors.ER4005.Title, Descriptors.ER4005.MessageFormat, Category.Validity, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Descriptors.ER4005.Description, Descriptors.ER4005.HelpUri);

    public static readonly DiagnosticDescriptor ER4006 = new(
        "ER4006", Descriptors.ER4006.Title, Descriptors.ER4006.MessageFormat, Category.Validity, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Descriptors.ER4006.Description, Descriptors.ER4006.HelpUri);

    public static readonly DiagnosticDescriptor ER4007 = new(
        "ER4007", Descriptors.ER4007.Title, Descriptors.ER4007.MessageFormat, Category.Validity, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Descriptors.ER4007.Description, Descriptors.ER4007.HelpUri);

    public static readonly DiagnosticDescriptor ER4008 = new(
        "ER4008", Descriptors.ER4008.Title, Descriptors.ER4008.MessageFormat, Category.Validity, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Descriptors.ER4008.Description, Descriptors.ER4008.HelpUri);

    public static readonly DiagnosticDescriptor ER4009 = new(
        "ER4009", Descriptors.ER4009.Title, Descriptors.ER4009.MessageFormat, Category.Validity, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER4009.Description, Descriptors.ER4009.HelpUri);

    public static readonly DiagnosticDescriptor ER4010 = new(
        "ER4010", Descriptors.ER4010.Title, Descriptors.ER4010.MessageFormat, Category.Validity, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Descriptors.ER4010.Description, Descriptors.ER4010.HelpUri);

    public static readonly DiagnosticDescriptor ER4011 = new(
        "ER4011", Descriptors.ER4011.Title, Descriptors.ER4011.MessageFormat, Category.Validity, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Descriptors.ER4011.Description, Descriptors.ER4011.HelpUri);

    public static readonly DiagnosticDescriptor ER4012 = new(
        "ER4012", Descriptors.ER4012.Title, Descriptors.ER4012.MessageFormat, Category.Validity, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Descriptors.ER4012.Description, Descriptors.ER4012.HelpUri);

    public static readonly DiagnosticDescriptor ER4013 = new(
        "ER4013", Descriptors.ER4013.Title, Descriptors.ER4013.MessageFormat, Category.Validity, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Descriptors.ER4013.Description, Descriptors.ER4013.HelpUri);

    public static readonly DiagnosticDescriptor ER4014 = new(
        "ER4014", Descriptors.ER4014.Title, Descriptors.ER4014.MessageFormat, Category.Validity, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Descriptors.ER4014.Description, Descriptors.ER4014.HelpUri);

    /// <summary>ER4xxx, validity.</summary>
    public static readonly DiagnosticDescriptor[] Validity = [ER4001, ER4002, ER4003, ER4004, ER4005, ER4006, ER4007, ER4008, ER4009, ER4010, ER4011, ER4012, ER4013, ER4014];
}
