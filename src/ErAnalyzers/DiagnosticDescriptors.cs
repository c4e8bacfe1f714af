using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Analyzers;

/// <summary>
/// The compiler's descriptors of the rules, made from the rule engine's descriptors (one place for titles,
/// messages and help links), split by family (<c>DiagnosticDescriptors.ER1xxx.cs</c>, ...). Id, category and
/// severity are written as constants because release tracking (AnalyzerReleases.*.md) reads them from the source; a
/// test checks they agree with the engine.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    /// <summary>Every descriptor, in id order.</summary>
    /// <remarks>Each family's array is read here, after the class is initialized: static fields in different parts of a partial class have no initialization order.</remarks>
    public static ImmutableArray<DiagnosticDescriptor> All() =>
        ImmutableArray.Create([.. Redundancy, .. SiteResilience, .. Routing, .. Validity, .. Security]);
}
