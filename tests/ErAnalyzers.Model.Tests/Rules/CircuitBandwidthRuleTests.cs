using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER4006: a circuit bandwidth Azure does not offer (provider circuits; Direct circuits by port size).</summary>
public class CircuitBandwidthRuleTests
{
    private const string ProviderOffers = "one of 50 Mbps, 100 Mbps, 200 Mbps, 500 Mbps, 1 Gbps, 2 Gbps, 5 Gbps, 10 Gbps";

    private static Circuit Provider(long megabits) => Make.Circuit("er-ams", Make.Private()).WithBandwidth(Bandwidth.Mbps(megabits));

    private static Circuit Direct(long megabits, string port = "erd-ams") =>
        Make.Circuit("er-direct", Make.Private()).OnDirectPort(port).WithBandwidth(Bandwidth.Mbps(megabits));

    [Theory]
    [InlineData(50)]
    [InlineData(100)]
    [InlineData(200)]
    [InlineData(500)]
    [InlineData(1000)]
    [InlineData(2000)]
    [InlineData(5000)]
    [InlineData(10000)]
    public void Every_provider_offer_is_silent(long megabits)
    {
        Assert.Empty(Make.Design(Provider(megabits)).Run<CircuitBandwidthRule>());
    }

    [Theory]
    [InlineData(1, "1 Mbps")]
    [InlineData(49, "49 Mbps")]
    [InlineData(51, "51 Mbps")]
    [InlineData(300, "300 Mbps")]
    [InlineData(1500, "1500 Mbps")]
    [InlineData(9999, "9999 Mbps")]
    [InlineData(20000, "20 Gbps")]
    [InlineData(100000, "100 Gbps")]
    public void A_provider_bandwidth_outside_the_offers_is_reported_on_the_service_provider_call(long megabits, string shown)
    {
        var circuit = Provider(megabits);

        var finding = FindingAssert.Single(Make.Design(circuit).Run<CircuitBandwidthRule>(), Descriptors.ER4006, Severity.Error,
            circuit.BandwidthSetting().Location, ["er-ams", shown, "for provider circuits", ProviderOffers]);
        Assert.Same(circuit, finding.Element);
    }

    [Fact]
    public void The_provider_message_names_the_circuit_and_the_offers()
    {
        var finding = Assert.Single(Make.Design(Provider(300)).Run<CircuitBandwidthRule>());

        Assert.Equal(
            "Circuit 'er-ams' has a bandwidth of 300 Mbps, which Azure does not offer for provider circuits: use one of 50 Mbps, 100 Mbps, 200 Mbps, 500 Mbps, 1 Gbps, 2 Gbps, 5 Gbps, 10 Gbps",
            finding.Message);
    }

    [Theory]
    [InlineData(10, 1)]
    [InlineData(10, 2)]
    [InlineData(10, 5)]
    [InlineData(10, 10)]
    [InlineData(100, 5)]
    [InlineData(100, 10)]
    [InlineData(100, 40)]
    [InlineData(100, 100)]
    [InlineData(400, 5)]
    [InlineData(400, 10)]
    [InlineData(400, 40)]
    [InlineData(400, 100)]
    [InlineData(400, 200)]
    [InlineData(400, 400)]
    public void Every_direct_offer_of_the_port_size_is_silent(long portGbps, long circuitGbps)
    {
        var design = Make.DirectDesign(Direct(circuitGbps * 1000), Make.Port("erd-ams", Bandwidth.Gbps(portGbps)));

        Assert.Empty(design.Run<CircuitBandwidthRule>());
    }

    [Theory]
    [InlineData(10, 40000, "40 Gbps", "one of 1 Gbps, 2 Gbps, 5 Gbps, 10 Gbps")]
    [InlineData(10, 500, "500 Mbps", "one of 1 Gbps, 2 Gbps, 5 Gbps, 10 Gbps")]
    [InlineData(10, 1500, "1500 Mbps", "one of 1 Gbps, 2 Gbps, 5 Gbps, 10 Gbps")]
    [InlineData(100, 1000, "1 Gbps", "one of 5 Gbps, 10 Gbps, 40 Gbps, 100 Gbps")]
    [InlineData(100, 2000, "2 Gbps", "one of 5 Gbps, 10 Gbps, 40 Gbps, 100 Gbps")]
    [InlineData(100, 200000, "200 Gbps", "one of 5 Gbps, 10 Gbps, 40 Gbps, 100 Gbps")]
    [InlineData(400, 1000, "1 Gbps", "one of 5 Gbps, 10 Gbps, 40 Gbps, 100 Gbps, 200 Gbps, 400 Gbps")]
    [InlineData(400, 20000, "20 Gbps", "one of 5 Gbps, 10 Gbps, 40 Gbps, 100 Gbps, 200 Gbps, 400 Gbps")]
    public void A_direct_bandwidth_the_port_size_does_not_offer_is_reported_with_the_port_as_additional_location(long portGbps, long megabits, string shown, string offers)
    {
        var circuit = Direct(megabits);
        var port = Make.Port("erd-ams", Bandwidth.Gbps(portGbps));

        FindingAssert.Single(Make.DirectDesign(circuit, port).Run<CircuitBandwidthRule>(), Descriptors.ER4006, Severity.Error,
            circuit.BandwidthSetting().Location, ["er-direct", shown, $"on the {portGbps} Gbps ExpressRoute Direct port pair 'erd-ams'", offers],
            port.Location);
    }

    [Fact]
    public void The_direct_message_names_the_port_and_its_offers()
    {
        var finding = Assert.Single(Make.DirectDesign(Direct(40000), Make.Port("erd-ams", Bandwidth.Gbps(10))).Run<CircuitBandwidthRule>());

        Assert.Equal(
            "Circuit 'er-direct' has a bandwidth of 40 Gbps, which Azure does not offer on the 10 Gbps ExpressRoute Direct port pair 'erd-ams': use one of 1 Gbps, 2 Gbps, 5 Gbps, 10 Gbps",
            finding.Message);
    }

    [Fact]
    public void The_circuit_is_checked_against_its_own_port()
    {
        var design = Make.DirectDesign(Direct(40000, port: "erd-lon"), Make.Port("erd-ams", Bandwidth.Gbps(10)), Make.Port("erd-lon", Bandwidth.Gbps(100)));

        Assert.Empty(design.Run<CircuitBandwidthRule>());
    }

    [Theory]
    [InlineData("a port not in sight")]
    [InlineData("a port of unknown size")]
    [InlineData("a port of another size")]
    [InlineData("two ports of that name")]
    [InlineData("no port name")]
    public void Whole_gbps_on_a_port_of_unknown_offers_is_silent(string form)
    {
        Assert.Empty(PortOfUnknownOffers(form, Direct(3000)).Run<CircuitBandwidthRule>());
    }

    [Theory]
    [InlineData("a port not in sight")]
    [InlineData("a port of unknown size")]
    [InlineData("a port of another size")]
    [InlineData("two ports of that name")]
    [InlineData("no port name")]
    public void A_direct_bandwidth_that_is_not_whole_gbps_is_reported_whatever_the_port(string form)
    {
        var circuit = Direct(1500);

        FindingAssert.Single(PortOfUnknownOffers(form, circuit).Run<CircuitBandwidthRule>(), Descriptors.ER4006, Severity.Error,
            circuit.BandwidthSetting().Location, ["er-direct", "1500 Mbps", "for ExpressRoute Direct circuits", "a whole number of Gbps"]);
    }

    [Fact]
    public void Unknown_bandwidth_and_missing_connectivity_are_silent()
    {
        var unknown = Provider(300).WithBandwidth(Make.Unknown<Bandwidth>());
        var none = Make.Circuit("er-lon", Make.Private()) with { Connectivity = null };
        var noBandwidth = Make.Circuit("er-fra", Make.Private()) with { Connectivity = new ProviderConnectivity { Location = Make.At() } };

        Assert.Empty(Make.Design(unknown, none, noBandwidth).Run<CircuitBandwidthRule>());
    }

    [Fact]
    public void A_bandwidth_without_a_location_is_reported_on_the_connectivity_call()
    {
        var circuit = Provider(300).WithBandwidth(Setting.Of(Bandwidth.Mbps(300)));

        FindingAssert.Single(Make.Design(circuit).Run<CircuitBandwidthRule>(), Descriptors.ER4006, Severity.Error,
            circuit.Connectivity!.Location, ["er-ams", "300 Mbps", "for provider circuits", ProviderOffers]);
    }

    [Fact]
    public void Each_circuit_is_checked_and_named_on_its_own()
    {
        var ams = Provider(1000);
        var lon = Make.Circuit("er-lon", Make.Private()).WithBandwidth(Bandwidth.Mbps(250));
        var fra = Make.Circuit("er-fra", Make.Private()).WithBandwidth(Bandwidth.Gbps(40));

        var findings = Make.Design(ams, lon, fra).Run<CircuitBandwidthRule>();

        Assert.Equal(["er-lon 250 Mbps", "er-fra 40 Gbps"], findings.Select(f => $"{f.MessageArguments[0]} {f.MessageArguments[1]}"));
    }

    private static NetworkDesignModel PortOfUnknownOffers(string form, Circuit circuit) => form switch
    {
        "a port not in sight" => Make.DirectDesign(circuit),
        "a port of unknown size" => Make.DirectDesign(circuit, Make.Port("erd-ams", PortEncapsulation.Dot1Q) with { Bandwidth = Make.Unknown<Bandwidth>() }),
        "a port of another size" => Make.DirectDesign(circuit, Make.Port("erd-ams", Bandwidth.Gbps(40))),
        "two ports of that name" => Make.DirectDesign(circuit, Make.Port("erd-ams", Bandwidth.Gbps(10)), Make.Port("erd-ams", Bandwidth.Gbps(100))),
        _ => Make.DirectDesign(circuit with { Connectivity = new DirectConnectivity { Bandwidth = circuit.BandwidthSetting(), Location = Make.At() } },
            Make.Port("erd-ams", Bandwidth.Gbps(10))),
    };
}
