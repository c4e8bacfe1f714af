using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Twin.Frr;

namespace ErAnalyzers.Twin.Twins;

/// <summary>
/// One bgpd of the twin, in the foreground as a child of this process, in the twin's network namespace: without zebra (<c>-Z</c>: it touches no kernel
/// route), without the TCP vty (<c>-P 0</c>), listening only on its loopback addresses (<c>-l</c>), with its
/// configuration, pid file, log and vty socket in its own folder, which vtysh reaches with <c>--vty_socket</c>.
/// </summary>
internal sealed class BgpdProcess
{
    private static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(20);

    private readonly Process process;
    private readonly FrrTools tools;

    private BgpdProcess(TwinInstance instance, string folder, Process process, FrrTools tools)
    {
        Instance = instance;
        Folder = folder;
        this.process = process;
        this.tools = tools;
    }

    /// <summary>What the process runs.</summary>
    public TwinInstance Instance { get; }

    /// <summary>The process's folder.</summary>
    public string Folder { get; }

    /// <summary>The process's id.</summary>
    public int Id => process.Id;

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>Writes the configuration into <paramref name="folder"/> and starts bgpd on it in <paramref name="network"/>.</summary>
    public static BgpdProcess Start(TwinInstance instance, string folder, FrrTools tools, NetworkNamespace network)
    {
        Directory.CreateDirectory(folder);
        string config = Path.Combine(folder, "bgpd.conf");
        File.WriteAllText(config, FrrConfigText.Render(instance.Config), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        // -S: no change of user or capabilities (the twin runs as root), so the folder needs no owner of its own.
        var start = network.Enter(tools.Bgpd, new[] { "-Z", "-S", "-P", "0", "--vty_socket", folder, "-i", Path.Combine(folder, "bgpd.pid"), "-f", config, "--log", "file:" + Path.Combine(folder, "bgpd.log") }
            .Concat(instance.ListenAddresses.SelectMany(address => new[] { "-l", address })));

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{tools.Bgpd} did not start for {instance.Name}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BgpdProcess(instance, folder, process, tools);
    }

    /// <summary>The output of a vtysh command to this bgpd; throws when vtysh fails.</summary>
    public async Task<string> QueryAsync(string command, CancellationToken cancellation)
    {
        var run = await RunVtyshAsync(command, cancellation).ConfigureAwait(false);
        return run.ExitCode == 0
            ? run.Output
            : throw new InvalidOperationException($"vtysh '{command}' failed on {Instance.Name} (exit {run.ExitCode}): {run.Error}{run.Output}");
    }

    /// <summary>The output of a vtysh command to this bgpd, or null while bgpd does not answer yet (it is starting).</summary>
    public async Task<string?> TryQueryAsync(string command, CancellationToken cancellation)
    {
        var run = await RunVtyshAsync(command, cancellation).ConfigureAwait(false);
        return run.ExitCode == 0 ? run.Output : null;
    }

    private Task<ToolRun> RunVtyshAsync(string command, CancellationToken cancellation) =>
        FrrTools.RunAsync(tools.Vtysh, ["--vty_socket", Folder, "-d", "bgpd", "-c", command], QueryTimeout, cancellation);

    /// <summary>The end of the process's log, for error messages.</summary>
    public string LogTail()
    {
        string log = Path.Combine(Folder, "bgpd.log");
        return File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(20)) : "(no log)";
    }

    /// <summary>Kills the process, waits for it to end and removes its FRR log folder.</summary>
    public void Stop()
    {
        int id = process.Id;
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            process.WaitForExit();
            FrrTools.RemoveCrashLogFolder(tools.Bgpd, id);
        }
        finally
        {
            process.Dispose();
        }
    }
}
