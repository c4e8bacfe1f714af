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

    /// <summary>Whether both programs exist.</summary>
    public bool IsInstalled => File.Exists(Bgpd) && File.Exists(Vtysh);

    /// <summary>Runs <paramref name="program"/> to its end: its exit code, standard output and standard error.</summary>
    public static async Task<ToolRun> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
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

        return new ToolRun(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }
}

/// <summary>What a program run to its end gave.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error);
