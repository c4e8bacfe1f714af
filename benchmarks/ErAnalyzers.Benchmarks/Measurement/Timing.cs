using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace ErAnalyzers.Benchmarks.Measurement;

/// <summary>How every figure is taken: wall-clock milliseconds from a clean heap, and medians of the runs.</summary>
public static class Timing
{
    public static double Milliseconds(Action action)
    {
        CollectGarbage();
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>
    /// Runs <paramref name="run"/> unmeasured, at least once, until <paramref name="duration"/> has passed (not at all
    /// when it is zero): the runtime compiles hot code again, optimized with what it saw it do (tiered compilation),
    /// and the runs measured after it run that code, as a long-running compiler server or editor does.
    /// </summary>
    public static int WarmUp(TimeSpan duration, Action run)
    {
        int runs = 0;
        for (var watch = Stopwatch.StartNew(); runs == 0 ? duration > TimeSpan.Zero : watch.Elapsed < duration; runs++)
        {
            run();
        }

        return runs;
    }

    // Each phase starts with a clean heap, so that none pays for the garbage of the one before.
    public static void CollectGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
