using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Dsl;

namespace ErAnalyzers.Benchmarks.Corpus;

/// <summary>A mistake planted in one circuit; each causes exactly one diagnostic, of <see cref="Flaws.RuleId(CircuitFlaw)"/>.</summary>
public enum CircuitFlaw
{
    /// <summary>A sound circuit: clean under every rule.</summary>
    None,

    /// <summary>ER1001: the Microsoft peering has its primary link only.</summary>
    MissingSecondaryLink,

    /// <summary>ER1002: the private peering's secondary link prepends its AS path, the primary does not.</summary>
    OneSidedPrepend,

    /// <summary>ER1003: both private links end on the first router.</summary>
    SameRouter,

    /// <summary>ER1009: the expected traffic is twice the bandwidth.</summary>
    TrafficAboveBandwidth,

    /// <summary>ER3001: the Microsoft peering's primary link runs no BFD.</summary>
    NoBfd,

    /// <summary>ER5001: the private peering's MD5 key is a literal.</summary>
    LiteralMd5Key,

    /// <summary>ER5002: the Microsoft peering has no MD5 key.</summary>
    NoMd5Key,
}

/// <summary>A mistake planted in a whole design; each causes exactly one diagnostic, of <see cref="Flaws.RuleId(DesignFlaw)"/>.</summary>
public enum DesignFlaw
{
    /// <summary>A sound design.</summary>
    None,

    /// <summary>ER2002: every circuit of the gateway is at one peering location (designs of at most 4 circuits).</summary>
    OnePeeringLocation,

    /// <summary>ER2003: every circuit after the first advertises half of the first's prefix only, so together they do not cover it.</summary>
    DifferentPrefixes,

    /// <summary>ER2005: the gateway is not zone-redundant.</summary>
    NotZoneRedundant,

    /// <summary>ER2009: every circuit comes from one provider.</summary>
    OneProvider,
}

/// <summary>The rule each planted mistake trips.</summary>
public static class Flaws
{
    public static string RuleId(this CircuitFlaw flaw) => flaw switch
    {
        CircuitFlaw.MissingSecondaryLink => "ER1001",
        CircuitFlaw.OneSidedPrepend => "ER1002",
        CircuitFlaw.SameRouter => "ER1003",
        CircuitFlaw.TrafficAboveBandwidth => "ER1009",
        CircuitFlaw.NoBfd => "ER3001",
        CircuitFlaw.LiteralMd5Key => "ER5001",
        CircuitFlaw.NoMd5Key => "ER5002",
        _ => throw new System.ArgumentOutOfRangeException(nameof(flaw), flaw, "a sound circuit trips no rule"),
    };

    public static string RuleId(this DesignFlaw flaw) => flaw switch
    {
        DesignFlaw.OnePeeringLocation => "ER2002",
        DesignFlaw.DifferentPrefixes => "ER2003",
        DesignFlaw.NotZoneRedundant => "ER2005",
        DesignFlaw.OneProvider => "ER2009",
        _ => throw new System.ArgumentOutOfRangeException(nameof(flaw), flaw, "a sound design trips no rule"),
    };

    /// <summary>How many diagnostics of each rule the designs must get: one per planted mistake.</summary>
    public static IReadOnlyDictionary<string, int> Expected(IEnumerable<DesignPlan> designs) =>
        designs.SelectMany(design => design.PlantedRuleIds()).CountBy(id => id).ToDictionary(pair => pair.Key, pair => pair.Value);
}

/// <summary>One circuit of a design: where it is, who provides it, and what is wrong with it.</summary>
public sealed record CircuitPlan(int Index, string Provider, string PeeringLocation, int BandwidthGbps, CircuitTier Tier, CircuitFlaw Flaw)
{
    public const string PublicPrefix = "198.51.100.0/24";

    public int PrivateVlan => 100 + Index;

    public int MicrosoftVlan => 200 + Index;

    public string PrivateSubnet(LinkRole role) => $"192.168.{Index}.{(role == LinkRole.Primary ? 0 : 4)}/30";

}

/// <summary>
/// One design (one file of the corpus): a site with two routers, its circuits, each with private and Microsoft
/// peering, and a gateway connecting them all. Written with helper methods or inline, as people do both.
/// </summary>
public sealed record DesignPlan(int Number, IReadOnlyList<CircuitPlan> Circuits, DesignFlaw Flaw, bool UsesHelpers)
{
    public string Name => $"region-{Number:D5}";

    public string ClassName => $"Region{Number:D5}Design";

    public string Id => Number.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);

    public string SiteName => $"dc-{Id}";

    public string RouterName(int number) => $"r{Id}-ce{number}";

    public string GatewayName => $"ergw-{Id}";

    public string VirtualNetwork => $"hub-{Id}";

    public string CircuitName(CircuitPlan circuit) => $"er-{Id}-{circuit.Index}";

    public string Md5Parameter(CircuitPlan circuit, PeeringKind kind) => $"md5Er{Id}x{circuit.Index}{kind}";

    // Letters and digits only, at most 25: the key Azure takes (ER5004), so that only ER5001 is planted.
    public string LiteralMd5Key(CircuitPlan circuit) => $"key{Id}x{circuit.Index}";

    // Microsoft peering needs public addresses (ER4005) that no other circuit uses (ER4014): a /24 for each design.
    public string MicrosoftSubnet(CircuitPlan circuit, LinkRole role) =>
        $"45.{Number / 256 % 256}.{Number % 256}.{(8 * circuit.Index) + (role == LinkRole.Primary ? 0 : 4)}/30";

    // Without a route filter a Microsoft peering receives no prefixes (ER4009).
    public string RouteFilterName(CircuitPlan circuit) => $"rf-{Id}-{circuit.Index}";

    // A private ASN outside the ranges Azure reserves (65515-65520).
    public long SiteAsn => 64512 + (Number % 1000);

    /// <summary>What every circuit of the design advertises on private peering.</summary>
    public string Aggregate => $"10.{Number / 256 % 256}.{Number % 256}.0/24";

    /// <summary>
    /// What every circuit but the first advertises instead, in a design with <see cref="DesignFlaw.DifferentPrefixes"/>:
    /// the first half of <see cref="Aggregate"/> (a prefix that shares no address would serve another network, not back
    /// it up). One circuit with the aggregate among the others would cover it for them all.
    /// </summary>
    public string OtherPrefix => $"10.{Number / 256 % 256}.{Number % 256}.0/25";

    public string PrivatePrefixOf(CircuitPlan circuit) =>
        Flaw == DesignFlaw.DifferentPrefixes && circuit.Index > 0 ? OtherPrefix : Aggregate;

    // UltraPerformance is not zone-redundant (ER2005) yet forwards 10 Gbps as ErGw3AZ does: no circuit is faster (ER2011).
    public GatewaySku GatewaySku => Flaw == DesignFlaw.NotZoneRedundant ? GatewaySku.UltraPerformance : GatewaySku.ErGw3AZ;

    public IEnumerable<string> PlantedRuleIds()
    {
        if (Flaw != DesignFlaw.None)
        {
            yield return Flaw.RuleId();
        }

        foreach (var circuit in Circuits.Where(c => c.Flaw != CircuitFlaw.None))
        {
            yield return circuit.Flaw.RuleId();
        }
    }
}
