using System;
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
/// What the evaluator asks about the locals and parameters of a file: which identifiers are written to, and where a
/// name is used, within a scope (a member, a lambda). The file is searched as text for the few places that matter and
/// those are confirmed in the syntax tree, instead of walking every node: most of a design is long chains of calls
/// with nothing written.
/// </summary>
internal sealed class ScopeIndex
{
    private static readonly char[] OperatorCharacters = ['=', '+', '-', '&'];

    // An in argument is a read-only reference: it writes nothing (and "in" is in so many words that looking for it
    // cost more than the rest of the index).
    private static readonly string[] RefKindKeywords = ["ref", "out"];

    private readonly SyntaxNode root;

    // The text of the file (the text of a file read from disk is its string, not a copy of it).
    private readonly string text;

    // Every identifier that is assigned, incremented, decremented, has its address taken or is passed by ref or out,
    // in the order of the text.
    private readonly List<IdentifierNameSyntax> written = [];

    // Where each of them starts, searched without reading the syntax nodes.
    private readonly int[] writtenStarts;

    // Whether every name of the file appears as itself in its text; null until a name is asked for.
    private bool? namesAsText;

    // Every identifier of the file, when a name cannot be found as text; null until then.
    private List<IdentifierNameSyntax>? identifiers;

    private ScopeIndex(SyntaxNode root, string text)
    {
        this.root = root;
        this.text = text;
        FindOperatorWrites();
        foreach (string keyword in RefKindKeywords)
        {
            foreach (var token in Words(keyword, root.FullSpan))
            {
                // ref and out of an argument, and a ref taken to a variable (ref var alias = ref rows[1]), may write it;
                // elsewhere they declare or constrain, and write nothing.
                switch (token.Parent)
                {
                    case ArgumentSyntax { Expression: var expression } argument when argument.RefKindKeyword == token:
                        AddWritten(expression);
                        break;
                    case RefExpressionSyntax { Expression: var referenced }:
                        AddWritten(referenced);
                        break;
                }
            }
        }

        written.Sort((first, second) => first.SpanStart.CompareTo(second.SpanStart));
        writtenStarts = [.. written.Select(identifier => identifier.SpanStart)];
    }

    /// <summary>The identifiers within <paramref name="span"/> that spell <paramref name="name"/>, whatever symbol they bind to.</summary>
    public IEnumerable<IdentifierNameSyntax> Identifiers(string name, TextSpan span)
    {
        namesAsText ??= CanFindNamesAsText();
        if (namesAsText.Value)
        {
            return Words(name, span).Select(token => token.Parent).OfType<IdentifierNameSyntax>().Where(identifier => identifier.Identifier.ValueText == name);
        }

        identifiers ??= [.. root.DescendantNodes().OfType<IdentifierNameSyntax>()];
        return identifiers.Where(identifier => span.Contains(identifier.Span) && identifier.Identifier.ValueText == name);
    }

    /// <summary>
    /// Whether an identifier spelling <paramref name="name"/> is assigned, incremented or passed by ref or out within
    /// <paramref name="span"/>.
    /// </summary>
    public bool IsWritten(string name, TextSpan span)
    {
        // Most scopes write nothing: the first write at or after the scope's start tells.
        int first = Array.BinarySearch(writtenStarts, span.Start);
        for (int index = first >= 0 ? first : ~first; index < writtenStarts.Length && writtenStarts[index] < span.End; index++)
        {
            if (span.Contains(written[index].Span) && written[index].Identifier.ValueText == name)
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
        for (int at = text.IndexOfAny(OperatorCharacters); at >= 0; at = at + 1 < text.Length ? text.IndexOfAny(OperatorCharacters, at + 1) : -1)
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

            // An element or a field written (rows[1] = ..., row.Name = ..., rows[1].Name = ...) changes the value
            // the name holds: an array's elements, a tuple's fields.
            case ElementAccessExpressionSyntax element:
                AddWritten(element.Expression);
                break;
            case MemberAccessExpressionSyntax member:
                AddWritten(member.Expression);
                break;
        }
    }

    /// <summary>
    /// Whether a use of a collection's name only reads it: the collection of a <c>foreach</c>, its <c>Length</c> or
    /// <c>Count</c>, one of its elements read, or the name declared. Any other use (an argument, a method called on it,
    /// a copy) may change it out of sight.
    /// </summary>
    public static bool IsPlainRead(IdentifierNameSyntax identifier)
    {
        // (rows) and rows! are rows.
        ExpressionSyntax use = identifier;
        while (use.Parent is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression })
        {
            use = (ExpressionSyntax)use.Parent;
        }

        return use.Parent switch
        {
            ForEachStatementSyntax loop => loop.Expression == use,
            ForEachVariableStatementSyntax loop => loop.Expression == use,
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" or "Count" } member => member.Expression == use,

            // An element read; one written, or a field of it written (rows[1].Name = ...), is a write the index records.
            ElementAccessExpressionSyntax element => element.Expression == use,
            _ => false,
        };
    }

    // The tokens within the span that are exactly this word (an identifier or a keyword), not part of a longer one.
    private IEnumerable<SyntaxToken> Words(string word, TextSpan span)
    {
        for (int at = IndexOf(word, span.Start, span.End); at >= 0; at = IndexOf(word, at + 1, span.End))
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
        var token = root.FindToken(position);
        return token.Span.Contains(position) ? token : null;
    }

    // Before end only; -1 when not found.
    private int IndexOf(string word, int from, int end) => from < end ? text.IndexOf(word, from, end - from, System.StringComparison.Ordinal) : -1;

    // A name written with a Unicode escape or a formatting character does not appear as itself in the text.
    private bool CanFindNamesAsText()
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
    /// The indexes of one compilation's files, each built once: every call evaluated in a file asks about the same
    /// locals and parameters.
    /// </summary>
    internal sealed class Cache
    {
        private readonly ConcurrentDictionary<SyntaxTree, ScopeIndex> indexes = new();

        /// <summary>The index of a file.</summary>
        public ScopeIndex Of(SyntaxTree tree) =>
            indexes.TryGetValue(tree, out var index) ? index : indexes.GetOrAdd(tree, static tree => new ScopeIndex(tree.GetRoot(), tree.GetText().ToString()));
    }
}
