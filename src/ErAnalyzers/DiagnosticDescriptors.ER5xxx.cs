using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Analyzers;

internal static partial class DiagnosticDescriptors
{
    /// <summary>ER5xxx, security.</summary>
    public static readonly DiagnosticDescriptor[] Security = [];
}
