using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using ErAnalyzers.Dsl.Tests.Support;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Dsl.Tests;

/// <summary>
/// Values that are well-formed but break a design rule are accepted by the DSL and reported by Validate() as
/// findings at the line of the offending call; a finding of severity Error then stops template output.
/// </summary>
public sealed class DesignRuleFindingTests
{
    private static readonly RuleCase[] Cases =
    [
        Rule("link subnet without a length", k => k.Circuit(peering: p => p.Primary("192.168.100.128", k.Ce1).Secondary("192.168.100.132/30", k.Ce2)), "ER4001", Severity.Error, ["'192.168.100.128' of peering 'AzurePrivatePeering' in circuit 'er-ams' is invalid: the prefix length is missing"]),
        Rule("link subnet /29", k => k.Circuit(peering: p => p.Primary("192.168.100.128/29", k.Ce1).Secondary("192.168.100.136/30", k.Ce2)), "ER4001", Severity.Error, ["'192.168.100.128/29' of peering 'AzurePrivatePeering' in circuit 'er-ams' is invalid: it is a /29"]),
        Rule("site ASN 0", k => k.D.Site("lon-dc", asn: 0), "ER4003", Severity.Error, ["ASN 0 of ", "'lon-dc'", "an ASN must be from 1 to 4294967295"]),
        Rule("site ASN 4294967296", k => k.D.Site("lon-dc", asn: 4294967296), "ER4003", Severity.Error, ["ASN 4294967296 of ", "'lon-dc'", "an ASN must be from 1 to 4294967295"]),
        Rule("site ASN 65515", k => k.D.Site("lon-dc", asn: 65515), "ER4003", Severity.Error, ["ASN 65515 of ", "'lon-dc'", "Azure reserves 65515-65520"]),
        Rule("peer ASN 65515 on a peering", k => k.Circuit(peering: p => k.Links(p).PeerAsn(65515)), "ER4003", Severity.Error, ["ASN 65515 of ", "'AzurePrivatePeering' of circuit 'er-ams'", "Azure reserves 65515-65520"]),
        Rule("VLAN reused on a circuit", k => k.D.Circuit("er-ams", c => DesignKit.Provider(c).PrivatePeering(100, p => k.Links(p)).MicrosoftPeering(100, p => k.PublicLinks(p))), "ER4004", Severity.Error, ["VLAN 100 of peering 'MicrosoftPeering' in circuit 'er-ams' is already used by peering 'AzurePrivatePeering'"]),
        Rule("VLAN reused on a Dot1Q port pair", k => { var port = k.DirectPort(); Direct(k, "er-direct-1", port, 300, "10.255.0.0/30"); k.D.Circuit("er-direct-2", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(5)).Sku(CircuitTier.Premium, BillingModel.UnlimitedData).PrivatePeering(300, p => p.Primary("10.255.1.0/30", k.Ce1).Secondary("10.255.1.4/30", k.Ce2))); }, "ER4004", Severity.Error, ["VLAN 300 of peering 'AzurePrivatePeering' in circuit 'er-direct-2' is already used by peering 'AzurePrivatePeering' of circuit 'er-direct-1' on Dot1Q port pair 'erd-ams'"]),
        Rule("VLAN 4095", k => k.D.Circuit("er-ams", c => DesignKit.Provider(c).PrivatePeering(4095, p => k.Links(p))), "ER4004", Severity.Warning, ["VLAN 4095 of peering 'AzurePrivatePeering' in circuit 'er-ams' is outside the 802.1Q range 1-4094"]),
        Rule("Direct circuit of 1500 Mbps", k => { var port = k.DirectPort(); k.D.Circuit("er-direct", c => c.ExpressRouteDirect(port, Bandwidth.Mbps(1500)).Sku(CircuitTier.Premium, BillingModel.UnlimitedData)); }, "ER4006", Severity.Error, ["Circuit 'er-direct' has a bandwidth of 1500 Mbps, which Azure does not offer on the 10 Gbps ExpressRoute Direct port pair 'erd-ams'"]),
    ];

    private static readonly Dictionary<string, RuleCase> ByName = Cases.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static TheoryData<string> CaseNames => [.. Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_rule_violation_is_a_finding_at_the_offending_line(string name)
    {
        var rule = ByName[name];

        var design = DesignKit.Create(rule.Configure);

        // The kit's designs have one circuit (or one peering location): ER2001/ER2002 report that too.
        var finding = Assert.Single(design.Validate(), f => f.RuleId == rule.RuleId);
        Assert.Equal(rule.Severity, finding.Severity);
        Assert.Equal(rule.Where, finding.Location);
        foreach (string fragment in rule.Fragments)
        {
            Assert.Contains(fragment, finding.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void An_error_finding_stops_the_template_and_a_warning_does_not(string name)
    {
        var rule = ByName[name];
        var design = DesignKit.Create(rule.Configure);
        using var folder = new TempFolder();
        string target = folder.Combine("out", "azuredeploy.json");

        if (rule.Severity == Severity.Error)
        {
            var finding = Assert.Single(design.Validate(), f => f.Severity == Severity.Error);
            AssertListsExactly([finding], Assert.Throws<DesignValidationException>(() => design.ToArmTemplate()));
            AssertListsExactly([finding], Assert.Throws<DesignValidationException>(() => design.WriteArmTemplate(target)));
            Assert.Empty(folder.Entries());
        }
        else
        {
            string template = design.ToArmTemplate();
            design.WriteArmTemplate(target);
            Assert.Equal(template, File.ReadAllText(target));
            Assert.Contains("\"vlanId\": 4095", template, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_exception_lists_every_error_and_no_warning()
    {
        var design = DesignKit.Create(k =>
        {
            k.D.Site("lon-dc", asn: 0);
            k.D.Circuit("er-ams", c => DesignKit.Provider(c).PrivatePeering(100, p => k.Links(p)).MicrosoftPeering(100, p => k.PublicLinks(p)));
            k.D.Circuit("er-lon", c => DesignKit.Provider(c).PrivatePeering(4095, p => k.Links(p)));
        });
        var findings = design.Validate();
        Assert.Equal(["ER2002", "ER4003", "ER4004", "ER4004"], findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));

        var errors = findings.Where(f => f.Severity == Severity.Error).ToArray();
        Assert.Equal(2, errors.Length);
        var exception = Assert.Throws<DesignValidationException>(() => design.ToArmTemplate());
        AssertListsExactly(errors, exception);
        Assert.StartsWith($"Design '{DesignKit.DesignName}' has 2 error(s); no template was written:", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("4095", exception.Message, StringComparison.Ordinal);
    }

    private static void AssertListsExactly(IReadOnlyList<Finding> errors, DesignValidationException exception)
    {
        // Findings hold lists, so records of two Validate() runs are equal in content only: compare their text.
        Assert.Equal(errors.Select(e => e.ToString()), exception.Findings.Select(e => e.ToString()));
        foreach (var error in errors)
        {
            Assert.Contains(error.ToString(), exception.Message, StringComparison.Ordinal);
        }
    }

    private static CircuitBuilder Direct(DesignKit k, string name, DirectPortBuilder port, int vlan, string subnet) =>
        k.D.Circuit(name, c => c.ExpressRouteDirect(port, Bandwidth.Gbps(5)).Sku(CircuitTier.Premium, BillingModel.UnlimitedData)
            .PrivatePeering(vlan, p => p.Primary(subnet, k.Ce1).Secondary(IpPrefix.Parse(subnet).Sibling.ToString(), k.Ce2)));

    // The offending call is in `configure`, on the caller's line.
    private static RuleCase Rule(string name, Action<DesignKit> configure, string ruleId, Severity severity, string[] fragments, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        new(name, configure, ruleId, severity, fragments, new SourceLocation(file, line));

    private sealed record RuleCase(string Name, Action<DesignKit> Configure, string RuleId, Severity Severity, IReadOnlyList<string> Fragments, SourceLocation Where);
}
