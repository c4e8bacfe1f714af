namespace ErAnalyzers.Dsl;

/// <summary>
/// Reads the source text of an argument (<c>[CallerArgumentExpression]</c>) to tell, at run time, whether a string
/// was written in source. Only what is certain counts: anything else (a name, a call, a constant's name) is not
/// known to be written in source, and the analyzer, which sees constants too, reports those at compile time.
/// </summary>
internal static class StringLiteralText
{
    /// <summary>
    /// Whether <paramref name="expression"/> is a string literal (regular, verbatim or raw), an interpolated one
    /// without holes, or a concatenation of those: its value is written in source whatever the program does.
    /// </summary>
    public static bool IsWrittenInSource(string expression)
    {
        string text = expression.Trim();
        while (text.Length > 1 && text[0] == '(' && text[^1] == ')')
        {
            // A parenthesis that does not enclose the whole expression leaves text that is no literal: still safe.
            text = text[1..^1].Trim();
        }

        int position = 0;
        do
        {
            position = EndOfLiteral(text, SkipSpace(text, position));
            if (position < 0)
            {
                return false;
            }

            position = SkipSpace(text, position);
            if (position == text.Length)
            {
                return true;
            }
        }
        while (text[position++] == '+');

        return false;
    }

    /// <summary>The index after the string literal that starts at <paramref name="start"/>; -1 when there is none or it has a hole.</summary>
    private static int EndOfLiteral(string text, int start)
    {
        int i = start;
        int dollars = Run(text, i, '$');
        i += dollars;
        bool verbatim = i < text.Length && text[i] == '@';
        if (verbatim)
        {
            i++;
            int after = Run(text, i, '$');
            dollars += after;
            i += after;
        }

        int quotes = Run(text, i, '"');
        if (quotes == 0)
        {
            return -1;
        }

        if (quotes >= 3 && !verbatim)
        {
            return EndOfRawLiteral(text, i + quotes, quotes, dollars);
        }

        for (i++; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"' when verbatim && i + 1 < text.Length && text[i + 1] == '"':
                case '\\' when !verbatim:
                case '{' when dollars > 0 && i + 1 < text.Length && text[i + 1] == '{':
                    i++; // an escape: "" in a verbatim string, \x, or {{
                    break;
                case '"':
                    return i + 1;
                case '{' when dollars > 0:
                    return -1; // a hole: the value is computed
            }
        }

        return -1;
    }

    /// <summary>The end of a raw literal opened by <paramref name="quotes"/> quotes; -1 at a hole (a run of at least as many braces as dollars).</summary>
    private static int EndOfRawLiteral(string text, int contentStart, int quotes, int dollars)
    {
        for (int i = contentStart; i < text.Length;)
        {
            int closing = Run(text, i, '"');
            if (closing >= quotes)
            {
                return i + closing;
            }

            int braces = dollars > 0 ? Run(text, i, '{') : 0;
            if (braces >= dollars && braces > 0)
            {
                return -1;
            }

            i += System.Math.Max(1, System.Math.Max(closing, braces));
        }

        return -1;
    }

    private static int Run(string text, int start, char c)
    {
        int end = start;
        while (end < text.Length && text[end] == c)
        {
            end++;
        }

        return end - start;
    }

    private static int SkipSpace(string text, int start)
    {
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start;
    }
}
