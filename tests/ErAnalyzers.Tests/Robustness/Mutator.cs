using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ErAnalyzers.Tests.Robustness;

/// <summary>The edits a design goes through while it is typed, or that a careless change makes.</summary>
internal enum Mutation
{
    DeleteToken,
    Truncate,
    DuplicateLine,
    DropLine,
    SwapArguments,
    DropArgument,
    EmptyString,
    HugeNumber,
    NegativeNumber,
    InvalidPrefix,
    Ipv6ForIpv4,
    RemoveClosingParenthesis,
    RemoveClosingBrace,
}

/// <summary>Makes a variant of a source by one or two random <see cref="Mutation"/>s, each described for the failure report.</summary>
internal static class Mutator
{
    private static readonly Mutation[] Mutations = Enum.GetValues<Mutation>();

    private static readonly string[] HugeNumbers = ["2147483647", "4294967295", "9223372036854775807", "18446744073709551615", "99999999999999999999"];

    private static readonly string[] NegativeNumbers = ["-1", "-0", "-2147483648", "-9223372036854775808"];

    private static readonly string[] InvalidPrefixes =
    [
        "10.0.0.0/33", "256.1.1.1/30", "10.0.0/30", "10.0.0.0/", "/30", "10.0.0.0/-1", "10.0.0.0/3a", "10.0.0.0//30",
        "1.2.3.4.5/30", " 10.0.0.0/30", "10.0.0.0/2147483648", "0.0.0.0/0", "::/129", "2001:db8:::/126", "2001:db8::g/126",
        "10.0.0.1/30", "192.168.100.128/30/30", "x",
    ];

    private static readonly string[] Ipv6Prefixes = ["2001:db8::/126", "2001:db8::4/126", "::/0", "::ffff:192.168.0.0/126", "fe80::/10", "2001:db8::/64"];

    /// <summary>The variant and what was done to make it.</summary>
    public static (string Text, string Description) Mutate(string source, Random random)
    {
        var descriptions = new List<string>();
        int count = random.Next(1, 3);
        for (int i = 0; i < count; i++)
        {
            var mutation = Mutations[random.Next(Mutations.Length)];
            var text = SourceText.From(source);
            // A mutation with nothing to work on (no number to make huge) deletes a token instead; an empty source stays.
            var (edit, applied) = Edit(text, mutation, random) is { } chosen ? (chosen, mutation) : (DeleteToken(text, random), Mutation.DeleteToken);
            if (edit is not { } change)
            {
                break;
            }

            var line = text.Lines.GetLinePosition(change.Span.Start);
            descriptions.Add($"{applied} at {line.Line + 1}:{line.Character + 1} '{Shorten(text.ToString(change.Span))}' -> '{Shorten(change.NewText ?? "")}'");
            source = text.WithChanges(change).ToString();
        }

        return (source, string.Join("; ", descriptions));
    }

    private static TextChange? Edit(SourceText text, Mutation mutation, Random random)
    {
        var root = CSharpSyntaxTree.ParseText(text).GetRoot();
        var tokens = root.DescendantTokens().Where(t => t.Span.Length > 0).ToArray();
        var strings = tokens.Where(t => t.IsKind(SyntaxKind.StringLiteralToken)).ToArray();
        var ipv4Strings = strings.Where(t => t.ValueText.Contains('/') && t.ValueText.Contains('.')).ToArray();
        var numbers = tokens.Where(t => t.IsKind(SyntaxKind.NumericLiteralToken)).ToArray();
        var argumentLists = root.DescendantNodes().OfType<BaseArgumentListSyntax>().Where(list => list.Arguments.Count > 0).ToArray();
        return mutation switch
        {
            Mutation.DeleteToken => DeleteToken(text, random),
            Mutation.Truncate when text.Length > 0 => new TextChange(TextSpan.FromBounds(random.Next(text.Length), text.Length), ""),
            Mutation.DuplicateLine when text.Lines.Count > 0 => DuplicateLine(text, Pick(text.Lines, random)),
            Mutation.DropLine when text.Lines.Count > 0 => new TextChange(Pick(text.Lines, random).SpanIncludingLineBreak, ""),
            Mutation.SwapArguments => SwapArguments(text, argumentLists.Where(list => list.Arguments.Count > 1).ToArray(), random),
            Mutation.DropArgument when argumentLists.Length > 0 => DropArgument(Pick(argumentLists, random).Arguments, random),
            Mutation.EmptyString when strings.Length > 0 => new TextChange(Pick(strings, random).Span, "\"\""),
            Mutation.HugeNumber when numbers.Length > 0 => new TextChange(Pick(numbers, random).Span, Pick(HugeNumbers, random)),
            Mutation.NegativeNumber when numbers.Length > 0 => new TextChange(Pick(numbers, random).Span, Pick(NegativeNumbers, random)),
            Mutation.InvalidPrefix when strings.Length > 0 =>
                new TextChange(Pick(ipv4Strings.Length > 0 ? ipv4Strings : strings, random).Span, Quote(Pick(InvalidPrefixes, random))),
            Mutation.Ipv6ForIpv4 when ipv4Strings.Length > 0 => new TextChange(Pick(ipv4Strings, random).Span, Quote(Pick(Ipv6Prefixes, random))),
            Mutation.RemoveClosingParenthesis => Delete(tokens.Where(t => t.IsKind(SyntaxKind.CloseParenToken)).ToArray(), random),
            Mutation.RemoveClosingBrace => Delete(tokens.Where(t => t.IsKind(SyntaxKind.CloseBraceToken)).ToArray(), random),
            _ => null,
        };
    }

    private static TextChange DuplicateLine(SourceText text, TextLine line) =>
        new(new TextSpan(line.Start, 0), text.ToString(line.SpanIncludingLineBreak));

    private static TextChange? DeleteToken(SourceText text, Random random) =>
        Delete([.. CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0)], random);

    private static TextChange? Delete(SyntaxToken[] candidates, Random random) =>
        candidates.Length > 0 ? new TextChange(Pick(candidates, random).Span, "") : null;

    // Two neighbouring arguments change places, each keeping its name if it has one.
    private static TextChange? SwapArguments(SourceText text, BaseArgumentListSyntax[] lists, Random random)
    {
        if (lists.Length == 0)
        {
            return null;
        }

        var arguments = Pick(lists, random).Arguments;
        int first = random.Next(arguments.Count - 1);
        var (left, right) = (arguments[first], arguments[first + 1]);
        string between = text.ToString(TextSpan.FromBounds(left.Span.End, right.Span.Start));
        return new TextChange(TextSpan.FromBounds(left.Span.Start, right.Span.End), right.ToString() + between + left);
    }

    // An argument goes with the comma that separates it from the next one (or from the previous one when it is last).
    private static TextChange DropArgument(SeparatedSyntaxList<ArgumentSyntax> arguments, Random random)
    {
        int index = random.Next(arguments.Count);
        var span = arguments[index].Span;
        if (index < arguments.SeparatorCount)
        {
            span = TextSpan.FromBounds(span.Start, arguments.GetSeparator(index).Span.End);
        }
        else if (index > 0)
        {
            span = TextSpan.FromBounds(arguments.GetSeparator(index - 1).Span.Start, span.End);
        }

        return new TextChange(span, "");
    }

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    private static string Quote(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    private static string Shorten(string text) => (text.Length > 40 ? text[..40] + "..." : text).ReplaceLineEndings("\\n");
}
