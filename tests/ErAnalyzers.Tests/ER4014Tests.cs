using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER4014 (a Microsoft peering link subnet reused by another circuit), as the analyzer reports it from DSL source.</summary>
public class ER4014Tests
{
    private static DiagnosticResult ER4014(int marker, int first, string circuit, string link, string subnet, string firstCircuit, string firstLink) =>
        Verify.Diagnostic("ER4014").WithLocation(marker).WithLocation(first).WithArguments(circuit, link, subnet, firstCircuit, firstLink);

    [Fact]
    public Task A_subnet_of_another_circuits_Microsoft_peering_is_reported_on_the_later_link() => Verify.Rules("ER4014").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Premium, BillingModel.MeteredData)
                    .MicrosoftPeering(200, m => m
                        .Primary("203.0.113.0/30", ce1)
                        .{|#1:Secondary|}("203.0.113.4/30", ce2)));
                d.Circuit("er-lon", c => c
                    .ServiceProvider("Megaport", "London", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Premium, BillingModel.MeteredData)
                    .MicrosoftPeering(200, m => m
                        .Primary("203.0.113.8/30", ce1)
                        .{|#0:Secondary|}("203.0.113.4/30", ce2)));
        """),
        ER4014(0, 1, "er-lon", "secondary IPv4", "203.0.113.4/30", "er-ams", "secondary IPv4").WithMessage(
            "The secondary IPv4 link subnet '203.0.113.4/30' of Microsoft peering in circuit 'er-lon' is already the secondary IPv4 link subnet " +
            "of Microsoft peering in circuit 'er-ams': give each circuit's Microsoft peering its own public /30 (/126) subnets"));

    [Fact]
    public Task Subnets_from_constants_locals_interpolations_and_a_helper_of_another_file_are_compared() => Verify.Rules("ER4014").AnalyzerAsync(
        [
            Verify.Design("""
                    const string Block = "203.0.113";
                    var secondary = $"{Block}.4/30";
                    d.Circuit("er-ams", c => c.MicrosoftPeering(200, m => m.{|#1:Primary|}(Block + ".0/30", ce1).Secondary(secondary, ce2)));
                    d.Circuit("er-lon", c => c.MicrosoftPeering(200, m => Links.{|#0:Reused|}(m, ce1, ce2)));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Links
            {
                public static MicrosoftPeeringBuilder Reused(MicrosoftPeeringBuilder m, RouterBuilder a, RouterBuilder b) =>
                    m.{|#2:Primary|}("203.0.113.0/30", a).Secondary("203.0.113.12/30", b);
            }
            """,
        ],
        Verify.Diagnostic("ER4014").WithLocation(0).WithLocation(2).WithLocation(1)
            .WithArguments("er-lon", "primary IPv4", "203.0.113.0/30", "er-ams", "primary IPv4").InFile("Test1.cs", 6));

    [Fact]
    public Task Distinct_subnets_private_peering_reuse_and_unknown_subnets_are_silent() => Verify.Rules("ER4014").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2))
                        .MicrosoftPeering(200, m => m.Primary("203.0.113.0/30", ce1).Secondary("203.0.113.4/30", ce2)));
                    d.Circuit("er-lon", c => c
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2))
                        .MicrosoftPeering(200, m => m.Primary("203.0.113.8/30", ce1).Secondary(Subnet(), ce2)));
                    d.Circuit("er-par", c => c
                        .MicrosoftPeering(200, m => m.Primary(Environment.GetEnvironmentVariable("PAR") ?? "", ce1).Secondary("203.0.113.20/30", ce2)));
            """,
            """
                private static string Subnet() => Environment.GetEnvironmentVariable("LON") ?? "203.0.113.4/30";
            """));
}
