using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ErAnalyzers.Tool.Import;

/// <summary>C# text for imported values: string literals escaped by Roslyn, and local names made from Azure names.</summary>
internal sealed class CSharpNames
{
    // The lambda parameters of the generated code: a local of the same name would not compile (CS0136).
    private readonly HashSet<string> used = ["d", "c", "p", "v6", "link", "rf", "g", "connection", "vpn", "l"];

    /// <summary>A C# string literal of <paramref name="value"/>: quotes, backslashes and control characters escaped.</summary>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>A number as C# writes it.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A new local name for <paramref name="name"/>: camelCase of its letters and digits (<c>er-ams</c> is <c>erAms</c>).</summary>
    public string Local(string name, string kind)
    {
        var text = new StringBuilder();
        bool upper = false;
        foreach (char c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                text.Append(text.Length == 0 ? char.ToLowerInvariant(c) : upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = text.Length > 0;
            }
        }

        // A name of no letter, or one that starts with a digit, is named by its kind.
        string local = text.Length == 0 || char.IsAsciiDigit(text[0]) ? kind + text : text.ToString();
        string unique = local;
        for (int i = 2; !used.Add(unique) || SyntaxFacts.GetKeywordKind(unique) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(unique) != SyntaxKind.None; i++)
        {
            unique = local + Number(i);
        }

        return unique;
    }
}
