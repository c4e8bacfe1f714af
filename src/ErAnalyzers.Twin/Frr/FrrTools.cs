using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ErAnalyzers.Twin.Frr;

/// <summary>FRR's programs, where Debian's <c>frr</c> package installs them, and a way to run them to completion.</summary>
internal sealed record FrrTools(string Bgpd, string Vtysh)
{
    /// <summary>The programs of Debian's <c>frr</c> package.</summary>
    public static FrrTools Debian { get; } = new("/usr/lib/frr/bgpd", "/usr/bin/vtysh");

    /// <summary>How to install FRR, for messages.</summary>
    public const string HowToInstall = "install FRRouting 8.4 or later (Debian and Ubuntu: apt-get install frr, as root)";

    // FRR's daemons log into a folder of their own under this one, named after the daemon and its process id
    // (lib/zlog.c), and leave it behind when killed or run with --dryrun. A later process given the same id then
    // logs "failed to mkdir ...: File exists", so whoever starts a daemon removes its folder once it has ended.
    private const string CrashLogRoot = "/var/tmp/frr";

    /// <summary>Whether both programs exist.</summary>
    public bool IsInstalled => File.Exists(Bgpd) && File.Exists(Vtysh);

    /// <summary>The folder FRR's <paramref name="program"/> running as process <paramref name="processId"/> logs into.</summary>
    public static string CrashLogFolder(string program, int processId) =>
        Path.Combine(CrashLogRoot, $"{Path.GetFileName(program)}.{processId}");

    /// <summary>Removes the log folder of <paramref name="program"/>'s ended process <paramref name="processId"/>, if it made one.</summary>
    public static void RemoveCrashLogFolder(string program, int processId)
    {
        string folder = CrashLogFolder(program, processId);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Runs <paramref name="program"/> to its end: its process id, exit code, standard output and standard error. The
    /// process's FRR log folder is removed when it ends.
    /// </summary>
    public static async Task<ToolRun> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        int processId = process.Id;
        try
        {
            return await RunToEndAsync(process, start, timeout, cancellation).ConfigureAwait(false);
        }
        finally
        {
            RemoveCrashLogFolder(program, processId);
        }
    }

    private static async Task<ToolRun> RunToEndAsync(Process process, ProcessStartInfo start, TimeSpan timeout, CancellationToken cancellation)
    {
        string program = start.FileName;
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellation.ThrowIfCancellationRequested();
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {timeout.TotalSeconds:0} s.");
        }

        return new ToolRun(process.Id, process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }
}

/// <summary>What a program run to its end gave.</summary>
internal sealed record ToolRun(int ProcessId, int ExitCode, string Output, string Error);
