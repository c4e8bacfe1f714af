using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER2004: circuits of one gateway in different geopolitical regions are not both Premium.</summary>
public class CrossRegionPremiumRuleTests
{
    private static Circuit At(string name, string location, CircuitTier tier) => Make.StandardCircuitAt(name, location).WithTier(tier);

    [Fact]
    public void Two_standard_circuits_across_regions_are_each_reported_on_their_sku()
    {
        var ams = At("er-ams", "Amsterdam", CircuitTier.Standard);
        var nyc = At("er-nyc", "New York", CircuitTier.Standard);
        var gateway = Make.GatewayFor("gw-weu", ams, nyc);

        var findings = Make.DesignOf([ams, nyc], gateway).Run<CrossRegionPremiumRule>();

        Assert.Collection(
            findings,
            f => FindingAssert.Is(f, Descriptors.ER2004, Severity.Error, ams.Tier!.Location,
                ["er-ams", "Amsterdam", "Europe", "er-nyc", "New York", "North America", "gw-weu", "Standard"], nyc.Location),
            f => FindingAssert.Is(f, Descriptors.ER2004, Severity.Error, nyc.Tier!.Location,
                ["er-nyc", "New York", "North America", "er-ams", "Amsterdam", "Europe", "gw-weu", "Standard"], ams.Location));
        Assert.Equal(
            "Circuit 'er-ams' at Amsterdam (Europe) and circuit 'er-nyc' at New York (North America) back each other up on gateway 'gw-weu' across geopolitical regions, but 'er-ams' is Standard: set the Premium SKU on both circuits",
            findings[0].Message);
        Assert.Same(ams, findings[0].Element);
    }

    [Theory]
    [InlineData(CircuitTier.Standard)]
    [InlineData(CircuitTier.Local)]
    public void Only_the_circuit_that_is_not_premium_is_reported(CircuitTier tier)
    {
        var ams = At("er-ams", "Amsterdam", CircuitTier.Premium);
        var sg = At("er-sg", "Singapore", tier);

        FindingAssert.Single(Make.DesignOf([ams, sg], Make.GatewayFor("gw", ams, sg)).Run<CrossRegionPremiumRule>(), Descriptors.ER2004, Severity.Error,
            sg.Tier!.Location, ["er-sg", "Singapore", "Asia", "er-ams", "Amsterdam", "Europe", "gw", tier.ToString()], ams.Location);
    }

    [Fact]
    public void Two_premium_circuits_across_regions_are_silent()
    {
        var ams = At("er-ams", "Amsterdam", CircuitTier.Premium);
        var tokyo = At("er-tokyo", "Tokyo", CircuitTier.Premium);

        Assert.Empty(Make.DesignOf([ams, tokyo], Make.GatewayFor("gw", ams, tokyo)).Run<CrossRegionPremiumRule>());
    }

    [Theory]
    [InlineData("London")]
    [InlineData("Zurich2")]
    [InlineData("AMSTERDAM2")]
    public void Standard_circuits_in_one_region_are_silent(string other)
    {
        var ams = At("er-ams", "Amsterdam", CircuitTier.Standard);
        var second = At("er-2", other, CircuitTier.Local);

        Assert.Empty(Make.DesignOf([ams, second], Make.GatewayFor("gw", ams, second)).Run<CrossRegionPremiumRule>());
    }

    [Theory]
    [InlineData("Equinix-Amsterdam-AM5")]
    [InlineData("Shanghai")]
    [InlineData("Atlantis")]
    public void A_location_missing_from_the_table_is_unknown_and_silent(string location)
    {
        var ams = At("er-ams", "Amsterdam", CircuitTier.Standard);
        var other = At("er-other", location, CircuitTier.Standard);

        Assert.Empty(Make.DesignOf([ams, other], Make.GatewayFor("gw", ams, other)).Run<CrossRegionPremiumRule>());
    }

    [Fact]
    public void An_unknown_location_is_silent()
    {
        var ams = At("er-ams", "Amsterdam", CircuitTier.Standard);
        var other = At("er-other", "Tokyo", CircuitTier.Standard) with
        {
            Connectivity = new ProviderConnectivity { Provider = Make.Set("Equinix"), PeeringLocation = Make.Unknown<string>() },
        };

        Assert.Empty(Make.DesignOf([ams, other], Make.GatewayFor("gw", ams, other)).Run<CrossRegionPremiumRule>());
    }

    [Fact]
    public void An_unknown_tier_is_not_reported_but_the_other_circuit_still_is()
    {
        var ams = Make.StandardCircuitAt("er-ams", "Amsterdam") with { Tier = Make.Unknown<CircuitTier>() };
        var nyc = At("er-nyc", "New York", CircuitTier.Standard);

        FindingAssert.Single(Make.DesignOf([ams, nyc], Make.GatewayFor("gw", ams, nyc)).Run<CrossRegionPremiumRule>(), Descriptors.ER2004, Severity.Error,
            nyc.Tier!.Location, ["er-nyc", "New York", "North America", "er-ams", "Amsterdam", "Europe", "gw", "Standard"], ams.Location);
    }

    [Fact]
    public void A_circuit_not_seen_whole_may_be_made_premium_out_of_sight_and_is_not_reported()
    {
        var ams = At("er-ams", "Amsterdam", CircuitTier.Standard) with { IsComplete = false };
        var nyc = At("er-nyc", "New York", CircuitTier.Standard);

        FindingAssert.Single(Make.DesignOf([ams, nyc], Make.GatewayFor("gw", ams, nyc)).Run<CrossRegionPremiumRule>(), Descriptors.ER2004, Severity.Error,
            nyc.Tier!.Location, ["er-nyc", "New York", "North America", "er-ams", "Amsterdam", "Europe", "gw", "Standard"], ams.Location);
    }

    [Fact]
    public void Locations_are_looked_up_without_case_and_named_as_written()
    {
        var ams = At("er-ams", "amsterdam", CircuitTier.Standard);
        var sao = At("er-sao", "SAO PAULO2", CircuitTier.Premium);

        FindingAssert.Single(Make.DesignOf([ams, sao], Make.GatewayFor("gw", ams, sao)).Run<CrossRegionPremiumRule>(), Descriptors.ER2004, Severity.Error,
            ams.Tier!.Location, ["er-ams", "amsterdam", "Europe", "er-sao", "SAO PAULO2", "South America", "gw", "Standard"], sao.Location);
    }

    [Fact]
    public void A_direct_circuit_is_in_the_region_of_its_ports_location()
    {
        var port = Make.Port("erd-sydney", PortEncapsulation.QinQ) with { PeeringLocation = Make.Set("Sydney") };
        var direct = At("er-direct", "Amsterdam", CircuitTier.Standard).OnDirectPort("erd-sydney");
        var ams = At("er-ams", "Amsterdam", CircuitTier.Premium);
        var design = Make.DesignOf([direct, ams], Make.GatewayFor("gw", direct, ams)) with { DirectPorts = [port] };

        FindingAssert.Single(design.Run<CrossRegionPremiumRule>(), Descriptors.ER2004, Severity.Error,
            direct.Tier!.Location, ["er-direct", "Sydney", "Oceania", "er-ams", "Amsterdam", "Europe", "gw", "Standard"], ams.Location);
    }

    [Fact]
    public void Each_circuit_is_reported_once_against_the_first_circuit_of_another_region()
    {
        var ams = At("er-ams", "Amsterdam", CircuitTier.Standard);
        var nyc = At("er-nyc", "New York", CircuitTier.Premium);
        var tokyo = At("er-tokyo", "Tokyo", CircuitTier.Premium);

        var findings = Make.DesignOf([ams, nyc, tokyo], Make.GatewayFor("gw-1", ams, nyc, tokyo), Make.GatewayFor("gw-2", tokyo, ams)).Run<CrossRegionPremiumRule>();

        FindingAssert.Single(findings, Descriptors.ER2004, Severity.Error,
            ams.Tier!.Location, ["er-ams", "Amsterdam", "Europe", "er-nyc", "New York", "North America", "gw-1", "Standard"], nyc.Location);
    }

    [Fact]
    public void A_gateway_not_seen_whole_is_silent()
    {
        var ams = At("er-ams", "Amsterdam", CircuitTier.Standard);
        var nyc = At("er-nyc", "New York", CircuitTier.Standard);

        Assert.Empty(Make.DesignOf([ams, nyc], Make.GatewayFor("gw", ams, nyc) with { IsComplete = false }).Run<CrossRegionPremiumRule>());
    }

    [Fact]
    public void Circuits_that_no_gateway_connects_are_not_judged()
    {
        Assert.Empty(Make.Design(At("er-ams", "Amsterdam", CircuitTier.Standard), At("er-nyc", "New York", CircuitTier.Standard)).Run<CrossRegionPremiumRule>());
    }

    [Theory]
    [InlineData("Canberra2", "Australia Government")]
    [InlineData("Newport(Wales)", "Europe")]
    [InlineData("queretaro(mexico)", "North America")]
    [InlineData("Hong Kong2", "Asia")]
    [InlineData("Pune", "India")]
    [InlineData("Tel Aviv2", "Israel")]
    [InlineData("Tokyo3", "Japan")]
    [InlineData("Auckland", "Oceania")]
    [InlineData("Seoul2", "South Korea")]
    [InlineData("Abu Dhabi", "UAE")]
    [InlineData("Johannesburg", "South Africa")]
    [InlineData("Santiago", "South America")]
    [InlineData("Doha2", "Qatar")]
    public void The_table_gives_each_geopolitical_region(string location, string region) =>
        Assert.Equal(region, GeopoliticalRegions.Of(location));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Beijing")]
    [InlineData("Amsterdam ")]
    public void A_location_not_in_the_table_has_no_region(string? location) => Assert.Null(GeopoliticalRegions.Of(location));
}
