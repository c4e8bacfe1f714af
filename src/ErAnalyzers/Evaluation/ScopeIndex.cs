using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>
/// What the evaluator asks about the locals and parameters of a member (a method, a property, a field, or a file of
/// top-level statements): which identifiers are written to, and where a name is used. A member is searched as text
/// for the few places that matter and those are confirmed in the syntax tree, instead of walking every node: most
/// members of a design are long chains of calls with nothing written.
/// </summary>
internal sealed class ScopeIndex
{
    private static readonly char[] OperatorCharacters = ['=', '+', '-', '&'];

    private static readonly string[] RefKindKeywords = ["ref", "out", "in"];

    private readonly SyntaxNode member;

    private readonly TextSpan span;

    // The text of the member's file, searched within the member's span.
    private readonly string text;

    // Every identifier that is assigned, incremented, decremented, has its address taken or is passed by reference.
    private readonly List<IdentifierNameSyntax> written = [];

    // Whether every name of the member appears as itself in its text; null until a name is asked for.
    private bool? namesAsText;

    // Every identifier of the member, when a name cannot be found as text; null until then.
    private List<IdentifierNameSyntax>? identifiers;

    private ScopeIndex(SyntaxNode member, string text)
    {
        this.member = member;
        this.text = text;
        span = member.Span;
        FindOperatorWrites();
        foreach (string keyword in RefKindKeywords)
        {
            foreach (var token in Words(keyword))
            {
                // ref, out and in of an argument; elsewhere they declare or constrain, and write nothing.
                if (token.Parent is ArgumentSyntax { Expression: var expression } argument && argument.RefKindKeyword == token)
                {
                    AddWritten(expression);
                }
            }
        }
    }

    /// <summary>The identifiers of the member that spell <paramref name="name"/>, whatever symbol they bind to.</summary>
    public IEnumerable<IdentifierNameSyntax> Identifiers(string name)
    {
        namesAsText ??= CanFindNamesAsText();
        if (namesAsText.Value)
        {
            return Words(name).Select(token => token.Parent).OfType<IdentifierNameSyntax>().Where(identifier => identifier.Identifier.ValueText == name);
        }

        identifiers ??= [.. member.DescendantNodes().OfType<IdentifierNameSyntax>()];
        return identifiers.Where(identifier => identifier.Identifier.ValueText == name);
    }

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

    // Assignments (=, op=, ??=), ++, -- and &: operators are never spelled with an escape, so their text finds them all.
    private void FindOperatorWrites()
    {
        for (int at = IndexOfAny(OperatorCharacters, span.Start); at >= 0; at = IndexOfAny(OperatorCharacters, at + 1))
        {
            char next = at + 1 < text.Length ? text[at + 1] : '\0';
            bool candidate = text[at] switch
            {
                '=' => next is not ('>' or '='),
                '+' or '-' => next == text[at],
                _ => next is not ('&' or '='),
            };
            if (!candidate)
            {
                // =>, == and && write nothing, and their second character is no operator of its own; a lone +, - or &
                // writes nothing, but may start +=, -= or &=.
                at += (text[at] == '=' && next is '>' or '=') || (text[at] == '&' && next == '&') ? 1 : 0;
                continue;
            }

            if (TokenAt(at) is not { } token)
            {
                continue;
            }

            switch (token.Parent)
            {
                case AssignmentExpressionSyntax assignment when assignment.OperatorToken == token:
                    AddWritten(assignment.Left);
                    break;
                case PrefixUnaryExpressionSyntax prefix when prefix.OperatorToken == token:
                    AddWritten(prefix.Operand);
                    break;
                case PostfixUnaryExpressionSyntax postfix when postfix.OperatorToken == token:
                    AddWritten(postfix.Operand);
                    break;
            }

            at = token.Span.End - 1;
        }
    }

    // The target of a write: a name, or the names of a tuple being deconstructed into.
    private void AddWritten(ExpressionSyntax target)
    {
        switch (target)
        {
            case IdentifierNameSyntax identifier:
                written.Add(identifier);
                break;
            case TupleExpressionSyntax tuple:
                foreach (var element in tuple.Arguments)
                {
                    AddWritten(element.Expression);
                }

                break;
            case ParenthesizedExpressionSyntax parenthesized:
                AddWritten(parenthesized.Expression);
                break;
        }
    }

    // The tokens of the member that are exactly this word (an identifier or a keyword), not part of a longer one.
    private IEnumerable<SyntaxToken> Words(string word)
    {
        for (int at = IndexOf(word, span.Start); at >= 0; at = IndexOf(word, at + 1))
        {
            if ((at > 0 && SyntaxFacts.IsIdentifierPartCharacter(text[at - 1]))
                || (at + word.Length < text.Length && SyntaxFacts.IsIdentifierPartCharacter(text[at + word.Length])))
            {
                continue;
            }

            if (TokenAt(at) is { } token && (token.SpanStart == at || (token.SpanStart == at - 1 && text[at - 1] == '@')))
            {
                yield return token;
            }
        }
    }

    // The token whose text is at the position; null in trivia (comments, disabled code).
    private SyntaxToken? TokenAt(int position)
    {
        var token = member.FindToken(position);
        return token.Span.Contains(position) ? token : null;
    }

    // Within the member's span only; -1 when not found.
    private int IndexOfAny(char[] characters, int from) => from < span.End ? text.IndexOfAny(characters, from, span.End - from) : -1;

    private int IndexOf(string word, int from) => from < span.End ? text.IndexOf(word, from, span.End - from, System.StringComparison.Ordinal) : -1;

    // A name written with a Unicode escape or a formatting character does not appear as itself in the text.
    private bool CanFindNamesAsText()
    {
        for (int at = span.Start; at < span.End; at++)
        {
            char c = text[at];
            if ((c == '\\' && at + 1 < text.Length && text[at + 1] is 'u' or 'U')
                || (c > 0x7F && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The indexes of one compilation's members, each built once: every call evaluated in a member asks about the
    /// same locals and parameters.
    /// </summary>
    internal sealed class Cache
    {
        private readonly ConcurrentDictionary<SyntaxNode, ScopeIndex> indexes = new();

        // A file's text, shared by its members (the text of a file read from disk is its string, not a copy of it).
        private readonly ConcurrentDictionary<SyntaxTree, string> texts = new();

        /// <summary>The index of the member that <paramref name="node"/> is in.</summary>
        public ScopeIndex Of(SyntaxNode node)
        {
            var member = MemberOf(node);
            return indexes.TryGetValue(member, out var index) ? index : indexes.GetOrAdd(member, new ScopeIndex(member, TextOf(member.SyntaxTree)));
        }

        private string TextOf(SyntaxTree tree) => texts.GetOrAdd(tree, static tree => tree.GetText().ToString());
    }
}
