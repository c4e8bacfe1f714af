using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER2010: Metro() and the peering location disagree.</summary>
public class MetroLocationRuleTests
{
    private const string NotAMetroLocation = "is declared Metro(), but it is not a Metro location, so Azure deploys a circuit at one site";
    private const string NotDeclared = "is not declared Metro(), but Azure deploys a Metro circuit there, across two sites";

    private static Circuit At(string location, bool metro) => Make.StandardCircuitAt("er-1", location) with { IsMetro = metro };

    private static SourceLocation? LocationOf(Circuit circuit) => ((ProviderConnectivity)circuit.Connectivity!).PeeringLocation!.Location;

    [Theory]
    [InlineData("Amsterdam", "Amsterdam Metro")]
    [InlineData("amsterdam2", "Amsterdam Metro")]
    [InlineData("Singapore", "Singapore Metro")]
    [InlineData("Zurich2", "Zurich Metro")]
    public void Metro_at_a_location_of_a_metro_city_names_its_metro_location(string location, string metro)
    {
        var circuit = At(location, metro: true);

        var finding = FindingAssert.Single(Make.Design(circuit).Run<MetroLocationRule>(), Descriptors.ER2010, Severity.Warning,
            LocationOf(circuit), ["er-1", location, NotAMetroLocation, $"use the Metro location '{metro}'"]);
        Assert.Equal(metro, finding.Properties[FixProperties.MetroLocation]);
        Assert.Equal(
            $"Circuit 'er-1' at peering location '{location}' is declared Metro(), but it is not a Metro location, so Azure deploys a circuit at one site: use the Metro location '{metro}'",
            finding.Message);
    }

    [Fact]
    public void Metro_where_the_city_has_no_metro_location_Microsoft_lists_gets_no_fix()
    {
        var circuit = At("Paris", metro: true);

        var finding = FindingAssert.Single(Make.Design(circuit).Run<MetroLocationRule>(), Descriptors.ER2010, Severity.Warning,
            LocationOf(circuit), ["er-1", "Paris", NotAMetroLocation, "use a Metro location (\"City Metro\") or remove Metro()"]);
        Assert.Empty(finding.Properties);
    }

    [Theory]
    [InlineData("Amsterdam Metro")]
    [InlineData("chicago metro")]
    public void A_metro_location_without_metro_is_reported(string location)
    {
        var circuit = At(location, metro: false);

        FindingAssert.Single(Make.Design(circuit).Run<MetroLocationRule>(), Descriptors.ER2010, Severity.Warning,
            LocationOf(circuit), ["er-1", location, NotDeclared, "add Metro()"]);
    }

    [Theory]
    [InlineData("Amsterdam Metro", true)]
    [InlineData("Amsterdam", false)]
    [InlineData("Atlantis Metro", true)]
    [InlineData("Atlantis Metro", false)]
    [InlineData("Atlantis", true)]
    [InlineData("Equinix-Amsterdam-AM5", true)]
    public void Agreement_and_locations_missing_from_Microsofts_tables_are_silent(string location, bool metro) =>
        Assert.Empty(Make.Design(At(location, metro)).Run<MetroLocationRule>());

    [Fact]
    public void A_metro_location_on_a_circuit_not_seen_whole_may_get_metro_out_of_sight()
    {
        Assert.Empty(Make.Design(At("Amsterdam Metro", metro: false) with { IsComplete = false }).Run<MetroLocationRule>());
        Assert.Single(Make.Design(At("Amsterdam", metro: true) with { IsComplete = false }).Run<MetroLocationRule>());
    }

    [Fact]
    public void An_unknown_location_is_silent()
    {
        var circuit = At("Amsterdam", metro: true) with
        {
            Connectivity = new ProviderConnectivity { Provider = Make.Set("Equinix"), PeeringLocation = Make.Unknown<string>() },
        };

        Assert.Empty(Make.Design(circuit).Run<MetroLocationRule>());
    }

    [Fact]
    public void A_direct_circuit_is_judged_at_its_ports_location_without_a_fix()
    {
        var port = Make.Port("erd-ams", PortEncapsulation.QinQ) with { PeeringLocation = Make.Set("Amsterdam") };
        var direct = At("London", metro: true).OnDirectPort("erd-ams");

        var finding = FindingAssert.Single((Make.Design(direct) with { DirectPorts = [port] }).Run<MetroLocationRule>(), Descriptors.ER2010, Severity.Warning,
            port.PeeringLocation!.Location, ["er-1", "Amsterdam", NotAMetroLocation, "use a Metro location (\"City Metro\") or remove Metro()"]);
        Assert.Empty(finding.Properties);
    }
}
