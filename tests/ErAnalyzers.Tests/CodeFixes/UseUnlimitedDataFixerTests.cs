using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Fix = ErAnalyzers.Tests.CodeFixes.FixVerify<ErAnalyzers.CodeFixes.UseUnlimitedDataFixer>;

namespace ErAnalyzers.Tests.CodeFixes;

public class UseUnlimitedDataFixerTests
{
    private static string Circuit(string name, string sku, int block) => $$"""
                d.Circuit("{{name}}", c => c
                    .ServiceProvider("Megaport", "London", Bandwidth.Gbps(1))
                    .{{sku}}
                    .PrivatePeering(100, p => p.Primary("192.168.{{block}}.128/30", ce1).Secondary("192.168.{{block}}.132/30", ce2)));

        """;

    [Theory]
    [InlineData("CircuitTier.Local, BillingModel.MeteredData", "CircuitTier.Local, BillingModel.UnlimitedData")]
    [InlineData("billing: /* cheap */ ErAnalyzers.BillingModel.MeteredData /* for now */, tier: CircuitTier.Local", "billing: /* cheap */ ErAnalyzers.BillingModel.UnlimitedData /* for now */, tier: CircuitTier.Local")]
    public Task Replaces_metered_data_by_unlimited_data(string sku, string fixedSku) => Fix.FixAsync(
        Verify.Design(Circuit("er-lon", $"{{|ER4012:Sku|}}({sku})", 100)),
        Verify.Design(Circuit("er-lon", $"Sku({fixedSku})", 100)));

    [Theory]
    [InlineData("tier: CircuitTier.Local, billing: {0}")]
    [InlineData("billing: {0}, tier: CircuitTier.Local")]
    [InlineData("CircuitTier.Local, billing: {0}")]
    public Task Finds_the_billing_model_by_name_in_any_order(string sku) => Fix.FixAsync(
        Verify.Design(Circuit("er-lon", $"{{|ER4012:Sku|}}({string.Format(sku, "BillingModel.MeteredData")})", 100)),
        Verify.Design(Circuit("er-lon", $"Sku({string.Format(sku, "BillingModel.UnlimitedData")})", 100)));

    [Fact]
    public Task Fix_all_replaces_every_metered_local_circuit() => Fix.FixAsync(
        "using static ErAnalyzers.BillingModel;\n" + Verify.Design(
            Circuit("er-1", "{|ER4012:Sku|}(CircuitTier.Local, MeteredData)", 100)
            + Circuit("er-2", "{|ER4012:Sku|}(CircuitTier.Local, BillingModel.MeteredData)", 101)
            + Circuit("er-3", "Sku(CircuitTier.Standard, BillingModel.MeteredData)", 102)),
        "using static ErAnalyzers.BillingModel;\n" + Verify.Design(
            Circuit("er-1", "Sku(CircuitTier.Local, UnlimitedData)", 100)
            + Circuit("er-2", "Sku(CircuitTier.Local, BillingModel.UnlimitedData)", 101)
            + Circuit("er-3", "Sku(CircuitTier.Standard, BillingModel.MeteredData)", 102)));

    [Fact]
    public Task A_billing_model_held_in_a_constant_gets_no_fix() => Fix.NoFixAsync(
        Verify.Design(Circuit("er-lon", "{|ER4012:Sku|}(CircuitTier.Local, Billing)", 100), "    private const BillingModel Billing = BillingModel.MeteredData;"));
}
