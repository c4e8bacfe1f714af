using System;
using System.Linq;
using System.Threading.Tasks;
using ErAnalyzers.Model;
using ErAnalyzers.Twin.Tests.Support;
using Xunit.Abstractions;

namespace ErAnalyzers.Twin.Tests;

/// <summary>Failure drills run with FRR: each link, router and MSEE cut off silently, and what the twin did about it.</summary>
[Collection(TwinCollection.Name)]
public sealed class DrillTests(ITestOutputHelper output)
{
    private static readonly IpPrefix OnPremises = IpPrefix.Parse("10.10.0.0/16");

    // The gateway can only notice a silent cut when a hold timer expires: at least the time since the last keepalive
    // (one second apart) short of the hold time, and not much later than the hold time.
    private static readonly TimeSpan EarliestFailover = TimeSpan.FromSeconds(TwinReport.DrillTimers.HoldSeconds - TwinReport.DrillTimers.KeepaliveSeconds);
    private static readonly TimeSpan LatestFailover = TimeSpan.FromSeconds(TwinReport.DrillTimers.HoldSeconds * 3);

    [SkippableFact]
    public async Task MaximumResiliency_keeps_every_prefix_through_every_drill_and_fails_over_on_the_hold_timer()
    {
        FrrHost.RequireInstalled();

        var report = await Designs.Sample("MaximumResiliency").RunTwinAsync(new TwinOptions { Drills = true });
        output.WriteLine(report.ToMarkdown());

        // Two circuits of two links, four routers, two MSEEs per circuit.
        Assert.Equal(4, report.Drills.Count(d => d.Target == DrillTarget.Link));
        Assert.Equal(4, report.Drills.Count(d => d.Target == DrillTarget.CustomerRouter));
        Assert.Equal(4, report.Drills.Count(d => d.Target == DrillTarget.Msee));
        Assert.All(report.Drills, drill =>
        {
            Assert.True(drill.EveryPrefixReachable, $"{drill.Name} lost {string.Join("; ", drill.Lost)}");
            // Active-active: the gateway uses every link, so every drill takes a path from it.
            Assert.NotNull(drill.GatewayFailover);
            Assert.InRange(drill.GatewayFailover.Value, EarliestFailover, LatestFailover);
        });
    }

    [SkippableFact]
    public async Task A_shut_secondary_is_no_failover_path_the_primary_link_drill_loses_the_site()
    {
        FrrHost.RequireInstalled();

        var report = await Designs.OnePeering(secondary: l => l.Shutdown()).RunTwinAsync(new TwinOptions { Drills = true });
        output.WriteLine(report.ToMarkdown());

        var primary = report.Drills.Single(d => d.Name == "er-ams AzurePrivatePeering primary link");
        Assert.False(primary.EveryPrefixReachable);
        Assert.Contains(primary.Lost, p => p.Prefix == OnPremises && p.Direction == TrafficDirection.ToOnPremises && p.ObservedAt == "ergw-weu");
        Assert.NotNull(primary.GatewayFailover);
        // The shut link carries nothing: cutting it changes nothing.
        var secondary = report.Drills.Single(d => d.Name == "er-ams AzurePrivatePeering secondary link");
        Assert.True(secondary.EveryPrefixReachable);
        Assert.Null(secondary.GatewayFailover);
    }
}
