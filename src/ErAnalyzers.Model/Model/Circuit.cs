using System.Collections.Generic;

namespace ErAnalyzers.Model;

/// <summary>An ExpressRoute circuit: two connections to two Microsoft edge routers at one peering location.</summary>
public sealed record Circuit : DesignElement
{
    /// <summary>The Azure region the circuit resource lives in.</summary>
    public Setting<string>? Region { get; init; }

    /// <summary>How the circuit reaches Microsoft: a connectivity provider or an ExpressRoute Direct port pair.</summary>
    public CircuitConnectivity? Connectivity { get; init; }

    /// <summary>
    /// Whether the design declares the circuit an ExpressRoute Metro circuit (<c>Metro()</c>). Azure decides by the
    /// peering location ("Amsterdam Metro"); the rules read that, and ER2010 checks the two agree.
    /// </summary>
    public bool IsMetro { get; init; }

    /// <summary>SKU tier.</summary>
    public Setting<CircuitTier>? Tier { get; init; }

    /// <summary>Billing family.</summary>
    public Setting<BillingModel>? Billing { get; init; }

    /// <summary>The steady-state traffic the circuit is planned to carry, if stated.</summary>
    public Setting<Bandwidth>? ExpectedTraffic { get; init; }

    /// <summary>The circuit's peerings.</summary>
    public IReadOnlyList<Peering> Peerings { get; init; } = [];

    /// <summary>False when the compile-time front end could not see all of the circuit's configuration.</summary>
    public bool IsComplete { get; init; } = true;
}

/// <summary>How a circuit reaches Microsoft.</summary>
public abstract record CircuitConnectivity
{
    /// <summary>The circuit bandwidth.</summary>
    public Setting<Bandwidth>? Bandwidth { get; init; }

    /// <summary>The call that set the connectivity.</summary>
    public SourceLocation? Location { get; init; }
}

/// <summary>A circuit ordered from a connectivity provider.</summary>
public sealed record ProviderConnectivity : CircuitConnectivity
{
    /// <summary>The connectivity provider (for example Equinix).</summary>
    public Setting<string>? Provider { get; init; }

    /// <summary>The peering location (for example Amsterdam).</summary>
    public Setting<string>? PeeringLocation { get; init; }
}

/// <summary>A circuit on an ExpressRoute Direct port pair.</summary>
public sealed record DirectConnectivity : CircuitConnectivity
{
    /// <summary>The name of the Direct port pair.</summary>
    public string? PortName { get; init; }
}
