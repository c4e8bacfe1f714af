using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER4007: a circuit uses a feature its SKU lacks (Global Reach on a Local circuit).</summary>
public class SkuFeatureRuleTests
{
    private static readonly string[] LocalAms = ["er-ams", "Local", "Global Reach", "Standard or Premium"];

    private static Circuit Ams(CircuitTier tier) => Make.Circuit("er-ams", Make.Private()).WithTier(tier);

    private static Circuit Lon(CircuitTier tier) => Make.Circuit("er-lon", Make.Private(primary: "192.168.200.128/30", secondary: "192.168.200.132/30")).WithTier(tier);

    [Theory]
    [InlineData(CircuitTier.Standard, CircuitTier.Standard)]
    [InlineData(CircuitTier.Standard, CircuitTier.Premium)]
    [InlineData(CircuitTier.Premium, CircuitTier.Premium)]
    public void Global_reach_between_standard_and_premium_circuits_is_silent(CircuitTier ams, CircuitTier lon)
    {
        // Standard is never flagged: whether Global Reach needs Premium within one geopolitical region is UNCERTAIN.
        var design = Make.Design([Ams(ams), Lon(lon)], Make.GlobalReach("er-ams", "er-lon"));

        Assert.Empty(design.Run<SkuFeatureRule>());
    }

    [Fact]
    public void A_local_circuit_that_owns_the_connection_is_reported_on_the_global_reach_call_with_its_sku_as_additional_location()
    {
        var ams = Ams(CircuitTier.Local);
        var connection = Make.GlobalReach("er-ams", "er-lon");

        var finding = FindingAssert.Single(Make.Design([ams, Lon(CircuitTier.Premium)], connection).Run<SkuFeatureRule>(), Descriptors.ER4007, Severity.Error,
            connection.Location, LocalAms, ams.Tier!.Location);
        Assert.Same(ams, finding.Element);
        Assert.Equal("Circuit 'er-ams' has the Local SKU, which does not offer Global Reach: use the Standard or Premium SKU", finding.Message);
    }

    [Fact]
    public void A_local_peer_circuit_is_reported_too()
    {
        var lon = Lon(CircuitTier.Local);
        var connection = Make.GlobalReach("er-ams", "er-lon");

        FindingAssert.Single(Make.Design([Ams(CircuitTier.Standard), lon], connection).Run<SkuFeatureRule>(), Descriptors.ER4007, Severity.Error,
            connection.Location, ["er-lon", "Local", "Global Reach", "Standard or Premium"], lon.Tier!.Location);
    }

    [Fact]
    public void Two_local_ends_give_one_finding_each()
    {
        var design = Make.Design([Ams(CircuitTier.Local), Lon(CircuitTier.Local)], Make.GlobalReach("er-ams", "er-lon"));

        Assert.Equal(["er-ams", "er-lon"], design.Run<SkuFeatureRule>().Select(f => f.MessageArguments[0]));
    }

    [Fact]
    public void Each_global_reach_connection_of_a_local_circuit_is_reported()
    {
        var fra = Make.Circuit("er-fra", Make.Private()).WithTier(CircuitTier.Standard);
        var toLon = Make.GlobalReach("er-ams", "er-lon");
        var fromFra = Make.GlobalReach("er-fra", "er-ams");

        var findings = Make.Design([Ams(CircuitTier.Local), Lon(CircuitTier.Standard), fra], toLon, fromFra).Run<SkuFeatureRule>();

        Assert.Equal([toLon.Location, fromFra.Location], findings.Select(f => f.Location));
        Assert.All(findings, f => Assert.Equal(LocalAms, f.MessageArguments));
    }

    [Fact]
    public void A_local_circuit_without_global_reach_is_silent()
    {
        Assert.Empty(Make.Design(Ams(CircuitTier.Local), Lon(CircuitTier.Local)).Run<SkuFeatureRule>());
    }

    [Fact]
    public void An_unknown_or_absent_tier_is_silent()
    {
        var unknown = Make.Circuit("er-ams", Make.Private()) with { Tier = Make.Unknown<CircuitTier>() };
        var absent = Make.Circuit("er-lon", Make.Private()) with { Tier = null };

        Assert.Empty(Make.Design([unknown, absent], Make.GlobalReach("er-ams", "er-lon")).Run<SkuFeatureRule>());
    }

    [Fact]
    public void A_circuit_not_seen_whole_is_silent_because_its_sku_may_be_set_again()
    {
        var design = Make.Design([Ams(CircuitTier.Local) with { IsComplete = false }, Lon(CircuitTier.Standard)], Make.GlobalReach("er-ams", "er-lon"));

        Assert.Empty(design.Run<SkuFeatureRule>());
    }

    [Theory]
    [InlineData(null, "er-lon")]
    [InlineData("er-fra", "er-lon")]
    public void An_end_that_names_no_known_circuit_is_silent(string? circuit, string peer)
    {
        var design = Make.Design([Ams(CircuitTier.Local), Lon(CircuitTier.Standard)], Make.GlobalReach(circuit, peer));

        Assert.Empty(design.Run<SkuFeatureRule>());
    }

    [Fact]
    public void Two_circuits_of_one_name_are_silent_because_the_one_meant_is_unknown()
    {
        var design = Make.Design([Ams(CircuitTier.Local), Ams(CircuitTier.Premium), Lon(CircuitTier.Standard)], Make.GlobalReach("er-ams", "er-lon"));

        Assert.Empty(design.Run<SkuFeatureRule>());
    }

    [Fact]
    public void A_connection_without_a_location_is_reported_on_the_circuit()
    {
        var ams = Ams(CircuitTier.Local);

        FindingAssert.Single(Make.Design([ams, Lon(CircuitTier.Standard)], Make.GlobalReach("er-ams", "er-lon") with { Location = null }).Run<SkuFeatureRule>(),
            Descriptors.ER4007, Severity.Error, ams.Location, LocalAms, ams.Tier!.Location);
    }
}
