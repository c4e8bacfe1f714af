using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER4013: the circuits on an ExpressRoute Direct port pair add up to more than the port size.</summary>
public class DirectOversubscriptionRuleTests
{
    private const string OnePort = "more than one port carries when the other fails";

    private static Circuit On(string name, string port, long gigabits) => Make.Circuit(name, Make.Private()).OnDirectPort(port).WithBandwidth(Bandwidth.Gbps(gigabits));

    private static NetworkDesignModel Design(DirectPort port, params Circuit[] circuits) => Make.Design(circuits) with { DirectPorts = [port] };

    [Theory]
    [InlineData(10, new long[] { 5, 5 }, false)]
    [InlineData(10, new long[] { 5, 5, 1 }, true)]
    [InlineData(100, new long[] { 40, 40, 10, 10 }, false)]
    [InlineData(100, new long[] { 100, 10 }, true)]
    [InlineData(400, new long[] { 400, 5 }, true)]
    public void Circuits_above_the_port_size_are_reported_and_up_to_it_are_silent(long size, long[] circuits, bool reported)
    {
        var port = Make.Port("erd-ams", Bandwidth.Gbps(size));
        var onPort = circuits.Select((gigabits, i) => On($"er-{i}", "erd-ams", gigabits)).ToArray();

        Assert.Equal(reported, Design(port, onPort).Run<DirectOversubscriptionRule>().Any());
    }

    [Fact]
    public void The_finding_is_on_the_port_with_each_circuit()
    {
        var port = Make.Port("erd-ams", Bandwidth.Gbps(10));
        var first = On("er-a", "erd-ams", 10);
        var second = On("er-b", "erd-ams", 5);

        var finding = FindingAssert.Single(Design(port, first, second).Run<DirectOversubscriptionRule>(), Descriptors.ER4013, Severity.Warning,
            port.Location, ["erd-ams", "10 Gbps", "15 Gbps", "'er-a' 10 Gbps, 'er-b' 5 Gbps", OnePort],
            first.Connectivity!.Location, second.Connectivity!.Location);
        Assert.Equal(
            "Direct port pair 'erd-ams' (10 Gbps ports) carries 15 Gbps of circuits ('er-a' 10 Gbps, 'er-b' 5 Gbps), more than one port carries when the other fails: keep the circuits within 10 Gbps, or move some to another port pair",
            finding.Message);
    }

    [Theory]
    [InlineData(10, new long[] { 10, 10 }, OnePort)]
    [InlineData(10, new long[] { 10, 10, 1 }, "more than the 20 Gbps Azure lets circuits be provisioned on it (twice the port size)")]
    [InlineData(100, new long[] { 100, 100, 5 }, "more than the 200 Gbps Azure lets circuits be provisioned on it (twice the port size)")]
    [InlineData(400, new long[] { 400, 400, 5 }, OnePort)]
    public void Above_twice_a_10_or_100_gbps_pair_the_subscribed_bandwidth_is_named(long size, long[] circuits, string problem)
    {
        var port = Make.Port("erd", Bandwidth.Gbps(size));

        var finding = Assert.Single(Design(port, [.. circuits.Select((gigabits, i) => On($"er-{i}", "erd", gigabits))]).Run<DirectOversubscriptionRule>());

        Assert.Equal(problem, finding.MessageArguments[4]);
    }

    [Fact]
    public void Circuits_of_other_ports_and_provider_circuits_do_not_count()
    {
        var port = Make.Port("erd-ams", Bandwidth.Gbps(10));
        var other = Make.Port("erd-lon", Bandwidth.Gbps(10));
        var design = Make.Design(On("er-a", "erd-ams", 10), On("er-b", "erd-lon", 10), Make.CircuitAt("er-c", "Amsterdam").WithBandwidth(Bandwidth.Gbps(10)))
            with { DirectPorts = [port, other] };

        Assert.Empty(design.Run<DirectOversubscriptionRule>());
    }

    [Fact]
    public void Unknown_sizes_and_circuits_not_seen_whole_are_not_counted()
    {
        var port = Make.Port("erd-ams", Bandwidth.Gbps(10));
        var unknownSize = port with { Bandwidth = Make.Unknown<Bandwidth>() };
        var unknownBandwidth = On("er-a", "erd-ams", 10).WithBandwidth(Make.Unknown<Bandwidth>());
        var incomplete = On("er-b", "erd-ams", 10) with { IsComplete = false };
        var known = On("er-c", "erd-ams", 10);

        Assert.Empty(Design(port, unknownBandwidth, incomplete, known).Run<DirectOversubscriptionRule>());
        Assert.Empty(Design(unknownSize, known, On("er-d", "erd-ams", 10)).Run<DirectOversubscriptionRule>());
    }
}
