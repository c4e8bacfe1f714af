using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace ErAnalyzers.Tests.Robustness;

/// <summary>Variants that the fuzz test found broken, kept so that they stay mended: each passes the fuzz harness' checks.</summary>
public class FuzzFindingsTests
{
    // Seed 29, variant 291112: a design cut off after its last link, with a ')' missing higher up. Enable BFD's Fix All
    // put the Microsoft peering's new configuration into the private peering's call, beside that call's own.
    private const string TruncatedDesign = """
        using System;
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Designs
        {
            static NetworkDesign Build() => NetworkDesign.Create("test", d =>
            {
                var site = d.Site("dc", asn: 65010;
                var ce1 = site.Router("ce1");
                var ce2 = site.Router("ce2");
                var ce3 = site.Router("ce3");
                d.Circuit("er-ams", c => c
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Md5Key(Secret.Parameter("amsKey")))
                    .MicrosoftPeering(200, m => m
                        .Primary("203.0.113.0/30", ce1)
        """;

    // Seed 31, variant 94620: the 'd' of a 'd.Circuit(' deleted, so that its '.' trails the statement declaring the first
    // router. Add secondary connection declared the second router after that statement, behind the stray '.'.
    private const string StrayDotAfterTheFirstRouter = """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Designs
        {
            static NetworkDesign Build() => NetworkDesign.Create("test", d =>
            {
                var ams = d.Site("amsterdam-dc", asn: 65010);
                var edge1 = ams.Router("ams-edge-a");
                .Circuit("er-1", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("::/129", edge1)));
                d.Circuit("er-2", c => c
                    .ServiceProvider("Equinix", "Amsterdam2", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("10.0.1.4/30", edge1)));
            });
        }
        """;

    [Fact]
    public async Task No_router_is_declared_after_a_statement_being_typed()
    {
        var harness = await FuzzHarness.CreateAsync();

        var outcome = await harness.RunAsync([StrayDotAfterTheFirstRouter], fixAll: true);

        Assert.True(outcome.Diagnostics > 0, "the design is analyzed");
        Assert.Empty(outcome.Problems);
    }

    [Fact]
    public async Task Fix_All_in_a_file_cut_off_mid_design_puts_each_fix_in_its_own_call()
    {
        var harness = await FuzzHarness.CreateAsync();

        var outcome = await harness.RunAsync([TruncatedDesign], fixAll: true);

        Assert.Equal(2, outcome.FixesApplied.Count(fixer => fixer == "EnableBfdFixer"));
        Assert.True(outcome.FixAllsApplied > 0, "Fix All ran");
        Assert.Empty(outcome.Problems);
    }
}
