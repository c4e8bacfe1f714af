using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>
/// The identifiers of a member (a method, a property, a field, or a file of top-level statements) by name, and
/// those of them that are written to: what the evaluator asks for each local and parameter it meets. Built by one
/// walk of the member.
/// </summary>
internal sealed class ScopeIndex
{
    private static readonly IReadOnlyList<IdentifierNameSyntax> None = [];

    private readonly Dictionary<string, List<IdentifierNameSyntax>> identifiers = [];

    // Few names are written to in design code: a list per name that is, searched by span.
    private readonly Dictionary<string, List<IdentifierNameSyntax>> written = [];

    private ScopeIndex(SyntaxNode member)
    {
        foreach (var identifier in member.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            string name = identifier.Identifier.ValueText;
            Add(identifiers, name, identifier);
            if (IsWrittenTo(identifier))
            {
                Add(written, name, identifier);
            }
        }
    }

    /// <summary>The identifiers of the member that spell <paramref name="name"/>, whatever symbol they bind to.</summary>
    public IReadOnlyList<IdentifierNameSyntax> Identifiers(string name) => identifiers.TryGetValue(name, out var named) ? named : None;

    /// <summary>
    /// Whether an identifier spelling <paramref name="name"/> is assigned, incremented or passed by reference within
    /// <paramref name="span"/> of the member.
    /// </summary>
    public bool IsWritten(string name, TextSpan span) => written.TryGetValue(name, out var named) && named.Exists(identifier => span.Contains(identifier.Span));

    /// <summary>The member that <paramref name="node"/> is in, or is. Each top-level statement is a member of its own, but their locals are shared by the whole file.</summary>
    public static SyntaxNode MemberOf(SyntaxNode node) =>
        node.AncestorsAndSelf().First(n => n is MemberDeclarationSyntax and not GlobalStatementSyntax or CompilationUnitSyntax);

    private static void Add(Dictionary<string, List<IdentifierNameSyntax>> index, string name, IdentifierNameSyntax identifier)
    {
        if (!index.TryGetValue(name, out var named))
        {
            index[name] = named = [];
        }

        named.Add(identifier);
    }

    private static bool IsWrittenTo(ExpressionSyntax identifier) => identifier.Parent switch
    {
        AssignmentExpressionSyntax assignment => assignment.Left == identifier,
        PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
        ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None) => true,
        ArgumentSyntax { Parent: TupleExpressionSyntax tuple } => IsWrittenTo(tuple),
        _ => false,
    };

    /// <summary>
    /// The indexes of one compilation's members, each built once: every call evaluated in a member asks about the
    /// same locals and parameters.
    /// </summary>
    internal sealed class Cache
    {
        private readonly ConcurrentDictionary<SyntaxNode, ScopeIndex> indexes = new();

        /// <summary>The index of the member that <paramref name="node"/> is in.</summary>
        public ScopeIndex Of(SyntaxNode node) => indexes.GetOrAdd(MemberOf(node), static member => new ScopeIndex(member));
    }
}
