using System;
using System.IO;
using System.Linq;
using System.Threading;
using ErAnalyzers.Twin.Frr;

namespace ErAnalyzers.Twin.Tests.Support;

/// <summary>
/// FRRouting as Debian's <c>frr</c> package installs it (.ci/run installs it when missing): tests that need it skip
/// on a machine without it, saying how to install it, and fail in CI (<c>CI=true</c>).
/// </summary>
internal static class FrrHost
{
    private const string NoZebra = "sendmsg_nexthop: zclient_send_message() failed";

    // What bgpd logs when another process left a log folder under the id it was given: the machine's, not the configuration's.
    private static readonly string[] LogFolderTaken = ["failed to mkdir \"/var/tmp/frr/", "crashlog and per-thread log buffering unavailable"];

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Skips the test without FRR; in CI a missing FRR fails it.</summary>
    public static void RequireInstalled()
    {
        bool missing = !FrrTools.Debian.IsInstalled;
        Assert.False(missing && Environment.GetEnvironmentVariable("CI") == "true", "CI needs FRR: .ci/run installs it (apt-get install frr)");
        Skip.If(missing, $"FRR is not installed: {FrrTools.HowToInstall}; .ci/run installs it");
    }

    /// <summary>
    /// Checks the configuration file <paramref name="path"/> with FRR itself, both ways it can: <c>vtysh -C -f</c>
    /// parses it with every daemon's commands and exits non-zero on an unknown one; <c>bgpd --dryrun</c> applies it
    /// to a bgpd that does not start, and logs (without failing) a command bgpd rejects, such as a neighbour setting
    /// before its <c>remote-as</c>. Both must pass silently.
    /// </summary>
    public static void Check(string path)
    {
        var tools = FrrTools.Debian;
        var (_, vtyshExit, vtyshOutput, vtyshError) = FrrTools.RunAsync(tools.Vtysh, ["-C", "-f", path], Timeout, CancellationToken.None).GetAwaiter().GetResult();
        string vtysh = vtyshOutput + vtyshError;
        Assert.True(vtyshExit == 0 && vtysh.Trim().Length == 0, $"vtysh -C rejects {Path.GetFileName(path)} (exit {vtyshExit}):\n{vtysh}\n{Numbered(path)}");
        var (bgpdId, bgpdExit, bgpdOutput, bgpdError) = FrrTools.RunAsync(tools.Bgpd, ["--dryrun", "-Z", "-S", "-p", "0", "-f", path], Timeout, CancellationToken.None).GetAwaiter().GetResult();
        Assert.False(Directory.Exists(FrrTools.CrashLogFolder(tools.Bgpd, bgpdId)), "bgpd's log folder is left behind");
        // Without zebra, bgpd cannot register the next hops of its network statements: that is no configuration error.
        string bgpd = string.Join('\n', (bgpdOutput + bgpdError).Split('\n')
            .Where(line => !line.Contains(NoZebra, StringComparison.Ordinal) && !LogFolderTaken.Any(taken => line.Contains(taken, StringComparison.Ordinal))));
        Assert.True(bgpdExit == 0 && bgpd.Trim().Length == 0, $"bgpd --dryrun rejects {Path.GetFileName(path)} (exit {bgpdExit}):\n{bgpd}\n{Numbered(path)}");
    }

    private static string Numbered(string path) =>
        string.Join('\n', File.ReadAllLines(path).Select((line, i) => $"{i + 1,4}: {line}"));
}
