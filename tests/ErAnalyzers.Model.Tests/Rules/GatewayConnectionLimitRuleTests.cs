using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER2006: more circuit connections than the gateway SKU allows, or more than 4 circuits from one peering location.</summary>
public class GatewayConnectionLimitRuleTests
{
    private const string LargerSku = "use a larger SKU or connect the circuit to another gateway";
    private const string AnotherGateway = "connect the circuit to another gateway";
    private const string MoreScaleUnits = "raise its minimum scale units or connect the circuit to another gateway";

    private static string TooMany(int limit, string sku, string fix) => $"connection {limit + 1} exceeds the {limit} that {sku} allows; {fix}";

    private static IEnumerable<Circuit> Unconnected(int count) => Enumerable.Range(1, count).Select(i => Make.CircuitAt($"er-other{i}", "Amsterdam"));

    private static string FifthFrom(string circuit, string location) =>
        $"circuit '{circuit}' is the fifth from peering location '{location}', and at most 4 circuits from one peering location may connect to a virtual network; connect it to a gateway in another virtual network";

    [Theory]
    [InlineData(GatewaySku.Standard, 4, LargerSku)]
    [InlineData(GatewaySku.ErGw1AZ, 4, LargerSku)]
    [InlineData(GatewaySku.HighPerformance, 8, LargerSku)]
    [InlineData(GatewaySku.ErGw2AZ, 8, LargerSku)]
    [InlineData(GatewaySku.UltraPerformance, 16, AnotherGateway)]
    [InlineData(GatewaySku.ErGw3AZ, 16, AnotherGateway)]
    public void The_first_connection_above_the_sku_limit_is_reported(GatewaySku sku, int limit, string fix)
    {
        var gateway = Make.Gateway("ergw", sku, Make.Connections(limit + 2));

        var finding = FindingAssert.Single(Make.Design(gateway).Run<GatewayConnectionLimitRule>(), Descriptors.ER2006, Severity.Error,
            gateway.Connections[limit].Location, ["ergw", TooMany(limit, sku.ToString(), fix)]);
        Assert.Same(gateway, finding.Element);
    }

    [Theory]
    [InlineData(GatewaySku.Standard, 4)]
    [InlineData(GatewaySku.ErGw2AZ, 8)]
    [InlineData(GatewaySku.ErGw3AZ, 16)]
    public void Connections_up_to_the_sku_limit_are_silent(GatewaySku sku, int limit) =>
        Assert.Empty(Make.Design(Make.Gateway("ergw", sku, Make.Connections(limit))).Run<GatewayConnectionLimitRule>());

    // Microsoft's "4 (minimum 1 scale unit), 8 (minimum 2 scale units), 16 (minimum 10 scale units)" read as the
    // gateway's configured minimum, the scale units it may autoscale down to: a larger maximum adds nothing.
    [Theory]
    [InlineData(1, 1, 4, "ErGwScale with 1 scale unit", MoreScaleUnits)]
    [InlineData(1, 40, 4, "ErGwScale with 1-40 scale units", MoreScaleUnits)]
    [InlineData(2, 2, 8, "ErGwScale with 2 scale units", MoreScaleUnits)]
    [InlineData(2, 10, 8, "ErGwScale with 2-10 scale units", MoreScaleUnits)]
    [InlineData(9, 40, 8, "ErGwScale with 9-40 scale units", MoreScaleUnits)]
    [InlineData(10, 10, 16, "ErGwScale with 10 scale units", AnotherGateway)]
    [InlineData(10, 40, 16, "ErGwScale with 10-40 scale units", AnotherGateway)]
    public void Ergwscale_is_limited_by_its_minimum_scale_units(int minimum, int maximum, int limit, string sku, string fix)
    {
        var atLimit = Make.Gateway("ergw", GatewaySku.ErGwScale, Make.Connections(limit)).WithScaleUnits(minimum, maximum);
        var above = Make.Gateway("ergw", GatewaySku.ErGwScale, Make.Connections(limit + 1)).WithScaleUnits(minimum, maximum);

        Assert.Empty(Make.Design(atLimit).Run<GatewayConnectionLimitRule>());
        FindingAssert.Single(Make.Design(above).Run<GatewayConnectionLimitRule>(), Descriptors.ER2006, Severity.Error,
            above.Connections[limit].Location, ["ergw", TooMany(limit, sku, fix)]);
    }

    // ER2006 and ER2008 read "minimum N scale units" alike: a gateway scaling from 9 to 40 units has neither the 16
    // connections nor the FastPath of 10 units, and one fixed at 10 has both.
    [Theory]
    [InlineData(9, 40, true)]
    [InlineData(10, 10, false)]
    public void Connection_limit_and_fastpath_read_the_same_scale_units(int minimum, int maximum, bool reported)
    {
        var connections = Make.Connections(16);
        connections[0] = connections[0].WithFastPath();
        var design = Make.Design(Make.Gateway("ergw", GatewaySku.ErGwScale, connections).WithScaleUnits(minimum, maximum));

        Assert.Equal(reported, design.Run<GatewayConnectionLimitRule>().Any());
        Assert.Equal(reported, design.Run<FastPathGatewayRule>().Any());
    }

    [Fact]
    public void Ergwscale_without_known_final_scale_units_is_silent()
    {
        var absent = Make.Gateway("ergw", GatewaySku.ErGwScale, Make.Connections(20));
        var unknown = absent with { ScaleUnits = Make.Unknown<ScaleUnits>() };
        var incomplete = absent.WithScaleUnits(1, 1).Incomplete();
        var invalid = absent.WithScaleUnits(0, 0);

        Assert.Empty(Make.Design(absent).Run<GatewayConnectionLimitRule>());
        Assert.Empty(Make.Design(unknown).Run<GatewayConnectionLimitRule>());
        Assert.Empty(Make.Design(incomplete).Run<GatewayConnectionLimitRule>());
        Assert.Empty(Make.Design(invalid).Run<GatewayConnectionLimitRule>());
    }

    [Fact]
    public void Basic_and_unknown_skus_are_silent()
    {
        Assert.Empty(Make.Design(Make.Gateway("ergw", GatewaySku.Basic, Make.Connections(20))).Run<GatewayConnectionLimitRule>());
        Assert.Empty(Make.Design(Make.Gateway("ergw", Make.Unknown<GatewaySku>(), Make.Connections(20))).Run<GatewayConnectionLimitRule>());
    }

    [Fact]
    public void Connections_already_above_the_limit_of_an_incomplete_gateway_are_reported_because_more_can_only_add()
    {
        var gateway = Make.Gateway("ergw", GatewaySku.ErGw1AZ, Make.Connections(5)).Incomplete();

        FindingAssert.Single(Make.Design(gateway).Run<GatewayConnectionLimitRule>(), Descriptors.ER2006, Severity.Error,
            gateway.Connections[4].Location, ["ergw", TooMany(4, "ErGw1AZ", LargerSku)]);
    }

    [Fact]
    public void The_full_message_names_the_gateway_the_limit_and_the_fix()
    {
        var finding = Assert.Single(Make.Design(Make.Gateway("ergw-weu", GatewaySku.ErGw1AZ, Make.Connections(5))).Run<GatewayConnectionLimitRule>());

        Assert.Equal(
            "Gateway 'ergw-weu' connects too many circuits: connection 5 exceeds the 4 that ErGw1AZ allows; use a larger SKU or connect the circuit to another gateway",
            finding.Message);
    }

    // With 20 circuits more, the design's circuits are indexed by name instead of searched.
    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    public void The_fifth_circuit_from_one_peering_location_is_reported_with_the_first_four_as_additional_locations(int unconnected)
    {
        string[] spellings = ["Amsterdam", "amsterdam", "AMSTERDAM", "Amsterdam", "amsterdam"];
        var circuits = spellings.Select((location, i) => Make.CircuitAt($"er-ams{i + 1}", location))
            .Concat(Unconnected(unconnected)).ToArray();
        var gateway = Make.Gateway("ergw", GatewaySku.ErGw3AZ, Make.Connections(5, "er-ams"));

        var finding = FindingAssert.Single(Make.Design(circuits, [gateway]).Run<GatewayConnectionLimitRule>(), Descriptors.ER2006, Severity.Error,
            gateway.Connections[4].Location, ["ergw", FifthFrom("er-ams5", "amsterdam")],
            [.. gateway.Connections.Take(4).Select(c => c.Location)]);
        Assert.Same(gateway, finding.Element);
    }

    [Fact]
    public void Four_circuits_from_one_peering_location_and_others_elsewhere_are_silent()
    {
        var circuits = Enumerable.Range(1, 4).Select(i => Make.CircuitAt($"er-{i}", "Amsterdam"))
            .Append(Make.CircuitAt("er-5", "London")).Append(Make.CircuitAt("er-6", "Amsterdam2")).ToArray();

        Assert.Empty(Make.Design(circuits, [Make.Gateway("ergw", GatewaySku.ErGw3AZ, Make.Connections(6))]).Run<GatewayConnectionLimitRule>());
    }

    [Fact]
    public void A_direct_circuit_is_at_the_peering_location_of_its_port()
    {
        var port = Make.Port("port-ams", PortEncapsulation.Dot1Q) with { PeeringLocation = Make.Set("Equinix-Amsterdam-AM5") };
        var circuits = Enumerable.Range(1, 3).Select(i => Make.CircuitAt($"er-{i}", "Equinix-Amsterdam-AM5"))
            .Concat(Enumerable.Range(4, 2).Select(i => Make.Circuit($"er-{i}", Make.Private()).OnDirectPort("port-ams"))).ToArray();
        var gateway = Make.Gateway("ergw", GatewaySku.ErGw3AZ, Make.Connections(5));

        FindingAssert.Single(Make.Design(circuits, [gateway], port).Run<GatewayConnectionLimitRule>(), Descriptors.ER2006, Severity.Error,
            gateway.Connections[4].Location, ["ergw", FifthFrom("er-5", "Equinix-Amsterdam-AM5")],
            [.. gateway.Connections.Take(4).Select(c => c.Location)]);
    }

    [Fact]
    public void Circuits_whose_peering_location_is_not_known_do_not_count()
    {
        var circuits = Enumerable.Range(1, 4).Select(i => Make.CircuitAt($"er-{i}", "Amsterdam"))
            .Append(Make.CircuitAt("er-5", peeringLocation: null))
            .Append(Make.Circuit("er-6", Make.Private()).OnDirectPort("port-unseen"))
            .Append(Make.Circuit("er-7", Make.Private()).OnDirectPort("port-ams"))
            .ToArray();
        var portWithUnknownLocation = Make.Port("port-ams", PortEncapsulation.Dot1Q) with { PeeringLocation = Make.Unknown<string>() };
        var connections = Make.Connections(7).Append(Make.Connection(circuit: null)).Append(Make.Connection("er-elsewhere")).ToArray();

        Assert.Empty(Make.Design(circuits, [Make.Gateway("ergw", GatewaySku.ErGw3AZ, connections)], portWithUnknownLocation).Run<GatewayConnectionLimitRule>());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    public void A_circuit_name_used_twice_is_ambiguous_and_does_not_count(int unconnected)
    {
        var circuits = Enumerable.Range(1, 4).Select(i => Make.CircuitAt($"er-{i}", "Amsterdam"))
            .Append(Make.CircuitAt("er-5", "Amsterdam")).Append(Make.CircuitAt("er-5", "London")).Concat(Unconnected(unconnected)).ToArray();

        Assert.Empty(Make.Design(circuits, [Make.Gateway("ergw", GatewaySku.ErGw3AZ, Make.Connections(5))]).Run<GatewayConnectionLimitRule>());
    }

    [Fact]
    public void A_circuit_connected_twice_counts_once()
    {
        var circuits = Enumerable.Range(1, 4).Select(i => Make.CircuitAt($"er-{i}", "Amsterdam")).ToArray();
        var connections = Make.Connections(4).Append(Make.Connection("er-1") with { Name = "second-to-er-1" }).ToArray();

        Assert.Empty(Make.Design(circuits, [Make.Gateway("ergw", GatewaySku.ErGw3AZ, connections)]).Run<GatewayConnectionLimitRule>());
    }

    [Fact]
    public void Each_gateway_counts_its_own_circuits()
    {
        var circuits = Enumerable.Range(1, 5).Select(i => Make.CircuitAt($"er-{i}", "Amsterdam")).ToArray();
        var weu = Make.Gateway("ergw-weu", GatewaySku.ErGw3AZ, Make.Connections(3));
        var neu = Make.Gateway("ergw-neu", GatewaySku.ErGw3AZ, Make.Connection("er-4"), Make.Connection("er-5"));
        var uks = Make.Gateway("ergw-uks", GatewaySku.ErGw3AZ, Make.Connections(5));

        var finding = Assert.Single(Make.Design(circuits, [weu, neu, uks]).Run<GatewayConnectionLimitRule>());

        Assert.Equal((uks.Connections[4].Location, "ergw-uks"), (finding.Location, finding.MessageArguments[0]));
    }

    [Fact]
    public void Both_limits_broken_by_one_connection_are_two_findings_there()
    {
        var circuits = Enumerable.Range(1, 5).Select(i => Make.CircuitAt($"er-{i}", "Amsterdam")).ToArray();
        var gateway = Make.Gateway("ergw", GatewaySku.Standard, Make.Connections(5));

        Assert.Equal(
            [FifthFrom("er-5", "Amsterdam"), TooMany(4, "Standard", LargerSku)],
            Make.Design(circuits, [gateway]).Run<GatewayConnectionLimitRule>().Select(f => f.MessageArguments[1]).Order(System.StringComparer.Ordinal));
    }
}
