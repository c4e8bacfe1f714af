using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ErAnalyzers.Dsl.Tests.Support;

/// <summary>
/// A valid design that passes every public string parameter of the DSL through <c>text(key, value)</c>, so that the
/// fuzz can put a hostile value in one of them and keep the others valid. Its default names end in
/// <c>copy</c>, so that the templates of several tours can be put together without two resources of one name.
/// </summary>
internal static class FuzzTour
{
    /// <summary>
    /// String parameters that are no text of a design: the path a template is written to. (A
    /// <c>[CallerFilePath]</c> parameter is the compiler's, and reaches messages only.)
    /// </summary>
    public static IReadOnlyDictionary<string, string> NotDesignText { get; } = new Dictionary<string, string>
    {
        ["NetworkDesign.WriteArmTemplate.path"] = "the file the template is written to, on the user's machine",
        ["NetworkDesign.WriteDiagram.path"] = "the file the diagram is written to, on the user's machine",
    };

    /// <summary>
    /// Every public string parameter of the DSL by reflection, as <c>Type.Method.parameter</c> (with the parameter
    /// names of the method when the type declares several of that name): what the tour must reach.
    /// </summary>
    public static IEnumerable<string> StringParameters() =>
        from type in typeof(NetworkDesign).Assembly.GetExportedTypes()
        let methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
        from method in methods
        let overloaded = methods.Count(m => m.Name == method.Name) > 1
        from parameter in method.GetParameters()
        where parameter.ParameterType == typeof(string) && parameter.GetCustomAttribute<CallerFilePathAttribute>() is null
        select Key(type, method, overloaded, parameter);

    /// <summary>The tour's design; <paramref name="text"/> gives the value of each string parameter from its key and valid value.</summary>
    public static NetworkDesign Create(int copy, Func<string, string, string> text)
    {
        string S(string key, string value) => text(key, value);

        return NetworkDesign.Create(S("NetworkDesign.Create.name", $"fuzz-{copy}"), d =>
        {
            var site = d.Site(S("DesignBuilder.Site.name", $"dc-{copy}"), asn: 65010);
            var ce1 = site.Router(S("SiteBuilder.Router.name", $"ce1-{copy}"));
            var ce2 = site.Router($"ce2-{copy}");
            var ce1Port = ce1.Port(S("RouterBuilder.Port.name", "et-0/0/1"));
            var ce2Port = ce2.Port("et-0/0/1");
            var port = d.DirectPort(
                S("DesignBuilder.DirectPort.name", $"erd-{copy}"), S("DesignBuilder.DirectPort.region", "westeurope"),
                S("DesignBuilder.DirectPort.peeringLocation", "Equinix-Amsterdam-AM5"), Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => p
                    .MacSecIdentity(S("DirectPortBuilder.MacSecIdentity.userAssignedIdentityId", DesignKit.Identity))
                    .Link1(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAesXpn256,
                        S("DirectPortLinkBuilder.MacSec.cknSecretIdentifier", DesignKit.Ckn), S("DirectPortLinkBuilder.MacSec.cakSecretIdentifier", DesignKit.Cak)))
                    .Link2(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAesXpn256, DesignKit.Ckn, DesignKit.Cak)));
            var provider = d.Circuit(S("DesignBuilder.Circuit.name", $"er-{copy}"), c => c
                .ServiceProvider(S("CircuitBuilder.ServiceProvider.provider", "Equinix"), S("CircuitBuilder.ServiceProvider.peeringLocation", "Amsterdam"), Bandwidth.Gbps(1))
                .Sku(CircuitTier.Premium, BillingModel.MeteredData)
                .Region(S("CircuitBuilder.Region.region", "westeurope"))
                .PrivatePeering(100, p => p
                    .Primary(S("LinkPairBuilder.Primary(subnet, router, configure).subnet", "192.168.100.128/30"), ce1,
                        l => l.Bfd().Advertise(S("LinkBuilder.Advertise.prefix", "10.0.0.0/16")))
                    .Secondary(S("LinkPairBuilder.Secondary(subnet, port, configure).subnet", "192.168.100.132/30"), ce2Port, l => l.Bfd().Advertise("10.0.0.0/16"))
                    .Ipv6(v6 => v6
                        .Primary(S("LinkPairBuilder.Primary(subnet, port, configure).subnet", "2001:db8:100::/126"), ce1Port, l => l.Bfd())
                        .Secondary(S("LinkPairBuilder.Secondary(subnet, router, configure).subnet", "2001:db8:100::4/126"), ce2, l => l.Bfd()))
                    .Md5Key(S("PeeringBuilder.Md5Key(key, keyExpression).key", "ams100Key"), S("PeeringBuilder.Md5Key(key, keyExpression).keyExpression", "vault.Key")))
                .MicrosoftPeering(200, m => m
                    .Primary("203.0.113.0/30", ce1, l => l.Bfd())
                    .Secondary("203.0.113.4/30", ce2, l => l.Bfd())
                    .AdvertisePublicPrefix(S("MicrosoftPeeringBuilder.AdvertisePublicPrefix.prefix", "198.51.100.0/24"))
                    .RoutingRegistry(S("MicrosoftPeeringBuilder.RoutingRegistry.name", "RIPENCC"))
                    .RouteFilter(S("MicrosoftPeeringBuilder.RouteFilter.name", $"rf-{copy}"), rf => rf.Allow(BgpCommunity.ExchangeOnline))
                    .Md5Key(Secret.Parameter(S("Secret.Parameter.name", $"msftKey{copy}")))));
            var direct = d.Circuit($"erd-c-{copy}", c => c
                .ExpressRouteDirect(port, Bandwidth.Gbps(5))
                .Sku(CircuitTier.Premium, BillingModel.MeteredData)
                .PrivatePeering(300, p => p
                    .Primary("10.255.0.0/30", ce1, l => l.Bfd())
                    .Secondary("10.255.0.4/30", ce2, l => l.Bfd())
                    .Md5Key(Secret.Parameter($"directKey{copy}"))));
            d.Gateway(S("DesignBuilder.Gateway.name", $"ergw-{copy}"), GatewaySku.ErGw3AZ, S("DesignBuilder.Gateway.region", "westeurope"),
                S("DesignBuilder.Gateway.virtualNetwork", $"hub-{copy}"), g => g
                    .AddressSpace(S("GatewayBuilder.AddressSpace.prefix", "10.1.0.0/16"))
                    .Connect(provider, k => k.Named(S("ConnectionBuilder.Named.name", $"ergw-er-{copy}")).AuthorizationKey(Secret.Parameter($"authKey{copy}")))
                    .Connect(direct));
            d.GlobalReach(provider, direct, S("DesignBuilder.GlobalReach.ipv4Subnet", "192.168.250.0/29"), S("DesignBuilder.GlobalReach.ipv6Subnet", "2001:db8:250::/125"));
            // A site of its own: the VPN's resources are named after their site, which holds the site to resource names.
            d.VpnBackup(S("DesignBuilder.VpnBackup.name", $"vpn-{copy}"), VpnGatewaySku.VpnGw2AZ, S("DesignBuilder.VpnBackup.region", "westeurope"),
                S("DesignBuilder.VpnBackup.virtualNetwork", $"hub-{copy}"), d.Site($"branch-{copy}", asn: 65020), S("DesignBuilder.VpnBackup.onPremisesAddress", "198.51.100.10"),
                S("DesignBuilder.VpnBackup.onPremisesBgpAddress", "10.10.255.1"), Secret.Parameter($"vpnKey{copy}"),
                v => v.ActiveActive().Advertise(S("VpnBackupBuilder.Advertise.prefix", "10.0.0.0/16")));
        });
    }

    private static string Key(Type type, MethodInfo method, bool overloaded, ParameterInfo parameter)
    {
        string typeName = type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] : type.Name;
        string signature = overloaded
            ? $"({string.Join(", ", method.GetParameters().Where(p => p.GetCustomAttribute<CallerFilePathAttribute>() is null && p.GetCustomAttribute<CallerLineNumberAttribute>() is null).Select(p => p.Name))})"
            : "";
        return $"{typeName}.{method.Name}{signature}.{parameter.Name}";
    }
}
