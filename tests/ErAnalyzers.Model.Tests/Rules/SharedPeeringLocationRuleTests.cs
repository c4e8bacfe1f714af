using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER2002: the circuits of a gateway (or of a site) are all at one peering location.</summary>
public class SharedPeeringLocationRuleTests
{
    [Fact]
    public void Two_circuits_of_a_gateway_at_one_location_are_reported_on_the_gateway_with_both_circuits()
    {
        var first = Make.StandardCircuitAt("er-ams-1", "Amsterdam");
        var second = Make.StandardCircuitAt("er-ams-2", "Amsterdam");
        var gateway = Make.GatewayFor("gw-weu", first, second);

        var finding = FindingAssert.Single(Make.DesignOf([first, second], gateway).Run<SharedPeeringLocationRule>(), Descriptors.ER2002, Severity.Warning,
            gateway.Location, AtOneLocation("Gateway", "gw-weu", "2", "Amsterdam"), first.Location, second.Location);
        Assert.Equal(
            "Gateway 'gw-weu' has 2 circuits, all at peering location 'Amsterdam', so the loss of that location cuts them all: move a circuit to another peering location",
            finding.Message);
        Assert.Same(gateway, finding.Element);
    }

    [Fact]
    public void Locations_compare_without_case_and_the_first_is_named()
    {
        var first = Make.StandardCircuitAt("er-1", "Silicon Valley");
        var second = Make.StandardCircuitAt("er-2", "SILICON VALLEY");
        var third = Make.StandardCircuitAt("er-3", "silicon valley");
        var gateway = Make.GatewayFor("gw", first, second, third);

        FindingAssert.Single(Make.DesignOf([first, second, third], gateway).Run<SharedPeeringLocationRule>(), Descriptors.ER2002, Severity.Warning,
            gateway.Location, AtOneLocation("Gateway", "gw", "3", "Silicon Valley"), first.Location, second.Location, third.Location);
    }

    [Theory]
    [InlineData("Amsterdam2")]
    [InlineData("London")]
    public void A_circuit_at_another_location_is_silent(string other)
    {
        var first = Make.StandardCircuitAt("er-1", "Amsterdam");
        var second = Make.StandardCircuitAt("er-2", "Amsterdam");
        var third = Make.StandardCircuitAt("er-3", other);

        Assert.Empty(Make.DesignOf([first, second, third], Make.GatewayFor("gw", first, second, third)).Run<SharedPeeringLocationRule>());
    }

    [Fact]
    public void One_circuit_is_left_to_ER2001()
    {
        var er = Make.StandardCircuitAt("er-ams", "Amsterdam");

        Assert.Empty(Make.DesignOf([er], Make.GatewayFor("gw", er, er)).Run<SharedPeeringLocationRule>());
    }

    [Fact]
    public void An_unknown_location_may_be_another_and_is_silent()
    {
        var first = Make.StandardCircuitAt("er-1", "Amsterdam");
        var second = Make.StandardCircuitAt("er-2", "Amsterdam") with
        {
            Connectivity = new ProviderConnectivity { Provider = Make.Set("Equinix"), PeeringLocation = Make.Unknown<string>() },
        };

        Assert.Empty(Make.DesignOf([first, second], Make.GatewayFor("gw", first, second)).Run<SharedPeeringLocationRule>());
    }

    [Fact]
    public void Direct_circuits_are_at_their_ports_location()
    {
        var port1 = Make.Port("erd-1", PortEncapsulation.QinQ) with { PeeringLocation = Make.Set("Equinix-Amsterdam-AM5") };
        var port2 = Make.Port("erd-2", PortEncapsulation.QinQ) with { PeeringLocation = Make.Set("equinix-amsterdam-am5") };
        var first = Make.StandardCircuitAt("er-1", "Amsterdam").OnDirectPort("erd-1");
        var second = Make.StandardCircuitAt("er-2", "Amsterdam").OnDirectPort("erd-2");
        var gateway = Make.GatewayFor("gw", first, second);
        var design = Make.DesignOf([first, second], gateway) with { DirectPorts = [port1, port2] };

        FindingAssert.Single(design.Run<SharedPeeringLocationRule>(), Descriptors.ER2002, Severity.Warning,
            gateway.Location, AtOneLocation("Gateway", "gw", "2", "Equinix-Amsterdam-AM5"), first.Location, second.Location);
    }

    [Fact]
    public void A_direct_circuit_on_a_port_not_in_the_design_is_at_an_unknown_location()
    {
        var port = Make.Port("erd-1", PortEncapsulation.QinQ) with { PeeringLocation = Make.Set("Amsterdam") };
        var first = Make.StandardCircuitAt("er-1", "Amsterdam").OnDirectPort("erd-1");
        var second = Make.StandardCircuitAt("er-2", "Amsterdam").OnDirectPort("erd-elsewhere");
        var design = Make.DesignOf([first, second], Make.GatewayFor("gw", first, second)) with { DirectPorts = [port] };

        Assert.Empty(design.Run<SharedPeeringLocationRule>());
    }

    [Fact]
    public void A_provider_circuit_and_a_direct_circuit_at_one_location_are_reported()
    {
        var port = Make.Port("erd-ams", PortEncapsulation.Dot1Q) with { PeeringLocation = Make.Set("Amsterdam") };
        var provider = Make.StandardCircuitAt("er-provider", "Amsterdam");
        var direct = Make.StandardCircuitAt("er-direct", "London").OnDirectPort("erd-ams");
        var gateway = Make.GatewayFor("gw", provider, direct);
        var design = Make.DesignOf([provider, direct], gateway) with { DirectPorts = [port] };

        FindingAssert.Single(design.Run<SharedPeeringLocationRule>(), Descriptors.ER2002, Severity.Warning,
            gateway.Location, AtOneLocation("Gateway", "gw", "2", "Amsterdam"), provider.Location, direct.Location);
    }

    [Fact]
    public void Two_metro_circuits_in_one_metro_share_its_location_and_are_said_to_share_the_metro()
    {
        var first = Make.StandardCircuitAt("er-1", "Amsterdam Metro");
        var second = Make.StandardCircuitAt("er-2", "Amsterdam Metro");
        var gateway = Make.GatewayFor("gw", first, second);

        // Before: "all at peering location 'Amsterdam Metro', so the loss of that location cuts them all", which is
        // false: each circuit uses Amsterdam and Amsterdam2.
        var finding = FindingAssert.Single(Make.DesignOf([first, second], gateway).Run<SharedPeeringLocationRule>(), Descriptors.ER2002, Severity.Warning,
            gateway.Location, InOneMetro("Gateway", "gw", "2", "Amsterdam"), first.Location, second.Location);
        Assert.Equal(
            "Gateway 'gw' has 2 circuits, all in the Amsterdam metro (Amsterdam Metro uses Amsterdam and Amsterdam2), so an outage of the metro cuts them all: move a circuit to a peering location in another metro",
            finding.Message);
    }

    [Theory]
    [InlineData("Amsterdam", "Amsterdam")]
    [InlineData("amsterdam2", "Amsterdam")]
    [InlineData("SINGAPORE", "Singapore")]
    public void A_metro_circuit_beside_one_at_a_location_of_its_city_is_information_that_they_share_the_metro(string other, string city)
    {
        // Before: a Warning "all at peering location 'Amsterdam', so the loss of that location cuts them all", false
        // for the Metro circuit, which stays up on Amsterdam2. Whether the pair is below maximum is UNCERTAIN: Info.
        var metro = Make.StandardCircuitAt("er-metro", city + " Metro");
        var second = Make.StandardCircuitAt("er-2", other);
        var gateway = Make.GatewayFor("gw", second, metro);

        FindingAssert.Single(Make.DesignOf([metro, second], gateway).Run<SharedPeeringLocationRule>(), Descriptors.ER2002, Severity.Info,
            gateway.Location, InOneMetro("Gateway", "gw", "2", city), second.Location, metro.Location);
    }

    [Theory]
    [InlineData("Amsterdam Metro", "Amsterdam", "Amsterdam2")]
    [InlineData("Amsterdam Metro", "Zurich Metro", "Zurich Metro")]
    [InlineData("Amsterdam Metro", "Amsterdam3", "Amsterdam3")]
    public void Circuits_with_no_location_in_common_are_silent(string first, string second, string third)
    {
        var a = Make.StandardCircuitAt("er-1", first);
        var b = Make.StandardCircuitAt("er-2", second);
        var c = Make.StandardCircuitAt("er-3", third);

        Assert.Empty(Make.DesignOf([a, b, c], Make.GatewayFor("gw", a, b, c)).Run<SharedPeeringLocationRule>());
    }

    [Fact]
    public void A_gateway_not_seen_whole_is_silent()
    {
        var first = Make.StandardCircuitAt("er-1", "Amsterdam").EndingAt(null);
        var second = Make.StandardCircuitAt("er-2", "Amsterdam").EndingAt(null);

        Assert.Empty(Make.DesignOf([first, second], Make.GatewayFor("gw", first, second) with { IsComplete = false }).Run<SharedPeeringLocationRule>());
    }

    [Fact]
    public void A_site_with_two_circuits_at_one_location_is_reported_on_the_site()
    {
        var first = Make.StandardCircuitAt("er-1", "Amsterdam");
        var second = Make.StandardCircuitAt("er-2", "Amsterdam");
        var design = Make.Design(first, second);

        FindingAssert.Single(design.Run<SharedPeeringLocationRule>(), Descriptors.ER2002, Severity.Warning,
            design.Sites[0].Location, AtOneLocation("Site", "dc1", "2", "Amsterdam"), first.Location, second.Location);
    }

    [Fact]
    public void A_site_and_two_gateways_are_each_reported_when_their_circuits_differ()
    {
        var first = Make.StandardCircuitAt("er-1", "Amsterdam");
        var second = Make.StandardCircuitAt("er-2", "Amsterdam");
        var third = Make.StandardCircuitAt("er-3", "Amsterdam");
        var gw1 = Make.GatewayFor("gw-1", first, second);
        var gw2 = Make.GatewayFor("gw-2", second, third);
        var design = Make.DesignOf([first, second, third], gw1, gw2);

        Assert.Collection(
            design.Run<SharedPeeringLocationRule>(),
            f => FindingAssert.Is(f, Descriptors.ER2002, Severity.Warning, gw1.Location, AtOneLocation("Gateway", "gw-1", "2", "Amsterdam"), first.Location, second.Location),
            f => FindingAssert.Is(f, Descriptors.ER2002, Severity.Warning, gw2.Location, AtOneLocation("Gateway", "gw-2", "2", "Amsterdam"), second.Location, third.Location),
            f => FindingAssert.Is(f, Descriptors.ER2002, Severity.Warning, design.Sites[0].Location, AtOneLocation("Site", "dc1", "3", "Amsterdam"), first.Location, second.Location, third.Location));
    }

    private static string[] AtOneLocation(string kind, string name, string circuits, string location) =>
        [kind, name, circuits, $"all at peering location '{location}'", "the loss of that location", "another peering location"];

    private static string[] InOneMetro(string kind, string name, string circuits, string city) =>
        [kind, name, circuits, $"all in the {city} metro ({city} Metro uses {city} and {city}2)", "an outage of the metro", "a peering location in another metro"];
}
