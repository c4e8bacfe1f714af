using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER4009 (a Microsoft peering without a route filter), as the analyzer reports it from DSL source.</summary>
public class ER4009Tests
{
    private static DiagnosticResult ER4009(int marker, string circuit = "er-ams") =>
        Verify.Diagnostic("ER4009").WithLocation(marker).WithArguments(circuit);

    [Fact]
    public Task A_Microsoft_peering_without_a_route_filter_is_reported_on_the_MicrosoftPeering_call() => Verify.Rules("ER4009").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Premium, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2))
                    .{|#0:MicrosoftPeering|}(200, m => m
                        .Primary("203.0.113.0/30", ce1, link => link.Bfd())
                        .Secondary("203.0.113.4/30", ce2, link => link.Bfd())
                        .AdvertisePublicPrefix("198.51.100.0/24")
                        .RoutingRegistry("RIPENCC")));
        """),
        ER4009(0).WithMessage(
            "Microsoft peering of circuit 'er-ams' has no route filter, so Microsoft advertises no prefixes on it: " +
            "attach one with RouteFilter(name, rf => rf.Allow(...)) that allows the BGP communities of the services you use"));

    [Fact]
    public Task Route_filters_written_in_a_chain_a_block_a_helper_another_file_or_with_constants_are_seen() => Verify.Rules("ER4009").AnalyzerAsync(
        [
            Verify.Design(
                """
                        const string Name = "rf-ams";
                        d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m
                            .Primary("203.0.113.0/30", ce1)
                            .Secondary("203.0.113.4/30", ce2)
                            .RouteFilter(Name, rf => rf.Allow(BgpCommunity.ExchangeOnline).Allow(BgpCommunity.Parse("12076:51002")))));
                        d.Circuit("er-fra", c => c.MicrosoftPeering(200, m =>
                        {
                            m.Primary("203.0.113.8/30", ce1).Secondary("203.0.113.12/30", ce2);
                            Action<RouteFilterBuilder> services = rf => rf.Allow(BgpCommunity.SharePointOnline);
                            m.RouteFilter("rf-fra", services);
                        }));
                        d.Circuit("er-lon", c => c.MicrosoftPeering(200, m => Filtered(m.Primary("203.0.113.16/30", ce1).Secondary("203.0.113.20/30", ce2))));
                        d.Circuit("er-par", c => c.MicrosoftPeering(200, Filters.Paris));
                """,
                """
                    private static MicrosoftPeeringBuilder Filtered(MicrosoftPeeringBuilder m) => m.RouteFilter("rf-lon", rf => rf.Allow(BgpCommunity.AzureGlobalServices));
                """),
            """
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            static class Filters
            {
                public static void Paris(MicrosoftPeeringBuilder m) => m.RouteFilter("rf-par", rf => rf.Allow(BgpCommunity.OtherMicrosoft365Services));
            }
            """,
        ]);

    [Fact]
    public Task Several_circuits_only_the_unfiltered_ones_and_a_helper_of_another_file_are_reported() => Verify.Rules("ER4009").AnalyzerAsync(
        [
            Verify.Design("""
                    d.Circuit("er-ams", c => c.{|#0:MicrosoftPeering|}(200, m => m.Primary("203.0.113.0/30", ce1).Secondary("203.0.113.4/30", ce2)));
                    d.Circuit("er-fra", c => c.MicrosoftPeering(200, m => m
                        .Primary("203.0.113.8/30", ce1).Secondary("203.0.113.12/30", ce2)
                        .RouteFilter("rf-fra", rf => rf.Allow(BgpCommunity.ExchangeOnline))));
                    d.Circuit("er-lon", c => Peerings.{|#1:Unfiltered|}(c, ce1));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Peerings
            {
                public static void Unfiltered(CircuitBuilder c, RouterBuilder router) => c.{|#2:MicrosoftPeering|}(200, m => m.Primary("203.0.113.16/30", router));
            }
            """,
        ],
        ER4009(0),
        ER4009(1, "er-lon").WithLocation(2).InFile("Test1.cs", 5));

    [Fact]
    public Task Private_peering_needs_no_route_filter() => Verify.Rules("ER4009").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
        """));

    [Fact]
    public Task A_peering_whose_configuration_is_out_of_sight_is_silent() => Verify.Rules("ER4009").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.MicrosoftPeering(200, Configuration()));
                    d.Circuit("er-fra", c => c.MicrosoftPeering(200, m =>
                    {
                        m.Primary("203.0.113.8/30", ce1).Secondary("203.0.113.12/30", ce2);
                        if (Environment.GetEnvironmentVariable("FILTER") is { } name)
                        {
                            m.RouteFilter(name, rf => rf.Allow(BgpCommunity.ExchangeOnline));
                        }
                    }));
            """,
            """
                private static Action<MicrosoftPeeringBuilder> Configuration() => m => m.RouteFilter("rf-ams", rf => rf.Allow(BgpCommunity.ExchangeOnline));
            """));
}
