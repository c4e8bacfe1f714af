using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ErAnalyzers.Benchmarks.Corpus;
using ErAnalyzers.Dsl;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Benchmarks.Measurement;

/// <summary>
/// The run-time path of one design of many circuits built with the DSL: in milliseconds, the first run's
/// <c>Validate()</c> followed by <c>WriteArmTemplate(path)</c> in a fresh process (what a user's program pays, its code
/// compiled just in time), then the medians over all runs of building the design and of the two calls; the peak
/// working set of the process that did it, and whether <c>Validate()</c> found exactly the planted mistakes.
/// </summary>
public sealed record RuntimeResult(
    int Circuits, double FirstValidateAndWriteMs, double BuildMs, double ValidateAndWriteMs, long TemplateBytes, long PeakWorkingSetBytes, IReadOnlyList<string> Problems);

public static class RuntimeBench
{
    public const string ChildOption = "--runtime-only";

    /// <summary>Measures in this process: its peak working set is that of everything it did before, too.</summary>
    public static RuntimeResult Run(int circuits, int seed, int runs)
    {
        var plans = DesignGenerator.Plan(circuits, seed);
        var expected = Flaws.Expected(plans);
        var builds = new List<double>();
        var validations = new List<double>();
        var problems = new List<string>();
        long templateBytes = 0;
        for (int run = 1; run <= runs; run++)
        {
            var (build, validation, bytes, found) = MeasureOnce(plans);
            builds.Add(build);
            validations.Add(validation);
            templateBytes = bytes;
            problems.AddRange(expected.Keys.Union(found.Keys)
                .Where(id => expected.GetValueOrDefault(id) != found.GetValueOrDefault(id))
                .Select(id => $"run {run}: Validate() {id} expected {expected.GetValueOrDefault(id)}, found {found.GetValueOrDefault(id)}"));
        }

        using var process = Process.GetCurrentProcess();
        return new RuntimeResult(circuits, validations[0], Timing.Median(builds), Timing.Median(validations), templateBytes, process.PeakWorkingSet64, problems);
    }

    // One run, in a frame of its own: nothing of it is reachable when the next run starts (code the runtime has not
    // optimized yet keeps a frame's locals alive to its end, and a loop's frame would hold the last design and
    // template through the next run, adding them to the peak).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (double BuildMs, double ValidateAndWriteMs, long TemplateBytes, Dictionary<string, int> Found) MeasureOnce(IReadOnlyList<DesignPlan> plans)
    {
        NetworkDesign design = null!;
        double build = Timing.Milliseconds(() => design = DesignRuntime.Build("benchmark", plans));

        // Written to a file, as a user's program does (the samples call WriteArmTemplate).
        IReadOnlyList<Finding> findings = [];
        string template = Path.GetTempFileName();
        try
        {
            double validation = Timing.Milliseconds(() =>
            {
                findings = design.Validate();
                design.WriteArmTemplate(template);
            });

            return (build, validation, new FileInfo(template).Length, findings.CountBy(f => f.RuleId).ToDictionary(pair => pair.Key, pair => pair.Value));
        }
        finally
        {
            File.Delete(template);
        }
    }

    /// <summary>
    /// Measures in a child process of this program, so that the peak working set is the run-time path's alone and
    /// not that of the compilations measured before.
    /// </summary>
    public static RuntimeResult RunInChildProcess(int circuits, int seed, int runs)
    {
        string host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };

        // Started as `dotnet ErAnalyzers.Benchmarks.dll`: the child needs the program's path too.
        if (System.IO.Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(RuntimeBench).Assembly.Location);
        }

        // The DSL runs in a user's program, with .NET's default workstation collector, not the compiler's server one.
        start.Environment["DOTNET_gcServer"] = "0";

        foreach (string argument in new[] { ChildOption, circuits.ToString(), seed.ToString(), runs.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return child.ExitCode == 0
            ? JsonSerializer.Deserialize<RuntimeResult>(output)!
            : throw new InvalidOperationException($"the run-time measurement failed with exit code {child.ExitCode}");
    }

    /// <summary>The child's side: measure, then print the result as JSON.</summary>
    public static int RunAsChild(string[] arguments)
    {
        var result = Run(int.Parse(arguments[1]), int.Parse(arguments[2]), int.Parse(arguments[3]));
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }
}
