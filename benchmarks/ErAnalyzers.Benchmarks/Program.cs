using System;
using System.Globalization;
using System.Linq;
using ErAnalyzers.Benchmarks;
using ErAnalyzers.Benchmarks.Corpus;
using ErAnalyzers.Benchmarks.Measurement;
using ErAnalyzers.Benchmarks.Report;

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

if (options.WriteCorpus is { } corpus)
{
    var planted = CorpusProject.Write(corpus, options.CircuitCounts[0], options.Seed, options.Shape, options.Healthy);
    Console.WriteLine($"{corpus}: {options.CircuitCounts[0]:N0} circuits, {planted.Values.Sum():N0} planted diagnostics ({string.Join(", ", planted.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))})");
    return 0;
}

if (options.RealBuild is { } project)
{
    string[] analyzers = options.Analyzers is [] ? [System.IO.Path.Combine(project, "analyzer")] : options.Analyzers;
    var start = MachineInfo.Now();
    var results = RealBuild.Run(project, RealBuild.AnalyzerFolders(analyzers), options.Runs, options.SharedCompilation, options.UnmeasuredRounds, Console.Error);
    Console.WriteLine(RealBuild.ToMarkdown(results, options.Runs, options.SharedCompilation, start, MachineInfo.Now()));
    return results.All(r => r.Problems.Count == 0) ? 0 : 1;
}

if (options.BuildCorpora is { } directory)
{
    var start = MachineInfo.Now();
    var corpora = RealBuildSuite.Run(directory, options, Console.Error);
    Console.WriteLine(RealBuildSuite.ToMarkdown(corpora, options, start, MachineInfo.Now()));
    return corpora.Any(c => c.Problems.Any()) ? 1 : 0;
}

var report = BenchmarkRunner.Run(options, Console.Error);
Console.WriteLine(report.ToMarkdown());
return report.AllBarsPass || !options.FailOnBar ? 0 : 1;
