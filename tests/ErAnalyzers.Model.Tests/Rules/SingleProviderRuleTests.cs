using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER2009: every circuit of a gateway comes from one connectivity provider.</summary>
public class SingleProviderRuleTests
{
    [Fact]
    public void Two_circuits_from_one_provider_are_reported_on_the_gateway()
    {
        var ams = Make.StandardCircuitAt("er-ams", "Amsterdam");
        var lon = Make.StandardCircuitAt("er-lon", "London");
        var gateway = Make.GatewayFor("gw-weu", ams, lon);

        var finding = FindingAssert.Single(Make.DesignOf([ams, lon], gateway).Run<SingleProviderRule>(), Descriptors.ER2009, Severity.Info,
            gateway.Location, ["gw-weu", "2", "Equinix"], ams.Location, lon.Location);
        Assert.Equal(
            "Gateway 'gw-weu' reaches Azure through 2 circuits, all from provider 'Equinix': consider a second provider, so that one provider's failure does not cut every path",
            finding.Message);
        Assert.Same(gateway, finding.Element);
    }

    [Fact]
    public void Providers_compare_without_case_and_the_first_is_named()
    {
        var ams = Make.StandardCircuitAt("er-ams", "Amsterdam").FromProvider("Megaport");
        var lon = Make.StandardCircuitAt("er-lon", "London").FromProvider("MEGAPORT");
        var par = Make.StandardCircuitAt("er-par", "Paris").FromProvider("megaport");
        var gateway = Make.GatewayFor("gw", ams, lon, par);

        FindingAssert.Single(Make.DesignOf([ams, lon, par], gateway).Run<SingleProviderRule>(), Descriptors.ER2009, Severity.Info,
            gateway.Location, ["gw", "3", "Megaport"], ams.Location, lon.Location, par.Location);
    }

    [Fact]
    public void A_second_provider_is_silent()
    {
        var ams = Make.StandardCircuitAt("er-ams", "Amsterdam");
        var lon = Make.StandardCircuitAt("er-lon", "London").FromProvider("Megaport");

        Assert.Empty(Make.DesignOf([ams, lon], Make.GatewayFor("gw", ams, lon)).Run<SingleProviderRule>());
    }

    [Fact]
    public void One_circuit_has_no_backup_to_compare()
    {
        var ams = Make.StandardCircuitAt("er-ams", "Amsterdam");

        Assert.Empty(Make.DesignOf([ams], Make.GatewayFor("gw", ams, ams)).Run<SingleProviderRule>());
    }

    [Fact]
    public void A_direct_circuit_has_no_provider_and_is_silent()
    {
        var port = Make.Port("erd-ams", PortEncapsulation.QinQ) with { PeeringLocation = Make.Set("Amsterdam") };
        var ams = Make.StandardCircuitAt("er-ams", "Amsterdam");
        var lon = Make.StandardCircuitAt("er-lon", "London");
        var direct = Make.StandardCircuitAt("er-direct", "Amsterdam").OnDirectPort("erd-ams");
        var design = Make.DesignOf([ams, lon, direct], Make.GatewayFor("gw", ams, lon, direct)) with { DirectPorts = [port] };

        Assert.Empty(design.Run<SingleProviderRule>());
    }

    [Fact]
    public void An_unknown_provider_may_be_another_and_is_silent()
    {
        var ams = Make.StandardCircuitAt("er-ams", "Amsterdam");
        var lon = Make.StandardCircuitAt("er-lon", "London") with
        {
            Connectivity = new ProviderConnectivity { Provider = Make.Unknown<string>(), PeeringLocation = Make.Set("London") },
        };

        Assert.Empty(Make.DesignOf([ams, lon], Make.GatewayFor("gw", ams, lon)).Run<SingleProviderRule>());
    }

    [Fact]
    public void A_circuit_without_connectivity_is_silent()
    {
        var ams = Make.StandardCircuitAt("er-ams", "Amsterdam");
        var lon = Make.StandardCircuitAt("er-lon", "London") with { Connectivity = null };

        Assert.Empty(Make.DesignOf([ams, lon], Make.GatewayFor("gw", ams, lon)).Run<SingleProviderRule>());
    }

    [Fact]
    public void A_gateway_not_seen_whole_is_silent()
    {
        var ams = Make.StandardCircuitAt("er-ams", "Amsterdam");
        var lon = Make.StandardCircuitAt("er-lon", "London");

        Assert.Empty(Make.DesignOf([ams, lon], Make.GatewayFor("gw", ams, lon) with { IsComplete = false }).Run<SingleProviderRule>());
    }

    [Fact]
    public void Sites_are_not_judged()
    {
        Assert.Empty(Make.Design(Make.StandardCircuitAt("er-ams", "Amsterdam"), Make.StandardCircuitAt("er-lon", "London")).Run<SingleProviderRule>());
    }
}
