using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER4011: a Global Reach pair Azure refuses.</summary>
public class GlobalReachPairRuleTests
{
    private static Circuit At(string name, string location, CircuitTier tier) => Make.StandardCircuitAt(name, location).WithTier(tier);

    private static NetworkDesignModel Joined(Circuit first, Circuit second, out GlobalReachConnection reach)
    {
        reach = Make.Reach(first, second);
        return Make.Design(first, second) with { GlobalReach = [reach] };
    }

    [Theory]
    [InlineData("Amsterdam", "Amsterdam")]
    [InlineData("London2", "LONDON2")]
    public void Two_circuits_at_one_peering_location_are_reported_on_the_connection(string first, string second)
    {
        var a = At("er-a", first, CircuitTier.Premium);
        var b = At("er-b", second, CircuitTier.Premium);

        var finding = FindingAssert.Single(Joined(a, b, out var reach).Run<GlobalReachPairRule>(), Descriptors.ER4011, Severity.Error, reach.Location,
            ["er-a", "er-b", $"joins two circuits at one peering location ({first})", "join circuits at different peering locations"], a.Location, b.Location);
        Assert.Equal($"Global Reach between circuits 'er-a' and 'er-b' joins two circuits at one peering location ({first}): join circuits at different peering locations", finding.Message);
    }

    [Theory]
    [InlineData(CircuitTier.Standard)]
    [InlineData(CircuitTier.Local)]
    public void Across_geopolitical_regions_each_circuit_that_is_not_premium_is_reported_on_its_sku(CircuitTier tier)
    {
        var ams = At("er-ams", "Amsterdam", CircuitTier.Premium);
        var tokyo = At("er-tokyo", "Tokyo", tier);

        FindingAssert.Single(Joined(ams, tokyo, out var reach).Run<GlobalReachPairRule>(), Descriptors.ER4011, Severity.Error, tokyo.Tier!.Location,
            ["er-ams", "er-tokyo", $"crosses geopolitical regions (Amsterdam in Europe, Tokyo in Japan), but 'er-tokyo' is {tier}", "set the Premium SKU on both circuits"],
            reach.Location);
    }

    [Fact]
    public void Two_standard_circuits_across_regions_are_both_reported()
    {
        var ams = At("er-ams", "Amsterdam", CircuitTier.Standard);
        var nyc = At("er-nyc", "New York", CircuitTier.Standard);

        Assert.Equal(2, Joined(ams, nyc, out _).Run<GlobalReachPairRule>().Count);
    }

    [Theory]
    [InlineData("Amsterdam", "London", CircuitTier.Standard)]
    [InlineData("Amsterdam", "Amsterdam2", CircuitTier.Standard)]
    [InlineData("Amsterdam", "Tokyo", CircuitTier.Premium)]
    [InlineData("Amsterdam Metro", "Amsterdam", CircuitTier.Standard)]
    [InlineData("Amsterdam", "Atlantis", CircuitTier.Standard)]
    [InlineData("Amsterdam", "Equinix-Tokyo-TY4", CircuitTier.Standard)]
    public void Pairs_Azure_accepts_or_that_Microsofts_tables_cannot_judge_are_silent(string first, string second, CircuitTier tier) =>
        Assert.Empty(Joined(At("er-a", first, tier), At("er-b", second, tier), out _).Run<GlobalReachPairRule>());

    [Fact]
    public void Unknown_values_and_circuits_not_seen_whole_are_silent()
    {
        var ams = At("er-ams", "Amsterdam", CircuitTier.Premium);

        Assert.Empty(Joined(ams, At("er-x", "Tokyo", CircuitTier.Standard) with { IsComplete = false }, out _).Run<GlobalReachPairRule>());
        Assert.Empty(Joined(ams, Make.StandardCircuitAt("er-x", "Tokyo") with { Tier = Make.Unknown<CircuitTier>() }, out _).Run<GlobalReachPairRule>());
        Assert.Empty(Joined(ams, At("er-x", "Tokyo", CircuitTier.Standard) with
        {
            Connectivity = new ProviderConnectivity { Provider = Make.Set("Equinix"), PeeringLocation = Make.Unknown<string>() },
        }, out _).Run<GlobalReachPairRule>());
        Assert.Empty((Make.Design(ams) with { GlobalReach = [Make.Reach(ams, At("er-missing", "Amsterdam", CircuitTier.Premium))] }).Run<GlobalReachPairRule>());
    }
}
