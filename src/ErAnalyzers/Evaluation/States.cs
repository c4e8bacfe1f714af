using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>A value the evaluator cannot know.</summary>
internal sealed class Unknown
{
    public static readonly Unknown Value = new();

    private Unknown()
    {
    }
}

/// <summary>A builder being configured by the code under evaluation; it turns into a model element.</summary>
internal abstract class OwnedState
{
    /// <summary>Set when the evaluator met code that may configure this builder but could not follow it.</summary>
    public bool Incomplete { get; set; }
}

/// <summary>What <c>d.Site(...)</c> evaluates to.</summary>
internal sealed record SiteRef(string? Name, Setting<Asn>? Asn);

/// <summary>What <c>site.Router(...)</c> evaluates to.</summary>
internal sealed record RouterRef(string? Name, SiteRef? Site);

/// <summary>What <c>router.Port(...)</c> evaluates to.</summary>
internal sealed record PortRef(RouterRef? Router, string? Name);

/// <summary>What <c>d.DirectPort(...)</c> evaluates to.</summary>
internal sealed record DirectPortRef(string? Name);

/// <summary>What <c>Secret.Parameter(...)</c> evaluates to.</summary>
internal sealed record SecretRef(string? ParameterName);

/// <summary>
/// A lambda or method group passed as a configuration, with the call through which evaluation had gone into another
/// file when it was made (null when it was not).
/// </summary>
internal sealed record DelegateRef(Microsoft.CodeAnalysis.IOperation Target, Microsoft.CodeAnalysis.Location? Anchor);

internal sealed class CircuitState(string? name, SourceLocation location) : OwnedState
{
    public CircuitConnectivity? Connectivity { get; set; }

    public bool Metro { get; set; }

    public Setting<CircuitTier>? Tier { get; set; }

    public Setting<BillingModel>? Billing { get; set; }

    public Setting<string>? Region { get; set; }

    public List<PeeringState> Peerings { get; } = [];

    public Circuit ToModel() => new()
    {
        Name = name,
        Location = location,
        Connectivity = Connectivity,
        IsMetro = Metro,
        Tier = Tier,
        Billing = Billing,
        Region = Region,
        Peerings = [.. Peerings.Select(p => p.ToModel())],
        IsComplete = !Incomplete,
    };
}

internal class LinkPairState(IpFamily family) : OwnedState
{
    public IpFamily Family { get; } = family;

    public LinkState? Primary { get; set; }

    public LinkState? Secondary { get; set; }

    public LinkPair ToPair() => new() { Family = Family, Primary = Primary?.ToModel(), Secondary = Secondary?.ToModel() };
}

internal sealed class PeeringState(PeeringKind kind, Setting<VlanId>? vlan, SourceLocation location) : LinkPairState(IpFamily.IPv4)
{
    public PeeringKind Kind { get; } = kind;

    public LinkPairState? Ipv6 { get; set; }

    public Setting<Asn>? PeerAsn { get; set; }

    public SecretReference? Md5Key { get; set; }

    public Setting<bool>? Enabled { get; set; }

    public List<Setting<IpPrefix>> PublicPrefixes { get; } = [];

    public Setting<Asn>? CustomerAsn { get; set; }

    public Setting<string>? RoutingRegistry { get; set; }

    public Peering ToModel() => new()
    {
        Name = Kind == PeeringKind.Private ? "AzurePrivatePeering" : "MicrosoftPeering",
        Location = location,
        Kind = Kind,
        Vlan = vlan,
        PeerAsn = PeerAsn,
        Ipv4 = ToPair(),
        Ipv6 = Ipv6?.ToPair(),
        Md5Key = Md5Key,
        Enabled = Enabled,
        AdvertisedPublicPrefixes = [.. PublicPrefixes],
        CustomerAsn = CustomerAsn,
        RoutingRegistryName = RoutingRegistry,
        IsComplete = !Incomplete && Ipv6?.Incomplete != true,
    };
}

internal sealed class LinkState(LinkRole role, IpFamily family, Setting<string>? subnet, RouterRef? router, string? port, SourceLocation location) : OwnedState
{
    public BgpPolicy Policy { get; set; } = new();

    public Link ToModel() => new()
    {
        Name = router?.Name is { } routerName ? $"{routerName} {role}" : role.ToString(),
        Location = location,
        Role = role,
        Family = family,
        Subnet = subnet,
        RouterName = router?.Name,
        SiteName = router?.Site?.Name,
        PortName = port,
        IsComplete = !Incomplete,
        Policy = Policy,
    };
}
