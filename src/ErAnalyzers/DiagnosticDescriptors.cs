using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Analyzers;

/// <summary>
/// The compiler's descriptors of the rules, made from the rule engine's descriptors (one place for titles,
/// messages and help links), split by family (<c>DiagnosticDescriptors.ER1xxx.cs</c>, ...). Id, category and
/// severity are written as constants because release tracking (AnalyzerReleases.*.md) reads them from the source; a
/// test checks they agree with the engine.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    /// <summary>Every descriptor, in id order.</summary>
    /// <remarks>Each family's array is read here, after the class is initialized: static fields in different parts of a partial class have no initialization order.</remarks>
    public static ImmutableArray<DiagnosticDescriptor> All() =>
        ImmutableArray.Create([.. Redundancy, .. SiteResilience, .. Routing, .. Validity, .. Security]);

    /// <summary>
    /// The descriptor of a finding reported at a call because it lies in another file: the rule's, its message
    /// followed by the place as two more arguments (<c>... (in Network/Peerings.cs line 12)</c>), so that an editor
    /// that shows only the primary location still says where to look; <c>Place</c> is the index of the first. It
    /// need not be supported on its own: the compiler accepts a diagnostic by its id.
    /// </summary>
    public static (DiagnosticDescriptor Descriptor, int Place) InAnotherFile(DiagnosticDescriptor rule)
    {
        string format = rule.MessageFormat.ToString(CultureInfo.InvariantCulture);
        int place = ArgumentCount(format);
        return (new(
            rule.Id, rule.Title, $"{format} (in {{{place}}} line {{{place + 1}}})", rule.Category, rule.DefaultSeverity,
            rule.IsEnabledByDefault, rule.Description, rule.HelpLinkUri, [.. rule.CustomTags]), place);
    }

    // How many arguments a message format reads: one more than its highest {n}.
    private static int ArgumentCount(string format)
    {
        int count = 0;
        for (int i = 0; i < format.Length; i++)
        {
            // "{{" is a literal brace.
            if (format[i] == '{' && i + 1 < format.Length && format[i + 1] == '{')
            {
                i++;
                continue;
            }

            if (format[i] == '{')
            {
                int index = 0;
                for (i++; i < format.Length && format[i] is >= '0' and <= '9'; i++)
                {
                    index = (index * 10) + (format[i] - '0');
                }

                count = Math.Max(count, index + 1);
            }
        }

        return count;
    }
}
