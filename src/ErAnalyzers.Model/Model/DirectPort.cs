namespace ErAnalyzers.Model;

/// <summary>An ExpressRoute Direct port pair: two physical ports (Link1, Link2) to the two MSEEs.</summary>
public sealed record DirectPort : DesignElement
{
    /// <summary>The Azure region of the port resource.</summary>
    public Setting<string>? Region { get; init; }

    /// <summary>The peering location (for example Equinix-Amsterdam-AM5).</summary>
    public Setting<string>? PeeringLocation { get; init; }

    /// <summary>Port size (10 or 100 Gbps).</summary>
    public Setting<Bandwidth>? Bandwidth { get; init; }

    /// <summary>Dot1Q or QinQ.</summary>
    public Setting<PortEncapsulation>? Encapsulation { get; init; }

    /// <summary>Billing of the port pair.</summary>
    public Setting<BillingModel>? Billing { get; init; }

    /// <summary>The user-assigned identity that reads MACsec secrets from Key Vault.</summary>
    public Setting<string>? MacSecIdentity { get; init; }

    /// <summary>The primary port.</summary>
    public DirectPortLink Link1 { get; init; } = new() { Name = "Link1" };

    /// <summary>The secondary port.</summary>
    public DirectPortLink Link2 { get; init; } = new() { Name = "Link2" };

    /// <summary>False when the compile-time front end could not see all of the port pair's configuration.</summary>
    public bool IsComplete { get; init; } = true;
}

/// <summary>One physical port of a Direct port pair.</summary>
public sealed record DirectPortLink : DesignElement
{
    /// <summary>Administrative state; Azure's default is Disabled until set.</summary>
    public Setting<AdminState>? AdminState { get; init; }

    /// <summary>MACsec on the port, if configured.</summary>
    public MacSecConfig? MacSec { get; init; }
}

/// <summary>MACsec on a Direct port: cipher and Key Vault secret identifiers (URLs, not the secrets).</summary>
public sealed record MacSecConfig
{
    /// <summary>The cipher.</summary>
    public Setting<MacSecCipher>? Cipher { get; init; }

    /// <summary>Key Vault secret identifier of the CKN.</summary>
    public Setting<string>? CknSecretIdentifier { get; init; }

    /// <summary>Key Vault secret identifier of the CAK.</summary>
    public Setting<string>? CakSecretIdentifier { get; init; }

    /// <summary>Whether SCI is on.</summary>
    public Setting<bool>? SciEnabled { get; init; }

    /// <summary>Where MACsec was configured.</summary>
    public SourceLocation? Location { get; init; }
}
