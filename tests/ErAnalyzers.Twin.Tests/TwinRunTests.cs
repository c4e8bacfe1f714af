using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Dsl.Tests.Support;
using ErAnalyzers.Model;
using ErAnalyzers.Twin.Frr;
using ErAnalyzers.Twin.Twins;
using ErAnalyzers.Twin.Tests.Support;
using Xunit.Abstractions;

namespace ErAnalyzers.Twin.Tests;

/// <summary>Twins of designs, run with FRR: what they observe, and that they always clean up after themselves.</summary>
[Collection(TwinCollection.Name)]
public sealed class TwinRunTests(ITestOutputHelper output)
{
    private static readonly IpPrefix OnPremises = IpPrefix.Parse("10.10.0.0/16");

    [SkippableFact]
    public async Task QuickStart_the_prepended_secondary_carries_nothing_toward_on_premises_while_the_primary_is_up()
    {
        FrrHost.RequireInstalled();

        var report = await Designs.Sample("QuickStart").RunTwinAsync();
        Write(report);

        var peering = report.Peering("er-ams");
        Assert.Equal([OnPremises], peering.Links[0].ToOnPremises);
        Assert.Empty(peering.Links[1].ToOnPremises);
        Assert.False(peering.IsActiveActive);
        // Prepending steers only Azure's choice: toward Azure, the site's second router still takes its own link.
        Assert.Equal(peering.Links[0].ToAzure, peering.Links[1].ToAzure);
        Assert.NotEmpty(peering.Links[1].ToAzure);
    }

    [SkippableFact]
    public async Task MaximumResiliency_uses_both_links_of_every_peering_both_ways_and_converges_within_30_seconds()
    {
        FrrHost.RequireInstalled();

        var report = await Designs.Sample("MaximumResiliency").RunTwinAsync();
        Write(report);

        Assert.Equal(4, report.Peerings.Count);
        Assert.All(report.Peerings, p => Assert.True(p.IsActiveActive, $"{p.Circuit} {p.Family}: {string.Join("; ", p.Links)}"));
        var toOnPremises = Assert.Single(report.Prefixes, p => p.Direction == TrafficDirection.ToOnPremises && p.Prefix == OnPremises);
        Assert.Equal(4, toOnPremises.Links.Count);
        Assert.True(report.Convergence < TimeSpan.FromSeconds(30), $"converged in {report.Convergence}");
    }

    [SkippableFact]
    public async Task A_twin_that_does_not_converge_in_time_stops_every_process_and_removes_its_files()
    {
        FrrHost.RequireInstalled();
        using var folder = new TempFolder();

        await Assert.ThrowsAsync<TimeoutException>(() => Designs.Sample("MaximumResiliency")
            .RunTwinAsync(new TwinOptions { WorkingDirectory = folder.Path, ConvergenceTimeout = TimeSpan.FromMilliseconds(500) }));

        AssertNothingLeft(folder);
    }

    [SkippableFact]
    public async Task A_cancelled_twin_stops_every_process_and_removes_its_files()
    {
        FrrHost.RequireInstalled();
        using var folder = new TempFolder();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Designs.Sample("MaximumResiliency")
            .RunTwinAsync(new TwinOptions { WorkingDirectory = folder.Path }, cancellation.Token));

        AssertNothingLeft(folder);
    }

    [SkippableFact]
    public async Task A_twin_whose_bgpd_ends_fails_saying_which_and_removes_its_files()
    {
        FrrHost.RequireInstalled();
        using var folder = new TempFolder();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Designs.Sample("QuickStart")
            .RunTwinAsync(new TwinOptions { WorkingDirectory = folder.Path, BgpdPath = "/bin/false" }));

        // Every process ends at once; whichever is seen first is named.
        Assert.Matches(@"^bgpd of (ce-ams-ce[12]|msee-er-ams-\w+-\w+|gw-ergw-weu) ended", error.Message);
        AssertNothingLeft(folder);
    }

    [SkippableFact]
    public async Task A_stopped_twin_leaves_no_FRR_log_folder_behind()
    {
        FrrHost.RequireInstalled();
        using var folder = new TempFolder();
        var bgpd = FrrTools.Debian.Bgpd;

        int[] ids;
        await using (var twin = await RunningTwin.StartAsync(TwinPlan.Of(Designs.Sample("QuickStart").Model, 1), FrrTools.Debian, folder.Path, CancellationToken.None))
        {
            ids = [.. twin.Processes.Select(p => p.Id)];
            await twin.WaitForConvergenceAsync(TimeSpan.FromSeconds(60), CancellationToken.None);
            Assert.All(ids, id => Assert.True(Directory.Exists(FrrTools.CrashLogFolder(bgpd, id)), $"bgpd {id} runs without a log folder"));
        }

        Assert.All(ids, id => Assert.False(Directory.Exists(FrrTools.CrashLogFolder(bgpd, id)), $"bgpd {id} left its log folder"));
    }

    [SkippableFact]
    public async Task The_twin_runs_in_a_network_namespace_of_its_own_where_its_cuts_stay()
    {
        FrrHost.RequireInstalled();
        using var folder = new TempFolder();
        string rules = ToolProcess.Run("ip", ["rule", "show"], TimeSpan.FromSeconds(10));

        await using var twin = await RunningTwin.StartAsync(TwinPlan.Of(Designs.Sample("QuickStart").Model, 1), FrrTools.Debian, folder.Path, CancellationToken.None);
        await twin.CutAsync(twin.Processes[0].Instance.Address, null, CancellationToken.None);

        var namespaces = twin.Processes.Select(p => NetworkNamespace(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Distinct().ToArray();
        Assert.NotEqual(NetworkNamespace("self"), Assert.Single(namespaces));
        Assert.Equal(rules, ToolProcess.Run("ip", ["rule", "show"], TimeSpan.FromSeconds(10)));
    }

    private static string NetworkNamespace(string process) => new FileInfo($"/proc/{process}/ns/net").LinkTarget!;

    // No file under the folder, and no process whose command line names it (every bgpd gets its folder's paths).
    private static void AssertNothingLeft(TempFolder folder)
    {
        Assert.Empty(folder.Entries());
        var running = Directory.GetDirectories("/proc").Select(p => Path.Combine(p, "cmdline"))
            .Select(ReadOrEmpty).Where(cmdline => cmdline.Contains(folder.Path, StringComparison.Ordinal));
        Assert.Empty(running);
    }

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path).Replace('\0', ' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private void Write(TwinReport report)
    {
        output.WriteLine($"{report.Design}: converged in {report.Convergence.TotalSeconds:0.0} s");
        foreach (var prefix in report.Prefixes)
        {
            output.WriteLine($"  {prefix.Direction} {prefix.Prefix} at {prefix.ObservedAt}: {string.Join(", ", prefix.Links)}");
        }

        foreach (var peering in report.Peerings)
        {
            output.WriteLine($"  {peering.Circuit} {peering.Peering} {peering.Family}: {(peering.IsActiveActive ? "active-active" : "not active-active")}");
        }
    }
}
