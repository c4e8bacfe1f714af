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

    [Theory]
    [InlineData("tier: {0}, billing: BillingModel.MeteredData")]
    [InlineData("billing: BillingModel.MeteredData, tier: {0}")]
    [InlineData("{0}, billing: BillingModel.MeteredData")]
    public Task Finds_the_tier_by_name_in_any_order(string sku) => Fix.FixAsync(
        Verify.Design(
            Circuit("ams", "Amsterdam", "Sku(CircuitTier.Premium, BillingModel.MeteredData)")
            + Circuit("nyc", "New York", $"{{|ER2004:Sku|}}({string.Format(sku, "CircuitTier.Standard")})") + Gateway),
        Verify.Design(
            Circuit("ams", "Amsterdam", "Sku(CircuitTier.Premium, BillingModel.MeteredData)")
            + Circuit("nyc", "New York", $"Sku({string.Format(sku, "CircuitTier.Premium")})") + Gateway));

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

    // A gateway in North Europe: a Local circuit elsewhere in Europe needs only Standard to reach it.
    private const string NorthEuropeGateway = """
                d.Gateway("gw", GatewaySku.ErGw1AZ, "northeurope", "hub", g => g.Connect(ams).Connect(lon));
        """;

    [Fact]
    public Task Sets_standard_on_a_local_circuit_whose_geopolitical_region_holds_the_gateway() => Fix.FixAsync(
        Verify.Design(
            Circuit("ams", "Amsterdam", "Sku(CircuitTier.Standard, BillingModel.MeteredData)")
            + Circuit("lon", "London", "{|ER2004:Sku|}(CircuitTier.Local, BillingModel.UnlimitedData)") + NorthEuropeGateway),
        Verify.Design(
            Circuit("ams", "Amsterdam", "Sku(CircuitTier.Standard, BillingModel.MeteredData)")
            + Circuit("lon", "London", "Sku(CircuitTier.Standard, BillingModel.UnlimitedData)") + NorthEuropeGateway));

    [Fact]
    public Task Fix_all_sets_standard_on_every_local_circuit_whose_geopolitical_region_holds_the_gateway() => Fix.FixAsync(
        Verify.Design(
            Circuit("ams", "Amsterdam", "{|ER2004:Sku|}(CircuitTier.Local, BillingModel.UnlimitedData)")
            + Circuit("lon", "London", "{|ER2004:Sku|}(tier: CircuitTier.Local, billing: BillingModel.UnlimitedData)") + NorthEuropeGateway),
        Verify.Design(
            Circuit("ams", "Amsterdam", "Sku(CircuitTier.Standard, BillingModel.UnlimitedData)")
            + Circuit("lon", "London", "Sku(tier: CircuitTier.Standard, billing: BillingModel.UnlimitedData)") + NorthEuropeGateway));

    [Fact]
    public Task Fixes_standard_and_premium_findings_of_one_document_each_with_its_own_tier() => Fix.FixAsync(
        Verify.Design(
            Circuit("ams", "Amsterdam", "{|ER2004:Sku|}(CircuitTier.Local, BillingModel.UnlimitedData)")
            + Circuit("lon", "Washington DC", "{|ER2004:Sku|}(CircuitTier.Local, BillingModel.UnlimitedData)") + NorthEuropeGateway),
        Verify.Design(
            Circuit("ams", "Amsterdam", "Sku(CircuitTier.Standard, BillingModel.UnlimitedData)")
            + Circuit("lon", "Washington DC", "Sku(CircuitTier.Premium, BillingModel.UnlimitedData)") + NorthEuropeGateway),
        fixAllIterations: 2); // "Set Standard" then "Set Premium": a Fix All applies one action, never Standard where Premium is needed

    [Fact]
    public Task A_sku_in_a_helper_the_file_calls_twice_gets_no_fix() => Fix.NoFixAsync(
        Verify.Design(
            """
                    var ams = Build(d, "er-ams", "Amsterdam", ce1, ce2);
                    var sin = Build(d, "er-sin", "Singapore", ce1, ce2);
                    d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(ams).Connect(sin));
            """,
            """
                // Premium here would make er-ams Premium too.
                private static CircuitBuilder Build(DesignBuilder d, string name, string location, RouterBuilder first, RouterBuilder second) =>
                    d.Circuit(name, c => c
                        .ServiceProvider("Equinix", location, Bandwidth.Gbps(1))
                        .{|ER2004:Sku|}(CircuitTier.Standard, BillingModel.MeteredData)
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", first).Secondary("192.168.100.132/30", second)));
            """));

    [Fact]
    public Task A_sku_in_a_helper_the_file_calls_once_is_fixed() => Fix.FixAsync(
        Verify.Design(
            """
                    var sin = Build(d, ce1, ce2);
                    d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(sin));
            """,
            """
                private static CircuitBuilder Build(DesignBuilder d, RouterBuilder first, RouterBuilder second) =>
                    d.Circuit("er-sin", c => c
                        .ServiceProvider("Equinix", "Singapore", Bandwidth.Gbps(1))
                        .{|ER2004:Sku|}(CircuitTier.Standard, BillingModel.MeteredData)
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", first).Secondary("192.168.100.132/30", second)));
            """),
        Verify.Design(
            """
                    var sin = Build(d, ce1, ce2);
                    d.Gateway("gw", GatewaySku.ErGw1AZ, "westeurope", "hub", g => g.Connect(sin));
            """,
            """
                private static CircuitBuilder Build(DesignBuilder d, RouterBuilder first, RouterBuilder second) =>
                    d.Circuit("er-sin", c => c
                        .ServiceProvider("Equinix", "Singapore", Bandwidth.Gbps(1))
                        .Sku(CircuitTier.Premium, BillingModel.MeteredData)
                        .PrivatePeering(100, p => p.Primary("192.168.100.128/30", first).Secondary("192.168.100.132/30", second)));
            """));

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
