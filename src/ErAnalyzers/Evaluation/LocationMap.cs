using System.Collections.Generic;
using ErAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>
/// Where the model elements of one evaluation are written, and where to report them. Roslyn takes a diagnostic only in
/// the file being analyzed (the root tree): an element written in another file (a helper there) is reported at the
/// call in the root tree through which the evaluation went into that file, its anchor.
/// </summary>
internal sealed class LocationMap(SyntaxTree rootTree, SourceTrees trees)
{
    // By reference: every model location is made by Locate, and a helper's line reached through two calls is two
    // model locations, each with its own anchor.
    private readonly Dictionary<SourceLocation, Location> anchors = new(ReferenceComparer<SourceLocation>.Instance);

    // The trees of the locations whose path does not tell their tree (paths shared by several trees).
    private readonly Dictionary<SourceLocation, SyntaxTree> sharedPathTrees = new(ReferenceComparer<SourceLocation>.Instance);

    /// <summary>
    /// The call in the root tree through which the evaluation went into another file, while it is there; null in the
    /// root tree. The interpreter sets it when it follows a call or a delegate into another file, and restores it after.
    /// </summary>
    public Location? Anchor { get; set; }

    public SyntaxTree RootTree => rootTree;

    /// <summary>The model location of a call or a method group, at the called method's name.</summary>
    public SourceLocation Locate(IOperation operation)
    {
        var syntax = operation.Syntax;
        var tree = syntax.SyntaxTree;
        var location = CallSpans.Of(syntax);
        if (trees.Unique(tree.FilePath) != tree)
        {
            sharedPathTrees[location] = tree;
        }

        if (tree != rootTree && Anchor is not null)
        {
            anchors[location] = Anchor;
        }

        return location;
    }

    /// <summary>The anchor to use when evaluation goes from <paramref name="call"/> into code in <paramref name="target"/>.</summary>
    public Location? AnchorInto(SyntaxTree target, SyntaxNode call) =>
        Anchor ?? (target != rootTree && call.SyntaxTree == rootTree ? Location.Create(rootTree, CallSpans.NameSpan(call)) : null);

    /// <summary>
    /// Where to report a model location: itself when it is in the root tree, else its anchor (<paramref name="anchored"/>);
    /// null when there is none.
    /// </summary>
    public Location? ReportingLocation(SourceLocation? location, out bool anchored)
    {
        anchored = false;
        if (location is null || TreeOf(location) is not { } tree)
        {
            return null;
        }

        if (tree == rootTree)
        {
            return Location.Create(tree, SpanOf(location));
        }

        anchored = true;
        return anchors.TryGetValue(location, out var call) ? call : null;
    }

    /// <summary>The Roslyn location of a model location, in whatever file of the compilation it is.</summary>
    public Location? ActualLocation(SourceLocation? location) =>
        location is not null && TreeOf(location) is { } tree ? Location.Create(tree, SpanOf(location)) : null;

    // Null for a location without a span (made at run time), or in a file whose path several trees share that this
    // evaluation did not locate.
    private SyntaxTree? TreeOf(SourceLocation location) =>
        !location.HasSpan ? null : sharedPathTrees.TryGetValue(location, out var tree) ? tree : trees.Unique(location.FilePath);

    private static TextSpan SpanOf(SourceLocation location) => new(location.SpanStart, location.SpanLength);
}
