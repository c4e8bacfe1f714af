using System.Collections.Generic;
using System.Linq;
using System.Text;
using ErAnalyzers.Model;

namespace ErAnalyzers.Twin.Tests.Agreement;

/// <summary>The agreement table of docs/twin.md, in Markdown: one row per shape of a family's links.</summary>
internal static class AgreementTable
{
    public static string Of(IReadOnlyList<Outcome> outcomes)
    {
        var text = new StringBuilder()
            .AppendLine("| Shape of the family's links | Families (IPv4, IPv6; one router) | Rules | Twin (what it sees) | Agree |")
            .AppendLine("|---|---|---|---|---|");
        foreach (var row in outcomes.GroupBy(Row).OrderBy(g => g.Min(o => o.Design.Number)))
        {
            int ipv4 = row.Count(o => o.Family == IpFamily.IPv4);
            int oneRouter = row.Count(o => o.Design.OneRouter);
            string agree = row.First().Exclusion is { } exclusion
                ? $"excluded: {exclusion.Shape} ({row.Count(o => o.Agrees)}/{row.Count()} as the exclusion says)"
                : $"{row.Count(o => o.Agrees)}/{row.Count()}";
            text.AppendLine($"| {row.Key} | {row.Count()} ({ipv4}, {row.Count() - ipv4}; {oneRouter}) | {Distinct(row.Select(o => Verdicts.Words(o.Rules, withRule: true)))} " +
                $"| {Distinct(row.Select(o => $"{Verdicts.Words(o.Twin)}: {o.Seen}"))} | {agree} |");
        }

        int agreeing = outcomes.Count(o => o.Agrees && o.Exclusion is null);
        int excluded = outcomes.Count(o => o.Exclusion is not null);
        text.AppendLine($"| **Total** | {outcomes.Count} families of {outcomes.Select(o => o.Design.Number).Distinct().Count()} designs | | | {agreeing}/{outcomes.Count - excluded} agree, {excluded} excluded |");
        return text.ToString();
    }

    // The shape's kind for the shapes of one trait; for combinations, the rules' verdict, or the exclusion.
    private static string Row(Outcome outcome)
    {
        var shape = outcome.Design.Shape(outcome.Family)!;
        return outcome.Design.Disabled ? "peering disabled"
            : AgreementCorpus.SingleTraits.Contains(shape) ? shape.Kind
            : $"combinations, {(outcome.Exclusion is { } exclusion ? exclusion.Shape : $"{Verdicts.Words(outcome.Rules)} by the rules")}";
    }

    private static string Distinct(IEnumerable<string> values) => string.Join("; ", values.Distinct().Order());
}
