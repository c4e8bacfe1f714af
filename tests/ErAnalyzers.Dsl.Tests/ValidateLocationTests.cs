using System;
using System.IO;
using ErAnalyzers.Dsl.Tests.Support;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Dsl.Tests;

/// <summary>Validate() reports each finding at the file and line of the call to change.</summary>
public sealed class ValidateLocationTests
{
    [Theory]
    [InlineData("ER1001", ".Primary(\"203.0.113.0/30\", ce1")]
    [InlineData("ER1002", ".PrependAsPath(3)")]
    public void QuickStart_finding_points_at_the_offending_call(string ruleId, string call)
    {
        string source = SampleDesigns.SourceFile("QuickStart");

        var finding = Assert.Single(SampleDesigns.Create("QuickStart").Validate(), f => f.RuleId == ruleId);

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.NotNull(finding.Location);
        Assert.EndsWith("QuickStartDesign.cs", finding.Location.FilePath, StringComparison.Ordinal);
        Assert.Equal(Path.GetFullPath(source), Path.GetFullPath(finding.Location.FilePath));
        Assert.Equal(RepoFiles.LineOf(source, call), finding.Location.Line);
        Assert.StartsWith($"{finding.Location}: warning {ruleId}: ", finding.ToString(), StringComparison.Ordinal);
    }
}
