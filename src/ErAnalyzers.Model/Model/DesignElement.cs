using System.Collections.Generic;

namespace ErAnalyzers.Model;

/// <summary>An element of a design: it remembers where it was written, so a finding lands on the right line.</summary>
public abstract record DesignElement
{
    /// <summary>The element's name; null when it cannot be known (compile time).</summary>
    public string? Name { get; init; }

    /// <summary>The call that made the element.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The name as a message shows it.</summary>
    public string DisplayName => Name ?? "(unknown)";
}

/// <summary>A whole design: the customer's sites and the Azure resources that connect them.</summary>
public sealed record NetworkDesignModel : DesignElement
{
    /// <summary>On-premises sites with their edge routers.</summary>
    public IReadOnlyList<Site> Sites { get; init; } = [];

    /// <summary>ExpressRoute circuits.</summary>
    public IReadOnlyList<Circuit> Circuits { get; init; } = [];

    /// <summary>ExpressRoute Direct port pairs.</summary>
    public IReadOnlyList<DirectPort> DirectPorts { get; init; } = [];

    /// <summary>Virtual network gateways of type ExpressRoute, with their connections.</summary>
    public IReadOnlyList<Gateway> Gateways { get; init; } = [];

    /// <summary>Global Reach connections between circuits.</summary>
    public IReadOnlyList<GlobalReachConnection> GlobalReach { get; init; } = [];

    /// <summary>Site-to-site VPNs kept as a backup path.</summary>
    public IReadOnlyList<VpnBackup> VpnBackups { get; init; } = [];

    /// <summary>
    /// Whether every part of the design was seen. False when the compile-time front end met code it could not
    /// evaluate: rules about what is absent from the whole design then stay silent.
    /// </summary>
    public bool IsComplete { get; init; } = true;
}
