using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER4012: a Local circuit with metered billing.</summary>
public class LocalBillingRuleTests
{
    private static Circuit With(CircuitTier tier, Setting<BillingModel>? billing) =>
        Make.StandardCircuitAt("er-lon", "London").WithTier(tier) with { Billing = billing };

    [Fact]
    public void A_local_circuit_with_metered_data_is_reported_on_its_billing()
    {
        var circuit = With(CircuitTier.Local, Make.Set(BillingModel.MeteredData));

        var finding = FindingAssert.Single(Make.Design(circuit).Run<LocalBillingRule>(), Descriptors.ER4012, Severity.Error,
            circuit.Billing!.Location, ["er-lon"]);
        Assert.Equal(
            "Circuit 'er-lon' is Local with metered data, which Azure does not bill: a Local circuit's price includes its data transfer, so use BillingModel.UnlimitedData",
            finding.Message);
    }

    [Theory]
    [InlineData(CircuitTier.Local, BillingModel.UnlimitedData)]
    [InlineData(CircuitTier.Standard, BillingModel.MeteredData)]
    [InlineData(CircuitTier.Premium, BillingModel.MeteredData)]
    public void Other_sku_pairs_are_silent(CircuitTier tier, BillingModel billing) =>
        Assert.Empty(Make.Design(With(tier, Make.Set(billing))).Run<LocalBillingRule>());

    [Fact]
    public void Unknown_or_absent_billing_and_a_circuit_not_seen_whole_are_silent()
    {
        Assert.Empty(Make.Design(With(CircuitTier.Local, Make.Unknown<BillingModel>())).Run<LocalBillingRule>());
        Assert.Empty(Make.Design(With(CircuitTier.Local, null)).Run<LocalBillingRule>());
        Assert.Empty(Make.Design(With(CircuitTier.Local, Make.Set(BillingModel.MeteredData)) with { IsComplete = false }).Run<LocalBillingRule>());
    }
}
