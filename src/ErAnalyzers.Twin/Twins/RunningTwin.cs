using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Twin.Frr;

namespace ErAnalyzers.Twin.Twins;

/// <summary>
/// The twin's processes while they run, in a network namespace and a folder of their own. Disposing it stops every
/// process it started and deletes the folder, whatever happened before.
/// </summary>
internal sealed class RunningTwin : IAsyncDisposable
{
    private const int MaxSocketPath = 107;

    // Each poll runs a vtysh per process: polling is most of what a twin costs the machine.
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    // How long the sessions, their prefix counts and the tables' versions must stay the same to count as converged.
    private static readonly TimeSpan StableFor = TimeSpan.FromSeconds(2);

    private readonly List<BgpdProcess> processes = [];
    private readonly string root;
    private readonly NetworkNamespace network;
    private readonly Stopwatch clock = Stopwatch.StartNew();

    private RunningTwin(TwinPlan plan, string root, NetworkNamespace network)
    {
        Plan = plan;
        this.root = root;
        this.network = network;
    }

    /// <summary>What runs.</summary>
    public TwinPlan Plan { get; }

    /// <summary>The running processes, in the plan's order.</summary>
    public IReadOnlyList<BgpdProcess> Processes => processes;

    /// <summary>
    /// Starts every process of <paramref name="plan"/> in a new network namespace and a new folder under
    /// <paramref name="workingDirectory"/>; on failure stops those started.
    /// </summary>
    public static async Task<RunningTwin> StartAsync(TwinPlan plan, FrrTools tools, string workingDirectory, CancellationToken cancellation)
    {
        // Short names: a vty socket's path must fit in the 108 bytes of a Unix socket address, or it is cut short.
        string root = Path.Combine(Path.GetFullPath(workingDirectory), $"ertwin-{Guid.NewGuid():N}"[..15]);
        string longest = Path.Combine(root, plan.Instances.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "bgpd.vty");
        if (System.Text.Encoding.UTF8.GetByteCount(longest) > MaxSocketPath)
        {
            throw new ArgumentException($"The twin's working directory {workingDirectory} is too deep: its sockets' paths ({longest}) would pass the {MaxSocketPath} bytes a Unix socket address holds.", nameof(workingDirectory));
        }

        var network = await NetworkNamespace.CreateAsync(cancellation).ConfigureAwait(false);
        Directory.CreateDirectory(root);
        var twin = new RunningTwin(plan, root, network);
        try
        {
            foreach (var instance in plan.Instances)
            {
                twin.processes.Add(BgpdProcess.Start(instance, Path.Combine(twin.root, twin.processes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), tools, network));
            }

            return twin;
        }
        catch
        {
            twin.Stop();
            throw;
        }
    }

    /// <summary>
    /// Waits until every session that both ends leave up is established and no session's prefix counts or queues
    /// change for two seconds; returns the time from the start to the first moment of that calm. Throws
    /// <see cref="TimeoutException"/> after <paramref name="timeout"/>.
    /// </summary>
    public async Task<TimeSpan> WaitForConvergenceAsync(TimeSpan timeout, CancellationToken cancellation)
    {
        var expected = ExpectedSessions();
        string? last = null;
        var calmSince = TimeSpan.Zero;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            if (processes.FirstOrDefault(p => p.HasExited) is { } dead)
            {
                throw new InvalidOperationException($"bgpd of {dead.Instance.Name} ended:\n{dead.LogTail()}");
            }

            var summaries = await Task.WhenAll(processes.Select(p => p.TryQueryAsync("show bgp summary json", cancellation))).ConfigureAwait(false);
            var now = clock.Elapsed;
            var (state, down) = Summarize(summaries, expected);
            if (down.Count == 0 && state == last)
            {
                if (now - calmSince >= StableFor)
                {
                    return calmSince;
                }
            }
            else
            {
                last = state;
                calmSince = now;
            }

            if (now >= timeout)
            {
                throw new TimeoutException($"The twin did not converge within {timeout.TotalSeconds:0} s; sessions not established: {string.Join(", ", down.Take(10))}");
            }

            await Task.Delay(PollInterval, cancellation).ConfigureAwait(false);
        }
    }

    /// <summary>Silently drops every packet of the twin from <paramref name="from"/> to <paramref name="to"/>; a null address stands for any.</summary>
    public Task CutAsync(string? from, string? to, CancellationToken cancellation) => network.CutAsync(from, to, cancellation);

    /// <summary>The routes of one family of one process, from <c>show bgp ipv4|ipv6 unicast json</c>.</summary>
    public async Task<JsonDocument> RoutesAsync(BgpdProcess process, bool ipv6, CancellationToken cancellation) =>
        JsonDocument.Parse(await process.QueryAsync($"show bgp {(ipv6 ? "ipv6" : "ipv4")} unicast json", cancellation).ConfigureAwait(false));

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private void Stop()
    {
        var errors = new List<Exception>();
        foreach (var process in processes)
        {
            try
            {
                process.Stop();
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                errors.Add(e);
            }
        }

        processes.Clear();
        network.Dispose();
        Directory.Delete(root, recursive: true);
        if (errors.Count > 0)
        {
            throw new AggregateException("Some twin processes could not be stopped.", errors);
        }
    }

    // Each session, as (process, neighbour address), whose two ends are both configured and neither shut down.
    private HashSet<(string Instance, string Peer)> ExpectedSessions()
    {
        var byAddress = Plan.Instances.SelectMany(i => i.ListenAddresses.Select(a => (Address: a, Instance: i))).ToDictionary(x => x.Address, x => x.Instance);
        var expected = new HashSet<(string, string)>();
        foreach (var instance in Plan.Instances)
        {
            foreach (var neighbor in instance.Config.Neighbors.Where(n => !n.Shutdown))
            {
                if (byAddress.TryGetValue(neighbor.Address, out var peer)
                    && peer.Config.Neighbors.Any(m => m.Address == neighbor.UpdateSource && !m.Shutdown))
                {
                    expected.Add((instance.Name, neighbor.Address));
                }
            }
        }

        return expected;
    }

    // A text of every session's state, prefix counts and queues, and the expected sessions not yet established.
    private (string State, List<string> Down) Summarize(string?[] summaries, HashSet<(string Instance, string Peer)> expected)
    {
        var state = new System.Text.StringBuilder();
        var established = new HashSet<(string, string)>();
        for (int i = 0; i < processes.Count; i++)
        {
            if (summaries[i] is null)
            {
                state.Append(processes[i].Instance.Name).Append(" starting\n");
                continue;
            }

            using var summary = JsonDocument.Parse(summaries[i]!);
            foreach (var family in summary.RootElement.EnumerateObject())
            {
                if (!family.Value.TryGetProperty("peers", out var peers))
                {
                    continue;
                }

                // The table's version moves with every best-path change.
                state.Append(processes[i].Instance.Name).Append(' ').Append(family.Name).Append(" table ")
                    .Append(family.Value.TryGetProperty("tableVersion", out var version) ? version.GetRawText() : "-").Append('\n');

                foreach (var peer in peers.EnumerateObject())
                {
                    string peerState = peer.Value.TryGetProperty("state", out var s) ? s.GetString() ?? "" : "";
                    state.Append(processes[i].Instance.Name).Append(' ').Append(family.Name).Append(' ').Append(peer.Name).Append(' ').Append(peerState);
                    foreach (string counter in new[] { "pfxRcd", "pfxSnt", "inq", "outq" })
                    {
                        state.Append(' ').Append(peer.Value.TryGetProperty(counter, out var value) ? value.GetRawText() : "-");
                    }

                    state.Append('\n');
                    if (peerState == "Established")
                    {
                        established.Add((processes[i].Instance.Name, peer.Name));
                    }
                }
            }
        }

        return (state.ToString(), [.. expected.Where(e => !established.Contains(e)).Select(e => $"{e.Instance} to {e.Peer}").Order(StringComparer.Ordinal)]);
    }
}
