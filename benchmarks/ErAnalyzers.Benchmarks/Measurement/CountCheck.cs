using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Benchmarks.Measurement;

/// <summary>
/// Whether our analyzers found exactly the planted diagnostics, rule by rule, in every run, and never threw: a fast
/// analyzer that misses findings does not count.
/// </summary>
public sealed class CountCheck(IReadOnlyDictionary<string, int> expected)
{
    private readonly List<string> problems = [];

    public IReadOnlyDictionary<string, int> Expected { get; } = expected;

    /// <summary>The counts of the last run checked.</summary>
    public IReadOnlyDictionary<string, int> Found { get; private set; } = new Dictionary<string, int>();

    public IReadOnlyList<string> Problems => problems;

    public bool IsExact => problems.Count == 0;

    public int ExpectedTotal => Expected.Values.Sum();

    public void Check(int run, IEnumerable<Diagnostic> diagnostics)
    {
        Found = diagnostics.CountBy(d => d.Id).ToDictionary(pair => pair.Key, pair => pair.Value);
        foreach (string id in Expected.Keys.Union(Found.Keys).Order(System.StringComparer.Ordinal))
        {
            int expected = Expected.GetValueOrDefault(id);
            int found = Found.GetValueOrDefault(id);
            if (expected != found)
            {
                problems.Add($"run {run}: {id} expected {expected}, found {found}");
            }
        }
    }

    // Called from analyzer callbacks, which may run on other threads.
    public void Fail(int run, string problem)
    {
        lock (problems)
        {
            problems.Add($"run {run}: {problem}");
        }
    }
}
