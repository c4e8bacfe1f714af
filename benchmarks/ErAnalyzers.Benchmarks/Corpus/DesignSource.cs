using System.Collections.Generic;
using System.Linq;
using System.Text;
using ErAnalyzers.Dsl;

namespace ErAnalyzers.Benchmarks.Corpus;

/// <summary>
/// Writes planned designs as C# in the DSL, the way the samples and people write them: routers as locals, fluent
/// chains in configuration lambdas, and in half of the designs helper methods passed as method groups or called
/// from block lambdas.
/// </summary>
public static class DesignSource
{
    private const string Usings = "using ErAnalyzers;\nusing ErAnalyzers.Dsl;\n\n";

    /// <summary>A file holding one design.</summary>
    public static string File(DesignPlan design) =>
        $"{Usings}namespace Contoso.Networks.Region{design.Id};\n\n{Class(design)}";

    /// <summary>One file holding several designs, as an editor document.</summary>
    public static string Document(IEnumerable<DesignPlan> designs) =>
        $"{Usings}namespace Contoso.Networks.Editing;\n\n{string.Join("\n", designs.Select(Class))}";

    private static string Class(DesignPlan design)
    {
        var code = new StringBuilder();
        code.Append($$"""
            /// <summary>ExpressRoute for region {{design.Id}}: {{design.Circuits.Count}} circuits on one hub gateway.</summary>
            public static class {{design.ClassName}}
            {
                private const long SiteAsn = {{design.SiteAsn}};
                private const string Aggregate = "{{design.Aggregate}}";
                private const string AzureRegion = "westeurope";

                public static NetworkDesign Create() => NetworkDesign.Create("{{design.Name}}", d =>
                {
                    var site = d.Site("{{design.SiteName}}", asn: SiteAsn);
                    var ce1 = site.Router("{{design.RouterName(1)}}");
                    var ce2 = site.Router("{{design.RouterName(2)}}");

            """).Append('\n');
        foreach (var circuit in design.Circuits)
        {
            code.Append(Circuit(design, circuit)).Append('\n');
        }

        code.Append($"        d.Gateway(\"{design.GatewayName}\", GatewaySku.{design.GatewaySku}, region: AzureRegion, virtualNetwork: \"{design.VirtualNetwork}\", g => g");
        foreach (var circuit in design.Circuits)
        {
            // Some connections say how much they are preferred.
            code.Append(circuit.Index % 3 == 1 ? $"\n            .Connect(er{circuit.Index}, connection => connection.RoutingWeight(10))" : $"\n            .Connect(er{circuit.Index})");
        }

        code.Append(");\n    });\n");
        if (design.UsesHelpers)
        {
            code.Append("""

                    private static CircuitBuilder FromProvider(CircuitBuilder circuit, string provider, string location, Bandwidth bandwidth, CircuitTier tier) => circuit
                        .ServiceProvider(provider, peeringLocation: location, bandwidth)
                        .Sku(tier, BillingModel.MeteredData)
                        .Region(AzureRegion);

                    private static void ActiveActive(PrivatePeeringBuilder peering, string primary, string secondary, RouterBuilder first, RouterBuilder second) => peering
                        .Primary(primary, first, Hardened)
                        .Secondary(secondary, second, Hardened);

                    private static void Hardened(LinkBuilder link) => link.Bfd().Advertise(Aggregate);

                    private static void WithBfd(LinkBuilder link) => link.Bfd();

                """);
        }

        return code.Append("}\n").ToString();
    }

    /// <summary>The head of a circuit's configuration when a helper method (<paramref name="fromProvider"/>) sets its provider, SKU and region.</summary>
    internal static string FromProvider(CircuitPlan circuit, string fromProvider) =>
        $"c => {fromProvider}(c, \"{circuit.Provider}\", \"{circuit.PeeringLocation}\", Bandwidth.Gbps({circuit.BandwidthGbps}), CircuitTier.{circuit.Tier}){Traffic(circuit)}";

    private static string Traffic(CircuitPlan circuit) =>
        circuit.Flaw == CircuitFlaw.TrafficAboveBandwidth ? $"\n            .ExpectedTraffic(Bandwidth.Gbps({2 * circuit.BandwidthGbps}))" : "";

    private static string Circuit(DesignPlan design, CircuitPlan circuit)
    {
        string head = design.UsesHelpers
            ? FromProvider(circuit, "FromProvider")
            : $"""
              c => c
                          .ServiceProvider("{circuit.Provider}", peeringLocation: "{circuit.PeeringLocation}", Bandwidth.Gbps({circuit.BandwidthGbps}))
                          .Sku(CircuitTier.{circuit.Tier}, BillingModel.MeteredData)
                          .Region(AzureRegion){Traffic(circuit)}
              """;
        return $"""
                    var er{circuit.Index} = d.Circuit("{design.CircuitName(circuit)}", {head}
                        .PrivatePeering(vlan: {circuit.PrivateVlan}, {PrivatePeering(design, circuit)})
                        .MicrosoftPeering(vlan: {circuit.MicrosoftVlan}, {MicrosoftPeering(design, circuit, design.UsesHelpers ? "WithBfd" : "link => link.Bfd()")}));

            """;
    }

    private static string PrivatePeering(DesignPlan design, CircuitPlan circuit)
    {
        string md5Key = PrivateMd5Key(design, circuit);
        string secondRouter = circuit.Flaw == CircuitFlaw.SameRouter ? "ce1" : "ce2";
        string prefix = design.PrivatePrefixOf(circuit);
        bool plain = prefix == design.Aggregate && circuit.Flaw != CircuitFlaw.OneSidedPrepend;
        if (design.UsesHelpers && plain)
        {
            return $$"""
                p =>
                            {
                                ActiveActive(p, "{{circuit.PrivateSubnet(LinkRole.Primary)}}", "{{circuit.PrivateSubnet(LinkRole.Secondary)}}", ce1, {{secondRouter}});
                                p.{{md5Key}};
                            }
                """;
        }

        string advertised = prefix == design.Aggregate ? "Aggregate" : $"\"{prefix}\"";
        string primary = design.UsesHelpers && prefix == design.Aggregate ? "Hardened" : $"link => link.Bfd().Advertise({advertised})";
        string secondary = circuit.Flaw != CircuitFlaw.OneSidedPrepend ? primary
            : design.UsesHelpers && prefix == design.Aggregate ? "link => { Hardened(link); link.PrependAsPath(3); }"
            : $"link => link.Bfd().Advertise({advertised}).PrependAsPath(3)";
        return $"""
            p => p
                            .Primary("{circuit.PrivateSubnet(LinkRole.Primary)}", ce1, {primary})
                            .Secondary("{circuit.PrivateSubnet(LinkRole.Secondary)}", {secondRouter}, {secondary})
                            .{md5Key}
            """;
    }

    /// <summary>The call that sets the private peering's MD5 key: a literal in a circuit with <see cref="CircuitFlaw.LiteralMd5Key"/>.</summary>
    internal static string PrivateMd5Key(DesignPlan design, CircuitPlan circuit) => circuit.Flaw == CircuitFlaw.LiteralMd5Key
        ? $"Md5Key(\"{design.LiteralMd5Key(circuit)}\")"
        : $"Md5Key(Secret.Parameter(\"{design.Md5Parameter(circuit, PeeringKind.Private)}\"))";

    /// <summary>A Microsoft peering written out, its links' BFD set by <paramref name="bfd"/>.</summary>
    internal static string MicrosoftPeering(DesignPlan design, CircuitPlan circuit, string bfd)
    {
        var lines = new List<string>
        {
            circuit.Flaw == CircuitFlaw.NoBfd
                ? $".Primary(\"{design.MicrosoftSubnet(circuit, LinkRole.Primary)}\", ce1)"
                : $".Primary(\"{design.MicrosoftSubnet(circuit, LinkRole.Primary)}\", ce1, {bfd})",
        };
        if (circuit.Flaw != CircuitFlaw.MissingSecondaryLink)
        {
            lines.Add($".Secondary(\"{design.MicrosoftSubnet(circuit, LinkRole.Secondary)}\", ce2, {bfd})");
        }

        lines.Add($".AdvertisePublicPrefix(\"{CircuitPlan.PublicPrefix}\")");
        lines.Add(".RoutingRegistry(\"RIPENCC\")");
        lines.Add($".RouteFilter(\"{design.RouteFilterName(circuit)}\", rf => rf.Allow(BgpCommunity.ExchangeOnline))");
        if (circuit.Flaw != CircuitFlaw.NoMd5Key)
        {
            lines.Add($".Md5Key(Secret.Parameter(\"{design.Md5Parameter(circuit, PeeringKind.Microsoft)}\"))");
        }

        return "p => p" + string.Concat(lines.Select(line => "\n                " + line));
    }
}
