using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER1009: planned steady-state traffic exceeds the circuit bandwidth.</summary>
public class TrafficAboveBandwidthRuleTests
{
    // Make.Circuit is a 1-Gbps provider circuit.
    private static Circuit Circuit(Setting<Bandwidth>? traffic) => Make.Circuit("er-ams", Make.Private()) with { ExpectedTraffic = traffic };

    [Fact]
    public void Traffic_within_the_bandwidth_is_silent()
    {
        var design = Make.Design(Circuit(Make.Set(Bandwidth.Mbps(800))));

        Assert.Empty(design.Run<TrafficAboveBandwidthRule>());
    }

    [Fact]
    public void Traffic_equal_to_the_bandwidth_is_silent()
    {
        var design = Make.Design(Circuit(Make.Set(Bandwidth.Mbps(1000))));

        Assert.Empty(design.Run<TrafficAboveBandwidthRule>());
    }

    [Fact]
    public void Traffic_one_megabit_above_the_bandwidth_is_reported_on_the_traffic_with_the_bandwidth_as_additional_location()
    {
        var circuit = Circuit(Make.Set(Bandwidth.Mbps(1001)));

        var finding = FindingAssert.Single(Make.Design(circuit).Run<TrafficAboveBandwidthRule>(), Descriptors.ER1009, Severity.Warning,
            circuit.ExpectedTraffic!.Location, ["er-ams", "1001 Mbps", "1 Gbps"], circuit.Connectivity!.Location);
        Assert.Equal(
            "Circuit 'er-ams' expects 1001 Mbps of steady-state traffic, more than its bandwidth of 1 Gbps: raise the bandwidth to at least 1001 Mbps, because the traffic above it relies on the second link, which is meant for redundancy",
            finding.Message);
        Assert.Same(circuit, finding.Element);
    }

    [Fact]
    public void A_direct_circuit_is_compared_with_its_own_bandwidth()
    {
        var circuit = Circuit(Make.Set(Bandwidth.Gbps(12))).OnDirectPort("erd-ams");

        FindingAssert.Single(Make.Design(circuit).Run<TrafficAboveBandwidthRule>(), Descriptors.ER1009, Severity.Warning,
            circuit.ExpectedTraffic!.Location, ["er-ams", "12 Gbps", "10 Gbps"], circuit.Connectivity!.Location);
    }

    [Fact]
    public void No_stated_traffic_is_silent()
    {
        Assert.Empty(Make.Design(Circuit(null)).Run<TrafficAboveBandwidthRule>());
    }

    [Fact]
    public void Unknown_traffic_or_bandwidth_is_silent()
    {
        var unknownTraffic = Circuit(Make.Unknown<Bandwidth>());
        var unknownBandwidth = Circuit(Make.Set(Bandwidth.Gbps(5))) with
        {
            Connectivity = new ProviderConnectivity { Bandwidth = Make.Unknown<Bandwidth>(), Location = Make.At() },
        };
        var noConnectivity = Circuit(Make.Set(Bandwidth.Gbps(5))) with { Connectivity = null };

        Assert.Empty(Make.Design(unknownTraffic, unknownBandwidth with { Name = "er-lon" }, noConnectivity with { Name = "er-fra" }).Run<TrafficAboveBandwidthRule>());
    }

    [Fact]
    public void An_incomplete_circuit_is_silent_because_unseen_code_may_state_the_traffic_again()
    {
        var design = Make.Design(Circuit(Make.Set(Bandwidth.Gbps(5))) with { IsComplete = false });

        Assert.Empty(design.Run<TrafficAboveBandwidthRule>());
    }

    [Fact]
    public void Each_circuit_is_checked_on_its_own()
    {
        var good = Circuit(Make.Set(Bandwidth.Mbps(500)));
        var bad = Circuit(Make.Set(Bandwidth.Gbps(2))) with { Name = "er-lon" };

        var finding = Assert.Single(Make.Design(good, bad).Run<TrafficAboveBandwidthRule>());

        Assert.Equal(["er-lon", "2 Gbps", "1 Gbps"], finding.MessageArguments);
    }
}
