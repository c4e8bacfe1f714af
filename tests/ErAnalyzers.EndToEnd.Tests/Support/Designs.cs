namespace ErAnalyzers.EndToEnd.Tests.Support;

/// <summary>Designs the consumers build.</summary>
public static class Designs
{
    /// <summary>The call that makes the Microsoft peering single-connection (ER1001).</summary>
    public const string SingleConnection = """.Primary("203.0.113.0/30", ce1)""";

    /// <summary>The setting that makes the private peering active-passive (ER1002).</summary>
    public const string ActivePassive = "PrependAsPath(3)";

    /// <summary>
    /// A design with one single-connection peering and one active-passive peering. <paramref name="attribute"/>
    /// goes on the method that builds it, <paramref name="beforeSecondary"/> and <paramref name="beforePrimary"/>
    /// before the two offending lines.
    /// </summary>
    public static string Faulty(string attribute = "", string beforeSecondary = "", string beforePrimary = "") => $$"""
        using System.Diagnostics.CodeAnalysis;
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        public static class ContosoDesign
        {
            {{attribute}}
            public static NetworkDesign Create() => NetworkDesign.Create("contoso", d =>
            {
                var ams = d.Site("amsterdam-dc", asn: 65010);
                var ce1 = ams.Router("ams-ce1");
                var ce2 = ams.Router("ams-ce2");
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", peeringLocation: "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(vlan: 100, p => p
                        .Primary("192.168.100.128/30", ce1, link => link.Bfd())
        {{beforeSecondary}}
                        .Secondary("192.168.100.132/30", ce2, link => link.Bfd().{{ActivePassive}}))
                    .MicrosoftPeering(vlan: 200, p => p
        {{beforePrimary}}
                        {{SingleConnection}}
                        .AdvertisePublicPrefix("198.51.100.0/24")));
            });
        }
        """;

    public const string Program = """
        System.Console.WriteLine(ContosoDesign.Create().Name);
        """;
}
