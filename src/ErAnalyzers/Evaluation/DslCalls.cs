using System;
using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using N = ErAnalyzers.Analyzers.Evaluation.DslNames;
using P = ErAnalyzers.Analyzers.Evaluation.DslNames.Parameters;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>
/// What each DSL call does to the model, mirroring <c>ErAnalyzers.Dsl</c> at run time: a call on a builder configures
/// it, a call that makes a part returns a new builder, others make values (sites, routers, bandwidths, secrets). The
/// names matched are <see cref="DslNames"/>; a call not matched makes its receiver incomplete.
/// </summary>
internal sealed class DslCalls(DslSymbols dsl, Interpreter interpreter, LocationMap locations, PartRecorder recorder)
{
    /// <summary>A call of a method of the DSL.</summary>
    public Value Call(IInvocationOperation call, IMethodSymbol method, DslType type)
    {
        var receiver = call.Instance is null ? null : interpreter.Evaluate(call.Instance);

        // Builders are only changed by the walk in source order, never by an on-demand evaluation.
        if (receiver is Builder builder)
        {
            if (interpreter.ReadOnly)
            {
                return Unknown.Value;
            }

            builder.Changed = true;
        }

        string name = method.Name;
        return (receiver, type) switch
        {
            (DesignState design, DslType.DesignBuilder) => CallDesign(call, name, design),
            (CircuitState circuit, DslType.CircuitBuilder) => CallCircuit(call, name, circuit),
            (LinkPairState pair, DslType.LinkPairBuilder) => CallPeering(call, name, pair),
            (LinkState link, DslType.LinkBuilder) => CallLink(call, name, link),
            (GatewayState gateway, DslType.GatewayBuilder) => CallGateway(call, name, gateway),
            (ConnectionState connection, DslType.ConnectionBuilder) => CallConnection(call, name, connection),
            (DirectPortState port, DslType.DirectPortBuilder) => CallDirectPort(call, name, port),
            (DirectPortLinkState link, DslType.DirectPortLinkBuilder) => CallDirectPortLink(call, name, link),
            (RouteFilterState filter, DslType.RouteFilterBuilder) => CallRouteFilter(call, name, filter),
            (VpnBackupState vpn, DslType.VpnBackupBuilder) => CallVpnBackup(call, name, vpn),
            (Builder other, _) => Incomplete(other),
            _ => CallValue(call, name, type, receiver),
        };
    }

    /// <summary>
    /// A static property of the DSL's values: <c>BgpCommunity.ExchangeOnline</c>. Each is named here (a test holds the
    /// list to <see cref="BgpCommunity"/>'s properties) rather than read by reflection, which a build would pay for in
    /// every compile.
    /// </summary>
    public static Value StaticProperty(IPropertySymbol property) => property.ContainingType.Name != nameof(BgpCommunity) ? Unknown.Value : property.Name switch
    {
        nameof(BgpCommunity.ExchangeOnline) => Known.Of(BgpCommunity.ExchangeOnline),
        nameof(BgpCommunity.SharePointOnline) => Known.Of(BgpCommunity.SharePointOnline),
        nameof(BgpCommunity.AzureGlobalServices) => Known.Of(BgpCommunity.AzureGlobalServices),
        nameof(BgpCommunity.OtherMicrosoft365Services) => Known.Of(BgpCommunity.OtherMicrosoft365Services),
        _ => Unknown.Value,
    };

    /// <summary>A constructor of the DSL's values: <c>new BgpCommunity(12076, 5010)</c>.</summary>
    public Value Construct(IObjectCreationOperation creation)
    {
        var arguments = creation.Arguments.Select(argument => Known.Number(interpreter.Evaluate(argument.Value))).ToList();
        return creation.Type?.Name == nameof(BgpCommunity) && arguments.Count == 2
            && arguments[0] is long asn and >= 0 and <= ushort.MaxValue && arguments[1] is long value and >= 0 and <= ushort.MaxValue
            ? Known.Of(new BgpCommunity((ushort)asn, (ushort)value))
            : Unknown.Value;
    }

    /// <summary>A user-defined conversion of a number to a DSL value: <c>VlanId</c>, <c>Asn</c>.</summary>
    public Value Convert(IMethodSymbol conversion, long number) =>
        DslSymbols.Is(conversion.ContainingType, dsl.VlanId) && number is >= int.MinValue and <= int.MaxValue ? Known.Of(new VlanId((int)number))
        : DslSymbols.Is(conversion.ContainingType, dsl.Asn) ? Known.Of(new Asn(number))
        : Unknown.Value;

    /// <summary>
    /// The parts of a design: each is evaluated whether or not the design builder is known (a helper's parameter is
    /// not), and added to the design when it is.
    /// </summary>
    private Value CallDesign(IInvocationOperation call, string name, DesignState design)
    {
        switch (name)
        {
            case N.DesignBuilder.Circuit:
                var circuit = NewCircuit(call);
                design.Circuits.Add(circuit);
                return circuit;
            case N.DesignBuilder.Gateway:
                var gateway = NewGateway(call);
                design.Gateways.Add(gateway);
                return gateway;
            case N.DesignBuilder.DirectPort:
                var port = NewDirectPort(call);
                design.DirectPorts.Add(port);
                return port;
            case N.DesignBuilder.Site:
                return NewSite(call);
            case N.DesignBuilder.GlobalReach:
                var reachAt = locations.Locate(call);
                var ipv6Subnet = Argument(call, P.Ipv6Subnet);
                design.GlobalReach.Add(new GlobalReachConnection
                {
                    Location = reachAt,
                    CircuitName = (Argument(call, P.Circuit) as CircuitState)?.Name,
                    PeerCircuitName = (Argument(call, P.Peer) as CircuitState)?.Name,
                    Ipv4Subnet = AsNetwork(Argument(call, P.Ipv4Subnet), reachAt),
                    Ipv6Subnet = ipv6Subnet == Known.Null ? null : AsNetwork(ipv6Subnet, reachAt),
                });
                return design;
            case N.DesignBuilder.VpnBackup:
                var at = locations.Locate(call);
                var vpn = new VpnBackupState();
                Configure(call, vpn);
                design.VpnBackups.Add(new VpnBackup
                {
                    Name = Argument(call, P.Name).As<string>(),
                    Location = at,
                    Sku = AsEnum<VpnGatewaySku>(Argument(call, P.Sku), at),
                    Region = AsSetting<string>(Argument(call, P.Region), at),
                    VirtualNetwork = AsSetting<string>(Argument(call, P.VirtualNetwork), at),
                    SiteName = Argument(call, P.Site).As<SiteRef>()?.Name,
                    OnPremisesAddress = AsSetting<string>(Argument(call, P.OnPremisesAddress), at),
                    OnPremisesBgpAddress = AsSetting<string>(Argument(call, P.OnPremisesBgpAddress), at),
                    SharedKey = Secret(Argument(call, P.SharedKey), at),
                    ActiveActive = vpn.ActiveActive,
                    AdvertisedPrefixes = vpn.AdvertisedPrefixes.ToArray(),
                    IsComplete = !vpn.Incomplete,
                });
                return design;
            default:
                return Incomplete(design);
        }
    }

    /// <summary>DSL calls that make values rather than change a builder: sites, routers, ports, bandwidths, secrets.</summary>
    private Value CallValue(IInvocationOperation call, string name, DslType type, Value? receiver)
    {
        switch (type, name)
        {
            case (DslType.DesignBuilder, N.DesignBuilder.Site):
                return NewSite(call);
            case (DslType.DesignBuilder, N.DesignBuilder.DirectPort):
                // A circuit on the port needs its size and encapsulation, whatever the design it is in.
                return NewDirectPort(call);
            case (DslType.DesignBuilder, N.DesignBuilder.Circuit):
                // A gateway's connection is named after its circuit, whatever the design the circuit is in.
                return NewCircuit(call);
            case (DslType.SiteBuilder, N.SiteBuilder.Router):
                var routerAt = locations.Locate(call);
                var router = new RouterRef(Argument(call, P.Name).As<string>(), receiver?.As<SiteRef>(), AsEnum<DeviceKind>(Argument(call, P.Kind), routerAt), routerAt);
                recorder.Routers.Add(router);
                return Known.Of(router);
            case (DslType.RouterBuilder, N.RouterBuilder.Port):
                return Known.Of(new PortRef(receiver?.As<RouterRef>(), Argument(call, P.Name).As<string>()));
            case (DslType.Secret, N.Secret.Parameter):
                return Known.Of(new SecretRef(Argument(call, P.Name).As<string>()));
            case (DslType.Bandwidth, N.Bandwidth.Mbps):
                return Known.Number(Argument(call, P.Megabits)) is long megabits and > 0 and <= long.MaxValue / 1000 ? Known.Of(Bandwidth.Mbps(megabits)) : Unknown.Value;
            case (DslType.Bandwidth, N.Bandwidth.Gbps):
                return Known.Number(Argument(call, P.Gigabits)) is long gigabits and > 0 and <= long.MaxValue / 1000 ? Known.Of(Bandwidth.Gbps(gigabits)) : Unknown.Value;
            default:
                // Other DSL calls (a circuit or a gateway of a design we do not see, ...); arguments may hold builders.
                foreach (var argument in call.Arguments)
                {
                    interpreter.Escape(interpreter.Evaluate(argument.Value));
                }

                return Unknown.Value;
        }
    }

    private Value NewSite(IInvocationOperation call)
    {
        var at = locations.Locate(call);
        var site = new SiteRef(Argument(call, P.Name).As<string>(), AsSetting<Asn>(Argument(call, P.Asn), at), at);
        recorder.Sites.Add(site);
        return Known.Of(site);
    }

    public CircuitState NewCircuit(IInvocationOperation call)
    {
        var at = locations.Locate(call);
        var circuit = new CircuitState(Argument(call, P.Name).As<string>(), at);
        Configure(call, circuit);
        Record(call, circuit, at);
        return circuit;
    }

    public GatewayState NewGateway(IInvocationOperation call)
    {
        var at = locations.Locate(call);
        var gateway = new GatewayState(Argument(call, P.Name).As<string>(), AsEnum<GatewaySku>(Argument(call, P.Sku), at),
            AsSetting<string>(Argument(call, P.Region), at), AsSetting<string>(Argument(call, P.VirtualNetwork), at), at);
        Configure(call, gateway);
        Record(call, gateway, at);
        return gateway;
    }

    public DirectPortState NewDirectPort(IInvocationOperation call)
    {
        var at = locations.Locate(call);
        var port = new DirectPortState(Argument(call, P.Name).As<string>(), at)
        {
            Region = AsSetting<string>(Argument(call, P.Region), at),
            PeeringLocation = AsSetting<string>(Argument(call, P.PeeringLocation), at),
            Size = AsSetting<Bandwidth>(Argument(call, P.Size), at),
            Encapsulation = AsEnum<PortEncapsulation>(Argument(call, P.Encapsulation), at),
        };
        recorder.DirectPorts.Add(port);
        Configure(call, port);
        Record(call, port, at);
        return port;
    }

    // Parts made on demand (a local's initializer read out of order) are not the walk's.
    private void Record(IInvocationOperation call, Builder builder, SourceLocation at)
    {
        if (!interpreter.ReadOnly)
        {
            recorder.Record(call.Syntax, builder, at, exact: !interpreter.CutShort);
        }
    }

    /// <summary>
    /// Runs the <c>configure</c> argument of a call that makes a builder, unless the call is evaluated on demand (a
    /// local's initializer): then what it configures is out of sight.
    /// </summary>
    public void Configure(IInvocationOperation call, Builder builder)
    {
        if (interpreter.ReadOnly)
        {
            builder.Incomplete = true;
            return;
        }

        // An optional configuration left out is null: nothing to run.
        var configuration = Argument(call, P.Configure);
        if (configuration != Known.Null)
        {
            interpreter.Configure(configuration, builder);
        }
    }

    private Value CallGateway(IInvocationOperation call, string name, GatewayState gateway)
    {
        var at = locations.Locate(call);
        switch (name)
        {
            case N.GatewayBuilder.Connect:
                var connection = new ConnectionState((Argument(call, P.Circuit) as CircuitState)?.Name, at);
                Configure(call, connection);
                gateway.Connections.Add(connection);
                break;
            case N.GatewayBuilder.ScaleUnits:
                gateway.ScaleUnits = AsInt(Argument(call, P.Minimum)) is int minimum && AsInt(Argument(call, P.Maximum)) is int maximum
                    ? Setting.Of(new ScaleUnits(minimum, maximum), at)
                    : Setting.Unknown<ScaleUnits>(at);
                break;
            case N.GatewayBuilder.AddressSpace:
                gateway.AddressSpace.Add(AsNetwork(Argument(call, P.Prefix), at));
                break;
            default:
                return Incomplete(gateway);
        }

        return gateway;
    }

    private Value CallConnection(IInvocationOperation call, string name, ConnectionState connection)
    {
        var at = locations.Locate(call);
        switch (name)
        {
            case N.ConnectionBuilder.Named:
                connection.Name = Argument(call, P.Name).As<string>();
                break;
            case N.ConnectionBuilder.RoutingWeight:
                connection.RoutingWeight = AsInt(Argument(call, P.Weight)) is int weight ? Setting.Of(weight, at) : Setting.Unknown<int>(at);
                break;
            case N.ConnectionBuilder.FastPath:
                connection.FastPath = Setting.Of(true, at);
                break;
            case N.ConnectionBuilder.AuthorizationKey:
                connection.AuthorizationKey = Secret(Argument(call, P.Key), at);
                break;
            default:
                return Incomplete(connection);
        }

        return connection;
    }

    private Value CallDirectPort(IInvocationOperation call, string name, DirectPortState port)
    {
        var at = locations.Locate(call);
        switch (name)
        {
            case N.DirectPortBuilder.Link1 or N.DirectPortBuilder.Link2:
                var linkState = new DirectPortLinkState();
                Configure(call, linkState);
                port.Incomplete |= linkState.Incomplete;
                var link = new DirectPortLink { Name = name, Location = at, AdminState = AsEnum<AdminState>(Argument(call, P.State), at), MacSec = linkState.MacSec };
                if (name == N.DirectPortBuilder.Link1)
                {
                    port.Link1 = link;
                }
                else
                {
                    port.Link2 = link;
                }

                break;
            case N.DirectPortBuilder.Billing:
                port.Billing = AsEnum<BillingModel>(Argument(call, P.Billing), at);
                break;
            case N.DirectPortBuilder.MacSecIdentity:
                port.MacSecIdentity = AsSetting<string>(Argument(call, P.UserAssignedIdentityId), at);
                break;
            default:
                return Incomplete(port);
        }

        return port;
    }

    private Value CallDirectPortLink(IInvocationOperation call, string name, DirectPortLinkState link)
    {
        if (name != N.DirectPortLinkBuilder.MacSec)
        {
            return Incomplete(link);
        }

        var at = locations.Locate(call);
        link.MacSec = new MacSecConfig
        {
            Cipher = AsEnum<MacSecCipher>(Argument(call, P.Cipher), at),
            CknSecretIdentifier = AsSetting<string>(Argument(call, P.CknSecretIdentifier), at),
            CakSecretIdentifier = AsSetting<string>(Argument(call, P.CakSecretIdentifier), at),
            SciEnabled = Known.Truth(Argument(call, P.Sci)) is bool sci ? Setting.Of(sci, at) : Setting.Unknown<bool>(at),
            Location = at,
        };
        return link;
    }

    private Value CallRouteFilter(IInvocationOperation call, string name, RouteFilterState filter)
    {
        if (name != N.RouteFilterBuilder.Allow)
        {
            return Incomplete(filter);
        }

        filter.Communities.Add(AsSetting<BgpCommunity>(Argument(call, P.Community), locations.Locate(call)));
        return filter;
    }

    private Value CallVpnBackup(IInvocationOperation call, string name, VpnBackupState vpn)
    {
        var at = locations.Locate(call);
        switch (name)
        {
            case N.VpnBackupBuilder.ActiveActive:
                vpn.ActiveActive = Setting.Of(true, at);
                break;
            case N.VpnBackupBuilder.Advertise:
                vpn.AdvertisedPrefixes.Add(AsNetwork(Argument(call, P.Prefix), at));
                break;
            default:
                return Incomplete(vpn);
        }

        return vpn;
    }

    /// <summary>A secret argument: a <c>Secret.Parameter(...)</c>, or a string literal written in source.</summary>
    private static SecretReference Secret(Value value, SourceLocation at) => value switch
    {
        Known { Content: SecretRef reference } => new SecretReference { ParameterName = reference.ParameterName ?? "", Location = at },
        Known { Content: string } => new SecretReference { IsLiteralInSource = true, Location = at },
        _ => new SecretReference { Location = at },
    };

    private Value CallCircuit(IInvocationOperation call, string name, CircuitState circuit)
    {
        var at = locations.Locate(call);
        switch (name)
        {
            case N.CircuitBuilder.ServiceProvider:
                circuit.Connectivity = new ProviderConnectivity
                {
                    Provider = AsSetting<string>(Argument(call, P.Provider), at),
                    PeeringLocation = AsSetting<string>(Argument(call, P.PeeringLocation), at),
                    Bandwidth = AsSetting<Bandwidth>(Argument(call, P.Bandwidth), at),
                    Location = at,
                };
                break;
            case N.CircuitBuilder.ExpressRouteDirect:
                circuit.Connectivity = new DirectConnectivity
                {
                    PortName = (Argument(call, P.Port) as DirectPortState)?.Name,
                    Bandwidth = AsSetting<Bandwidth>(Argument(call, P.Bandwidth), at),
                    Location = at,
                };
                break;
            case N.CircuitBuilder.Metro:
                circuit.Metro = true;
                break;
            case N.CircuitBuilder.Sku:
                circuit.Tier = AsEnum<CircuitTier>(Argument(call, P.Tier), at);
                circuit.Billing = AsEnum<BillingModel>(Argument(call, P.Billing), at);
                break;
            case N.CircuitBuilder.Region:
                circuit.Region = AsSetting<string>(Argument(call, P.Region), at);
                break;
            case N.CircuitBuilder.ExpectedTraffic:
                circuit.ExpectedTraffic = AsSetting<Bandwidth>(Argument(call, P.Traffic), at);
                break;
            case N.CircuitBuilder.PrivatePeering or N.CircuitBuilder.MicrosoftPeering:
                var kind = name == N.CircuitBuilder.PrivatePeering ? PeeringKind.Private : PeeringKind.Microsoft;
                var peering = new PeeringState(kind, AsSetting<VlanId>(Argument(call, P.Vlan), at), at);
                Configure(call, peering);
                if (circuit.HasPeering(kind))
                {
                    // The DSL rejects a second peering of a kind at run time: nothing to say about it here.
                    circuit.Incomplete = true;
                }
                else
                {
                    circuit.Peerings.Add(peering);
                }

                break;
            default:
                return Incomplete(circuit);
        }

        return circuit;
    }

    private Value CallPeering(IInvocationOperation call, string name, LinkPairState pair)
    {
        var at = locations.Locate(call);
        var peering = pair as PeeringState;
        switch (name)
        {
            case N.LinkPairBuilder.Primary or N.LinkPairBuilder.Secondary:
                var role = name == N.LinkPairBuilder.Primary ? LinkRole.Primary : LinkRole.Secondary;
                var end = Argument(call, P.Router) is Known { Content: RouterRef } router ? router : Argument(call, P.Port);
                var port = end.As<PortRef>();
                var link = new LinkState(role, pair.Family, AsSetting<string>(Argument(call, P.Subnet), at), end.As<RouterRef>() ?? port?.Router, port?.Name, at);
                Configure(call, link);
                if ((role == LinkRole.Primary ? pair.Primary : pair.Secondary) is not null)
                {
                    pair.Incomplete = true;
                }
                else if (role == LinkRole.Primary)
                {
                    pair.Primary = link;
                }
                else
                {
                    pair.Secondary = link;
                }

                break;
            case N.PeeringBuilder.Ipv6 when peering is not null:
                var ipv6 = new LinkPairState(IpFamily.IPv6);
                Configure(call, ipv6);
                peering.Incomplete |= peering.Ipv6 is not null;
                peering.Ipv6 = ipv6;
                break;
            case N.PeeringBuilder.PeerAsn when peering is not null:
                peering.PeerAsn = AsSetting<Asn>(Argument(call, P.Asn), at);
                break;
            case N.PeeringBuilder.Md5Key when peering is not null:
                var key = Argument(call, P.Key);
                peering.Md5Key = Secret(key, at) with { LiteralShape = key.As<string>() is { } literal ? KeyShape.Of(literal) : null };
                break;
            case N.PeeringBuilder.Disabled when peering is not null:
                peering.Enabled = Setting.Of(false, at);
                break;
            case N.MicrosoftPeeringBuilder.AdvertisePublicPrefix when peering is not null:
                peering.PublicPrefixes.Add(AsNetwork(Argument(call, P.Prefix), at));
                break;
            case N.MicrosoftPeeringBuilder.CustomerAsn when peering is not null:
                peering.CustomerAsn = AsSetting<Asn>(Argument(call, P.Asn), at);
                break;
            case N.MicrosoftPeeringBuilder.RoutingRegistry when peering is not null:
                peering.RoutingRegistry = AsSetting<string>(Argument(call, P.Name), at);
                break;
            case N.MicrosoftPeeringBuilder.RouteFilter when peering is not null:
                var filter = new RouteFilterState(Argument(call, P.Name).As<string>(), at);
                Configure(call, filter);

                // The DSL rejects a second route filter at run time: nothing to say about it here.
                peering.Incomplete |= peering.RouteFilter is not null;
                peering.RouteFilter = filter;
                break;
            default:
                return Incomplete(pair);
        }

        return pair;
    }

    private Value CallLink(IInvocationOperation call, string name, LinkState link)
    {
        var at = locations.Locate(call);
        switch (name)
        {
            case N.LinkBuilder.Bfd:
                link.Bfd = AsPositiveInt(Argument(call, P.IntervalMilliseconds)) is int interval && AsPositiveInt(Argument(call, P.Multiplier)) is int multiplier
                    ? Setting.Of(new BfdTimers(interval, interval, multiplier), at)
                    : Setting.Unknown<BfdTimers>(at);
                break;
            case N.LinkBuilder.Advertise:
                link.AdvertisedPrefixes.Add(AsNetwork(Argument(call, P.Prefix), at));
                break;
            case N.LinkBuilder.PrependAsPath:
                link.AsPathPrepend = Known.Number(Argument(call, P.Count)) is long count and >= 0 and <= 255 ? Setting.Of((int)count, at) : Setting.Unknown<int>(at);
                break;
            case N.LinkBuilder.LocalPreference:
                link.LocalPreference = AsUInt32Setting(Argument(call, P.Value), at);
                break;
            case N.LinkBuilder.Med:
                link.Med = AsUInt32Setting(Argument(call, P.Value), at);
                break;
            case N.LinkBuilder.Timers:
                link.Timers = AsPositiveInt(Argument(call, P.KeepaliveSeconds)) is int keepalive && AsInt(Argument(call, P.HoldSeconds)) is int hold && hold >= keepalive
                    ? Setting.Of(new BgpTimers(keepalive, hold), at)
                    : Setting.Unknown<BgpTimers>(at);
                break;
            case N.LinkBuilder.Shutdown:
                link.Shutdown = Setting.Of(true, at);
                break;
            case N.LinkBuilder.IgnoreAsPathLength:
                link.IgnoresAsPathLength = Setting.Of(true, at);
                break;
            default:
                return Incomplete(link);
        }

        return link;
    }

    private Value Argument(IInvocationOperation call, string parameter) => interpreter.Argument(call, parameter);

    private static Unknown Incomplete(Builder builder)
    {
        builder.Incomplete = true;
        return Unknown.Value;
    }

    private static int? AsInt(Value value) => Known.Number(value) is long number and >= int.MinValue and <= int.MaxValue ? (int)number : null;

    private static int? AsPositiveInt(Value value) => AsInt(value) is int number and > 0 ? number : null;

    private static Setting<T> AsSetting<T>(Value value, SourceLocation at) =>
        value is Known { Content: T typed } ? Setting.Of(typed, at) : Setting.Unknown<T>(at);

    // Enum arguments arrive as their underlying constant; the DSL's enums are the model's.
    private static Setting<T> AsEnum<T>(Value value, SourceLocation at)
        where T : struct, Enum =>
        Known.Number(value) is long number && EnumMembers<T>.TryGet(number, out var member) ? Setting.Of(member, at) : Setting.Unknown<T>(at);

    // The members of an enum, read once (Enum.IsDefined reflects on every call). A loop rather than a dictionary or
    // LINQ: each is compiled afresh for every enum type, in every build (value types share no generic code).
    private static class EnumMembers<T>
        where T : struct, Enum
    {
        private static readonly T[] Members = (T[])Enum.GetValues(typeof(T));

        public static bool TryGet(long number, out T member)
        {
            foreach (var candidate in Members)
            {
                if (System.Convert.ToInt64(candidate, System.Globalization.CultureInfo.InvariantCulture) == number)
                {
                    member = candidate;
                    return true;
                }
            }

            member = default;
            return false;
        }
    }

    private static Setting<long> AsUInt32Setting(Value value, SourceLocation at) =>
        Known.Number(value) is long number and >= 0 and <= uint.MaxValue ? Setting.Of(number, at) : Setting.Unknown<long>(at);

    // The DSL throws on a prefix that is not a network; such a value tells a rule nothing.
    private static Setting<IpPrefix> AsNetwork(Value value, SourceLocation at) =>
        value.As<string>() is { } text && IpPrefix.TryParse(text, out var prefix) && !prefix.HasHostBits
            ? Setting.Of(prefix, at)
            : Setting.Unknown<IpPrefix>(at);
}
