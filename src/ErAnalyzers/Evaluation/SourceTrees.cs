using System;
using System.Collections.Generic;
using ErAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>
/// The syntax trees of a compilation by file path, indexed once: a model location names its file, and the few that
/// are reported need their tree back.
/// </summary>
internal sealed class SourceTrees(Compilation compilation)
{
    private readonly Lazy<Dictionary<string, SyntaxTree?>> byPath = new(() => Index(compilation));

    /// <summary>The tree of a file, when exactly one tree of the compilation has its path; null when none or several do.</summary>
    public SyntaxTree? Unique(string path) => byPath.Value.TryGetValue(path, out var tree) ? tree : null;

    private static Dictionary<string, SyntaxTree?> Index(Compilation compilation)
    {
        var trees = new Dictionary<string, SyntaxTree?>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            trees[tree.FilePath] = trees.ContainsKey(tree.FilePath) ? null : tree;
        }

        return trees;
    }
}
