using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>
/// The identifiers of a member (a method, a property, a field, or a file of top-level statements), and those of
/// them that are written to: what the evaluator asks for each local and parameter it meets. Built by one walk of the
/// member.
/// </summary>
internal sealed class ScopeIndex
{
    // A member has hundreds of identifiers and few are asked for by name: a scan of one list costs less than indexing
    // every name.
    private readonly List<IdentifierNameSyntax> identifiers = [];

    // Few identifiers are written to in design code.
    private readonly List<IdentifierNameSyntax> written = [];

    private ScopeIndex(SyntaxNode member)
    {
        foreach (var identifier in member.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            identifiers.Add(identifier);
            if (IsWrittenTo(identifier))
            {
                written.Add(identifier);
            }
        }
    }

    /// <summary>The identifiers of the member that spell <paramref name="name"/>, whatever symbol they bind to.</summary>
    public IEnumerable<IdentifierNameSyntax> Identifiers(string name) => identifiers.Where(identifier => identifier.Identifier.ValueText == name);

    /// <summary>
    /// Whether an identifier spelling <paramref name="name"/> is assigned, incremented or passed by reference within
    /// <paramref name="span"/> of the member.
    /// </summary>
    public bool IsWritten(string name, TextSpan span)
    {
        foreach (var identifier in written)
        {
            if (span.Contains(identifier.Span) && identifier.Identifier.ValueText == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The member that <paramref name="node"/> is in, or is. Each top-level statement is a member of its own, but their locals are shared by the whole file.</summary>
    public static SyntaxNode MemberOf(SyntaxNode node)
    {
        var member = node;
        while (member is not (MemberDeclarationSyntax and not GlobalStatementSyntax or CompilationUnitSyntax))
        {
            member = member.Parent!;
        }

        return member;
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
