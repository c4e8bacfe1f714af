using System;
using System.Globalization;
using ErAnalyzers.Benchmarks;
using ErAnalyzers.Benchmarks.Measurement;

// Figures print the same on every machine.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.Length > 0 && args[0] == RuntimeBench.ChildOption)
{
    return RuntimeBench.RunAsChild(args);
}

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (Exception exception) when (exception is ArgumentException or FormatException)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

var report = BenchmarkRunner.Run(options, Console.Error);
Console.WriteLine(report.ToMarkdown());
return report.AllBarsPass || !options.FailOnBar ? 0 : 1;
