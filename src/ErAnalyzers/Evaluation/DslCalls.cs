using System;
using ErAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>What each DSL method does to the model, mirroring <c>ErAnalyzers.Dsl</c> at run time.</summary>
internal sealed partial class DesignEvaluator
{
    private object? CallDsl(IInvocationOperation call, IMethodSymbol method)
    {
        var type = method.ContainingType;
        object? receiver = call.Instance is null ? null : Evaluate(call.Instance);

        // Builders are only changed by the walk in source order, never by an on-demand evaluation.
        if (receiver is OwnedState && readOnlyDepth > 0)
        {
            return Unknown.Value;
        }

        return receiver switch
        {
            CircuitState circuit when DslSymbols.Is(type, dsl.CircuitBuilder) => CallCircuit(call, method.Name, circuit),
            LinkPairState pair when DslSymbols.Is(type, dsl.LinkPairBuilder) || DslSymbols.Is(type, dsl.PeeringBuilder) || DslSymbols.Is(type, dsl.MicrosoftPeeringBuilder)
                => CallPeering(call, method.Name, pair),
            LinkState link when DslSymbols.Is(type, dsl.LinkBuilder) => CallLink(call, method.Name, link),
            OwnedState other => Incomplete(other),
            _ => CallValue(call, method.Name, type, receiver),
        };
    }

    /// <summary>DSL calls that make values rather than change a builder: sites, routers, ports, bandwidths, secrets.</summary>
    private object? CallValue(IInvocationOperation call, string name, INamedTypeSymbol type, object? receiver)
    {
        switch (name)
        {
            case "Site" when DslSymbols.Is(type, dsl.DesignBuilder):
                return new SiteRef(Argument(call, "name") as string, AsSetting<Asn>(Argument(call, "asn"), Locate(call)));
            case "DirectPort" when DslSymbols.Is(type, dsl.DesignBuilder):
                return new DirectPortRef(Argument(call, "name") as string);
            case "Router" when DslSymbols.Is(type, dsl.SiteBuilder):
                return new RouterRef(Argument(call, "name") as string, receiver as SiteRef);
            case "Port" when DslSymbols.Is(type, dsl.RouterBuilder):
                return new PortRef(receiver as RouterRef, Argument(call, "name") as string);
            case "Parameter" when DslSymbols.Is(type, dsl.Secret):
                return new SecretRef(Argument(call, "name") as string);
            case "Mbps" or "Gbps" when DslSymbols.Is(type, dsl.Bandwidth):
                long? amount = AsLong(Argument(call, name == "Mbps" ? "megabits" : "gigabits"));
                return amount is > 0 and <= long.MaxValue / 1000
                    ? name == "Mbps" ? Bandwidth.Mbps(amount.Value) : Bandwidth.Gbps(amount.Value)
                    : Unknown.Value;
            default:
                // Other DSL calls (a gateway, a connection, ...) do not make a circuit; arguments may still hold builders.
                foreach (var argument in call.Arguments)
                {
                    Escape(Evaluate(argument.Value));
                }

                return Unknown.Value;
        }
    }

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
                    PortName = (Argument(call, "port") as DirectPortRef)?.Name,
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
            case "PrivatePeering" or "MicrosoftPeering":
                var kind = name == "PrivatePeering" ? PeeringKind.Private : PeeringKind.Microsoft;
                var peering = new PeeringState(kind, AsSetting<VlanId>(Argument(call, "vlan"), at), at);
                Configure(Argument(call, "configure"), peering);
                if (circuit.Peerings.Exists(p => p.Kind == kind))
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
                Configure(Argument(call, "configure"), link);
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
                Configure(Argument(call, "configure"), ipv6);
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
                peering.Md5Key = new SecretReference { ParameterName = (Argument(call, "key") as SecretRef)?.ParameterName ?? "", Location = at };
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
                link.Policy = link.Policy with { Bfd = BfdSetting(call, at) };
                break;
            case "Advertise":
                link.Policy = link.Policy with { AdvertisedPrefixes = [.. link.Policy.AdvertisedPrefixes, AsNetwork(Argument(call, "prefix"), at)] };
                break;
            case "PrependAsPath":
                link.Policy = link.Policy with
                {
                    AsPathPrepend = AsLong(Argument(call, "count")) is long count and >= 0 and <= 255 ? Setting.Of((int)count, at) : Setting.Unknown<int>(at),
                };
                break;
            case "LocalPreference":
                link.Policy = link.Policy with { LocalPreference = AsUInt32Setting(Argument(call, "value"), at) };
                break;
            case "Med":
                link.Policy = link.Policy with { Med = AsUInt32Setting(Argument(call, "value"), at) };
                break;
            case "Timers":
                link.Policy = link.Policy with { Timers = TimersSetting(call, at) };
                break;
            case "Shutdown":
                link.Policy = link.Policy with { Shutdown = Setting.Of(true, at) };
                break;
            case "IgnoreAsPathLength":
                link.Policy = link.Policy with { IgnoresAsPathLength = Setting.Of(true, at) };
                break;
            default:
                return Incomplete(link);
        }

        return link;
    }

    private Setting<BfdTimers> BfdSetting(IInvocationOperation call, SourceLocation at) =>
        AsLong(Argument(call, "intervalMilliseconds")) is long interval and > 0 and <= int.MaxValue
            && AsLong(Argument(call, "multiplier")) is long multiplier and > 0 and <= int.MaxValue
            ? Setting.Of(new BfdTimers((int)interval, (int)interval, (int)multiplier), at)
            : Setting.Unknown<BfdTimers>(at);

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
        value is int number && Enum.IsDefined(typeof(T), number) ? Setting.Of((T)(object)number, at) : Setting.Unknown<T>(at);

    private static Setting<long> AsUInt32Setting(object? value, SourceLocation at) =>
        AsLong(value) is long number and >= 0 and <= uint.MaxValue ? Setting.Of(number, at) : Setting.Unknown<long>(at);

    // The DSL throws on a prefix that is not a network; such a value tells a rule nothing.
    private static Setting<IpPrefix> AsNetwork(object? value, SourceLocation at) =>
        value is string text && IpPrefix.TryParse(text, out var prefix) && !prefix.HasHostBits
            ? Setting.Of(prefix, at)
            : Setting.Unknown<IpPrefix>(at);
}
