using System.Linq;
using System.Net;
using ErAnalyzers.Model;
using ErAnalyzers.Twin.Frr;
using ErAnalyzers.Twin.Tests.Support;
using ErAnalyzers.Twin.Twins;

namespace ErAnalyzers.Twin.Tests;

/// <summary>The twin's processes as planned, without running them.</summary>
public sealed class TwinPlanTests
{
    private static readonly IPNetwork Loopback = IPNetwork.Parse("127.0.0.0/8");

    [Theory]
    [MemberData(nameof(Designs.Samples), MemberType = typeof(Designs))]
    public void Every_address_the_twin_binds_or_connects_to_is_in_127_8_and_in_its_block(string sample)
    {
        var plan = TwinPlan.Of(Designs.Sample(sample).Model, 42);

        var addresses = plan.Instances.SelectMany(i => i.ListenAddresses
            .Concat(i.Config.Neighbors.Select(n => n.Address))
            .Concat(i.Config.Neighbors.Select(n => n.UpdateSource!))
            .Append(i.Config.RouterId!)).ToArray();

        Assert.NotEmpty(addresses);
        Assert.All(addresses, a => Assert.True(IPNetwork.Parse("127.42.0.0/16").Contains(IPAddress.Parse(a)) && Loopback.Contains(IPAddress.Parse(a)), a));
    }

    [Fact]
    public void QuickStart_runs_its_two_routers_an_MSEE_per_link_and_peering_and_its_gateway()
    {
        var plan = TwinPlan.Of(Designs.Sample("QuickStart").Model, 1);

        Assert.Equal(
            ["ce-ams-ce1", "ce-ams-ce2", "msee-er-ams-private-primary", "msee-er-ams-private-secondary", "msee-er-ams-microsoft-primary", "gw-ergw-weu"],
            plan.Instances.Select(i => i.Name));
    }

    [Fact]
    public void The_gateway_keeps_equal_cost_paths_and_gives_each_MSEE_its_connections_routing_weight()
    {
        var design = Designs.OnePeering(gateway: c => c.RoutingWeight(100));
        var gateway = TwinPlan.Of(design.Model, 1).Instances.Single(i => i.Name == "gw-ergw-weu").Config;

        Assert.Equal(TwinPlan.GatewayAsn, gateway.Asn);
        Assert.Equal(16, gateway.MaximumPaths);
        Assert.Contains("bgp bestpath as-path multipath-relax", gateway.Statements);
        Assert.Equal([100, 100], gateway.Neighbors.Select(n => n.Weight));
        Assert.Equal(["10.100.0.0/16"], gateway.Networks.Select(p => p.ToString()));
    }

    [Fact]
    public void The_customer_routers_run_their_configuration_on_loopback_without_MD5_and_with_iBGP_inside_the_site()
    {
        var plan = TwinPlan.Of(Designs.OnePeering(primary: l => l.PrependAsPath(2)).Model, 1);
        string ce1 = FrrConfigText.Render(plan.Instances[0].Config);

        Assert.DoesNotContain("password", ce1, System.StringComparison.Ordinal);
        Assert.DoesNotContain("192.168.100.130", ce1, System.StringComparison.Ordinal);
        Assert.Contains(" set as-path prepend 65010 65010\n", ce1, System.StringComparison.Ordinal);
        Assert.Contains("remote-as 65010\n", ce1, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_drills_take_down_each_link_router_and_MSEE_of_private_peering_in_turn()
    {
        var plan = TwinPlan.Of(Designs.Sample("QuickStart").Model, 1);

        var drills = TwinDrills.Of(plan);

        Assert.Equal(
            ["er-ams AzurePrivatePeering primary link", "er-ams AzurePrivatePeering secondary link", "router ams-ce1", "router ams-ce2", "MSEE er-ams primary", "MSEE er-ams secondary"],
            drills.Select(d => d.Name));
        // A cut link drops its session's packets both ways, and nothing else: its routers and MSEE stay reachable.
        var session = plan.Sessions.Single(s => s.Peering.Kind == PeeringKind.Private && s.Link.Role == LinkRole.Primary);
        string customer = plan.Loopbacks.CustomerAddress(session);
        string microsoft = plan.Loopbacks.MicrosoftAddress(session);
        Assert.Equal([(customer, microsoft), (microsoft, customer)], drills[0].Cuts);
        Assert.Empty(drills[0].DeadInstances);
        // A router is cut off at every address it has, and its table no longer counts.
        var router = plan.Instances.Single(i => i.Name == "ce-ams-ce1");
        Assert.Equal(router.ListenAddresses.Count * 2, drills[2].Cuts.Count);
        Assert.All(router.ListenAddresses, a => Assert.Contains((a, null), drills[2].Cuts));
        Assert.Equal(["ce-ams-ce1"], drills[2].DeadInstances);
        Assert.Equal(["msee-er-ams-private-primary"], drills[4].DeadInstances);
    }

    [Fact]
    public void The_drills_twin_has_their_short_timers_on_every_session_at_both_ends()
    {
        var plan = TwinPlan.Of(Designs.OnePeering(primary: l => l.Timers(10, 30)).Model, 1).WithTimers(TwinReport.DrillTimers);

        var neighbors = plan.Instances.SelectMany(i => i.Config.Neighbors).ToArray();

        Assert.NotEmpty(neighbors);
        Assert.All(neighbors, n => Assert.Equal(TwinReport.DrillTimers, n.Timers));
    }
}
