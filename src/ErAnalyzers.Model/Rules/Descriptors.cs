namespace ErAnalyzers.Rules;

/// <summary>
/// Every rule's descriptor, in one place, split by family (<c>Descriptors.ER1xxx.cs</c>, ...). The analyzers'
/// diagnostic descriptors are made from these.
/// </summary>
public static partial class Descriptors
{
    /// <summary>Where the documentation pages live; <see cref="HelpUri"/> appends <c>/ERxxxx.md</c>.</summary>
    public const string HelpUriBase = "https://github.com/eranalyzers/eranalyzers/blob/main/docs/rules";

    /// <summary>The documentation page of a rule.</summary>
    public static string HelpUri(string id) => $"{HelpUriBase}/{id}.md";
}

/// <summary>The rule families, as the compiler's diagnostic categories (used in <c>SuppressMessage</c>).</summary>
public static class Category
{
    /// <summary>ER1xxx: link redundancy.</summary>
    public const string Redundancy = "ExpressRoute.Redundancy";

    /// <summary>ER2xxx: site and gateway resilience.</summary>
    public const string SiteResilience = "ExpressRoute.SiteResilience";

    /// <summary>ER3xxx: failure detection and routing.</summary>
    public const string Routing = "ExpressRoute.Routing";

    /// <summary>ER4xxx: what Azure rejects or silently breaks.</summary>
    public const string Validity = "ExpressRoute.Validity";

    /// <summary>ER5xxx: security.</summary>
    public const string Security = "ExpressRoute.Security";
}
