using System;
using System.Collections.Generic;
using ErAnalyzers.Dsl;

namespace ErAnalyzers.Dsl.Tests.Support;

/// <summary>The sample designs, by name, for theories over all of them.</summary>
internal static class SampleDesigns
{
    private static readonly Dictionary<string, Func<NetworkDesign>> Designs = new(StringComparer.Ordinal)
    {
        ["QuickStart"] = QuickStart.QuickStartDesign.Create,
        ["MaximumResiliency"] = MaximumResiliency.MaximumResiliencyDesign.Create,
        ["ExpressRouteDirect"] = ExpressRouteDirect.ExpressRouteDirectDesign.Create,
        ["BadLinkRedundancy"] = BadLinkRedundancy.BadLinkRedundancyDesign.Create,
        ["BadSiteResilience"] = BadSiteResilience.BadSiteResilienceDesign.Create,
        ["BadFailureDetection"] = BadFailureDetection.BadFailureDetectionDesign.Create,
        ["BadValidity"] = BadValidity.BadValidityDesign.Create,
        ["BadSecurity"] = BadSecurity.BadSecurityDesign.Create,
    };

    /// <summary>The samples whose templates are written and checked; the others have error findings on purpose.</summary>
    public static IReadOnlyList<string> Deployable { get; } = ["QuickStart", "MaximumResiliency", "ExpressRouteDirect", "BadLinkRedundancy"];

    /// <summary>Every sample, deployable or not.</summary>
    public static IEnumerable<string> All => Designs.Keys;

    /// <summary>The name of every sample that writes a template.</summary>
    public static TheoryData<string> Names => [.. Deployable];

    /// <summary>The name of every sample, deployable or not.</summary>
    public static TheoryData<string> AllNames => [.. All];

    /// <summary>A fresh design of the sample.</summary>
    public static NetworkDesign Create(string name) => Designs[name]();

    /// <summary>The source file that describes the sample, for example <c>samples/QuickStart/QuickStartDesign.cs</c>.</summary>
    public static string SourceFile(string name) => RepoFiles.Path("samples", name, $"{name}Design.cs");
}
