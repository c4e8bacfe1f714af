using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER4009: a Microsoft peering without a route filter receives no prefixes.</summary>
public class MissingRouteFilterRuleTests
{
    private static Peering Unfiltered() => Make.Microsoft() with { RouteFilter = null };

    [Fact]
    public void A_Microsoft_peering_without_a_route_filter_is_reported_on_the_peering_with_a_name_for_the_fix()
    {
        var microsoft = Unfiltered();

        var finding = FindingAssert.Single(Make.Design(Make.Private(), microsoft).Run<MissingRouteFilterRule>(), Descriptors.ER4009, Severity.Warning,
            microsoft.Location, ["er-ams"]);
        Assert.Equal(
            "Microsoft peering of circuit 'er-ams' has no route filter, so Microsoft advertises no prefixes on it: " +
            "attach one with RouteFilter(name, rf => rf.Allow(...)) that allows the BGP communities of the services you use",
            finding.Message);
        Assert.Equal("er-ams-routefilter", finding.Properties[FixProperties.RouteFilterName]);
        Assert.Same(microsoft, finding.Element);
    }

    [Fact]
    public void A_Microsoft_peering_with_a_route_filter_and_private_peering_are_silent()
    {
        Assert.Empty(Make.Design(Make.Private(), Make.Microsoft()).Run<MissingRouteFilterRule>());
    }

    [Fact]
    public void A_route_filter_whose_communities_are_not_known_counts_as_attached()
    {
        var microsoft = Make.Microsoft() with { RouteFilter = new RouteFilter { Name = null, Location = Make.At(), Communities = [Make.Unknown<BgpCommunity>()] } };

        Assert.Empty(Make.Design(microsoft).Run<MissingRouteFilterRule>());
    }

    [Fact]
    public void A_peering_not_seen_whole_is_silent_because_its_route_filter_may_be_out_of_sight()
    {
        Assert.Empty(Make.Design(Unfiltered() with { IsComplete = false }).Run<MissingRouteFilterRule>());
    }

    [Fact]
    public void Each_circuit_is_reported_and_an_unknown_circuit_name_gets_no_fix_name()
    {
        var design = Make.Design(Make.Circuit("er-ams", Unfiltered()), Make.Circuit(null!, Unfiltered()), Make.Circuit("er-fra", Make.Microsoft()));

        Assert.Collection(
            design.Run<MissingRouteFilterRule>(),
            f => Assert.Equal(["er-ams"], f.MessageArguments),
            f =>
            {
                Assert.Equal(["(unknown)"], f.MessageArguments);
                Assert.Empty(f.Properties);
            });
    }

    [Fact]
    public void A_fix_name_longer_than_Azure_allows_is_not_offered()
    {
        var design = Make.Design(Make.Circuit(new string('c', 70), Unfiltered()));

        Assert.Empty(Assert.Single(design.Run<MissingRouteFilterRule>()).Properties);
    }
}
