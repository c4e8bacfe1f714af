using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;

namespace ErAnalyzers.Tests;

/// <summary>ER4012 (a Local circuit with metered billing), as the analyzer reports it from DSL source.</summary>
public class ER4012Tests
{
    private static string Circuit(string name, string sku) => $$"""
                d.Circuit("{{name}}", c => c
                    .ServiceProvider("Megaport", "London", Bandwidth.Gbps(1))
                    .{{sku}}
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));

        """;

    [Fact]
    public Task A_local_circuit_with_metered_data_is_reported_on_its_sku_call() => Verify.Rules("ER4012").AnalyzerAsync(
        Verify.Design(Circuit("er-lon", "{|#0:Sku|}(CircuitTier.Local, BillingModel.MeteredData)")),
        Verify.Diagnostic("ER4012").WithLocation(0).WithArguments("er-lon")
            .WithMessage("Circuit 'er-lon' is Local with metered data, which Azure does not bill: a Local circuit's price includes its data transfer, so use BillingModel.UnlimitedData"));

    [Fact]
    public Task Named_arguments_and_constants_are_followed() => Verify.Rules("ER4012").AnalyzerAsync(
        Verify.Design(
            Circuit("er-1", "{|#0:Sku|}(billing: Billing, tier: CircuitTier.Local)"),
            """
                private const BillingModel Billing = BillingModel.MeteredData;
            """),
        Verify.Diagnostic("ER4012").WithLocation(0).WithArguments("er-1"));

    [Fact]
    public Task A_circuit_made_in_a_helper_of_another_file_is_reported_there() => Verify.Rules("ER4012").AnalyzerAsync(
        [
            Verify.Design("""
                    Circuits.Local(d);
            """),
            """
            using ErAnalyzers;
            using ErAnalyzers.Dsl;

            static class Circuits
            {
                public static void Local(DesignBuilder d) =>
                    d.Circuit("er-2", c => c.ServiceProvider("Megaport", "London2", Bandwidth.Gbps(1)).{|#0:Sku|}(CircuitTier.Local, BillingModel.MeteredData));
            }
            """,
        ],
        Verify.Diagnostic("ER4012").WithLocation(0).WithArguments("er-2"));

    [Theory]
    [InlineData("Local with unlimited data", "Sku(CircuitTier.Local, BillingModel.UnlimitedData)")]
    [InlineData("Standard with metered data", "Sku(CircuitTier.Standard, BillingModel.MeteredData)")]
    [InlineData("a billing model chosen at run time", "Sku(CircuitTier.Local, Environment.ProcessorCount > 1 ? BillingModel.MeteredData : BillingModel.UnlimitedData)")]
    [InlineData("a tier chosen at run time", "Sku(Environment.ProcessorCount > 1 ? CircuitTier.Local : CircuitTier.Standard, BillingModel.MeteredData)")]
    public Task What_Azure_offers_or_what_cannot_be_known_is_silent(string form, string sku) =>
        Verify.Rules("ER4012").AnalyzerAsync(Verify.Design($"        // {form}\n" + Circuit("er-lon", sku)));
}
