using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ErAnalyzers.Tests.Support;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace ErAnalyzers.Tests.Robustness;

/// <summary>The files of one design (a design and the helpers it calls), named after where it was found.</summary>
internal sealed record Seed(string Name, IReadOnlyList<string> Sources);

/// <summary>
/// The designs the fuzz and concurrency tests start from: every sample's design file, and every design of the
/// analyzer and code-fix tests written with constant sources (<see cref="Verify.Design"/> calls and whole files),
/// with the other files of the same test, markup removed.
/// </summary>
internal static class FuzzSeeds
{
    private static readonly Lazy<IReadOnlyList<Seed>> Cached = new(Load);

    /// <summary>The samples first, then the test designs in file and line order.</summary>
    public static IReadOnlyList<Seed> All => Cached.Value;

    private static IReadOnlyList<Seed> Load()
    {
        var samples = Directory.GetDirectories(Path.Combine(Repository.Root, "samples"))
            .SelectMany(folder => Directory.GetFiles(folder, "*Design.cs"))
            .Order(StringComparer.Ordinal)
            .Select(file => new Seed(Relative(file), [File.ReadAllText(file)]));
        var testFiles = Directory.GetFiles(Path.Combine(Repository.Root, "tests", "ErAnalyzers.Tests"), "*Tests.cs", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);
        return [.. samples, .. testFiles.SelectMany(DesignsIn)];
    }

    // The files of a multi-file test are written together in a collection; other arguments are designs of their own
    // (a code-fix test's source and fixed source, for example).
    private static IEnumerable<Seed> DesignsIn(string file)
    {
        var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file).GetRoot();
        var groups = root.DescendantNodes().SelectMany(IEnumerable<IEnumerable<ExpressionSyntax>> (node) => node switch
        {
            ArgumentListSyntax list => list.Arguments.Select(a => new[] { a.Expression }),
            CollectionExpressionSyntax collection => [collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression)],
            _ => [],
        });
        foreach (var group in groups)
        {
            var sources = group.Select(Source).OfType<(string Text, int Line)>().ToArray();
            if (sources.Length > 0)
            {
                yield return new Seed($"{Relative(file)}:{sources[0].Line}", [.. sources.Select(s => s.Text)]);
            }
        }
    }

    // A Verify.Design call with literal arguments, or a literal that is a whole file of DSL code.
    private static (string Text, int Line)? Source(ExpressionSyntax expression)
    {
        int line = expression.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
        if (expression is InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Verify" }, Name.Identifier.ValueText: "Design" },
                ArgumentList.Arguments: var arguments,
            }
            && arguments.All(a => a.Expression is LiteralExpressionSyntax)
            && arguments.Select(a => WithoutMarkup(((LiteralExpressionSyntax)a.Expression).Token.ValueText)).ToArray() is [var body, .. var members])
        {
            return (Verify.Design(body, members.FirstOrDefault() ?? ""), line);
        }

        return expression is LiteralExpressionSyntax { Token.ValueText: var text } && text.Contains("using ErAnalyzers", StringComparison.Ordinal)
            ? (WithoutMarkup(text), line)
            : null;
    }

    private static string WithoutMarkup(string text)
    {
        TestFileMarkupParser.GetSpans(text, out string source, out ImmutableDictionary<string, ImmutableArray<TextSpan>> _);
        return source;
    }

    private static string Relative(string path) => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/');
}
