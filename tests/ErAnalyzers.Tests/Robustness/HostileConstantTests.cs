using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit.Abstractions;

namespace ErAnalyzers.Tests.Robustness;

/// <summary>
/// The analyzer and the code fixes on designs whose string constants are hostile (<see cref="HostileStrings"/>: ARM
/// expressions, control and invisible characters, look-alike letters, 10,000 characters, empty, null). Each value
/// goes in every sample design, in all its string literals at once and in one of them (chosen from a fixed seed), and
/// in one test design in <see cref="TestDesignStride"/>, in all or one of its literals by turns. No analyzer
/// exception, no fix that throws or breaks the syntax.
/// </summary>
public sealed class HostileConstantTests(ITestOutputHelper output)
{
    private const int Seed = 17;

    private const int TestDesignStride = 8;

    [Fact]
    public async Task Analyzer_and_code_fixes_survive_hostile_constants()
    {
        var harness = await FuzzHarness.CreateAsync();
        var seeds = FuzzSeeds.All;
        var problems = new ConcurrentQueue<string>();
        int variants = 0;
        int diagnostics = 0;

        await Parallel.ForEachAsync(Enumerable.Range(0, HostileStrings.All.Count * seeds.Count), async (index, _) =>
        {
            string? value = HostileStrings.All[index % HostileStrings.All.Count];
            var origin = seeds[index / HostileStrings.All.Count];
            bool sample = origin.Name.StartsWith("samples/", StringComparison.Ordinal);
            if (!sample && index % TestDesignStride != 0)
            {
                return;
            }

            var random = new Random(unchecked((Seed * 1_000_003) + index));
            foreach (bool everyLiteral in sample ? [true, false] : new[] { index / TestDesignStride % 2 == 0 })
            {
                string[] sources = [.. origin.Sources.Select(source => WithConstant(source, value, everyLiteral ? null : random))];
                var outcome = await harness.RunAsync(sources, fixAll: false);
                Interlocked.Increment(ref variants);
                Interlocked.Add(ref diagnostics, outcome.Diagnostics);
                foreach (string problem in outcome.Problems)
                {
                    problems.Enqueue($"{origin.Name} with {SymbolDisplay.FormatLiteral(value ?? "null", quote: true)} in {(everyLiteral ? "every" : "one")} string literal: {problem}");
                }
            }
        });

        output.WriteLine($"{variants} variants ({HostileStrings.All.Count} hostile strings in {seeds.Count} designs): {diagnostics} diagnostics, {problems.Count} problems");
        Assert.True(problems.IsEmpty, $"{problems.Count} problems; the first ones:\n\n{string.Join("\n\n", problems.Take(5))}");
    }

    // The source with every string literal (or, given a random, one of them) replaced by the value.
    private static string WithConstant(string source, string? value, Random? one)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var literals = root.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)).ToArray();
        if (literals.Length == 0)
        {
            return source;
        }

        var replaced = one is null ? literals : [literals[one.Next(literals.Length)]];
        var constant = value is null
            ? SyntaxFactory.LiteralExpression(SyntaxKind.NullLiteralExpression)
            : SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));
        return root.ReplaceNodes(replaced, (original, _) => constant.WithTriviaFrom(original)).ToFullString();
    }
}
