using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Analyzers;

internal static partial class DiagnosticDescriptors
{
    /// <summary>ER2xxx, site and gateway resilience.</summary>
    public static readonly DiagnosticDescriptor[] SiteResilience = [];
}
