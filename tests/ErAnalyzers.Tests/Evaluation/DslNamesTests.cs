using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Analyzers.Evaluation;
using ErAnalyzers.Dsl;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ErAnalyzers.Tests.Evaluation;

/// <summary>
/// The evaluator's names of DSL methods and parameters (<see cref="DslNames"/>) against the DSL itself: renaming or
/// adding a DSL method, or renaming a parameter, fails here instead of silently making its calls unknown.
/// </summary>
public class DslNamesTests
{
    // A design that calls every method the evaluator follows, each argument a known value.
    private const string Tour = """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Tour
        {
            static NetworkDesign Build() => NetworkDesign.Create("tour", d =>
            {
                var site = d.Site("dc", asn: 65010);
                var ce1 = site.Router("ce1", DeviceKind.Router);
                var ce2 = site.Router("ce2");
                var port = d.DirectPort("port", "westeurope", "Amsterdam", Bandwidth.Gbps(10), PortEncapsulation.QinQ, p => p
                    .Link1(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAes256, "https://kv/ckn", "https://kv/cak", sci: true))
                    .Link2(AdminState.Enabled)
                    .Billing(BillingModel.MeteredData)
                    .MacSecIdentity("/identity"));
                var ams = d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Mbps(500))
                    .Metro()
                    .Sku(CircuitTier.Premium, BillingModel.UnlimitedData)
                    .Region("westeurope")
                    .ExpectedTraffic(Bandwidth.Mbps(200))
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1, link => link
                            .Bfd(300, 3).Advertise("10.0.0.0/16").PrependAsPath(1).LocalPreference(100).Med(10).Timers(60, 180))
                        .Secondary("192.168.100.132/30", ce2.Port("et-0/0/1"), link => link.Shutdown().IgnoreAsPathLength())
                        .Ipv6(v6 => v6.Primary("2001:db8::/126", ce1).Secondary("2001:db8::4/126", ce2))
                        .PeerAsn(65010)
                        .Md5Key(Secret.Parameter("md5"))
                        .Disabled())
                    .MicrosoftPeering(200, m => m
                        .Primary("203.0.113.0/30", ce1)
                        .Secondary("203.0.113.4/30", ce2)
                        .AdvertisePublicPrefix("198.51.100.0/24")
                        .CustomerAsn(64500)
                        .RoutingRegistry("RIPENCC")
                        .RouteFilter("rf", rf => rf.Allow(BgpCommunity.ExchangeOnline).Allow(new BgpCommunity(12076, 5020)))));
                var direct = d.Circuit("er-direct", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(5)));
                d.Gateway("gw", GatewaySku.ErGwScale, "westeurope", "hub", g => g
                    .ScaleUnits(2, 4)
                    .AddressSpace("10.1.0.0/16")
                    .Connect(ams, k => k.Named("gw-ams").RoutingWeight(10).FastPath().AuthorizationKey(Secret.Parameter("auth")))
                    .Connect(direct));
                d.GlobalReach(ams, direct, "192.168.200.0/29", "2001:db8:1::/125");
                d.VpnBackup("vpn", VpnGatewaySku.VpnGw2AZ, "westeurope", "hub", site, "198.51.100.1", "10.0.0.1", Secret.Parameter("psk"),
                    v => v.ActiveActive().Advertise("10.0.0.0/16"));
            });
        }
        """;

    [Fact]
    public void Every_public_method_of_the_dsl_is_followed_or_listed_as_unfollowed()
    {
        var declared = DslMethods(typeof(NetworkDesign).Assembly).ToHashSet();

        Assert.Empty(declared.Except(Followed()).Except(DslNames.Unfollowed));
        Assert.Empty(DslNames.Unfollowed.Except(declared));
    }

    [Fact]
    public void Every_method_name_the_evaluator_matches_is_a_dsl_method()
    {
        var declared = DslMethods(typeof(NetworkDesign).Assembly).Concat(DslMethods(typeof(Bandwidth).Assembly)).ToHashSet();

        Assert.Empty(Followed().Except(declared));
    }

    [Fact]
    public void Every_parameter_name_the_evaluator_reads_is_a_parameter_of_a_dsl_method()
    {
        var parameters = typeof(NetworkDesign).Assembly.GetExportedTypes().Append(typeof(Bandwidth))
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .SelectMany(method => method.GetParameters()).Select(parameter => parameter.Name).ToHashSet();

        Assert.Empty(Constants(typeof(DslNames.Parameters)).Except(parameters));
    }

    [Fact]
    public async Task The_tour_calls_every_followed_method()
    {
        var compilation = await TestReferences.CompileAsync(withDsl: true, Tour);
        var model = compilation.GetSemanticModel(compilation.SyntaxTrees.Single());
        var called = compilation.SyntaxTrees.Single().GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(call => model.GetSymbolInfo(call).Symbol as IMethodSymbol)
            .Select(method => $"{method!.ContainingType.OriginalDefinition.Name}.{method.Name}")
            .ToHashSet();

        // Primary and Secondary are the link pair's; the Md5Key taking a string is ER5001's, tested there.
        Assert.Empty(Followed().Except(called));
    }

    [Fact]
    public async Task The_tour_evaluates_to_a_complete_design_with_every_setting_known()
    {
        var design = await EvaluateAsync(Tour);

        Assert.Empty(Unknowns(design, "design"));
        Assert.Equal(2, design.Circuits.Count);
        Assert.Equal(["Equinix", "Amsterdam"], [((ProviderConnectivity)design.Circuits[0].Connectivity!).Provider!.Value, ((ProviderConnectivity)design.Circuits[0].Connectivity!).PeeringLocation!.Value]);
        Assert.Equal(new BgpCommunity(12076, 5010), design.Circuits[0].Peerings[1].RouteFilter!.Communities[0].Value);
    }

    [Fact]
    public async Task Every_community_the_dsl_names_evaluates_to_its_value()
    {
        var named = typeof(BgpCommunity).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(property => property.PropertyType == typeof(BgpCommunity)).ToList();
        string allowed = string.Concat(named.Select(property => $".Allow(BgpCommunity.{property.Name})"));

        var design = await EvaluateAsync($$"""
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            static class Communities
            {
                static NetworkDesign Build() => NetworkDesign.Create("communities", d => d.Circuit("er-ams", c => c
                    .MicrosoftPeering(200, m => m.RouteFilter("rf", rf => rf{{allowed}}))));
            }
            """);

        Assert.NotEmpty(named);
        Assert.Equal(named.Select(property => property.GetValue(null)), design.Circuits[0].Peerings[0].RouteFilter!.Communities.Select(community => (object?)community.Value));
    }

    // The design of the one NetworkDesign.Create(...) call in the source, as the evaluator sees it.
    private static async Task<NetworkDesignModel> EvaluateAsync(string source)
    {
        var compilation = await TestReferences.CompileAsync(withDsl: true, source);
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var create = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(call => (IInvocationOperation)model.GetOperation(call)!)
            .Single(call => call.TargetMethod.Name == "Create");
        var evaluations = new DesignEvaluations(DslSymbols.TryCreate(compilation)!, compilation);

        return evaluations.ForType([create]).Of(create, RuleScope.Design, CancellationToken.None).Single().Design;
    }

    // Type.Method for each public method a type of the assembly declares (not its properties' accessors, nor object's).
    private static IEnumerable<string> DslMethods(Assembly assembly) =>
        from type in assembly.GetExportedTypes()
        where !typeof(Exception).IsAssignableFrom(type)
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
        where !method.IsSpecialName && method.GetBaseDefinition().DeclaringType != typeof(object)
        select $"{TypeName(type)}.{method.Name}";

    private static string TypeName(Type type) => type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] : type.Name;

    // Type.Method for each name in DslNames: its nested class is named after the DSL type.
    private static IEnumerable<string> Followed() =>
        typeof(DslNames).GetNestedTypes().Where(type => type != typeof(DslNames.Parameters))
            .SelectMany(type => Constants(type).Select(name => $"{type.Name}.{name}"));

    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.IsLiteral).Select(field => (string)field.GetValue(null)!);

    // The paths of every unknown setting and incomplete element of the model, walked by reflection.
    private static IEnumerable<string> Unknowns(object? value, string path)
    {
        switch (value)
        {
            case null or string or SourceLocation:
                yield break;
            case IEnumerable items:
                int index = 0;
                foreach (object? item in items)
                {
                    foreach (string unknown in Unknowns(item, $"{path}[{index++}]"))
                    {
                        yield return unknown;
                    }
                }

                yield break;
        }

        var type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Setting<>))
        {
            if (!(bool)type.GetProperty(nameof(Setting<int>.IsKnown))!.GetValue(value)!)
            {
                yield return path;
            }

            yield break;
        }

        if (type.Namespace != typeof(Circuit).Namespace)
        {
            yield break;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            object? child = property.GetValue(value);
            if (property.Name == "IsComplete" && child is false)
            {
                yield return $"{path}.IsComplete";
            }

            foreach (string unknown in Unknowns(child, $"{path}.{property.Name}"))
            {
                yield return unknown;
            }
        }
    }
}
