using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Dsl;

/// <summary>The primary and secondary links (BGP sessions) of one address family.</summary>
/// <typeparam name="TSelf">The concrete builder, so that chains keep their type.</typeparam>
public abstract class LinkPairBuilder<TSelf>
    where TSelf : LinkPairBuilder<TSelf>
{
    private readonly IpFamily family;
    private LinkBuilder? primary;
    private LinkBuilder? secondary;

    private protected LinkPairBuilder(CircuitBuilder circuit, IpFamily family, string element)
    {
        Circuit = circuit;
        this.family = family;
        Element = element;
    }

    internal CircuitBuilder Circuit { get; }

    internal string Element { get; }

    /// <summary>The primary link: its /30 (IPv4) or /126 (IPv6) subnet and the customer edge router it ends on.</summary>
    public TSelf Primary(string subnet, RouterBuilder router, Action<LinkBuilder>? configure = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        SetLink(ref primary, LinkRole.Primary, subnet, router, null, configure, Guard.At(file, line));

    /// <summary>The primary link, ending on a declared router port.</summary>
    public TSelf Primary(string subnet, RouterPortBuilder port, Action<LinkBuilder>? configure = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        SetLink(ref primary, LinkRole.Primary, subnet, port?.Router, port, configure, Guard.At(file, line));

    /// <summary>The secondary link: its /30 (IPv4) or /126 (IPv6) subnet and the customer edge router it ends on.</summary>
    public TSelf Secondary(string subnet, RouterBuilder router, Action<LinkBuilder>? configure = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        SetLink(ref secondary, LinkRole.Secondary, subnet, router, null, configure, Guard.At(file, line));

    /// <summary>The secondary link, ending on a declared router port.</summary>
    public TSelf Secondary(string subnet, RouterPortBuilder port, Action<LinkBuilder>? configure = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        SetLink(ref secondary, LinkRole.Secondary, subnet, port?.Router, port, configure, Guard.At(file, line));

    internal IEnumerable<RouterBuilder> Routers
    {
        get
        {
            if (primary is not null)
            {
                yield return primary.Router;
            }

            if (secondary is not null)
            {
                yield return secondary.Router;
            }
        }
    }

    internal LinkPair BuildPair() => new() { Family = family, Primary = primary?.Build(), Secondary = secondary?.Build() };

    private TSelf SetLink(ref LinkBuilder? slot, LinkRole role, string subnet, RouterBuilder? router, RouterPortBuilder? port, Action<LinkBuilder>? configure, SourceLocation at)
    {
        string element = $"{role.Describe()} {family} link of {Element}";
        if (slot is not null)
        {
            throw new InvalidDesignException(element, $"it is already configured (at {slot.Location}); a peering has one {role.Describe()} link per address family", at);
        }

        if (subnet is null)
        {
            throw new InvalidDesignException(element, "the subnet must not be null", at);
        }

        if (port is null && router is null)
        {
            throw new InvalidDesignException(element, "the router must not be null", at);
        }

        Guard.SameDesign(router, Circuit.Design, "router", element, at);
        var link = new LinkBuilder(role, family, subnet, router!, port, element, at);
        if (configure is not null)
        {
            configure(link);
        }

        slot = link;
        return (TSelf)this;
    }
}

/// <summary>What a circuit needs of its peerings, whatever their kind.</summary>
internal interface IPeeringBuilder
{
    PeeringKind Kind { get; }

    SourceLocation Location { get; }

    Peering Build();
}

/// <summary>A peering: the IPv4 links, optionally IPv6 links, peer ASN, MD5 key and state.</summary>
/// <typeparam name="TSelf">The concrete builder, so that chains keep their type.</typeparam>
public abstract class PeeringBuilder<TSelf> : LinkPairBuilder<TSelf>, IPeeringBuilder
    where TSelf : PeeringBuilder<TSelf>
{
    private readonly Setting<VlanId> vlan;
    private Ipv6LinkPairBuilder? ipv6;
    private Setting<Asn>? peerAsn;
    private SecretReference? md5Key;
    private Setting<bool>? enabled;

    private protected PeeringBuilder(CircuitBuilder circuit, PeeringKind kind, Setting<VlanId> vlan, SourceLocation location)
        : base(circuit, IpFamily.IPv4, $"{kind} peering of circuit '{circuit.Name}'")
    {
        Kind = kind;
        this.vlan = vlan;
        Location = location;
    }

    /// <summary>Private or Microsoft.</summary>
    public PeeringKind Kind { get; }

    /// <summary>Where the peering was declared.</summary>
    public SourceLocation Location { get; }

    /// <summary>The IPv6 links of a dual-stack peering: two /126 subnets.</summary>
    public TSelf Ipv6(Action<Ipv6LinkPairBuilder> configure, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        if (ipv6 is not null)
        {
            throw new InvalidDesignException(Element, "its IPv6 links are already configured", at);
        }

        var links = new Ipv6LinkPairBuilder(Circuit, Element);
        DesignBuilder.Configure(configure, links, Element, at);
        ipv6 = links;
        return (TSelf)this;
    }

    /// <summary>The customer's ASN on this peering, instead of the ASN of the routers' site.</summary>
    public TSelf PeerAsn(Asn asn, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        peerAsn = Setting.Of(asn, Guard.At(file, line));
        return (TSelf)this;
    }

    /// <summary>BGP MD5 authentication with a key passed to the deployment as a secret parameter.</summary>
    public TSelf Md5Key(Secret key, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        md5Key = new SecretReference
        {
            ParameterName = (key ?? throw new InvalidDesignException(Element, "the MD5 key must not be null", at)).ParameterName,
            Location = at,
        };
        return (TSelf)this;
    }

    /// <summary>
    /// BGP MD5 authentication with a key given as a string. The key is never written to the template: the template
    /// asks for it as the <c>securestring</c> parameter <c>md5Key_&lt;circuit&gt;_&lt;peering&gt;</c>. ER5001 warns
    /// when the key is written in source (the analyzer also sees constants; at run time only a literal at this call
    /// counts, never a key read from the environment, a file or a vault); ER5004 checks Azure's limit of 25 letters
    /// and digits whatever the key's source. Prefer <see cref="Md5Key(Secret, string, int)"/>.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="keyExpression">Filled in by the compiler with the source text of <paramref name="key"/>; leave it out.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    public TSelf Md5Key(string key, [CallerArgumentExpression(nameof(key))] string keyExpression = "",
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        Guard.NotBlank(key, Element, "the MD5 key", at);
        md5Key = new SecretReference
        {
            ParameterName = SecretReference.LiteralMd5KeyParameter(Circuit.Name, Kind),
            // Empty when the compiler did not fill it in (another .NET language): not known, so no ER5001.
            IsLiteralInSource = StringLiteralText.IsWrittenInSource(keyExpression ?? ""),
            Location = at,
            LiteralShape = KeyShape.Of(key),
        };
        return (TSelf)this;
    }

    /// <summary>Disables the peering: Azure shuts down both BGP sessions.</summary>
    public TSelf Disabled([CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        enabled = Setting.Of(false, Guard.At(file, line));
        return (TSelf)this;
    }

    Peering IPeeringBuilder.Build()
    {
        if (peerAsn is null && !Routers.Any())
        {
            throw new InvalidDesignException(Element, "no peer ASN: add a link on a router of a site with an ASN, or call PeerAsn(...)", Location);
        }

        return Complete(new Peering
        {
            Name = Kind == PeeringKind.Private ? "AzurePrivatePeering" : "MicrosoftPeering",
            Location = Location,
            Kind = Kind,
            Vlan = vlan,
            PeerAsn = peerAsn,
            Ipv4 = BuildPair(),
            Ipv6 = ipv6?.BuildPair(),
            Md5Key = md5Key,
            Enabled = enabled,
        });
    }

    /// <summary>Adds what only this kind of peering has.</summary>
    private protected virtual Peering Complete(Peering peering) => peering;
}

/// <summary>Azure private peering.</summary>
public sealed class PrivatePeeringBuilder : PeeringBuilder<PrivatePeeringBuilder>
{
    internal PrivatePeeringBuilder(CircuitBuilder circuit, Setting<VlanId> vlan, SourceLocation location)
        : base(circuit, PeeringKind.Private, vlan, location)
    {
    }
}

/// <summary>Microsoft peering: public link subnets, advertised public prefixes, routing registry.</summary>
public sealed class MicrosoftPeeringBuilder : PeeringBuilder<MicrosoftPeeringBuilder>
{
    private readonly List<Setting<IpPrefix>> publicPrefixes = [];
    private Setting<Asn>? customerAsn;
    private Setting<string>? routingRegistry;
    private RouteFilterBuilder? routeFilter;

    internal MicrosoftPeeringBuilder(CircuitBuilder circuit, Setting<VlanId> vlan, SourceLocation location)
        : base(circuit, PeeringKind.Microsoft, vlan, location)
    {
    }

    /// <summary>A public prefix the customer advertises to Microsoft (validated against the routing registry).</summary>
    public MicrosoftPeeringBuilder AdvertisePublicPrefix(string prefix, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        publicPrefixes.Add(Setting.Of(LinkBuilder.ParseNetwork(prefix, Element, at), at));
        return this;
    }

    /// <summary>The ASN the advertised prefixes belong to, when not the peer ASN.</summary>
    public MicrosoftPeeringBuilder CustomerAsn(Asn asn, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        customerAsn = Setting.Of(asn, Guard.At(file, line));
        return this;
    }

    /// <summary>The routing registry the prefixes are registered in: ARIN, APNIC, AFRINIC, LACNIC, RIPENCC, RADB, ALTDB.</summary>
    public MicrosoftPeeringBuilder RoutingRegistry(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        routingRegistry = Setting.Of(Guard.Text(name, Element, "the routing registry", at), at);
        return this;
    }

    /// <summary>
    /// The route filter attached to the peering, named <paramref name="name"/> (an Azure resource in the circuit's
    /// region): the services whose prefixes Microsoft advertises on the peering. Circuits configured since 1 August
    /// 2017 receive no prefixes over Microsoft peering until a route filter is attached (ER4009).
    /// </summary>
    public MicrosoftPeeringBuilder RouteFilter(string name, Action<RouteFilterBuilder> configure, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        if (routeFilter is not null)
        {
            throw new InvalidDesignException(Element, $"it already has route filter '{routeFilter.Name}' (at {routeFilter.Location}); a peering has one route filter", at);
        }

        Circuit.Design.RegisterResource(name, "route filter", at);
        var filter = new RouteFilterBuilder(name, at);
        DesignBuilder.Configure(configure, filter, $"route filter '{name}'", at);
        routeFilter = filter;
        return this;
    }

    private protected override Peering Complete(Peering peering) => peering with
    {
        AdvertisedPublicPrefixes = [.. publicPrefixes],
        CustomerAsn = customerAsn,
        RoutingRegistryName = routingRegistry,
        RouteFilter = routeFilter?.Build(),
    };
}

/// <summary>The IPv6 links of a dual-stack peering.</summary>
public sealed class Ipv6LinkPairBuilder : LinkPairBuilder<Ipv6LinkPairBuilder>
{
    internal Ipv6LinkPairBuilder(CircuitBuilder circuit, string element)
        : base(circuit, IpFamily.IPv6, element)
    {
    }
}
