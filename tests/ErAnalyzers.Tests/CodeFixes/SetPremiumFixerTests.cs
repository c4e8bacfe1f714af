using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Fix = ErAnalyzers.Tests.CodeFixes.FixVerify<ErAnalyzers.CodeFixes.SetPremiumFixer>;

namespace ErAnalyzers.Tests.CodeFixes;

public class SetPremiumFixerTests
{
    private static string Circuit(string local, string location, string sku) => $$"""
                var {{local}} = d.Circuit("er-{{local}}", c => c
                    .ServiceProvider("Equinix", "{{location}}", Bandwidth.Gbps(1))
                    .{{sku}}
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));

        """;

    // A gateway in West Europe: circuits outside Europe need Premium to reach it.
    private const string Gateway = """
                d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams).Connect(nyc));
        """;

    [Fact]
    public Task Sets_premium_on_the_standard_circuit() => Fix.FixAsync(
        Verify.Design(
            Circuit("ams", "Amsterdam", "Sku(CircuitTier.Premium, BillingModel.MeteredData)")
            + Circuit("nyc", "New York", "{|ER2004:Sku|}(CircuitTier.Standard, BillingModel.MeteredData)") + Gateway),
        Verify.Design(
            Circuit("ams", "Amsterdam", "Sku(CircuitTier.Premium, BillingModel.MeteredData)")
            + Circuit("nyc", "New York", "Sku(CircuitTier.Premium, BillingModel.MeteredData)") + Gateway));

    [Fact]
    public Task Keeps_a_qualified_name_a_named_argument_and_comments() => Fix.FixAsync(
        Verify.Design(
            Circuit("ams", "Amsterdam", "Sku(CircuitTier.Premium, BillingModel.MeteredData)")
            + Circuit("nyc", "Washington DC", "{|ER2004:Sku|}(billing: BillingModel.UnlimitedData, tier: /* for now */ ErAnalyzers.CircuitTier.Local /* cheap */)") + Gateway),
        Verify.Design(
            Circuit("ams", "Amsterdam", "Sku(CircuitTier.Premium, BillingModel.MeteredData)")
            + Circuit("nyc", "Washington DC", "Sku(billing: BillingModel.UnlimitedData, tier: /* for now */ ErAnalyzers.CircuitTier.Premium /* cheap */)") + Gateway));

    [Fact]
    public Task Replaces_a_member_imported_with_using_static() => Fix.FixAsync(
        "using static ErAnalyzers.CircuitTier;\n" + Verify.Design(
            Circuit("ams", "Amsterdam", "Sku(Premium, BillingModel.MeteredData)")
            + Circuit("nyc", "New York", "{|ER2004:Sku|}(Standard, BillingModel.MeteredData)") + Gateway),
        "using static ErAnalyzers.CircuitTier;\n" + Verify.Design(
            Circuit("ams", "Amsterdam", "Sku(Premium, BillingModel.MeteredData)")
            + Circuit("nyc", "New York", "Sku(Premium, BillingModel.MeteredData)") + Gateway));

    [Fact]
    public Task Fix_all_sets_premium_on_every_circuit() => Fix.FixAsync(
        Verify.Design(
            Circuit("ams", "Amsterdam", "Sku(CircuitTier.Standard, BillingModel.MeteredData)")
            + Circuit("nyc", "Washington DC", "{|ER2004:Sku|}(CircuitTier.Local, BillingModel.UnlimitedData)")
            + Circuit("tokyo", "Tokyo", "{|ER2004:Sku|}(CircuitTier.Standard, BillingModel.MeteredData)")
            + Gateway.Replace(".Connect(nyc)", ".Connect(nyc).Connect(tokyo)")),
        Verify.Design(
            Circuit("ams", "Amsterdam", "Sku(CircuitTier.Standard, BillingModel.MeteredData)")
            + Circuit("nyc", "Washington DC", "Sku(CircuitTier.Premium, BillingModel.UnlimitedData)")
            + Circuit("tokyo", "Tokyo", "Sku(CircuitTier.Premium, BillingModel.MeteredData)")
            + Gateway.Replace(".Connect(nyc)", ".Connect(nyc).Connect(tokyo)")));

    [Fact]
    public Task Fix_all_reaches_every_document_of_the_project() => Fix.FixAsync(
        [
            Verify.Design(
                Circuit("ams", "Amsterdam", "Sku(CircuitTier.Standard, BillingModel.MeteredData)")
                + Circuit("nyc", "New York", "{|ER2004:Sku|}(CircuitTier.Standard, BillingModel.MeteredData)") + Gateway),
            Verify.Design(
                Circuit("ams", "Amsterdam", "Sku(CircuitTier.Premium, BillingModel.MeteredData)")
                + Circuit("nyc", "New York", "{|ER2004:Sku|}(CircuitTier.Standard, BillingModel.MeteredData)") + Gateway).Replace("class Designs", "class MoreDesigns"),
        ],
        [
            Verify.Design(
                Circuit("ams", "Amsterdam", "Sku(CircuitTier.Standard, BillingModel.MeteredData)")
                + Circuit("nyc", "New York", "Sku(CircuitTier.Premium, BillingModel.MeteredData)") + Gateway),
            Verify.Design(
                Circuit("ams", "Amsterdam", "Sku(CircuitTier.Premium, BillingModel.MeteredData)")
                + Circuit("nyc", "New York", "Sku(CircuitTier.Premium, BillingModel.MeteredData)") + Gateway).Replace("class Designs", "class MoreDesigns"),
        ]);

    [Fact]
    public Task Fix_all_sets_premium_on_circuits_joined_by_global_reach_across_regions() => Fix.FixAsync(
        Verify.Design(
            Circuit("ams", "Amsterdam", "{|ER4011:Sku|}(CircuitTier.Standard, BillingModel.MeteredData)")
            + Circuit("tokyo", "Tokyo", "{|ER4011:Sku|}(CircuitTier.Standard, BillingModel.MeteredData)")
            + "        d.GlobalReach(ams, tokyo, \"192.168.250.0/29\");\n"),
        Verify.Design(
            Circuit("ams", "Amsterdam", "Sku(CircuitTier.Premium, BillingModel.MeteredData)")
            + Circuit("tokyo", "Tokyo", "Sku(CircuitTier.Premium, BillingModel.MeteredData)")
            + "        d.GlobalReach(ams, tokyo, \"192.168.250.0/29\");\n"));

    [Fact]
    public Task A_tier_held_in_a_constant_gets_no_fix() => Fix.NoFixAsync(
        Verify.Design(
            Circuit("ams", "Amsterdam", "Sku(CircuitTier.Premium, BillingModel.MeteredData)")
            + Circuit("nyc", "New York", "{|ER2004:Sku|}(Tier, BillingModel.MeteredData)") + Gateway,
            """
                private const CircuitTier Tier = CircuitTier.Standard;
            """));

    [Fact]
    public Task A_finding_reported_at_a_call_into_another_file_gets_no_fix() => Fix.FixAsync(
        [
            Verify.Design(
                Circuit("ams", "Amsterdam", "Sku(CircuitTier.Premium, BillingModel.MeteredData)")
                + """
                        var nyc = Circuits.{|ER2004:NewYork|}(d, ce1, ce2);
                """
                + Gateway),
            Source.NewYork,
        ],
        [
            Verify.Design(
                Circuit("ams", "Amsterdam", "Sku(CircuitTier.Premium, BillingModel.MeteredData)")
                + """
                        var nyc = Circuits.{|ER2004:NewYork|}(d, ce1, ce2);
                """
                + Gateway),
            Source.NewYork,
        ]);

    private static class Source
    {
        public const string NewYork = """
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            static class Circuits
            {
                public static CircuitBuilder NewYork(DesignBuilder d, RouterBuilder first, RouterBuilder second) =>
                    d.Circuit("er-nyc", c => c
                        .ServiceProvider("Equinix", "New York", Bandwidth.Gbps(1))
                        .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", first).Secondary("192.168.100.132/30", second)));
            }
            """;
    }
}
