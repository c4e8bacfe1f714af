using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER3004: a gateway learns more routes than its SKU holds, or advertises more prefixes than a connection carries.</summary>
public class GatewayRouteLimitRuleTests
{
    private const string Summarize = "advertise fewer, summarized prefixes from on-premises";
    private const string SummarizeOrGrow = "advertise fewer, summarized prefixes from on-premises, or use a larger SKU";
    private const string SummarizeAddressSpace = "summarize the address space (advertised gateway prefixes, summarizedGatewayPrefixes) or use fewer prefixes";

    // A circuit whose private peering advertises `count` distinct /24s from the `first`th on (on the primary link).
    private static Circuit Advertising(string name, int count, int first = 0) =>
        Make.CircuitAt(name, "Amsterdam").WithPrivatePeering(p => p.Advertising(LinkRole.Primary, Make.Prefixes(count, first: first)));

    private static Gateway GatewayOf(GatewaySku sku, params Circuit[] circuits) => Make.GatewayFor("ergw", circuits) with { Sku = Make.Set(sku) };

    [Theory]
    [InlineData(GatewaySku.Standard, 4000, SummarizeOrGrow)]
    [InlineData(GatewaySku.ErGw1AZ, 4000, SummarizeOrGrow)]
    [InlineData(GatewaySku.HighPerformance, 9500, Summarize)]
    [InlineData(GatewaySku.ErGw2AZ, 9500, Summarize)]
    [InlineData(GatewaySku.UltraPerformance, 9500, Summarize)]
    [InlineData(GatewaySku.ErGw3AZ, 9500, Summarize)]
    public void Routes_learned_above_the_sku_limit_are_reported_and_up_to_it_are_silent(GatewaySku sku, int limit, string fix)
    {
        // Two circuits share half their prefixes: each distinct prefix is one route.
        var ams = Advertising("er-ams", limit / 2 + 1);
        var lon = Advertising("er-lon", limit / 2, first: limit / 2);
        var over = Advertising("er-par", limit / 2, first: limit / 2 + 1);

        Assert.Empty(Make.DesignOf([ams, lon], GatewayOf(sku, ams, lon)).Run<GatewayRouteLimitRule>());
        var gateway = GatewayOf(sku, ams, over);
        FindingAssert.Single(Make.DesignOf([ams, over], gateway).Run<GatewayRouteLimitRule>(), Descriptors.ER3004, Severity.Warning, gateway.Location,
            ["ergw", $"learns {limit + 1} routes from the private peerings of its circuits, more than the {limit} that {sku} holds", fix]);
    }

    [Fact]
    public void Ergwscale_holds_9500_routes_whatever_its_scale_units()
    {
        var ams = Advertising("er-ams", 9501);
        var gateway = GatewayOf(GatewaySku.ErGwScale, ams).WithScaleUnits(1, 1);

        FindingAssert.Single(Make.DesignOf([ams], gateway).Run<GatewayRouteLimitRule>(), Descriptors.ER3004, Severity.Warning, gateway.Location,
            ["ergw", "learns 9501 routes from the private peerings of its circuits, more than the 9500 that ErGwScale with 1 scale unit holds", Summarize]);
    }

    [Fact]
    public void Microsoft_peering_unknown_prefixes_basic_and_unknown_skus_are_not_counted()
    {
        var ams = Make.Circuit("er-ams", Make.Private().Advertising(LinkRole.Primary, [.. Make.Prefixes(3999), Make.Unknown<IpPrefix>(), Make.Unknown<IpPrefix>()]),
            Make.Microsoft().Advertising(LinkRole.Primary, Make.Prefixes(10, first: 5000)));

        Assert.Empty(Make.DesignOf([ams], GatewayOf(GatewaySku.ErGw1AZ, ams)).Run<GatewayRouteLimitRule>());
        var many = Advertising("er-lon", 10000);
        Assert.Empty(Make.DesignOf([many], GatewayOf(GatewaySku.Basic, many)).Run<GatewayRouteLimitRule>());
        Assert.Empty(Make.DesignOf([many], GatewayOf(GatewaySku.ErGw1AZ, many) with { Sku = Make.Unknown<GatewaySku>() }).Run<GatewayRouteLimitRule>());
    }

    [Theory]
    [InlineData(IpFamily.IPv4, 1000)]
    [InlineData(IpFamily.IPv6, 100)]
    public void An_address_space_above_what_a_connection_carries_is_reported_on_the_prefix_that_goes_over(IpFamily family, int limit)
    {
        var ams = Make.CircuitAt("er-ams", "Amsterdam");
        var space = Make.Prefixes(limit + 1, family);
        var atLimit = GatewayOf(GatewaySku.ErGw3AZ, ams) with { AddressSpace = [.. space.Take(limit), .. space.Take(3)] };
        var over = GatewayOf(GatewaySku.ErGw3AZ, ams) with { AddressSpace = space };

        Assert.Empty(Make.DesignOf([ams], atLimit).Run<GatewayRouteLimitRule>());
        FindingAssert.Single(Make.DesignOf([ams], over).Run<GatewayRouteLimitRule>(), Descriptors.ER3004, Severity.Warning, space[limit].Location,
            ["ergw", $"advertises its virtual network's address space on each connection, and prefix {space[limit].Value} is {family} prefix {limit + 1}, more than the {limit} a connection carries, so the connection disconnects", SummarizeAddressSpace],
            over.Location);
    }

    [Fact]
    public void An_address_space_without_a_connection_or_not_known_is_silent()
    {
        var unconnected = Make.Gateway("ergw", GatewaySku.ErGw3AZ) with { AddressSpace = Make.Prefixes(1001) };
        var unknown = Make.Gateway("ergw-unknown", GatewaySku.ErGw3AZ, Make.Connection("er-ams"))
            with { AddressSpace = [.. Make.Prefixes(1000), Make.Unknown<IpPrefix>()] };

        Assert.Empty(Make.Design(unconnected, unknown).Run<GatewayRouteLimitRule>());
    }
}
