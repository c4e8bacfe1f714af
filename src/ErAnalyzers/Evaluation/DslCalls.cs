using System;
using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>What each DSL method does to the model, mirroring <c>ErAnalyzers.Dsl</c> at run time.</summary>
internal sealed partial class DesignEvaluator
{
    private object? CallDsl(IInvocationOperation call, IMethodSymbol method, DslType type)
    {
        object? receiver = call.Instance is null ? null : Evaluate(call.Instance);

        // Builders are only changed by the walk in source order, never by an on-demand evaluation.
        if (receiver is OwnedState owned)
        {
            if (readOnlyDepth > 0)
            {
                return Unknown.Value;
            }

            owned.Changed = true;
        }

        return (receiver, type) switch
        {
            (DesignState design, DslType.DesignBuilder) => CallDesign(call, method.Name, design),
            (CircuitState circuit, DslType.CircuitBuilder) => CallCircuit(call, method.Name, circuit),
            (LinkPairState pair, DslType.LinkPairBuilder) => CallPeering(call, method.Name, pair),
            (LinkState link, DslType.LinkBuilder) => CallLink(call, method.Name, link),
            (GatewayState gateway, DslType.GatewayBuilder) => CallGateway(call, method.Name, gateway),
            (ConnectionState connection, DslType.ConnectionBuilder) => CallConnection(call, method.Name, connection),
            (DirectPortState port, DslType.DirectPortBuilder) => CallDirectPort(call, method.Name, port),
            (DirectPortLinkState link, DslType.DirectPortLinkBuilder) => CallDirectPortLink(call, method.Name, link),
            (RouteFilterState filter, DslType.RouteFilterBuilder) => CallRouteFilter(call, method.Name, filter),
            (VpnBackupState vpn, DslType.VpnBackupBuilder) => CallVpnBackup(call, method.Name, vpn),
            (OwnedState other, _) => Incomplete(other),
            _ => CallValue(call, method.Name, type, receiver),
        };
    }

    /// <summary>
    /// The parts of a design: each is evaluated whether or not the design builder is known (a helper's parameter is
    /// not), and added to the design when it is.
    /// </summary>
    private object? CallDesign(IInvocationOperation call, string name, DesignState design)
    {
        switch (name)
        {
            case "Circuit":
                var circuit = NewCircuit(call);
                design.Circuits.Add(circuit);
                return circuit;
            case "Gateway":
                var gateway = NewGateway(call);
                design.Gateways.Add(gateway);
                return gateway;
            case "DirectPort":
                var port = NewDirectPort(call);
                design.DirectPorts.Add(port);
                return port;
            case "Site":
                return NewSite(call);
            case "GlobalReach":
                var reachAt = Locate(call);
                design.GlobalReach.Add(new GlobalReachConnection
                {
                    Location = reachAt,
                    CircuitName = (Argument(call, "circuit") as CircuitState)?.Name,
                    PeerCircuitName = (Argument(call, "peer") as CircuitState)?.Name,
                    Ipv4Subnet = AsNetwork(Argument(call, "ipv4Subnet"), reachAt),
                    Ipv6Subnet = Argument(call, "ipv6Subnet") is null ? null : AsNetwork(Argument(call, "ipv6Subnet"), reachAt),
                });
                return design;
            case "VpnBackup":
                var at = Locate(call);
                var vpn = new VpnBackupState();
                Configure(call, vpn);
                design.VpnBackups.Add(new VpnBackup
                {
                    Name = Argument(call, "name") as string,
                    Location = at,
                    Sku = AsEnum<VpnGatewaySku>(Argument(call, "sku"), at),
                    Region = AsSetting<string>(Argument(call, "region"), at),
                    VirtualNetwork = AsSetting<string>(Argument(call, "virtualNetwork"), at),
                    SiteName = (Argument(call, "site") as SiteRef)?.Name,
                    OnPremisesAddress = AsSetting<string>(Argument(call, "onPremisesAddress"), at),
                    OnPremisesBgpAddress = AsSetting<string>(Argument(call, "onPremisesBgpAddress"), at),
                    SharedKey = SecretArgument(call, "sharedKey", at),
                    ActiveActive = vpn.ActiveActive,
                    AdvertisedPrefixes = [.. vpn.AdvertisedPrefixes],
                    IsComplete = !vpn.Incomplete,
                });
                return design;
            default:
                return Incomplete(design);
        }
    }

    /// <summary>DSL calls that make values rather than change a builder: sites, routers, ports, bandwidths, secrets.</summary>
    private object? CallValue(IInvocationOperation call, string name, DslType type, object? receiver)
    {
        switch (name)
        {
            case "Site" when type == DslType.DesignBuilder:
                return NewSite(call);
            case "DirectPort" when type == DslType.DesignBuilder:
                // A circuit on the port needs its size and encapsulation, whatever the design it is in.
                return NewDirectPort(call);
            case "Circuit" when type == DslType.DesignBuilder:
                // A gateway's connection is named after its circuit, whatever the design the circuit is in.
                return NewCircuit(call);
            case "Router" when type == DslType.SiteBuilder:
                var routerAt = Locate(call);
                var router = new RouterRef(Argument(call, "name") as string, receiver as SiteRef, AsEnum<DeviceKind>(Argument(call, "kind"), routerAt), routerAt);
                routers.Add(router);
                return router;
            case "Port" when type == DslType.RouterBuilder:
                return new PortRef(receiver as RouterRef, Argument(call, "name") as string);
            case "Parameter" when type == DslType.Secret:
                return new SecretRef(Argument(call, "name") as string);
            case "Mbps" or "Gbps" when type == DslType.Bandwidth:
                long? amount = AsLong(Argument(call, name == "Mbps" ? "megabits" : "gigabits"));
                return amount is > 0 and <= long.MaxValue / 1000
                    ? name == "Mbps" ? Bandwidth.Mbps(amount.Value) : Bandwidth.Gbps(amount.Value)
                    : Unknown.Value;
            default:
                // Other DSL calls (a circuit or a gateway of a design we do not see, ...); arguments may hold builders.
                foreach (var argument in call.Arguments)
                {
                    Escape(Evaluate(argument.Value));
                }

                return Unknown.Value;
        }
    }

    private SiteRef NewSite(IInvocationOperation call)
    {
        var at = Locate(call);
        var site = new SiteRef(Argument(call, "name") as string, AsSetting<Asn>(Argument(call, "asn"), at), at);
        sites.Add(site);
        return site;
    }

    private CircuitState NewCircuit(IInvocationOperation call)
    {
        var at = Locate(call);
        var circuit = new CircuitState(Argument(call, "name") as string, at);
        Configure(call, circuit);
        Record(call, circuit, at);
        return circuit;
    }

    private GatewayState NewGateway(IInvocationOperation call)
    {
        var at = Locate(call);
        var gateway = new GatewayState(Argument(call, "name") as string, AsEnum<GatewaySku>(Argument(call, "sku"), at),
            AsSetting<string>(Argument(call, "region"), at), AsSetting<string>(Argument(call, "virtualNetwork"), at), at);
        Configure(call, gateway);
        Record(call, gateway, at);
        return gateway;
    }

    private DirectPortState NewDirectPort(IInvocationOperation call)
    {
        var at = Locate(call);
        var port = new DirectPortState(Argument(call, "name") as string, at)
        {
            Region = AsSetting<string>(Argument(call, "region"), at),
            PeeringLocation = AsSetting<string>(Argument(call, "peeringLocation"), at),
            Size = AsSetting<Bandwidth>(Argument(call, "size"), at),
            Encapsulation = AsEnum<PortEncapsulation>(Argument(call, "encapsulation"), at),
        };
        directPorts.Add(port);
        Configure(call, port);
        Record(call, port, at);
        return port;
    }

    /// <summary>
    /// Runs the <c>configure</c> argument of a call that makes a builder, unless the call is evaluated on demand (a
    /// local's initializer): then what it configures is out of sight.
    /// </summary>
    private void Configure(IInvocationOperation call, OwnedState builder)
    {
        if (readOnlyDepth > 0)
        {
            builder.Incomplete = true;
            return;
        }

        Configure(Argument(call, "configure"), builder);
    }

    private object? CallGateway(IInvocationOperation call, string name, GatewayState gateway)
    {
        var at = Locate(call);
        switch (name)
        {
            case "Connect":
                var connection = new ConnectionState((Argument(call, "circuit") as CircuitState)?.Name, at);
                Configure(call, connection);
                gateway.Connections.Add(connection);
                break;
            case "ScaleUnits":
                gateway.ScaleUnits = AsLong(Argument(call, "minimum")) is long minimum and >= int.MinValue and <= int.MaxValue
                    && AsLong(Argument(call, "maximum")) is long maximum and >= int.MinValue and <= int.MaxValue
                    ? Setting.Of(new ScaleUnits((int)minimum, (int)maximum), at)
                    : Setting.Unknown<ScaleUnits>(at);
                break;
            case "AddressSpace":
                gateway.AddressSpace.Add(AsNetwork(Argument(call, "prefix"), at));
                break;
            default:
                return Incomplete(gateway);
        }

        return gateway;
    }

    private object? CallConnection(IInvocationOperation call, string name, ConnectionState connection)
    {
        var at = Locate(call);
        switch (name)
        {
            case "Named":
                connection.Name = Argument(call, "name") as string;
                break;
            case "RoutingWeight":
                connection.RoutingWeight = AsLong(Argument(call, "weight")) is long weight and >= int.MinValue and <= int.MaxValue
                    ? Setting.Of((int)weight, at)
                    : Setting.Unknown<int>(at);
                break;
            case "FastPath":
                connection.FastPath = Setting.Of(true, at);
                break;
            case "AuthorizationKey":
                connection.AuthorizationKey = SecretArgument(call, "key", at);
                break;
            default:
                return Incomplete(connection);
        }

        return connection;
    }

    private object? CallDirectPort(IInvocationOperation call, string name, DirectPortState port)
    {
        var at = Locate(call);
        switch (name)
        {
            case "Link1" or "Link2":
                var linkState = new DirectPortLinkState();
                Configure(call, linkState);
                if (linkState.Incomplete)
                {
                    port.Incomplete = true;
                }

                var link = new DirectPortLink { Name = name, Location = at, AdminState = AsEnum<AdminState>(Argument(call, "state"), at), MacSec = linkState.MacSec };
                if (name == "Link1")
                {
                    port.Link1 = link;
                }
                else
                {
                    port.Link2 = link;
                }

                break;
            case "Billing":
                port.Billing = AsEnum<BillingModel>(Argument(call, "billing"), at);
                break;
            case "MacSecIdentity":
                port.MacSecIdentity = AsSetting<string>(Argument(call, "userAssignedIdentityId"), at);
                break;
            default:
                return Incomplete(port);
        }

        return port;
    }

    private object? CallDirectPortLink(IInvocationOperation call, string name, DirectPortLinkState link)
    {
        if (name != "MacSec")
        {
            return Incomplete(link);
        }

        var at = Locate(call);
        link.MacSec = new MacSecConfig
        {
            Cipher = AsEnum<MacSecCipher>(Argument(call, "cipher"), at),
            CknSecretIdentifier = AsSetting<string>(Argument(call, "cknSecretIdentifier"), at),
            CakSecretIdentifier = AsSetting<string>(Argument(call, "cakSecretIdentifier"), at),
            SciEnabled = Argument(call, "sci") is bool sci ? Setting.Of(sci, at) : Setting.Unknown<bool>(at),
            Location = at,
        };
        return link;
    }

    private object? CallRouteFilter(IInvocationOperation call, string name, RouteFilterState filter)
    {
        if (name != "Allow")
        {
            return Incomplete(filter);
        }

        var at = Locate(call);
        filter.Communities.Add(AsSetting<BgpCommunity>(Argument(call, "community"), at));
        return filter;
    }

    private object? CallVpnBackup(IInvocationOperation call, string name, VpnBackupState vpn)
    {
        var at = Locate(call);
        switch (name)
        {
            case "ActiveActive":
                vpn.ActiveActive = Setting.Of(true, at);
                break;
            case "Advertise":
                vpn.AdvertisedPrefixes.Add(AsNetwork(Argument(call, "prefix"), at));
                break;
            default:
                return Incomplete(vpn);
        }

        return vpn;
    }

    /// <summary>A secret argument: a <c>Secret.Parameter(...)</c>, or a string literal written in source.</summary>
    private SecretReference SecretArgument(IInvocationOperation call, string parameter, SourceLocation at) => Secret(Argument(call, parameter), at);

    private static SecretReference Secret(object? value, SourceLocation at) => value switch
    {
        SecretRef reference => new SecretReference { ParameterName = reference.ParameterName ?? "", Location = at },
        string => new SecretReference { IsLiteralInSource = true, Location = at },
        _ => new SecretReference { Location = at },
    };

    private object? CallCircuit(IInvocationOperation call, string name, CircuitState circuit)
    {
        var at = Locate(call);
        switch (name)
        {
            case "ServiceProvider":
                circuit.Connectivity = new ProviderConnectivity
                {
                    Provider = AsSetting<string>(Argument(call, "provider"), at),
                    PeeringLocation = AsSetting<string>(Argument(call, "peeringLocation"), at),
                    Bandwidth = AsSetting<Bandwidth>(Argument(call, "bandwidth"), at),
                    Location = at,
                };
                break;
            case "ExpressRouteDirect":
                circuit.Connectivity = new DirectConnectivity
                {
                    PortName = (Argument(call, "port") as DirectPortState)?.Name,
                    Bandwidth = AsSetting<Bandwidth>(Argument(call, "bandwidth"), at),
                    Location = at,
                };
                break;
            case "Metro":
                circuit.Metro = true;
                break;
            case "Sku":
                circuit.Tier = AsEnum<CircuitTier>(Argument(call, "tier"), at);
                circuit.Billing = AsEnum<BillingModel>(Argument(call, "billing"), at);
                break;
            case "Region":
                circuit.Region = AsSetting<string>(Argument(call, "region"), at);
                break;
            case "ExpectedTraffic":
                circuit.ExpectedTraffic = AsSetting<Bandwidth>(Argument(call, "traffic"), at);
                break;
            case "PrivatePeering" or "MicrosoftPeering":
                var kind = name == "PrivatePeering" ? PeeringKind.Private : PeeringKind.Microsoft;
                var peering = new PeeringState(kind, AsSetting<VlanId>(Argument(call, "vlan"), at), at);
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

    private object? CallPeering(IInvocationOperation call, string name, LinkPairState pair)
    {
        var at = Locate(call);
        var peering = pair as PeeringState;
        switch (name)
        {
            case "Primary" or "Secondary":
                var role = name == "Primary" ? LinkRole.Primary : LinkRole.Secondary;
                object? end = Argument(call, "router") is RouterRef router ? router : Argument(call, "port");
                var link = new LinkState(role, pair.Family, AsSetting<string>(Argument(call, "subnet"), at),
                    end as RouterRef ?? (end as PortRef)?.Router, (end as PortRef)?.Name, at);
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
            case "Ipv6" when peering is not null:
                var ipv6 = new LinkPairState(IpFamily.IPv6);
                Configure(call, ipv6);
                if (peering.Ipv6 is not null)
                {
                    peering.Incomplete = true;
                }

                peering.Ipv6 = ipv6;
                break;
            case "PeerAsn" when peering is not null:
                peering.PeerAsn = AsSetting<Asn>(Argument(call, "asn"), at);
                break;
            case "Md5Key" when peering is not null:
                object? key = Argument(call, "key");
                peering.Md5Key = Secret(key, at) with { LiteralShape = key is string literal ? KeyShape.Of(literal) : null };
                break;
            case "Disabled" when peering is not null:
                peering.Enabled = Setting.Of(false, at);
                break;
            case "AdvertisePublicPrefix" when peering is not null:
                peering.PublicPrefixes.Add(AsNetwork(Argument(call, "prefix"), at));
                break;
            case "CustomerAsn" when peering is not null:
                peering.CustomerAsn = AsSetting<Asn>(Argument(call, "asn"), at);
                break;
            case "RoutingRegistry" when peering is not null:
                peering.RoutingRegistry = AsSetting<string>(Argument(call, "name"), at);
                break;
            case "RouteFilter" when peering is not null:
                var filter = new RouteFilterState(Argument(call, "name") as string, at);
                Configure(call, filter);
                if (peering.RouteFilter is not null)
                {
                    // The DSL rejects a second route filter at run time: nothing to say about it here.
                    peering.Incomplete = true;
                }

                peering.RouteFilter = filter;
                break;
            default:
                return Incomplete(pair);
        }

        return pair;
    }

    private object? CallLink(IInvocationOperation call, string name, LinkState link)
    {
        var at = Locate(call);
        switch (name)
        {
            case "Bfd":
                link.Bfd = BfdSetting(call, at);
                break;
            case "Advertise":
                link.Advertise(AsNetwork(Argument(call, "prefix"), at));
                break;
            case "PrependAsPath":
                link.AsPathPrepend = AsLong(Argument(call, "count")) is long count and >= 0 and <= 255 ? Setting.Of((int)count, at) : Setting.Unknown<int>(at);
                break;
            case "LocalPreference":
                link.LocalPreference = AsUInt32Setting(Argument(call, "value"), at);
                break;
            case "Med":
                link.Med = AsUInt32Setting(Argument(call, "value"), at);
                break;
            case "Timers":
                link.Timers = TimersSetting(call, at);
                break;
            case "Shutdown":
                link.Shutdown = Setting.Of(true, at);
                break;
            case "IgnoreAsPathLength":
                link.IgnoresAsPathLength = Setting.Of(true, at);
                break;
            default:
                return Incomplete(link);
        }

        return link;
    }

    private Setting<BfdTimers> BfdSetting(IInvocationOperation call, SourceLocation at) =>
        AsLong(Argument(call, "intervalMilliseconds")) is long interval and > 0 and <= int.MaxValue
            && AsLong(Argument(call, "multiplier")) is long multiplier and > 0 and <= int.MaxValue
            ? Setting.Of(BfdTimersOf((int)interval, (int)multiplier), at)
            : Setting.Unknown<BfdTimers>(at);

    // Most links keep Microsoft's timers, which are one value for all.
    private static BfdTimers BfdTimersOf(int interval, int multiplier) =>
        interval == BfdTimers.Default.IntervalMilliseconds && multiplier == BfdTimers.Default.Multiplier
            ? BfdTimers.Default
            : new(interval, interval, multiplier);

    private Setting<BgpTimers> TimersSetting(IInvocationOperation call, SourceLocation at) =>
        AsLong(Argument(call, "keepaliveSeconds")) is long keepalive and > 0 and <= int.MaxValue
            && AsLong(Argument(call, "holdSeconds")) is long hold and <= int.MaxValue && hold >= keepalive
            ? Setting.Of(new BgpTimers((int)keepalive, (int)hold), at)
            : Setting.Unknown<BgpTimers>(at);

    private static Unknown Incomplete(OwnedState builder)
    {
        builder.Incomplete = true;
        return Unknown.Value;
    }

    private static Setting<T> AsSetting<T>(object? value, SourceLocation at) =>
        value is T typed ? Setting.Of(typed, at) : Setting.Unknown<T>(at);

    // Enum arguments arrive as their underlying constant; the DSL's enums are the model's.
    private static Setting<T> AsEnum<T>(object? value, SourceLocation at)
        where T : struct, Enum =>
        value is int number && EnumMembers<T>.ByValue.TryGetValue(number, out var member) ? Setting.Of(member, at) : Setting.Unknown<T>(at);

    // The members of an enum by value, read once (Enum.IsDefined reflects on every call).
    private static class EnumMembers<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<int, T> ByValue = Enum.GetValues(typeof(T)).Cast<T>()
            .GroupBy(member => System.Convert.ToInt32(member, System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(members => members.Key, members => members.First());
    }

    private static Setting<long> AsUInt32Setting(object? value, SourceLocation at) =>
        AsLong(value) is long number and >= 0 and <= uint.MaxValue ? Setting.Of(number, at) : Setting.Unknown<long>(at);

    // The DSL throws on a prefix that is not a network; such a value tells a rule nothing.
    private static Setting<IpPrefix> AsNetwork(object? value, SourceLocation at) =>
        value is string text && IpPrefix.TryParse(text, out var prefix) && !prefix.HasHostBits
            ? Setting.Of(prefix, at)
            : Setting.Unknown<IpPrefix>(at);
}
