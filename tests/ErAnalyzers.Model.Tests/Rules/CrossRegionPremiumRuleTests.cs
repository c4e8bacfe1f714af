using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER2004: a connection links a circuit to a gateway in an Azure region the circuit's SKU does not reach.</summary>
public class CrossRegionPremiumRuleTests
{
    private const string EuropeOnly = "only the Azure regions of geopolitical region Europe";

    private const string SetPremium = "set the Premium SKU, which reaches every Azure region";

    private static Circuit At(string name, string location, CircuitTier tier) => Make.StandardCircuitAt(name, location).WithTier(tier);

    private static NetworkDesignModel Connected(string region, params Circuit[] circuits) =>
        Make.DesignOf(circuits, Make.GatewayFor("gw", circuits).InRegion(region));

    [Fact]
    public void A_standard_circuit_linked_to_a_gateway_in_another_geopolitical_region_is_an_error()
    {
        var ams = At("er-ams", "Amsterdam", CircuitTier.Standard);
        var design = Connected("eastus", ams);

        var finding = FindingAssert.Single(design.Run<CrossRegionPremiumRule>(), Descriptors.ER2004, Severity.Error,
            ams.Tier!.Location, ["er-ams", "Standard", "Amsterdam", EuropeOnly, "gw", "eastus", SetPremium], design.Gateways[0].Connections[0].Location);
        Assert.Equal(
            "Circuit 'er-ams' (Standard at Amsterdam) reaches only the Azure regions of geopolitical region Europe, so gateway 'gw' in eastus cannot use it: set the Premium SKU, which reaches every Azure region",
            finding.Message);
        Assert.Same(ams, finding.Element);
    }

    [Fact]
    public void A_standard_circuit_in_its_own_region_beside_a_premium_circuit_from_another_region_is_silent()
    {
        // Before: the two circuits "backed each other up across regions" and the Standard one was an error.
        var ams = At("er-ams", "Amsterdam", CircuitTier.Standard);
        var nyc = At("er-nyc", "New York", CircuitTier.Premium);

        Assert.Empty(Connected("westeurope", ams, nyc).Run<CrossRegionPremiumRule>());
    }

    [Fact]
    public void Only_the_circuit_that_cannot_reach_the_gateway_is_reported()
    {
        var ams = At("er-ams", "Amsterdam", CircuitTier.Standard);
        var nyc = At("er-nyc", "New York", CircuitTier.Standard);
        var design = Connected("westeurope", ams, nyc);

        FindingAssert.Single(design.Run<CrossRegionPremiumRule>(), Descriptors.ER2004, Severity.Error, nyc.Tier!.Location,
            ["er-nyc", "Standard", "New York", "only the Azure regions of geopolitical region North America", "gw", "westeurope", SetPremium],
            design.Gateways[0].Connections[1].Location);
    }

    [Theory]
    [InlineData("London", "uksouth")]
    [InlineData("london2", "UK South")]
    [InlineData("Washington DC", "eastus2")]
    [InlineData("Amsterdam Metro", "westeurope")]
    public void A_local_circuit_reaches_the_regions_local_to_its_location(string location, string region) =>
        Assert.Empty(Connected(region, At("er-local", location, CircuitTier.Local)).Run<CrossRegionPremiumRule>());

    [Theory]
    [InlineData("London", "eastus", "only uksouth")]
    [InlineData("Washington DC", "westeurope", "only eastus and eastus2")]
    [InlineData("Zurich Metro", "japaneast", "only switzerlandnorth")]
    public void A_local_circuit_linked_to_a_region_of_another_geopolitical_region_is_told_to_set_premium(string location, string region, string reach)
    {
        var local = At("er-local", location, CircuitTier.Local);
        var design = Connected(region, local);

        var finding = FindingAssert.Single(design.Run<CrossRegionPremiumRule>(), Descriptors.ER2004, Severity.Error,
            local.Tier!.Location, ["er-local", "Local", location, reach, "gw", region, SetPremium], design.Gateways[0].Connections[0].Location);
        Assert.Empty(finding.Properties);
    }

    [Theory]
    [InlineData("London", "westeurope", "only uksouth", "Europe")]
    [InlineData("Washington DC", "westus2", "only eastus and eastus2", "North America")]
    [InlineData("Zurich Metro", "switzerlandwest", "only switzerlandnorth", "Europe")]
    [InlineData("Amsterdam", "North Europe", "only westeurope", "Europe")]
    public void A_local_circuit_linked_to_another_region_of_its_geopolitical_region_is_told_to_set_standard(string location, string region, string reach, string geo)
    {
        // Before: "set the Premium SKU", though Standard reaches every region of the geopolitical region for less.
        var local = At("er-local", location, CircuitTier.Local);
        var design = Connected(region, local);

        var finding = FindingAssert.Single(design.Run<CrossRegionPremiumRule>(), Descriptors.ER2004, Severity.Error, local.Tier!.Location,
            ["er-local", "Local", location, reach, "gw", region, $"set the Standard SKU (or Premium), which reaches every Azure region of geopolitical region {geo}"],
            design.Gateways[0].Connections[0].Location);
        Assert.Equal("Standard", Assert.Contains(FixProperties.CircuitTier, finding.Properties));
    }

    [Fact]
    public void The_standard_message_reads_as_one_sentence()
    {
        var finding = Assert.Single(Connected("North Europe", At("er-ams-local", "Amsterdam", CircuitTier.Local)).Run<CrossRegionPremiumRule>());

        Assert.Equal(
            "Circuit 'er-ams-local' (Local at Amsterdam) reaches only westeurope, so gateway 'gw' in North Europe cannot use it: set the Standard SKU (or Premium), which reaches every Azure region of geopolitical region Europe",
            finding.Message);
    }

    [Theory]
    [InlineData("Amsterdam", "japaneast")]
    [InlineData("Tokyo", "westeurope")]
    [InlineData("Perth", "brazilsouth")]
    public void A_premium_circuit_reaches_every_region(string location, string region) =>
        Assert.Empty(Connected(region, At("er-premium", location, CircuitTier.Premium)).Run<CrossRegionPremiumRule>());

    [Theory]
    [InlineData("Amsterdam", "West Europe")]
    [InlineData("Zurich2", "switzerlandwest")]
    [InlineData("AMSTERDAM METRO", "northeurope")]
    [InlineData("Seattle", "canadacentral")]
    public void A_standard_circuit_reaches_every_region_of_its_geopolitical_region(string location, string region) =>
        Assert.Empty(Connected(region, At("er-std", location, CircuitTier.Standard)).Run<CrossRegionPremiumRule>());

    [Theory]
    [InlineData("Equinix-Amsterdam-AM5", "eastus")]
    [InlineData("Brussels", "eastus")]
    [InlineData("Atlantis Metro", "eastus")]
    [InlineData("Amsterdam", "spaincentral")]
    [InlineData("Amsterdam", "mars-north")]
    public void A_location_or_region_missing_from_Microsofts_tables_is_silent(string location, string region) =>
        Assert.Empty(Connected(region, At("er-std", location, CircuitTier.Standard)).Run<CrossRegionPremiumRule>());

    [Theory]
    [InlineData("Atlanta", "westus")]
    [InlineData("London", "taiwannorth")]
    public void A_local_circuit_where_Microsoft_lists_no_local_region_or_an_unlisted_gateway_region_is_silent(string location, string region) =>
        Assert.Empty(Connected(region, At("er-local", location, CircuitTier.Local)).Run<CrossRegionPremiumRule>());

    [Fact]
    public void Unknown_values_are_silent()
    {
        var unknownLocation = At("er-1", "Tokyo", CircuitTier.Standard) with
        {
            Connectivity = new ProviderConnectivity { Provider = Make.Set("Equinix"), PeeringLocation = Make.Unknown<string>() },
        };
        var unknownTier = Make.StandardCircuitAt("er-2", "Tokyo") with { Tier = Make.Unknown<CircuitTier>() };
        var unknownRegion = At("er-3", "Tokyo", CircuitTier.Standard);

        Assert.Empty(Connected("westeurope", unknownLocation, unknownTier).Run<CrossRegionPremiumRule>());
        Assert.Empty(Make.DesignOf([unknownRegion], Make.GatewayFor("gw", unknownRegion) with { Region = Make.Unknown<string>() }).Run<CrossRegionPremiumRule>());
    }

    [Fact]
    public void A_circuit_not_seen_whole_may_be_made_premium_out_of_sight_and_is_not_reported()
    {
        var ams = At("er-ams", "Amsterdam", CircuitTier.Standard) with { IsComplete = false };

        Assert.Empty(Connected("eastus", ams).Run<CrossRegionPremiumRule>());
    }

    [Fact]
    public void A_connection_seen_on_a_gateway_not_seen_whole_is_still_judged()
    {
        var ams = At("er-ams", "Amsterdam", CircuitTier.Standard);
        var design = Make.DesignOf([ams], Make.GatewayFor("gw", ams).InRegion("eastus").Incomplete());

        FindingAssert.Single(design.Run<CrossRegionPremiumRule>(), Descriptors.ER2004, Severity.Error,
            ams.Tier!.Location, ["er-ams", "Standard", "Amsterdam", EuropeOnly, "gw", "eastus", SetPremium], design.Gateways[0].Connections[0].Location);
    }

    [Fact]
    public void A_direct_circuit_is_at_its_ports_location()
    {
        var port = Make.Port("erd-sydney", PortEncapsulation.QinQ) with { PeeringLocation = Make.Set("Sydney") };
        var direct = At("er-direct", "Amsterdam", CircuitTier.Standard).OnDirectPort("erd-sydney");
        var design = Connected("westeurope", direct) with { DirectPorts = [port] };

        FindingAssert.Single(design.Run<CrossRegionPremiumRule>(), Descriptors.ER2004, Severity.Error, direct.Tier!.Location,
            ["er-direct", "Standard", "Sydney", "only the Azure regions of geopolitical region Oceania", "gw", "westeurope", SetPremium],
            design.Gateways[0].Connections[0].Location);
    }

    [Fact]
    public void A_circuit_on_two_gateways_it_cannot_reach_is_reported_once()
    {
        var tokyo = At("er-tokyo", "Tokyo", CircuitTier.Standard);
        var design = Make.DesignOf([tokyo], Make.GatewayFor("gw-1", tokyo).InRegion("westeurope"), Make.GatewayFor("gw-2", tokyo).InRegion("eastus"));

        FindingAssert.Single(design.Run<CrossRegionPremiumRule>(), Descriptors.ER2004, Severity.Error, tokyo.Tier!.Location,
            ["er-tokyo", "Standard", "Tokyo", "only the Azure regions of geopolitical region Japan", "gw-1", "westeurope", SetPremium],
            design.Gateways[0].Connections[0].Location);
    }

    [Fact]
    public void Circuits_that_no_gateway_connects_are_not_judged() =>
        Assert.Empty(Make.Design(At("er-ams", "Amsterdam", CircuitTier.Standard), At("er-nyc", "New York", CircuitTier.Standard)).Run<CrossRegionPremiumRule>());

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
    [InlineData("Singapore Metro", "Asia")]
    public void The_table_gives_each_geopolitical_region(string location, string region) =>
        Assert.Equal(region, GeopoliticalRegions.Of(location));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Beijing")]
    [InlineData("Amsterdam ")]
    [InlineData("Atlantis Metro")]
    public void A_location_not_in_the_table_has_no_region(string? location) => Assert.Null(GeopoliticalRegions.Of(location));

    [Theory]
    [InlineData("westeurope", "Europe")]
    [InlineData("UK South", "Europe")]
    [InlineData("westindia", "India")]
    [InlineData("australiacentral2", "Australia Government")]
    [InlineData("westus3", "North America")]
    [InlineData("qatarcentral", "Qatar")]
    public void The_table_gives_the_geopolitical_region_of_each_azure_region(string region, string geopolitical) =>
        Assert.Equal(geopolitical, GeopoliticalRegions.OfAzureRegion(region));

    [Theory]
    [InlineData(null)]
    [InlineData("spaincentral")]
    [InlineData("chinanorth3")]
    public void An_azure_region_not_in_the_table_has_no_geopolitical_region(string? region) => Assert.Null(GeopoliticalRegions.OfAzureRegion(region));
}
