using System;
using System.Linq;
using ErAnalyzers.Dsl.Tests.Support;

namespace ErAnalyzers.Dsl.Tests;

/// <summary>
/// Each sample shows what it says it shows: the clean samples have no finding under any rule, QuickStart its two
/// deliberate mistakes, and each deliberately bad sample every rule of its family and no other.
/// </summary>
public sealed class SampleFindingTests
{
    public static TheoryData<string, string[]> Expected => new()
    {
        { "QuickStart", ["ER1001", "ER1002"] },
        { "MaximumResiliency", [] },
        { "ExpressRouteDirect", [] },
        { "BadLinkRedundancy", ["ER1001", "ER1002", "ER1003", "ER1004", "ER1005", "ER1006", "ER1007", "ER1008", "ER1009"] },
        { "BadSiteResilience", ["ER2001", "ER2002", "ER2003", "ER2004", "ER2005", "ER2006", "ER2007", "ER2008", "ER2009", "ER2010", "ER2011", "ER2012"] },
        { "BadFailureDetection", ["ER3001", "ER3002", "ER3003", "ER3004"] },
        { "BadValidity", ["ER4001", "ER4002", "ER4003", "ER4004", "ER4005", "ER4006", "ER4007", "ER4008", "ER4009", "ER4010", "ER4011", "ER4012", "ER4013", "ER4014"] },
        { "BadSecurity", ["ER5001", "ER5002", "ER5003", "ER5004"] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void A_sample_trips_exactly_the_rules_it_is_about(string sample, string[] rules)
    {
        var findings = SampleDesigns.Create(sample).Validate();

        Assert.Equal(rules, findings.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> AllSamples => SampleDesigns.AllNames;

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Findings_come_in_the_same_order_in_every_run_and_culture(string sample)
    {
        string[] first = Findings(sample);

        Assert.Equal(first, Findings(sample));
        foreach (string culture in new[] { "tr-TR", "de-DE", "" })
        {
            using var scope = new CultureScope(culture);
            Assert.Equal(first, Findings(sample));
        }
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Every_finding_of_a_sample_points_at_a_line_of_its_design_file(string sample, string[] rules)
    {
        string file = SampleDesigns.SourceFile(sample);

        Assert.All(SampleDesigns.Create(sample).Validate(), finding =>
        {
            Assert.Contains(finding.RuleId, rules);
            Assert.Equal(file, finding.Location?.FilePath);
        });
    }

    private static string[] Findings(string sample) => [.. SampleDesigns.Create(sample).Validate().Select(f => f.ToString())];
}
