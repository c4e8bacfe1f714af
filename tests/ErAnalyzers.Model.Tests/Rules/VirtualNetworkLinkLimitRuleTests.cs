using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER4010: more virtual network links on a circuit than it allows.</summary>
public class VirtualNetworkLinkLimitRuleTests
{
    private static Circuit Sized(string name, CircuitTier tier, Bandwidth bandwidth) => Make.StandardCircuitAt(name, "Amsterdam").WithTier(tier) with
    {
        Connectivity = new ProviderConnectivity { Provider = Make.Set("Equinix"), PeeringLocation = Make.Set("Amsterdam"), Bandwidth = Make.Set(bandwidth) },
    };

    /// <summary><paramref name="count"/> gateways, each with one connection to the circuit.</summary>
    private static Gateway[] Gateways(Circuit circuit, int count) =>
        [.. Enumerable.Range(1, count).Select(i => Make.GatewayFor($"gw-{i}", circuit))];

    [Theory]
    [InlineData(CircuitTier.Standard)]
    [InlineData(CircuitTier.Local)]
    public void Eleven_links_on_a_standard_or_local_circuit_are_one_too_many(CircuitTier tier)
    {
        var circuit = Sized("er-ams", tier, Bandwidth.Gbps(1));
        var design = Make.DesignOf([circuit], Gateways(circuit, 11));

        var finding = FindingAssert.Single(design.Run<VirtualNetworkLinkLimitRule>(), Descriptors.ER4010, Severity.Error, circuit.Location,
            ["er-ams", tier.ToString(), "1 Gbps", "11", "11", "0", "10", "remove links, or set the Premium SKU (20 to 100 links by bandwidth)"],
            [.. design.Gateways.Select(g => g.Connections[0].Location)]);
        Assert.Equal(
            $"Circuit 'er-ams' ({tier}, 1 Gbps) has 11 virtual network links (11 gateway connections and 0 Global Reach connections), more than the 10 it allows: remove links, or set the Premium SKU (20 to 100 links by bandwidth)",
            finding.Message);
    }

    [Fact]
    public void Ten_links_are_allowed()
    {
        var circuit = Sized("er-ams", CircuitTier.Standard, Bandwidth.Gbps(1));

        Assert.Empty(Make.DesignOf([circuit], Gateways(circuit, 10)).Run<VirtualNetworkLinkLimitRule>());
    }

    [Fact]
    public void Global_reach_connections_the_circuit_owns_count()
    {
        var ams = Sized("er-ams", CircuitTier.Standard, Bandwidth.Gbps(1));
        var lon = Make.StandardCircuitAt("er-lon", "London");
        var reach = Make.Reach(ams, lon);
        var design = Make.DesignOf([ams, lon], Gateways(ams, 10)) with { GlobalReach = [reach] };

        FindingAssert.Single(design.Run<VirtualNetworkLinkLimitRule>(), Descriptors.ER4010, Severity.Error, ams.Location,
            ["er-ams", "Standard", "1 Gbps", "11", "10", "1", "10", "remove links, or set the Premium SKU (20 to 100 links by bandwidth)"],
            [.. design.Gateways.Select(g => g.Connections[0].Location), reach.Location]);
    }

    [Theory]
    [InlineData(50, 20)]
    [InlineData(200, 25)]
    [InlineData(1_000, 50)]
    [InlineData(10_000, 100)]
    [InlineData(100_000, 100)]
    public void Premium_allows_20_to_100_links_by_bandwidth(int megabits, int limit)
    {
        var circuit = Sized("er-ams", CircuitTier.Premium, Bandwidth.Mbps(megabits));
        var over = Make.DesignOf([circuit], Gateways(circuit, limit + 1));

        Assert.Empty(Make.DesignOf([circuit], Gateways(circuit, limit)).Run<VirtualNetworkLinkLimitRule>());
        FindingAssert.Single(over.Run<VirtualNetworkLinkLimitRule>(), Descriptors.ER4010, Severity.Error, circuit.Location,
            ["er-ams", "Premium", Bandwidth.Mbps(megabits).ToString(), (limit + 1).ToString(), (limit + 1).ToString(), "0", limit.ToString(), "remove links, or move some to another circuit"],
            [.. over.Gateways.Select(g => g.Connections[0].Location)]);
    }

    [Fact]
    public void A_bandwidth_with_no_published_premium_limit_is_silent()
    {
        var circuit = Sized("er-ams", CircuitTier.Premium, Bandwidth.Mbps(300));

        Assert.Empty(Make.DesignOf([circuit], Gateways(circuit, 101)).Run<VirtualNetworkLinkLimitRule>());
    }

    [Fact]
    public void What_is_not_seen_whole_keeps_the_rule_silent()
    {
        var circuit = Sized("er-ams", CircuitTier.Standard, Bandwidth.Gbps(1));
        var gateways = Gateways(circuit, 11);

        Assert.Empty((Make.DesignOf([circuit], gateways) with { IsComplete = false }).Run<VirtualNetworkLinkLimitRule>());
        Assert.Empty(Make.DesignOf([circuit], [.. gateways.Skip(1), gateways[0].Incomplete()]).Run<VirtualNetworkLinkLimitRule>());
        Assert.Empty(Make.DesignOf([circuit with { IsComplete = false }], gateways).Run<VirtualNetworkLinkLimitRule>());
        Assert.Empty(Make.DesignOf([circuit with { Tier = Make.Unknown<CircuitTier>() }], gateways).Run<VirtualNetworkLinkLimitRule>());
        Assert.Empty(Make.DesignOf([circuit], [.. gateways, Make.Gateway("gw-x", GatewaySku.ErGw1AZ, Make.Connection(null))]).Run<VirtualNetworkLinkLimitRule>());
    }
}
