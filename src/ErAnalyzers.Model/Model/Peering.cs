using System.Collections.Generic;

namespace ErAnalyzers.Model;

/// <summary>A peering of a circuit: per address family, a pair of BGP sessions, one per connection.</summary>
public sealed record Peering : DesignElement
{
    /// <summary>Private or Microsoft peering.</summary>
    public PeeringKind Kind { get; init; }

    /// <summary>The name Azure gives the peering: AzurePrivatePeering or MicrosoftPeering.</summary>
    public string AzureName => Kind == PeeringKind.Private ? "AzurePrivatePeering" : "MicrosoftPeering";

    /// <summary>The VLAN, the same on both connections.</summary>
    public Setting<VlanId>? Vlan { get; init; }

    /// <summary>The peer ASN written on the peering; null when it comes from the site of the routers.</summary>
    public Setting<Asn>? PeerAsn { get; init; }

    // One shared empty pair (records are immutable): every peering's constructor sets it, and most are then given theirs.
    private static readonly LinkPair NoIpv4Links = new() { Family = IpFamily.IPv4 };

    /// <summary>The IPv4 sessions.</summary>
    public LinkPair Ipv4 { get; init; } = NoIpv4Links;

    /// <summary>The IPv6 sessions, if the peering is dual-stack.</summary>
    public LinkPair? Ipv6 { get; init; }

    /// <summary>The BGP MD5 key, as a reference to a secret.</summary>
    public SecretReference? Md5Key { get; init; }

    /// <summary>Whether the peering is enabled; disabling shuts both BGP sessions.</summary>
    public Setting<bool>? Enabled { get; init; }

    /// <summary>Public prefixes advertised on Microsoft peering.</summary>
    public IReadOnlyList<Setting<IpPrefix>> AdvertisedPublicPrefixes { get; init; } = [];

    /// <summary>Customer ASN on Microsoft peering, when the prefixes belong to another AS.</summary>
    public Setting<Asn>? CustomerAsn { get; init; }

    /// <summary>The routing registry of the advertised prefixes (ARIN, RIPENCC, ...), Microsoft peering.</summary>
    public Setting<string>? RoutingRegistryName { get; init; }

    /// <summary>The route filter attached to a Microsoft peering: without one, the peering receives no prefixes.</summary>
    public RouteFilter? RouteFilter { get; init; }

    /// <summary>False when the compile-time front end could not see all of the peering's configuration.</summary>
    public bool IsComplete { get; init; } = true;

    /// <summary>The link pairs of the peering: IPv4, then IPv6 when present.</summary>
    /// <remarks>A new array on each call (not cached: <c>with</c> would carry a cached one over stale).</remarks>
    public IReadOnlyList<LinkPair> LinkPairs => Ipv6 is null ? new[] { Ipv4 } : new[] { Ipv4, Ipv6 };
}

/// <summary>
/// A route filter (an Azure resource) attached to a Microsoft peering: its one rule allows the BGP communities of the
/// services whose prefixes Microsoft advertises on the peering.
/// </summary>
public sealed record RouteFilter : DesignElement
{
    /// <summary>The communities the rule allows.</summary>
    public IReadOnlyList<Setting<BgpCommunity>> Communities { get; init; } = [];
}

/// <summary>The primary and secondary BGP sessions of one address family of a peering.</summary>
public sealed record LinkPair
{
    /// <summary>IPv4 or IPv6.</summary>
    public IpFamily Family { get; init; }

    /// <summary>The primary link; null when not configured.</summary>
    public Link? Primary { get; init; }

    /// <summary>The secondary link; null when not configured.</summary>
    public Link? Secondary { get; init; }

    /// <summary>The configured links, primary first.</summary>
    /// <remarks>A new array on each call (not cached: <c>with</c> would carry a cached one over stale).</remarks>
    public IReadOnlyList<Link> Links => (Primary, Secondary) switch
    {
        ({ } primary, { } secondary) => new[] { primary, secondary },
        ({ } primary, null) => new[] { primary },
        (null, { } secondary) => new[] { secondary },
        _ => System.Array.Empty<Link>(),
    };
}

/// <summary>One connection's BGP session of a peering, from a customer edge router to one MSEE.</summary>
public sealed record Link : DesignElement
{
    /// <summary>Primary or secondary.</summary>
    public LinkRole Role { get; init; }

    /// <summary>IPv4 or IPv6.</summary>
    public IpFamily Family { get; init; }

    /// <summary>The link subnet as written: a /30 (IPv4) or /126 (IPv6).</summary>
    public Setting<string>? Subnet { get; init; }

    /// <summary>The customer edge router the link ends on.</summary>
    public string? RouterName { get; init; }

    /// <summary>The site of that router.</summary>
    public string? SiteName { get; init; }

    /// <summary>The router port the link ends on, if declared.</summary>
    public string? PortName { get; init; }

    // One shared empty policy (records are immutable): every link's constructor sets it, and most are then given theirs.
    private static readonly BgpPolicy NoPolicy = new();

    /// <summary>The customer edge's BGP policy on this session.</summary>
    public BgpPolicy Policy { get; init; } = NoPolicy;

    /// <summary>False when the compile-time front end could not see all of the link's configuration.</summary>
    public bool IsComplete { get; init; } = true;
}

/// <summary>The customer edge's BGP settings on one session. Absent settings mean the protocol default.</summary>
public sealed record BgpPolicy
{
    /// <summary>Prefixes the customer edge advertises to Microsoft on this session.</summary>
    public IReadOnlyList<Setting<IpPrefix>> AdvertisedPrefixes { get; init; } = [];

    /// <summary>How many times the customer edge prepends its ASN on routes sent on this session.</summary>
    public Setting<int>? AsPathPrepend { get; init; }

    /// <summary>Local preference the customer edge gives routes learned on this session (BGP default 100).</summary>
    public Setting<long>? LocalPreference { get; init; }

    /// <summary>MED sent to Microsoft on this session (default 0).</summary>
    public Setting<long>? Med { get; init; }

    /// <summary>BFD on the customer edge for this session; null when BFD is not configured.</summary>
    public Setting<BfdTimers>? Bfd { get; init; }

    /// <summary>BGP keepalive and hold timers, when changed from Microsoft's 60/180 seconds.</summary>
    public Setting<BgpTimers>? Timers { get; init; }

    /// <summary>Whether the session is administratively shut down on the customer edge.</summary>
    public Setting<bool>? Shutdown { get; init; }

    /// <summary>Whether the customer edge ignores AS-path length in best-path selection.</summary>
    public Setting<bool>? IgnoresAsPathLength { get; init; }
}

/// <summary>BFD timers: transmit and receive interval in milliseconds and the detection multiplier.</summary>
public sealed record BfdTimers(int IntervalMilliseconds, int MinReceiveMilliseconds, int Multiplier)
{
    /// <summary>Microsoft's values: 300 ms, 300 ms, multiplier 3.</summary>
    public static BfdTimers Default { get; } = new(300, 300, 3);
}

/// <summary>BGP keepalive and hold time in seconds.</summary>
public sealed record BgpTimers(int KeepaliveSeconds, int HoldSeconds);

/// <summary>
/// A secret (BGP MD5 key, VPN pre-shared key) referred to by a template parameter. The value itself is never part of the model.
/// </summary>
public sealed record SecretReference
{
    /// <summary>The name of the <c>securestring</c> template parameter.</summary>
    public string ParameterName { get; init; } = "";

    /// <summary>
    /// Whether the secret is known to be written in source (rule ER5001): at compile time a string the analyzer can
    /// read (a literal or a constant), at run time a string literal at the call. False when not known.
    /// </summary>
    public bool IsLiteralInSource { get; init; }

    /// <summary>Where the secret was given.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The length and characters of a key given as a string (rule ER5004); null when not known.</summary>
    public KeyShape? LiteralShape { get; init; }

    /// <summary>
    /// The template parameter that asks for an MD5 key written in source, <c>md5Key_er_ams_Private</c>: the DSL
    /// names it so, and the fix of ER5001 refers to the key by the same name.
    /// </summary>
    public static string LiteralMd5KeyParameter(string circuitName, PeeringKind kind)
    {
        var name = new System.Text.StringBuilder("md5Key_");
        foreach (char c in circuitName ?? throw new System.ArgumentNullException(nameof(circuitName)))
        {
            // A template parameter name holds ASCII letters, digits and underscores only.
            name.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') ? c : '_');
        }

        return name.Append('_').Append(kind).ToString();
    }
}

/// <summary>
/// What a rule may know of a key without the key: its length, whether it holds ASCII letters and digits only, and
/// whether it holds characters that are no letter or digit in any script.
/// </summary>
public sealed record KeyShape(int Length, bool IsAlphanumeric, bool HasSpecialCharacters)
{
    /// <summary>The shape of <paramref name="key"/>.</summary>
    public static KeyShape Of(string key)
    {
        bool alphanumeric = true, special = false;
        foreach (char c in key ?? throw new System.ArgumentNullException(nameof(key)))
        {
            alphanumeric &= c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
            special |= !char.IsLetterOrDigit(c);
        }

        return new(key.Length, alphanumeric, special);
    }
}
