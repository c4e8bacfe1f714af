using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Model;
using ErAnalyzers.Twin.Frr;

namespace ErAnalyzers.Twin.Twins;

/// <summary>One drill of a twin: what to cut and what that takes down.</summary>
/// <param name="Target">What kind of element.</param>
/// <param name="Name">Which one, for the report.</param>
/// <param name="Cuts">The packets dropped, as (from, to) addresses; null for any address.</param>
/// <param name="DeadLinks">The link sessions it takes down.</param>
/// <param name="DeadInstances">The processes cut off entirely, whose tables no longer count.</param>
internal sealed record Drill(DrillTarget Target, string Name, IReadOnlyList<(string? From, string? To)> Cuts, IReadOnlyList<TwinLink> DeadLinks, IReadOnlyList<string> DeadInstances);

/// <summary>
/// Failure drills: for each link, customer router and MSEE of private peering, a fresh twin of the design with the
/// drill's short timers converges, the element is cut off silently (policy routing drops its packets in the twin's
/// namespace), and the twin is watched until no table uses a dead link: how long the gateways took, and which
/// prefixes lost every path.
/// </summary>
internal static class TwinDrills
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    // How long the tables must stay the same once the dead links are gone.
    private static readonly TimeSpan SettleFor = TimeSpan.FromSeconds(1);

    // Far beyond a hold time: a dead link still used after this is a twin that does not fail over.
    private static readonly TimeSpan FailoverLimit = TimeSpan.FromSeconds(30);

    /// <summary>The drills of <paramref name="plan"/>: each private peering's links, then customer routers, then MSEEs.</summary>
    public static IReadOnlyList<Drill> Of(TwinPlan plan)
    {
        var loopbacks = plan.Loopbacks;
        var privateSessions = plan.Sessions.Where(s => s.Peering.Kind == PeeringKind.Private).ToArray();
        var drills = new List<Drill>();
        foreach (var link in privateSessions.GroupBy(s => (s.Circuit, s.Peering, s.Link.Role)))
        {
            var sessions = link.ToArray();
            drills.Add(new Drill(
                DrillTarget.Link,
                $"{link.Key.Circuit.Name} {link.Key.Peering.AzureName} {sessions[0].RoleWord} link",
                [.. sessions.SelectMany(s => new (string?, string?)[] { (loopbacks.CustomerAddress(s), loopbacks.MicrosoftAddress(s)), (loopbacks.MicrosoftAddress(s), loopbacks.CustomerAddress(s)) })],
                [.. sessions.Select(TwinObserver.Link)],
                []));
        }

        foreach (var router in privateSessions.GroupBy(s => s.RouterName))
        {
            drills.Add(Isolated(plan, DrillTarget.CustomerRouter, $"router {router.Key}", Loopbacks.CustomerRouterInstance(router.Key), router));
        }

        foreach (var msee in privateSessions.GroupBy(s => (s.Circuit, s.Link.Role)))
        {
            string role = msee.First().RoleWord;
            drills.Add(Isolated(plan, DrillTarget.Msee, $"MSEE {msee.Key.Circuit.Name} {role}", TwinPlan.MseeInstance(msee.Key.Circuit, PeeringKind.Private, msee.Key.Role), msee));
        }

        return drills;
    }

    /// <summary>Runs every drill, a few at a time (each in a twin of its own), in the order of <paramref name="drills"/>.</summary>
    public static async Task<IReadOnlyList<DrillOutcome>> RunAsync(
        TwinPlan plan, IReadOnlyList<Drill> drills, IReadOnlyList<PrefixPaths> before, FrrTools tools, TwinOptions options, CancellationToken cancellation)
    {
        var drillPlan = plan.WithTimers(TwinReport.DrillTimers);
        var outcomes = new DrillOutcome[drills.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, drills.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount), CancellationToken = cancellation },
            async (i, token) => outcomes[i] = await RunAsync(drillPlan, drills[i], before, tools, options, token).ConfigureAwait(false)).ConfigureAwait(false);
        return outcomes;
    }

    private static async Task<DrillOutcome> RunAsync(TwinPlan plan, Drill drill, IReadOnlyList<PrefixPaths> before, FrrTools tools, TwinOptions options, CancellationToken cancellation)
    {
        await using var twin = await RunningTwin.StartAsync(plan, tools, options.WorkingDirectory, cancellation).ConfigureAwait(false);
        await twin.WaitForConvergenceAsync(options.ConvergenceTimeout, cancellation).ConfigureAwait(false);

        var clock = Stopwatch.StartNew();
        foreach (var (from, to) in drill.Cuts)
        {
            await twin.CutAsync(from, to, cancellation).ConfigureAwait(false);
        }

        bool gatewayUsedDead = before.Any(p => p.Direction == TrafficDirection.ToOnPremises && UsesDead(p, drill));
        TimeSpan? failover = null;
        IReadOnlyList<PrefixPaths> now;
        while (true)
        {
            now = await Observe(twin, drill, cancellation).ConfigureAwait(false);
            var elapsed = clock.Elapsed;
            failover ??= gatewayUsedDead && !now.Any(p => p.Direction == TrafficDirection.ToOnPremises && UsesDead(p, drill)) ? elapsed : null;
            if (!now.Any(p => UsesDead(p, drill)))
            {
                break;
            }

            if (elapsed > FailoverLimit)
            {
                throw new TimeoutException($"Drill '{drill.Name}': the twin still uses {string.Join(", ", drill.DeadLinks)} {FailoverLimit.TotalSeconds:0} s after the cut.");
            }

            await Task.Delay(PollInterval, cancellation).ConfigureAwait(false);
        }

        now = await SettledAsync(twin, drill, now, cancellation).ConfigureAwait(false);
        var lost = before.Where(p => p.Links.Count > 0 && !now.Any(n => n.Prefix == p.Prefix && n.Direction == p.Direction && n.ObservedAt == p.ObservedAt && n.Links.Count > 0)).ToArray();
        return new DrillOutcome(drill.Target, drill.Name, drill.DeadLinks, failover, lost);
    }

    // The tables once they have stayed the same for a second.
    private static async Task<IReadOnlyList<PrefixPaths>> SettledAsync(RunningTwin twin, Drill drill, IReadOnlyList<PrefixPaths> now, CancellationToken cancellation)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            await Task.Delay(SettleFor, cancellation).ConfigureAwait(false);
            var later = await Observe(twin, drill, cancellation).ConfigureAwait(false);
            if (Same(now, later) || deadline.Elapsed > FailoverLimit)
            {
                return later;
            }

            now = later;
        }
    }

    private static Task<IReadOnlyList<PrefixPaths>> Observe(RunningTwin twin, Drill drill, CancellationToken cancellation) =>
        TwinObserver.PrefixesAsync(twin, process => !drill.DeadInstances.Contains(process.Instance.Name), cancellation);

    private static bool UsesDead(PrefixPaths paths, Drill drill) => paths.Links.Intersect(drill.DeadLinks).Any();

    private static bool Same(IReadOnlyList<PrefixPaths> a, IReadOnlyList<PrefixPaths> b) =>
        a.Count == b.Count && a.Zip(b).All(pair => pair.First.Prefix == pair.Second.Prefix && pair.First.Direction == pair.Second.Direction
            && pair.First.ObservedAt == pair.Second.ObservedAt && pair.First.Links.SequenceEqual(pair.Second.Links));

    // A process cut off from everything: every packet from or to any of its addresses dropped.
    private static Drill Isolated(TwinPlan plan, DrillTarget target, string name, string instance, IEnumerable<LinkSession> sessions)
    {
        var addresses = plan.Instances.Single(i => i.Name == instance).ListenAddresses;
        return new Drill(
            target,
            name,
            [.. addresses.SelectMany(a => new (string?, string?)[] { (a, null), (null, a) })],
            [.. sessions.Select(TwinObserver.Link)],
            [instance]);
    }
}
