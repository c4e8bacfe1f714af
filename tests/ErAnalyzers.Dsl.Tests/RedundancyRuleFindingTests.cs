using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ErAnalyzers.Dsl.Tests.Support;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Dsl.Tests;

/// <summary>
/// The link redundancy rules ER1003-ER1009 at run time: the DSL builds the model they read, and Validate() reports
/// each at the line of the offending call; none of them is an error, so the template is still written.
/// </summary>
public sealed class RedundancyRuleFindingTests
{
    private static readonly RuleCase[] Cases =
    [
        Rule("both links on one router", k => k.Circuit(peering: p => p.Primary("192.168.100.128/30", k.Ce1).Secondary("192.168.100.132/30", k.Ce1)), "ER1003", Severity.Warning, ["has both links on router 'ams-ce1'", "of site 'ams-dc'"]),
        Rule("both links on one port", k => { var port = k.Ce1.Port("et-0/0/1"); k.Circuit(peering: p => p.Primary("192.168.100.128/30", port).Secondary("192.168.100.132/30", port)); }, "ER1004", Severity.Warning, ["both links on port 'et-0/0/1' of router 'ams-ce1'"]),
        Rule("a Direct port link disabled", k => k.D.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => p.Link1(AdminState.Enabled).Link2(AdminState.Disabled)), "ER1005", Severity.Warning, ["Link2 of Direct port 'erd-ams' is administratively disabled"]),
        Rule("a Direct port link never configured", k => k.D.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => p.Link2(AdminState.Enabled)), "ER1005", Severity.Warning, ["Link1 of Direct port 'erd-ams' has no admin state, and Azure creates links disabled"]),
        Rule("a peering disabled", k => k.Circuit(peering: p => k.Links(p).Disabled()), "ER1006", Severity.Warning, ["Peering 'AzurePrivatePeering' of circuit 'er-ams' is disabled"]),
        Rule("a session ignoring the AS path", k => k.Circuit(peering: p => p.Primary("192.168.100.128/30", k.Ce1, l => l.IgnoreAsPathLength()).Secondary("192.168.100.132/30", k.Ce2)), "ER1007", Severity.Warning, ["The primary link of peering 'AzurePrivatePeering' (IPv4) of circuit 'er-ams' ignores AS-path length"]),
        Rule("a session on a firewall", k => { var fw = k.Site.Router("ams-fw", DeviceKind.StatefulFirewall); k.Circuit(peering: p => p.Primary("192.168.100.128/30", k.Ce1).Secondary("192.168.100.132/30", fw)); }, "ER1008", Severity.Info, ["ends on stateful firewall 'ams-fw'"]),
        Rule("traffic above the bandwidth", k => k.D.Circuit("er-ams", c => DesignKit.Provider(c).ExpectedTraffic(Bandwidth.Gbps(2)).PrivatePeering(100, p => k.Links(p))), "ER1009", Severity.Warning, ["expects 2 Gbps of steady-state traffic, more than its bandwidth of 1 Gbps"]),
    ];

    public static TheoryData<string> CaseNames => [.. Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_finding_is_at_the_offending_line_and_the_template_is_still_written(string name)
    {
        var rule = Cases.Single(c => c.Name == name);

        var design = DesignKit.Create(rule.Configure);

        // The kit's other parts may break other rules (a lone circuit, ER2001): only this rule's findings count here.
        var finding = Assert.Single(design.Validate(), f => f.RuleId == rule.RuleId);
        Assert.Equal(rule.Severity, finding.Severity);
        Assert.Equal(rule.Where, finding.Location);
        Assert.All(rule.Fragments, fragment => Assert.Contains(fragment, finding.Message, StringComparison.Ordinal));
        Assert.NotEmpty(design.ToArmTemplate());
    }

    [Fact]
    public void A_port_whose_links_are_never_configured_deploys_them_without_an_admin_state()
    {
        var design = DesignKit.Create(k => k.D.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q));

        // What ER1005 relies on: the template leaves the state to Azure, which creates links disabled.
        Assert.DoesNotContain("adminState", design.ToArmTemplate(), StringComparison.Ordinal);
        Assert.Equal(["Link1", "Link2"], design.Validate().Where(f => f.RuleId == "ER1005").Select(f => f.Message[..5]));
    }

    // The offending call is in `configure`, on the caller's line.
    private static RuleCase Rule(string name, Action<DesignKit> configure, string ruleId, Severity severity, string[] fragments, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        new(name, configure, ruleId, severity, fragments, new SourceLocation(file, line));

    private sealed record RuleCase(string Name, Action<DesignKit> Configure, string RuleId, Severity Severity, IReadOnlyList<string> Fragments, SourceLocation Where);
}
