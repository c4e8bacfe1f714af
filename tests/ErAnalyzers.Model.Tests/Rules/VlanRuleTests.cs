using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER4004: a VLAN id is reused on a circuit (or a Dot1Q port pair), or is outside 1-4094.</summary>
public class VlanRuleTests
{
    private const string OutOfRange = "is outside the 802.1Q range 1-4094";

    /// <summary>Two circuits with a private peering on VLAN 100 each, on the given port (or on provider connectivity).</summary>
    private static NetworkDesignModel TwoCircuitsOnVlan100(PortEncapsulation? encapsulation)
    {
        var a = Make.Circuit("er-a", Make.Private(vlan: 100));
        var b = Make.Circuit("er-b", Make.Private(vlan: 100));
        return encapsulation is PortEncapsulation e
            ? Make.Design(a.OnDirectPort("port1"), b.OnDirectPort("port1")) with { DirectPorts = [Make.Port("port1", e)] }
            : Make.Design(a, b);
    }

    [Fact]
    public void Distinct_vlans_in_range_are_silent()
    {
        Assert.Empty(Make.Design(Make.Private(vlan: 1), Make.Microsoft(vlan: 4094)).Run<VlanRule>());
    }

    [Fact]
    public void A_vlan_reused_in_one_circuit_is_an_error_on_the_second_use_with_the_first_as_additional_location()
    {
        var privatePeering = Make.Private(vlan: 100);
        var microsoft = Make.Microsoft(vlan: 100);

        var finding = FindingAssert.Single(Make.Design(privatePeering, microsoft).Run<VlanRule>(), Descriptors.ER4004, Severity.Error,
            microsoft.Vlan!.Location, ["er-ams", "MicrosoftPeering", "100", "is already used by peering 'AzurePrivatePeering' of this circuit"],
            privatePeering.Vlan!.Location);
        Assert.Equal(
            "VLAN 100 of peering 'MicrosoftPeering' in circuit 'er-ams' is already used by peering 'AzurePrivatePeering' of this circuit",
            finding.Message);
        Assert.Same(microsoft, finding.Element);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4095)]
    [InlineData(-7)]
    public void A_vlan_outside_1_to_4094_is_a_warning(int vlan)
    {
        var peering = Make.Private(vlan: vlan);

        var finding = FindingAssert.Single(Make.Design(peering).Run<VlanRule>(), Descriptors.ER4004, Severity.Warning,
            peering.Vlan!.Location, ["er-ams", "AzurePrivatePeering", vlan.ToString(System.Globalization.CultureInfo.InvariantCulture), OutOfRange]);
        Assert.Equal($"VLAN {vlan} of peering 'AzurePrivatePeering' in circuit 'er-ams' {OutOfRange}", finding.Message);
    }

    [Fact]
    public void An_out_of_range_vlan_that_is_also_reused_gives_both_findings()
    {
        var privatePeering = Make.Private(vlan: 4095);
        var microsoft = Make.Microsoft(vlan: 4095);

        var findings = Make.Design(privatePeering, microsoft).Run<VlanRule>();

        Assert.Collection(
            findings,
            f => FindingAssert.Is(f, Descriptors.ER4004, Severity.Warning, privatePeering.Vlan!.Location, ["er-ams", "AzurePrivatePeering", "4095", OutOfRange]),
            f => FindingAssert.Is(f, Descriptors.ER4004, Severity.Error, microsoft.Vlan!.Location,
                ["er-ams", "MicrosoftPeering", "4095", "is already used by peering 'AzurePrivatePeering' of this circuit"], privatePeering.Vlan!.Location),
            f => FindingAssert.Is(f, Descriptors.ER4004, Severity.Warning, microsoft.Vlan!.Location, ["er-ams", "MicrosoftPeering", "4095", OutOfRange]));
    }

    [Fact]
    public void The_same_vlan_on_two_circuits_of_a_dot1q_port_pair_is_an_error()
    {
        var design = TwoCircuitsOnVlan100(PortEncapsulation.Dot1Q);
        var (first, second) = (design.Circuits[0].Peerings[0], design.Circuits[1].Peerings[0]);

        var finding = FindingAssert.Single(design.Run<VlanRule>(), Descriptors.ER4004, Severity.Error, second.Vlan!.Location,
            ["er-b", "AzurePrivatePeering", "100", "is already used by peering 'AzurePrivatePeering' of circuit 'er-a' on Dot1Q port pair 'port1'"],
            first.Vlan!.Location);
        Assert.Same(second, finding.Element);
    }

    [Fact]
    public void The_same_vlan_on_two_circuits_of_a_qinq_port_pair_is_silent()
    {
        Assert.Empty(TwoCircuitsOnVlan100(PortEncapsulation.QinQ).Run<VlanRule>());
    }

    [Fact]
    public void The_same_vlan_on_two_provider_circuits_is_silent()
    {
        Assert.Empty(TwoCircuitsOnVlan100(encapsulation: null).Run<VlanRule>());
    }

    [Fact]
    public void Two_equal_circuit_records_are_still_two_circuits()
    {
        // Records compare by value; the rule must not mistake a second, equal circuit for the first.
        var circuit = Make.Circuit("er-a", Make.Private(vlan: 100));

        Assert.Empty(Make.Design(circuit, circuit).Run<VlanRule>());
    }

    [Fact]
    public void The_same_vlan_on_two_different_dot1q_port_pairs_is_silent()
    {
        var a = Make.Circuit("er-a", Make.Private(vlan: 100)).OnDirectPort("port1");
        var b = Make.Circuit("er-b", Make.Private(vlan: 100)).OnDirectPort("port2");
        var design = Make.Design(a, b) with { DirectPorts = [Make.Port("port1", PortEncapsulation.Dot1Q), Make.Port("port2", PortEncapsulation.Dot1Q)] };

        Assert.Empty(design.Run<VlanRule>());
    }

    [Fact]
    public void A_port_pair_of_unknown_encapsulation_only_checks_each_circuit()
    {
        var a = Make.Circuit("er-a", Make.Private(vlan: 100)).OnDirectPort("port1");
        var b = Make.Circuit("er-b", Make.Private(vlan: 100)).OnDirectPort("port1");
        var design = Make.Design(a, b) with { DirectPorts = [Make.Port("port1", PortEncapsulation.Dot1Q) with { Encapsulation = Make.Unknown<PortEncapsulation>() }] };

        Assert.Empty(design.Run<VlanRule>());
    }

    [Fact]
    public void A_reuse_within_one_circuit_on_a_dot1q_port_pair_says_this_circuit()
    {
        var privatePeering = Make.Private(vlan: 300);
        var microsoft = Make.Microsoft(vlan: 300);
        var design = Make.Design(Make.Circuit("er-a", privatePeering, microsoft).OnDirectPort("port1"))
            with { DirectPorts = [Make.Port("port1", PortEncapsulation.Dot1Q)] };

        FindingAssert.Single(design.Run<VlanRule>(), Descriptors.ER4004, Severity.Error, microsoft.Vlan!.Location,
            ["er-a", "MicrosoftPeering", "300", "is already used by peering 'AzurePrivatePeering' of this circuit"], privatePeering.Vlan!.Location);
    }

    [Fact]
    public void The_finding_lands_on_the_circuit_with_the_reuse()
    {
        var ams = Make.Circuit("er-ams", Make.Private(vlan: 100), Make.Microsoft(vlan: 200));
        var fra = Make.Circuit("er-fra", Make.Private(vlan: 100), Make.Microsoft(vlan: 100));

        var finding = FindingAssert.Single(Make.Design(ams, fra).Run<VlanRule>(), Descriptors.ER4004, Severity.Error, fra.Peerings[1].Vlan!.Location,
            ["er-fra", "MicrosoftPeering", "100", "is already used by peering 'AzurePrivatePeering' of this circuit"], fra.Peerings[0].Vlan!.Location);
        Assert.Same(fra.Peerings[1], finding.Element);
    }

    [Fact]
    public void An_unknown_vlan_is_silent()
    {
        var design = Make.Design(Make.Private(vlan: 100) with { Vlan = Make.Unknown<VlanId>() }, Make.Microsoft(vlan: 100));
        var unset = Make.Design(Make.Private(vlan: 100) with { Vlan = null }, Make.Microsoft(vlan: 100));

        Assert.Empty(design.Run<VlanRule>());
        Assert.Empty(unset.Run<VlanRule>());
    }

    [Fact]
    public void A_third_use_points_at_the_first_use()
    {
        var a = Make.Circuit("er-a", Make.Private(vlan: 100)).OnDirectPort("port1");
        var b = Make.Circuit("er-b", Make.Private(vlan: 100)).OnDirectPort("port1");
        var c = Make.Circuit("er-c", Make.Private(vlan: 100)).OnDirectPort("port1");
        var design = Make.Design(a, b, c) with { DirectPorts = [Make.Port("port1", PortEncapsulation.Dot1Q)] };

        var findings = design.Run<VlanRule>();

        Assert.Equal([b.Peerings[0].Vlan!.Location, c.Peerings[0].Vlan!.Location], findings.Select(f => f.Location));
        Assert.All(findings, f => Assert.Equal([a.Peerings[0].Vlan!.Location!], f.AdditionalLocations));
    }
}
