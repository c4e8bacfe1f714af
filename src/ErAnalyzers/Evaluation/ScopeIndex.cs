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

    // The member's text, from member.Span.Start.
    private readonly string text;

    // Every identifier that is assigned, incremented, decremented, has its address taken or is passed by reference.
    private readonly List<IdentifierNameSyntax> written = [];

    // Whether every name of the member appears as itself in its text; null until a name is asked for.
    private bool? namesAsText;

    // Every identifier of the member, when a name cannot be found as text; null until then.
    private List<IdentifierNameSyntax>? identifiers;

    private ScopeIndex(SyntaxNode member)
    {
        this.member = member;
        text = member.SyntaxTree.GetText().ToString(member.Span);
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
        namesAsText ??= CanFindNamesAsText(text);
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
        for (int at = text.IndexOfAny(OperatorCharacters); at >= 0; at = text.IndexOfAny(OperatorCharacters, at + 1))
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

            if (TokenAt(member.Span.Start + at) is not { } token)
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

            at = token.Span.End - member.Span.Start - 1;
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
        for (int at = text.IndexOf(word, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, System.StringComparison.Ordinal))
        {
            if ((at > 0 && SyntaxFacts.IsIdentifierPartCharacter(text[at - 1]))
                || (at + word.Length < text.Length && SyntaxFacts.IsIdentifierPartCharacter(text[at + word.Length])))
            {
                continue;
            }

            int position = member.Span.Start + at;
            if (TokenAt(position) is { } token && (token.SpanStart == position || (token.SpanStart == position - 1 && text[at - 1] == '@')))
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

    // A name written with a Unicode escape or a formatting character does not appear as itself in the text.
    private static bool CanFindNamesAsText(string text)
    {
        for (int at = 0; at < text.Length; at++)
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

        /// <summary>The index of the member that <paramref name="node"/> is in.</summary>
        public ScopeIndex Of(SyntaxNode node) => indexes.GetOrAdd(MemberOf(node), static member => new ScopeIndex(member));
    }
}
