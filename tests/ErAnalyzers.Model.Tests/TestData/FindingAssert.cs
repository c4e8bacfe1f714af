using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.TestData;

/// <summary>Checks every part of a finding at once, so a rule test states the whole expected finding.</summary>
internal static class FindingAssert
{
    public static void Is(
        Finding finding, RuleDescriptor rule, Severity severity, SourceLocation? at, string[] arguments, params SourceLocation?[] also)
    {
        Assert.Same(rule, finding.Rule);
        Assert.Equal(rule.Id, finding.RuleId);
        Assert.Equal(severity, finding.Severity);
        Assert.NotNull(at);
        Assert.Equal(at, finding.Location);
        Assert.Equal(arguments, finding.MessageArguments);
        Assert.Equal(also.Select(l => Assert.IsType<SourceLocation>(l)), finding.AdditionalLocations);
    }

    /// <summary>The single finding, checked in full.</summary>
    public static Finding Single(
        IReadOnlyList<Finding> findings, RuleDescriptor rule, Severity severity, SourceLocation? at, string[] arguments, params SourceLocation?[] also)
    {
        var finding = Assert.Single(findings);
        Is(finding, rule, severity, at, arguments, also);
        return finding;
    }
}
