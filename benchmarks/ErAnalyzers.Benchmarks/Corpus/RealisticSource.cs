using System.Collections.Generic;
using System.Linq;
using System.Text;
using ErAnalyzers.Dsl;

namespace ErAnalyzers.Benchmarks.Corpus;

/// <summary>
/// Writes planned designs the way a team's repository holds them: conventions and peering helpers shared by every
/// design in a file of their own, constants, the site's routers as locals, and in every other design the site's
/// settings in a second file of the (partial) class and each circuit built by a method of its own. The same plans as <see cref="DesignSource"/>, so the
/// same mistakes planted, several reported at a call that leads into another file.
/// </summary>
public static class RealisticSource
{
    private const string Usings = "using Contoso.Networks.Shared;\nusing ErAnalyzers;\nusing ErAnalyzers.Dsl;\n\n";

    private static readonly string Shared = $$"""
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        namespace Contoso.Networks.Shared;

        /// <summary>What every circuit of the estate has in common.</summary>
        public static class Conventions
        {
            public const string AzureRegion = "westeurope";

            public static CircuitBuilder FromProvider(CircuitBuilder circuit, string provider, string location, Bandwidth bandwidth, CircuitTier tier) => circuit
                .ServiceProvider(provider, peeringLocation: location, bandwidth)
                .Sku(tier, BillingModel.MeteredData)
                .Region(AzureRegion);
        }

        /// <summary>The estate's peerings: both links active, BFD on each, the site's aggregate advertised.</summary>
        public static class Peerings
        {
            public static void ActiveActive(PrivatePeeringBuilder peering, string primary, string secondary, RouterBuilder first, RouterBuilder second, string prefix) => peering
                .Primary(primary, first, link => Hardened(link, prefix))
                .Secondary(secondary, second, link => Hardened(link, prefix));

            public static void Hardened(LinkBuilder link, string prefix) => link.Bfd().Advertise(prefix);

            public static void WithBfd(LinkBuilder link) => link.Bfd();

            public static void Microsoft(MicrosoftPeeringBuilder peering, string primary, string secondary, RouterBuilder first, RouterBuilder second, string routeFilter, string md5Parameter) => peering
                .Primary(primary, first, WithBfd)
                .Secondary(secondary, second, WithBfd)
                .AdvertisePublicPrefix("{{CircuitPlan.PublicPrefix}}")
                .RoutingRegistry("RIPENCC")
                .RouteFilter(routeFilter, rf => rf.Allow(BgpCommunity.ExchangeOnline))
                .Md5Key(Secret.Parameter(md5Parameter));
        }

        """;

    /// <summary>The files of the designs, each a path relative to the project and its text.</summary>
    public static IEnumerable<(string Path, string Text)> Files(IEnumerable<DesignPlan> designs)
    {
        yield return ("Shared/Conventions.cs", Shared);
        foreach (var design in designs)
        {
            string folder = $"Regions/Region{design.Id}/";
            // Every other design keeps its site's settings in a second file of its (partial) class and builds each
            // circuit in a method of its own.
            bool split = design.Number % 2 == 1;
            yield return (folder + design.ClassName + ".cs", DesignFile(design, split));
            if (split)
            {
                yield return (folder + design.ClassName + ".Site.cs", Class(design, "The site of", Settings(design)));
            }
        }
    }

    private static string Class(DesignPlan design, string summary, string body) => $$"""
        {{Usings}}namespace Contoso.Networks.Region{{design.Id}};

        /// <summary>{{summary}} region {{design.Id}}: {{design.Circuits.Count}} circuits on one hub gateway.</summary>
        public static partial class {{design.ClassName}}
        {
        {{body}}}

        """;

    private static string Settings(DesignPlan design) => $"""
            private const string Aggregate = "{design.Aggregate}";
            private const long SiteAsn = {design.SiteAsn};
            private const string SiteName = "{design.SiteName}";
            private const string FirstRouter = "{design.RouterName(1)}";
            private const string SecondRouter = "{design.RouterName(2)}";

        """;

    private static string DesignFile(DesignPlan design, bool split)
    {
        var code = new StringBuilder(split ? "" : Settings(design) + "\n");
        code.Append($$"""
                public static NetworkDesign Create() => NetworkDesign.Create("{{design.Name}}", d =>
                {
                    var site = d.Site(SiteName, asn: SiteAsn);
                    var ce1 = site.Router(FirstRouter);
                    var ce2 = site.Router(SecondRouter);

            """);
        foreach (var circuit in design.Circuits)
        {
            code.Append(split
                ? $"        var er{circuit.Index} = Er{circuit.Index}(d, ce1, ce2);\n"
                : $"        var er{circuit.Index} = {Circuit(design, circuit)};\n");
        }

        code.Append($"\n        d.Gateway(\"{design.GatewayName}\", GatewaySku.{design.GatewaySku}, region: Conventions.AzureRegion, virtualNetwork: \"{design.VirtualNetwork}\", g => g");
        code.AppendJoin("", design.Circuits.Select(circuit => $"\n            .Connect(er{circuit.Index})"));
        code.Append(");\n    });\n");
        if (split)
        {
            code.AppendJoin("", design.Circuits.Select(circuit =>
                $"\n    private static CircuitBuilder Er{circuit.Index}(DesignBuilder d, RouterBuilder ce1, RouterBuilder ce2) =>\n        {Circuit(design, circuit)};\n"));
        }

        return Class(design, "ExpressRoute for", code.ToString());
    }

    private static string Circuit(DesignPlan design, CircuitPlan circuit) =>
        $"d.Circuit(\"{design.CircuitName(circuit)}\", {DesignSource.FromProvider(circuit, "Conventions.FromProvider")}"
        + $"\n            .PrivatePeering(vlan: {circuit.PrivateVlan}, {PrivatePeering(design, circuit)})"
        + $"\n            .MicrosoftPeering(vlan: {circuit.MicrosoftVlan}, {MicrosoftPeering(design, circuit)}))";

    private static string PrivatePeering(DesignPlan design, CircuitPlan circuit)
    {
        string prefix = design.PrivatePrefixOf(circuit) == design.Aggregate ? "Aggregate" : $"\"{design.OtherPrefix}\"";
        string primary = circuit.PrivateSubnet(LinkRole.Primary);
        string secondary = circuit.PrivateSubnet(LinkRole.Secondary);
        string md5Key = DesignSource.PrivateMd5Key(design, circuit);
        if (circuit.Flaw == CircuitFlaw.OneSidedPrepend)
        {
            return $"p => p.Primary(\"{primary}\", ce1, link => Peerings.Hardened(link, {prefix}))"
                + $".Secondary(\"{secondary}\", ce2, link => {{ Peerings.Hardened(link, {prefix}); link.PrependAsPath(3); }}).{md5Key}";
        }

        // Both links on the first router: the helper in the shared file makes the mistake (ER1003).
        string secondRouter = circuit.Flaw == CircuitFlaw.SameRouter ? "ce1" : "ce2";
        return $"p =>\n            {{\n                Peerings.ActiveActive(p, \"{primary}\", \"{secondary}\", ce1, {secondRouter}, {prefix});\n                p.{md5Key};\n            }}";
    }

    private static string MicrosoftPeering(DesignPlan design, CircuitPlan circuit) =>
        circuit.Flaw is CircuitFlaw.NoBfd or CircuitFlaw.MissingSecondaryLink or CircuitFlaw.NoMd5Key
            ? DesignSource.MicrosoftPeering(design, circuit, "Peerings.WithBfd")
            : $"p => Peerings.Microsoft(p, \"{design.MicrosoftSubnet(circuit, LinkRole.Primary)}\", \"{design.MicrosoftSubnet(circuit, LinkRole.Secondary)}\", ce1, ce2, \"{design.RouteFilterName(circuit)}\", \"{design.Md5Parameter(circuit, PeeringKind.Microsoft)}\")";
}
