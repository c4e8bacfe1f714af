using System;
using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

public class RuleEngineTests
{
    /// <summary>A rule that returns the findings it is given, in the order given.</summary>
    private sealed class FixedRule(RuleDescriptor descriptor, params (SourceLocation? At, string Argument)[] findings) : DesignRule
    {
        public override RuleDescriptor Descriptor => descriptor;

        public override RuleScope Scope => RuleScope.Design;

        internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> found) => found.AddRange(findings.Select(f => new Finding
        {
            Rule = descriptor,
            Severity = descriptor.DefaultSeverity,
            Element = design.Model,
            Location = f.At,
            MessageArguments = [f.Argument, "p", "IPv4", "secondary"],
        }));
    }

    private static Finding Finding(Severity severity, SourceLocation? at) => new()
    {
        Rule = Descriptors.ER1001,
        Severity = severity,
        Element = new NetworkDesignModel(),
        Location = at,
        MessageArguments = ["er-ams", "AzurePrivatePeering", "IPv4", "secondary"],
    };

    [Fact]
    public void Findings_are_ordered_by_file_line_column_rule_id_and_message()
    {
        var er1001 = new FixedRule(Descriptors.ER1001,
            (new SourceLocation("b.cs", 1), "z"),
            (new SourceLocation("a.cs", 10, 2), "y"),
            (new SourceLocation("a.cs", 10, 1), "x"),
            (new SourceLocation("a.cs", 2), "w"),
            (new SourceLocation("a.cs", 10, 2), "a"),
            (null, "v"),
            (new SourceLocation("B.cs", 99), "u"));
        var er1002 = new FixedRule(Descriptors.ER1002, (new SourceLocation("a.cs", 10, 1), "t"));

        // Rules are given in reverse id order: the engine must not depend on that.
        var findings = RuleEngine.Evaluate(new NetworkDesignModel(), [er1002, er1001]);

        Assert.Equal(
            ["ER1001 v", "ER1001 u", "ER1001 w", "ER1001 x", "ER1002 t", "ER1001 a", "ER1001 y", "ER1001 z"],
            findings.Select(f => $"{f.RuleId} {f.MessageArguments[0]}"));
    }

    [Fact]
    public void The_order_does_not_depend_on_the_order_of_the_rules()
    {
        var design = Make.Design(
            Make.Private(vlan: 0, secondary: "192.168.100.128/29").Hardened(),
            Make.Microsoft(vlan: 0, secondary: null).WithPolicy(LinkRole.Primary, p => p with { AsPathPrepend = Make.Set(1) }).Hardened());

        var forward = RuleEngine.Evaluate(design);
        var backward = RuleEngine.Evaluate(design, RuleEngine.AllRules.Reverse());

        Assert.Equal(forward.Select(f => f.ToString()), backward.Select(f => f.ToString()));
        Assert.Equal(["ER4004", "ER4001", "ER4002", "ER4004", "ER4004", "ER1001", "ER2001"], forward.Select(f => f.RuleId));
    }

    [Fact]
    public void All_rules_run_by_default()
    {
        var design = Make.Design(Make.Private(secondary: null).Hardened() with { Vlan = Make.Set<VlanId>(5000) });

        var ids = RuleEngine.Evaluate(design).Select(f => f.RuleId);

        Assert.Equal(["ER1001", "ER2001", "ER4004"], ids.Order());
    }

    [Fact]
    public void A_good_design_has_no_findings()
    {
        var design = Make.Design(
            Make.Circuit("er-ams", Make.Private().WithIpv6().Hardened(), Make.Microsoft().Hardened()),
            Make.Circuit("er-fra", Make.Private().WithIpv6().Hardened(), Make.Microsoft(primary: "203.0.113.8/30", secondary: "203.0.113.12/30").Hardened()).AtLocation("Frankfurt"));

        Assert.Empty(RuleEngine.Evaluate(design));
    }

    [Fact]
    public void Evaluate_rejects_a_null_design()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => RuleEngine.Evaluate(null!));
        Assert.Equal("design", exception.ParamName);
    }

    [Fact]
    public void AllRules_have_unique_ids_in_id_order()
    {
        var ids = RuleEngine.AllRules.Select(r => r.Descriptor.Id).ToArray();

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ids.Length, RuleEngine.AllRules.Select(r => r.GetType()).Distinct().Count());
    }

    [Theory]
    [InlineData("ER1001", Severity.Warning, "ExpressRoute.Redundancy")]
    [InlineData("ER1002", Severity.Warning, "ExpressRoute.Redundancy")]
    [InlineData("ER1003", Severity.Warning, "ExpressRoute.Redundancy")]
    [InlineData("ER1004", Severity.Warning, "ExpressRoute.Redundancy")]
    [InlineData("ER1005", Severity.Warning, "ExpressRoute.Redundancy")]
    [InlineData("ER1006", Severity.Warning, "ExpressRoute.Redundancy")]
    [InlineData("ER1007", Severity.Warning, "ExpressRoute.Redundancy")]
    [InlineData("ER1008", Severity.Info, "ExpressRoute.Redundancy")]
    [InlineData("ER1009", Severity.Warning, "ExpressRoute.Redundancy")]
    [InlineData("ER2001", Severity.Warning, "ExpressRoute.SiteResilience")]
    [InlineData("ER2002", Severity.Warning, "ExpressRoute.SiteResilience")]
    [InlineData("ER2003", Severity.Warning, "ExpressRoute.SiteResilience")]
    [InlineData("ER2004", Severity.Error, "ExpressRoute.SiteResilience")]
    [InlineData("ER2005", Severity.Warning, "ExpressRoute.SiteResilience")]
    [InlineData("ER2006", Severity.Error, "ExpressRoute.SiteResilience")]
    [InlineData("ER2007", Severity.Error, "ExpressRoute.SiteResilience")]
    [InlineData("ER2008", Severity.Error, "ExpressRoute.SiteResilience")]
    [InlineData("ER2009", Severity.Info, "ExpressRoute.SiteResilience")]
    [InlineData("ER4001", Severity.Error, "ExpressRoute.Validity")]
    [InlineData("ER4002", Severity.Error, "ExpressRoute.Validity")]
    [InlineData("ER4003", Severity.Error, "ExpressRoute.Validity")]
    [InlineData("ER4004", Severity.Error, "ExpressRoute.Validity")]
    [InlineData("ER4005", Severity.Error, "ExpressRoute.Validity")]
    [InlineData("ER4006", Severity.Error, "ExpressRoute.Validity")]
    [InlineData("ER4007", Severity.Error, "ExpressRoute.Validity")]
    [InlineData("ER4008", Severity.Error, "ExpressRoute.Validity")]
    public void Each_descriptor_matches_the_rule_catalogue(string id, Severity severity, string category)
    {
        var descriptor = Assert.Single(RuleEngine.AllRules, r => r.Descriptor.Id == id).Descriptor;

        Assert.Equal(severity, descriptor.DefaultSeverity);
        Assert.Equal(category, descriptor.Category);
        Assert.EndsWith($"/docs/rules/{id}.md", descriptor.HelpUri, StringComparison.Ordinal);
        Assert.StartsWith("https://", descriptor.HelpUri, StringComparison.Ordinal);
        Assert.Equal(descriptor.HelpUri, Descriptors.HelpUri(id));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description));
        Assert.Contains("{0}", descriptor.MessageFormat, StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_ToString_is_like_the_compiler()
    {
        var finding = Finding(Severity.Warning, new SourceLocation("Design.cs", 12));

        Assert.Equal(
            "Design.cs:12: warning ER1001: Peering 'AzurePrivatePeering' (IPv4) of circuit 'er-ams' has no secondary connection: " +
            "add the secondary link, because Microsoft's SLA requires both BGP sessions",
            finding.ToString());
    }

    [Theory]
    [InlineData(Severity.Error, "Design.cs:12:5: error ER1001: ")]
    [InlineData(Severity.Info, "Design.cs:12:5: info ER1001: ")]
    [InlineData(Severity.Warning, "Design.cs:12:5: warning ER1001: ")]
    public void Finding_ToString_shows_the_column_and_severity(Severity severity, string start) =>
        Assert.StartsWith(start, Finding(severity, new SourceLocation("Design.cs", 12, 5)).ToString(), StringComparison.Ordinal);

    [Fact]
    public void Finding_ToString_without_a_location_starts_with_the_severity() =>
        Assert.StartsWith("warning ER1001: Peering ", Finding(Severity.Warning, null).ToString(), StringComparison.Ordinal);

    [Fact]
    public void CircuitPeering_describes_itself_and_partner_finds_the_other_link()
    {
        var peering = Make.Private();
        var pair = peering.Ipv4;

        Assert.Equal("peering 'AzurePrivatePeering' of circuit 'er-ams'", new CircuitPeering(Make.Circuit("er-ams"), peering).Describe());
        Assert.Same(pair.Secondary, pair.Partner(pair.Primary!));
        Assert.Same(pair.Primary, pair.Partner(pair.Secondary!));
    }
}
