using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Analyzers;

internal static partial class DiagnosticDescriptors
{
    /// <summary>ER3xxx, failure detection and routing.</summary>
    public static readonly DiagnosticDescriptor[] Routing = [];
}
