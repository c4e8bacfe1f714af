using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER4003 (a peer ASN out of range or reserved), as the analyzer reports it from DSL source, checked on the whole design.</summary>
public class ER4003Tests
{
    private const string AzureReserved = "Azure reserves 65515-65520 for internal use";

    private static DiagnosticResult ER4003(int marker, string owner, string asn, string problem) =>
        Verify.Diagnostic("ER4003").WithLocation(marker).WithArguments(owner, asn, problem);

    [Fact]
    public Task A_reserved_site_asn_is_reported_on_the_site_call() => Verify.Rules("ER4003").AnalyzerAsync(
        Verify.Design("""
                var london = d.{|#0:Site|}("lon-dc", asn: 65515);
                var lon1 = london.Router("lon-ce1");
                var lon2 = london.Router("lon-ce2");
                d.Circuit("er-lon", c => c
                    .ServiceProvider("Megaport", "London", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.200.128/30", lon1).Secondary("192.168.200.132/30", lon2)));
        """),
        ER4003(0, "site 'lon-dc'", "65515", AzureReserved)
            .WithMessage("ASN 65515 of site 'lon-dc' cannot be used for ExpressRoute peering: Azure reserves 65515-65520 for internal use"));

    [Theory]
    [InlineData("0", "an ASN must be from 1 to 4294967295")]
    [InlineData("4294967296", "an ASN must be from 1 to 4294967295")]
    [InlineData("8075", "it is one of Microsoft's own ASNs (8074, 8075, 12076)")]
    [InlineData("12076", "it is one of Microsoft's own ASNs (8074, 8075, 12076)")]
    [InlineData("23456", "it is reserved by IANA as AS_TRANS (23456)")]
    [InlineData("64500", "it is reserved by IANA for documentation (64496-64511)")]
    [InlineData("65520", AzureReserved)]
    [InlineData("65535", "it is reserved by IANA (65535-65551)")]
    public Task A_peer_asn_on_a_peering_is_reported_on_the_peer_asn_call(string asn, string problem) => Verify.Rules("ER4003").AnalyzerAsync(
        Verify.Design($$"""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1)
                    .Secondary("192.168.100.132/30", ce2)
                    .{|#0:PeerAsn|}({{asn}})));
        """),
        ER4003(0, "peering 'AzurePrivatePeering' of circuit 'er-ams'", asn, problem));

    [Fact]
    public Task A_microsoft_peering_asn_is_checked() => Verify.Rules("ER4003").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m
                    .Primary("203.0.113.0/30", ce1)
                    .Secondary("203.0.113.4/30", ce2)
                    .{|#0:PeerAsn|}(64511)
                    .AdvertisePublicPrefix("198.51.100.0/24")));
        """),
        ER4003(0, "peering 'MicrosoftPeering' of circuit 'er-ams'", "64511", "it is reserved by IANA for documentation (64496-64511)"));

    [Fact]
    public Task Good_public_and_private_asns_are_silent() => Verify.Rules("ER4003").AnalyzerAsync(
        Verify.Design("""
                var london = d.Site("lon-dc", asn: 4200000000);
                d.Circuit("er-ams", c => c
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2))
                    .MicrosoftPeering(200, m => m.Primary("203.0.113.0/30", ce1).Secondary("203.0.113.4/30", ce2).PeerAsn(64496 - 1)));
                d.Circuit("er-lon", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.200.128/30", london.Router("lon-ce1"))
                    .PeerAsn(65514)));
        """));

    [Fact]
    public Task A_site_used_by_several_circuits_is_reported_once() => Verify.Rules("ER4003").AnalyzerAsync(
        Verify.Design("""
                var london = d.{|#0:Site|}("lon-dc", asn: 23456);
                var lon1 = london.Router("lon-ce1");
                var lon2 = london.Router("lon-ce2");
                d.Circuit("er-lon", c => c.PrivatePeering(100, p => p.Primary("192.168.200.128/30", lon1).Secondary("192.168.200.132/30", lon2)));
                d.Circuit("er-lon2", c => c.PrivatePeering(100, p => p.Primary("192.168.210.128/30", lon1).Secondary("192.168.210.132/30", lon2)));
        """),
        ER4003(0, "site 'lon-dc'", "23456", "it is reserved by IANA as AS_TRANS (23456)"));

    [Fact]
    public Task Const_locals_const_fields_and_long_arithmetic_are_followed() => Verify.Rules("ER4003").AnalyzerAsync(
        Verify.Design(
            """
                    const long Reserved = AzureBase + 2;
                    d.{|#0:Site|}("lon-dc", asn: Reserved);
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).{|#1:PeerAsn|}(MaxAsn + 1)));
            """,
            """
                private const long AzureBase = 65515;
                private const long MaxAsn = 4294967295;
            """),
        ER4003(0, "site 'lon-dc'", "65517", AzureReserved),
        ER4003(1, "peering 'AzurePrivatePeering' of circuit 'er-ams'", "4294967296", "an ASN must be from 1 to 4294967295"));

    [Fact]
    public Task A_design_split_across_methods_is_followed() => Verify.Rules("ER4003").AnalyzerAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        sealed class ContosoDesign
        {
            public NetworkDesign Create() => NetworkDesign.Create("contoso", d =>
            {
                var site = Site(d);
                Amsterdam(d, site);
            });

            private static SiteBuilder Site(DesignBuilder d) => d.{|#0:Site|}("dc", asn: 65516);

            private static void Amsterdam(DesignBuilder d, SiteBuilder site)
            {
                var ce1 = site.Router("ams-ce1");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).{|#1:PeerAsn|}(8074)));
            }
        }
        """,
        ER4003(0, "site 'dc'", "65516", AzureReserved),
        ER4003(1, "peering 'AzurePrivatePeering' of circuit 'er-ams'", "8074", "it is one of Microsoft's own ASNs (8074, 8075, 12076)"));

    [Fact]
    public Task A_site_declared_in_another_file_is_reported_at_the_call_with_the_site_as_additional_location() => Verify.Rules("ER4003").AnalyzerAsync(
        [
            Verify.Design("""
                    var london = Sites.{|#0:London|}(d);
                    d.Circuit("er-lon", c => c.PrivatePeering(100, p => p.Primary("192.168.200.128/30", london.Router("lon-ce1"))));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Sites
            {
                public static SiteBuilder London(DesignBuilder d) => d.{|#1:Site|}("lon-dc", asn: 65518);
            }
            """,
        ],
        ER4003(0, "site 'lon-dc'", "65518", AzureReserved).WithLocation(1).InFile("Test1.cs", 5));

    [Fact]
    public Task Each_design_of_a_file_is_checked_on_its_own() => Verify.Rules("ER4003").AnalyzerAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Designs
        {
            public static NetworkDesign Europe() => NetworkDesign.Create("europe", d =>
            {
                var ce1 = d.{|#0:Site|}("ams-dc", asn: 65519).Router("ce1");
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("10.0.1.0/30", ce1)));
            });

            public static NetworkDesign Americas() => NetworkDesign.Create("americas", d =>
            {
                var ce1 = d.Site("nyc-dc", asn: 65020).Router("ce1");
                d.Circuit("er-nyc", c => c.PrivatePeering(100, p => p.Primary("10.1.1.0/30", ce1).{|#1:PeerAsn|}(65551)));
            });
        }
        """,
        ER4003(0, "site 'ams-dc'", "65519", AzureReserved),
        ER4003(1, "peering 'AzurePrivatePeering' of circuit 'er-nyc'", "65551", "it is reserved by IANA (65535-65551)"));

    [Theory]
    [InlineData("a helper's parameter given a value read at run time", """
                Add(d, ReadAsn());
        """, """
            private static void Add(DesignBuilder d, long asn) => d.Site("lon-dc", asn);
            private static long ReadAsn() => long.Parse(Environment.GetEnvironmentVariable("ASN")!);
        """)]
    [InlineData("a parsed ASN", """
                d.Site("lon-dc", Asn.Parse("65515"));
        """, "")]
    [InlineData("a value read at run time", """
                d.Site("lon-dc", asn: Environment.ProcessorCount + 65514);
        """, "")]
    public Task An_asn_the_analyzer_cannot_know_keeps_the_rule_silent(string form, string body, string members) =>
        Verify.Rules("ER4003").AnalyzerAsync(Verify.Design($"        // {form}\n{body}", members));
}
