using System;

namespace ErAnalyzers.Rules;

/// <summary>
/// Microsoft's three resiliency architectures for reaching Azure over ExpressRoute, weakest first
/// (https://learn.microsoft.com/azure/expressroute/design-architecture-for-resiliency).
/// </summary>
public enum ResiliencyLevel
{
    /// <summary>One circuit at one peering location: no protection against the loss of that site.</summary>
    Standard,

    /// <summary>An ExpressRoute Metro circuit: one circuit across two sites of one metro.</summary>
    High,

    /// <summary>Circuits at two or more distinct peering locations.</summary>
    Maximum,
}

/// <summary>Settings of the rules. The analyzers read them from <c>.editorconfig</c>; <c>Validate</c> takes them directly.</summary>
public sealed record RuleOptions
{
    /// <summary>The <c>.editorconfig</c> key of <see cref="MinimumResiliency"/>.</summary>
    public const string MinimumResiliencyKey = "er_analyzers.minimum_resiliency";

    /// <summary>The defaults: minimum resiliency <see cref="ResiliencyLevel.High"/>, Microsoft's minimum for production.</summary>
    public static RuleOptions Default { get; } = new();

    /// <summary>The least resiliency a gateway or a site may have before ER2001 warns.</summary>
    public ResiliencyLevel MinimumResiliency { get; init; } = ResiliencyLevel.High;

    /// <summary>Reads a level as written in <c>.editorconfig</c> (<c>standard</c>, <c>high</c>, <c>maximum</c>; any case).</summary>
    public static bool TryParseResiliency(string? text, out ResiliencyLevel level)
    {
        foreach (ResiliencyLevel candidate in Enum.GetValues(typeof(ResiliencyLevel)))
        {
            if (string.Equals(text?.Trim(), candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }

        level = Default.MinimumResiliency;
        return false;
    }
}
