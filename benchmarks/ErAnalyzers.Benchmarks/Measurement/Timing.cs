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
