using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Twin.Frr;

namespace ErAnalyzers.Twin.Twins;

/// <summary>
/// A network namespace of the twin's own, holding nothing but a loopback interface: its processes cannot reach any
/// address outside it, nothing outside can reach them, and twins running side by side cannot meet. A drill cuts
/// sessions in it silently, as a broken fibre does, with policy routing rules that exist only there and vanish with it.
/// It lives as long as its holder process (<c>unshare --net</c>, then <c>sleep</c>) and the processes started in it.
/// </summary>
internal sealed class NetworkNamespace : IDisposable
{
    private const string Ready = "ready";

    // Rules before the local table's, which otherwise sends every 127/8 packet to the loopback first.
    private const int CutPreference = 10;

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(10);

    // The local table moves behind the drills' rules; "ready" is printed once the namespace is set up, and only then
    // is anything started in it (before that, nsenter would enter the machine's own namespace).
    private static readonly string Setup =
        $"ip link set lo up && ip rule add pref 100 lookup local && ip rule del pref 0 && echo {Ready} && exec sleep infinity";

    private readonly Process holder;

    private NetworkNamespace(Process holder) => this.holder = holder;

    /// <summary>Creates the namespace; needs root and util-linux's <c>unshare</c> and <c>nsenter</c>, and iproute2's <c>ip</c>.</summary>
    public static async Task<NetworkNamespace> CreateAsync(CancellationToken cancellation)
    {
        var start = new ProcessStartInfo("unshare") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in new[] { "--net", "sh", "-c", Setup })
        {
            start.ArgumentList.Add(argument);
        }

        var holder = Process.Start(start) ?? throw new InvalidOperationException("unshare did not start.");
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            deadline.CancelAfter(CommandTimeout);
            string? line = await holder.StandardOutput.ReadLineAsync(deadline.Token).ConfigureAwait(false);
            if (line != Ready)
            {
                string error = await holder.StandardError.ReadToEndAsync(deadline.Token).ConfigureAwait(false);
                throw new InvalidOperationException($"The twin's network namespace could not be set up (unshare --net, ip): {error}");
            }

            return new NetworkNamespace(holder);
        }
        catch
        {
            Stop(holder);
            throw;
        }
    }

    /// <summary>How to start <paramref name="program"/> inside the namespace: <c>nsenter</c> enters it and becomes the program, keeping its process id.</summary>
    public ProcessStartInfo Enter(string program, IEnumerable<string> arguments)
    {
        // Once the holder has ended, its process id may be another process's, in another namespace.
        if (holder.HasExited)
        {
            throw new InvalidOperationException($"The twin's network namespace has ended (its holder exited with {holder.ExitCode}).");
        }

        var start = new ProcessStartInfo("nsenter") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in new[] { "--target", holder.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--net", "--", program }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Silently drops every packet from <paramref name="from"/> to <paramref name="to"/>; a null address stands for any.</summary>
    public Task CutAsync(string? from, string? to, CancellationToken cancellation) =>
        IpAsync(
            [
                "rule", "add", "pref", CutPreference.ToString(System.Globalization.CultureInfo.InvariantCulture),
                .. from is null ? Array.Empty<string>() : ["from", from],
                .. to is null ? Array.Empty<string>() : ["to", to],
                "blackhole",
            ],
            cancellation);

    private async Task IpAsync(IReadOnlyList<string> arguments, CancellationToken cancellation)
    {
        var start = Enter("ip", arguments);
        var run = await FrrTools.RunAsync(start.FileName, start.ArgumentList, CommandTimeout, cancellation).ConfigureAwait(false);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"ip {string.Join(' ', arguments)} failed in the twin's namespace (exit {run.ExitCode}): {run.Error}");
        }
    }

    /// <summary>Ends the holder; the namespace goes once the processes started in it have ended too.</summary>
    public void Dispose() => Stop(holder);

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            process.WaitForExit();
        }
        finally
        {
            process.Dispose();
        }
    }
}
