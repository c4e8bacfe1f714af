using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER2001: a gateway or an on-premises site reaches Azure with less than the configured resiliency.</summary>
public class MinimumResiliencyRuleTests
{
    private const string MetroFix = "add a circuit at a second peering location, or make the circuit an ExpressRoute Metro circuit";
    private const string SecondLocationFix = "add a circuit at a second peering location";

    private static IReadOnlyList<Finding> Run(NetworkDesignModel design, ResiliencyLevel minimum = ResiliencyLevel.High) =>
        RuleEngine.Evaluate(design, new RuleOptions { MinimumResiliency = minimum }, [new MinimumResiliencyRule()]);

    [Fact]
    public void A_gateway_with_one_circuit_is_standard_and_reported_on_the_gateway_with_the_circuit_as_additional_location()
    {
        var er = Make.StandardCircuitAt("er-ams", "Amsterdam");
        var gateway = Make.GatewayFor("gw-weu", er);

        var finding = FindingAssert.Single(Run(Make.DesignOf([er], gateway)), Descriptors.ER2001, Severity.Warning, gateway.Location,
            ["Gateway", "gw-weu", "standard", "high", MetroFix], er.Location);
        Assert.Equal(
            "Gateway 'gw-weu' reaches Azure with standard resiliency, below the configured minimum (high): add a circuit at a second peering location, or make the circuit an ExpressRoute Metro circuit",
            finding.Message);
        Assert.Same(gateway, finding.Element);
    }

    [Theory]
    [InlineData(ResiliencyLevel.Standard, false, false)]
    [InlineData(ResiliencyLevel.High, false, true)]
    [InlineData(ResiliencyLevel.Maximum, false, true)]
    [InlineData(ResiliencyLevel.Standard, true, false)]
    [InlineData(ResiliencyLevel.High, true, false)]
    [InlineData(ResiliencyLevel.Maximum, true, true)]
    public void One_circuit_is_judged_against_each_minimum(ResiliencyLevel minimum, bool metro, bool reported)
    {
        var er = Make.StandardCircuitAt("er-ams", metro ? "Amsterdam Metro" : "Amsterdam");
        var gateway = Make.GatewayFor("gw-weu", er);

        var findings = Run(Make.DesignOf([er], gateway), minimum);

        if (reported)
        {
            FindingAssert.Single(findings, Descriptors.ER2001, Severity.Warning, gateway.Location,
                ["Gateway", "gw-weu", metro ? "high" : "standard", minimum.ToString().ToLowerInvariant(), minimum == ResiliencyLevel.Maximum ? SecondLocationFix : MetroFix],
                er.Location);
        }
        else
        {
            Assert.Empty(findings);
        }
    }

    [Fact]
    public void The_default_minimum_is_high()
    {
        var er = Make.StandardCircuitAt("er-ams", "Amsterdam");
        var design = Make.DesignOf([er], Make.GatewayFor("gw-weu", er));

        Assert.Equal(ResiliencyLevel.High, RuleOptions.Default.MinimumResiliency);
        Assert.Equal(["standard", "high"], design.Run<MinimumResiliencyRule>()[0].MessageArguments.Skip(2).Take(2));
    }

    [Theory]
    [InlineData("Amsterdam", "Amsterdam2")]
    [InlineData("Amsterdam", "London")]
    public void Circuits_at_two_peering_locations_are_maximum_and_silent(string first, string second)
    {
        var ams = Make.StandardCircuitAt("er-1", first);
        var other = Make.StandardCircuitAt("er-2", second);

        Assert.Empty(Run(Make.DesignOf([ams, other], Make.GatewayFor("gw", ams, other)), ResiliencyLevel.Maximum));
    }

    [Fact]
    public void Circuits_at_one_peering_location_are_left_to_ER2002()
    {
        var first = Make.StandardCircuitAt("er-1", "Amsterdam");
        var second = Make.StandardCircuitAt("er-2", "AMSTERDAM");

        Assert.Empty(Run(Make.DesignOf([first, second], Make.GatewayFor("gw", first, second)), ResiliencyLevel.Maximum));
    }

    [Fact]
    public void Two_connections_to_one_circuit_are_one_circuit()
    {
        var er = Make.StandardCircuitAt("er-ams", "Amsterdam");
        var gateway = Make.GatewayFor("gw", er, er);

        FindingAssert.Single(Run(Make.DesignOf([er], gateway)), Descriptors.ER2001, Severity.Warning, gateway.Location,
            ["Gateway", "gw", "standard", "high", MetroFix], er.Location);
    }

    [Fact]
    public void Two_equal_circuits_of_two_gateways_are_told_apart()
    {
        // Equal records except their names: each gateway has its own circuit.
        var first = Make.StandardCircuitAt("er-1", "Amsterdam");
        var second = first with { Name = "er-2" };
        var gw1 = Make.GatewayFor("gw-1", first);
        var gw2 = Make.GatewayFor("gw-2", second);

        var findings = Run(Make.DesignOf([first, second], gw1, gw2));

        Assert.Collection(
            findings,
            f => FindingAssert.Is(f, Descriptors.ER2001, Severity.Warning, gw1.Location, ["Gateway", "gw-1", "standard", "high", MetroFix], first.Location),
            f => FindingAssert.Is(f, Descriptors.ER2001, Severity.Warning, gw2.Location, ["Gateway", "gw-2", "standard", "high", MetroFix], second.Location));
    }

    [Fact]
    public void An_unknown_location_may_be_a_metro_location_and_is_silent()
    {
        var er = Make.StandardCircuitAt("er-ams", "Amsterdam") with
        {
            Connectivity = new ProviderConnectivity { Provider = Make.Set("Equinix"), PeeringLocation = Make.Unknown<string>() },
        };

        Assert.Empty(Run(Make.DesignOf([er], Make.GatewayFor("gw", er))));
    }

    [Theory]
    [InlineData("Amsterdam Metro", false)]
    [InlineData("singapore metro", false)]
    [InlineData("Chicago Metro", false)]
    [InlineData("Amsterdam", true)]
    [InlineData("Amsterdam2", true)]
    public void Azure_makes_a_circuit_metro_by_its_peering_location_not_by_the_metro_declaration(string location, bool reported)
    {
        // Before: a circuit at "Amsterdam Metro" without .Metro() was standard, and .Metro() anywhere was high.
        var er = Make.StandardCircuitAt("er-ams", location) with { IsMetro = reported };
        var gateway = Make.GatewayFor("gw", er);

        var findings = Run(Make.DesignOf([er], gateway));

        if (reported)
        {
            FindingAssert.Single(findings, Descriptors.ER2001, Severity.Warning, gateway.Location, ["Gateway", "gw", "standard", "high", MetroFix], er.Location);
        }
        else
        {
            Assert.Empty(findings);
        }
    }

    [Fact]
    public void A_metro_name_for_a_city_Microsoft_does_not_list_is_unknown_and_silent()
    {
        var er = Make.StandardCircuitAt("er-x", "Atlantis Metro");

        Assert.Empty(Run(Make.DesignOf([er], Make.GatewayFor("gw", er))));
    }

    [Fact]
    public void A_circuit_not_seen_whole_is_judged_by_its_peering_location_which_is_set_once()
    {
        var er = Make.StandardCircuitAt("er-ams", "Amsterdam") with { IsComplete = false };
        var gateway = Make.GatewayFor("gw", er);

        FindingAssert.Single(Run(Make.DesignOf([er], gateway)), Descriptors.ER2001, Severity.Warning, gateway.Location,
            ["Gateway", "gw", "standard", "high", MetroFix], er.Location);
    }

    [Fact]
    public void A_metro_circuit_not_seen_whole_is_still_high()
    {
        var er = Make.StandardCircuitAt("er-ams", "Amsterdam Metro") with { IsComplete = false };
        var gateway = Make.GatewayFor("gw", er);

        FindingAssert.Single(Run(Make.DesignOf([er], gateway), ResiliencyLevel.Maximum), Descriptors.ER2001, Severity.Warning, gateway.Location,
            ["Gateway", "gw", "high", "maximum", SecondLocationFix], er.Location);
    }

    [Fact]
    public void A_circuit_without_connectivity_is_not_judged()
    {
        var er = Make.StandardCircuitAt("er-ams", "Amsterdam") with { Connectivity = null };

        Assert.Empty(Run(Make.DesignOf([er], Make.GatewayFor("gw", er))));
    }

    [Fact]
    public void A_gateway_not_seen_whole_may_have_more_connections_and_is_silent()
    {
        var er = Make.StandardCircuitAt("er-ams", "Amsterdam").EndingAt(null);

        Assert.Empty(Run(Make.DesignOf([er], Make.GatewayFor("gw", er) with { IsComplete = false })));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("er-elsewhere")]
    public void A_gateway_with_a_connection_to_an_unknown_or_missing_circuit_is_silent(string? circuitName)
    {
        // The circuit's links end at no known site, so that only the gateway could be judged.
        var er = Make.StandardCircuitAt("er-ams", "Amsterdam").EndingAt(null);
        var gateway = Make.GatewayFor("gw", er);
        gateway = gateway with { Connections = [.. gateway.Connections, new Connection { Name = "other", CircuitName = circuitName }] };

        Assert.Empty(Run(Make.DesignOf([er], gateway)));
    }

    [Fact]
    public void A_gateway_without_connections_is_silent()
    {
        var er = Make.StandardCircuitAt("er-ams", "Amsterdam").EndingAt(null);

        Assert.Empty(Run(Make.DesignOf([er], Make.GatewayFor("gw"))));
    }

    [Fact]
    public void A_site_with_one_circuit_and_no_gateway_is_reported_on_the_site()
    {
        var er = Make.StandardCircuitAt("er-ams", "Amsterdam");
        var design = Make.Design(er);
        var site = design.Sites[0];

        var finding = FindingAssert.Single(Run(design), Descriptors.ER2001, Severity.Warning, site.Location,
            ["Site", "dc1", "standard", "high", MetroFix], er.Location);
        Assert.StartsWith("Site 'dc1' reaches Azure with standard resiliency", finding.Message, System.StringComparison.Ordinal);
        Assert.Same(site, finding.Element);
    }

    [Fact]
    public void A_site_whose_circuits_are_a_gateways_is_reported_once_on_the_gateway()
    {
        var er = Make.StandardCircuitAt("er-ams", "Amsterdam");
        var gateway = Make.GatewayFor("gw", er);

        Assert.Equal([gateway.Location], Run(Make.DesignOf([er], gateway)).Select(f => f.Location));
    }

    [Fact]
    public void Gateways_with_one_circuit_each_are_reported_and_their_site_with_both_is_not()
    {
        var ams = Make.StandardCircuitAt("er-ams", "Amsterdam");
        var fra = Make.StandardCircuitAt("er-fra", "Frankfurt");
        var gw1 = Make.GatewayFor("gw-1", ams);
        var gw2 = Make.GatewayFor("gw-2", fra);

        Assert.Equal([gw1.Location, gw2.Location], Run(Make.DesignOf([ams, fra], gw1, gw2)).Select(f => f.Location));
    }

    [Fact]
    public void Sites_are_not_judged_when_circuits_end_at_two_sites_that_an_unseen_network_may_join()
    {
        var design = Make.Design(Make.StandardCircuitAt("er-ams", "Amsterdam"), Make.StandardCircuitAt("er-lon", "London").EndingAt("dc2"));
        design = design with { Sites = [.. design.Sites, Make.Site("dc2", Make.Set<Asn>(65020))] };

        Assert.Empty(Run(design, ResiliencyLevel.Maximum));
    }

    [Fact]
    public void Sites_are_not_judged_when_the_design_was_not_seen_whole()
    {
        var design = Make.Design(Make.StandardCircuitAt("er-ams", "Amsterdam")) with { IsComplete = false };

        Assert.Empty(Run(design));
    }

    [Fact]
    public void Sites_are_not_judged_when_a_circuit_was_not_seen_whole()
    {
        // Its links may end at another site too; the gateway-less design would otherwise be judged on its site.
        var design = Make.Design(Make.StandardCircuitAt("er-ams", "Amsterdam") with { IsComplete = false, IsMetro = true });

        Assert.Empty(Run(design, ResiliencyLevel.Maximum));
    }

    [Fact]
    public void Sites_are_not_judged_when_a_peering_was_not_seen_whole()
    {
        var design = Make.Design(Make.StandardCircuitAt("er-ams", "Amsterdam").WithPrivatePeering(p => p with { IsComplete = false }));

        Assert.Empty(Run(design));
    }

    [Fact]
    public void Sites_are_not_judged_when_the_site_of_a_link_is_unknown()
    {
        var design = Make.Design(Make.StandardCircuitAt("er-ams", "Amsterdam"), Make.StandardCircuitAt("er-lon", "London").EndingAt(null));

        Assert.Empty(Run(design));
    }

    [Fact]
    public void A_design_without_gateways_or_links_has_nothing_to_judge()
    {
        Assert.Empty(Run(Make.Design(Make.StandardCircuitAt("er-ams", "Amsterdam").EndingAt(null) with { Peerings = [] }), ResiliencyLevel.Maximum));
    }

    [Theory]
    [InlineData("standard", ResiliencyLevel.Standard)]
    [InlineData("HIGH", ResiliencyLevel.High)]
    [InlineData(" Maximum ", ResiliencyLevel.Maximum)]
    public void The_option_reads_each_level_in_any_case(string text, ResiliencyLevel expected)
    {
        Assert.True(RuleOptions.TryParseResiliency(text, out var level));
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData("highest")]
    [InlineData("")]
    [InlineData(null)]
    public void An_invalid_option_keeps_the_default(string? text)
    {
        Assert.False(RuleOptions.TryParseResiliency(text, out var level));
        Assert.Equal(ResiliencyLevel.High, level);
    }
}
