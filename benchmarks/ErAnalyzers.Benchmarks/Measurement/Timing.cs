using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace ErAnalyzers.Benchmarks.Measurement;

/// <summary>The unmeasured runs before a figure's: at least <paramref name="Runs"/>, for at least <paramref name="Duration"/>.</summary>
public sealed record WarmUp(int Runs, TimeSpan Duration)
{
    public static readonly WarmUp None = new(0, TimeSpan.Zero);
}

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
    /// Runs <paramref name="run"/> unmeasured, at least <see cref="WarmUp.Runs"/> times and until
    /// <see cref="WarmUp.Duration"/> has passed: the runtime compiles hot code again, optimized with what it saw it do
    /// (tiered compilation), and the runs measured after it run that code, as a long-running compiler server or
    /// editor does. Returns how many runs it took.
    /// </summary>
    public static int Run(WarmUp warmUp, Action run)
    {
        int runs = 0;
        for (var watch = Stopwatch.StartNew(); runs < warmUp.Runs || watch.Elapsed < warmUp.Duration; runs++)
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

/// <summary>
/// Garbage collections and the time they stopped the process: a collection's pause counts in whatever analyzer
/// callback was running, so a run's figure is read with the collections of its analysis.
/// </summary>
public readonly record struct Collections(int Count, TimeSpan Paused)
{
    public static Collections SoFar() => new(GC.CollectionCount(0), GC.GetTotalPauseDuration());

    public static Collections operator -(Collections after, Collections before) => new(after.Count - before.Count, after.Paused - before.Paused);

    public override string ToString() => $"{Count} collection(s) in its analysis, {Paused.TotalMilliseconds:F0} ms paused";
}
