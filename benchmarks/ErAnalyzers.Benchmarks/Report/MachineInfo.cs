using System;
using System.IO;
using System.Runtime.InteropServices;

namespace ErAnalyzers.Benchmarks.Report;

/// <summary>The machine the figures come from, and how busy it was (the load average, as `uptime` shows it).</summary>
public sealed record MachineInfo(int Cores, double MemoryGiB, string OperatingSystem, string Runtime, string LoadAverage)
{
    public static MachineInfo Now() => new(
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "unknown");
}
