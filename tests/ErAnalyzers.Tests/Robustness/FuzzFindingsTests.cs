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
