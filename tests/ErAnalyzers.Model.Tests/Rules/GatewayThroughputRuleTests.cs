using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER2011: the traffic planned through a gateway exceeds its fixed throughput; Info when only a circuit's bandwidth does.</summary>
public class GatewayThroughputRuleTests
{
    private const string Fix = "use a larger SKU (more scale units for ErGwScale), FastPath where the gateway supports it, or spread the virtual networks over more gateways";
    private const string InfoFix = "make sure the traffic through the gateway stays within its throughput, or use a larger SKU";

    private static Circuit Planned(string name, long megabits, long bandwidthGbps = 1) =>
        Make.CircuitAt(name, "Amsterdam").WithBandwidth(Bandwidth.Gbps(bandwidthGbps)).Expecting(Make.Set(Bandwidth.Mbps(megabits)));

    private static Gateway GatewayOf(GatewaySku sku, params Circuit[] circuits) => Make.GatewayFor("ergw", circuits) with { Sku = Make.Set(sku) };

    [Theory]
    [InlineData(GatewaySku.Standard, 1000)]
    [InlineData(GatewaySku.ErGw1AZ, 1000)]
    [InlineData(GatewaySku.HighPerformance, 2000)]
    [InlineData(GatewaySku.ErGw2AZ, 2000)]
    [InlineData(GatewaySku.UltraPerformance, 10000)]
    [InlineData(GatewaySku.ErGw3AZ, 10000)]
    public void Planned_traffic_above_the_sku_throughput_is_reported_and_up_to_it_is_silent(GatewaySku sku, long throughput)
    {
        var ams = Planned("er-ams", throughput / 2, bandwidthGbps: 10);
        var lon = Planned("er-lon", throughput / 2, bandwidthGbps: 10);
        var par = Planned("er-par", 1, bandwidthGbps: 10);
        var full = GatewayOf(sku, ams, lon);
        var over = GatewayOf(sku, ams, lon, par) with { Name = "ergw-over" };

        Assert.DoesNotContain(Make.DesignOf([ams, lon], full).Run<GatewayThroughputRule>(), f => f.Severity == Severity.Warning);
        var finding = FindingAssert.Single(Make.DesignOf([ams, lon, par], over).Run<GatewayThroughputRule>(), Descriptors.ER2011, Severity.Warning,
            over.Location, ["ergw-over", sku.ToString(), Bandwidth.Mbps(throughput).ToString(),
                $"the circuits connected to it plan {Bandwidth.Mbps(throughput + 1)} of steady-state traffic through it ('er-ams' {Bandwidth.Mbps(throughput / 2)}, 'er-lon' {Bandwidth.Mbps(throughput / 2)}, 'er-par' 1 Mbps)", Fix],
            ams.ExpectedTraffic!.Location, lon.ExpectedTraffic!.Location, par.ExpectedTraffic!.Location);
        Assert.Same(over, finding.Element);
    }

    [Fact]
    public void The_message_reads_well()
    {
        var ams = Planned("er-ams", 800);
        var lon = Planned("er-lon", 600);

        var finding = Assert.Single(Make.DesignOf([ams, lon], GatewayOf(GatewaySku.ErGw1AZ, ams, lon)).Run<GatewayThroughputRule>());

        Assert.Equal(
            "Gateway 'ergw' (ErGw1AZ) carries at most 1 Gbps, fixed and not burstable, but the circuits connected to it plan 1400 Mbps of steady-state traffic through it ('er-ams' 800 Mbps, 'er-lon' 600 Mbps): " + Fix,
            finding.Message);
    }

    [Theory]
    [InlineData(2, 5, 5000, false)]
    [InlineData(2, 5, 5001, true)]
    [InlineData(10, 10, 10001, true)]
    public void Ergwscale_carries_1_gbps_per_scale_unit_up_to_its_maximum(int minimum, int maximum, long planned, bool reported)
    {
        var ams = Planned("er-ams", planned, bandwidthGbps: 10);
        var gateway = GatewayOf(GatewaySku.ErGwScale, ams).WithScaleUnits(minimum, maximum);

        Assert.Equal(reported, Make.DesignOf([ams], gateway).Run<GatewayThroughputRule>().Any(f => f.Severity == Severity.Warning));
    }

    [Fact]
    public void A_circuit_faster_than_the_gateway_is_information_on_its_connection()
    {
        var ams = Planned("er-ams", 100, bandwidthGbps: 1);
        var lon = Make.CircuitAt("er-lon", "London").WithBandwidth(Bandwidth.Gbps(10));
        var gateway = GatewayOf(GatewaySku.ErGw2AZ, ams, lon);

        FindingAssert.Single(Make.DesignOf([ams, lon], gateway).Run<GatewayThroughputRule>(), Descriptors.ER2011, Severity.Info,
            gateway.Connections[1].Location, ["ergw", "ErGw2AZ", "2 Gbps", "circuit 'er-lon' connected to it has 10 Gbps of bandwidth", InfoFix], gateway.Location);
    }

    [Fact]
    public void Circuits_no_faster_than_the_gateway_without_planned_traffic_are_silent()
    {
        var ams = Make.CircuitAt("er-ams", "Amsterdam").WithBandwidth(Bandwidth.Gbps(2));

        Assert.Empty(Make.DesignOf([ams], GatewayOf(GatewaySku.ErGw2AZ, ams)).Run<GatewayThroughputRule>());
    }

    [Fact]
    public void Fastpath_connections_bypass_the_gateway_and_count_for_nothing()
    {
        var ams = Planned("er-ams", 9000, bandwidthGbps: 10);
        var gateway = GatewayOf(GatewaySku.ErGw3AZ, ams);
        gateway = gateway with { Sku = Make.Set(GatewaySku.ErGw1AZ), Connections = [gateway.Connections[0].WithFastPath()] };

        Assert.Empty(Make.DesignOf([ams], gateway).Run<GatewayThroughputRule>());
    }

    // Traffic that may take another path is not counted, so that the sum never overstates: the faster circuit is
    // still information.
    [Fact]
    public void Traffic_that_may_not_all_go_through_the_gateway_is_not_counted()
    {
        var shared = Planned("er-shared", 1500, bandwidthGbps: 2);
        var microsoft = Planned("er-microsoft", 1500, bandwidthGbps: 2) with { Peerings = [Make.Private(), Make.Microsoft()] };
        var reached = Planned("er-reached", 1500, bandwidthGbps: 2);
        var gateway = GatewayOf(GatewaySku.ErGw1AZ, shared, microsoft, reached);
        var other = GatewayOf(GatewaySku.ErGw1AZ, shared) with { Name = "ergw-other" };
        var design = Make.DesignOf([shared, microsoft, reached], gateway, other) with { GlobalReach = [Make.GlobalReach("er-reached", "er-elsewhere")] };

        Assert.All(design.Run<GatewayThroughputRule>(), f => Assert.Equal(Severity.Info, f.Severity));
    }

    [Fact]
    public void Unknown_or_unfinished_values_are_silent()
    {
        var unknownTraffic = Make.CircuitAt("er-ams", "Amsterdam").Expecting(Make.Unknown<Bandwidth>());
        var incomplete = Planned("er-lon", 5000, bandwidthGbps: 10) with { IsComplete = false };

        Assert.Empty(Make.DesignOf([unknownTraffic, incomplete], GatewayOf(GatewaySku.ErGw1AZ, unknownTraffic, incomplete)).Run<GatewayThroughputRule>());

        var ams = Planned("er-ams", 5000, bandwidthGbps: 10);
        Assert.Empty(Make.DesignOf([ams], GatewayOf(GatewaySku.ErGw1AZ, ams) with { Sku = Make.Unknown<GatewaySku>() }).Run<GatewayThroughputRule>());
        Assert.Empty(Make.DesignOf([ams], GatewayOf(GatewaySku.Basic, ams)).Run<GatewayThroughputRule>());
        Assert.Empty(Make.DesignOf([ams], GatewayOf(GatewaySku.ErGwScale, ams)).Run<GatewayThroughputRule>());
        Assert.DoesNotContain((Make.DesignOf([ams], GatewayOf(GatewaySku.ErGw1AZ, ams)) with { IsComplete = false }).Run<GatewayThroughputRule>(),
            f => f.Severity == Severity.Warning);
    }
}
