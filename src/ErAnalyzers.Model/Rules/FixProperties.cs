namespace ErAnalyzers.Rules;

/// <summary>
/// Names of <see cref="Finding.Properties"/>: data a rule hands to a code fix. The analyzers copy them into the
/// diagnostic when it is reported where the finding is (not at a call that leads to another file).
/// </summary>
public static class FixProperties
{
    /// <summary>The subnet a new or changed link should use (ER1001, ER4002).</summary>
    public const string Subnet = "Subnet";

    /// <summary>"Primary" or "Secondary": the link to add (ER1001).</summary>
    public const string MissingRole = "MissingRole";

    /// <summary>Set when the link to add should enable BFD, which the link it copies does not (ER1001).</summary>
    public const string AddBfd = "AddBfd";

    /// <summary>Set when the finding sits on a setting whose removal is the fix (ER1002).</summary>
    public const string Removable = "Removable";

    /// <summary>
    /// The value both links should share (ER1002): the argument the setting the finding sits on should take, or with
    /// <see cref="CopyToPartner"/> the argument of the same setting added to the other link.
    /// </summary>
    public const string SharedValue = "SharedValue";

    /// <summary>
    /// Set when the finding sits on the preferred link's setting and the fix gives the other link (the first
    /// additional location) the same setting with <see cref="SharedValue"/> (ER1002).
    /// </summary>
    public const string CopyToPartner = "CopyToPartner";

    /// <summary>The zone-redundant gateway SKU to use instead, a <c>GatewaySku</c> member name (ER2005).</summary>
    public const string ZoneRedundantSku = "ZoneRedundantSku";

    /// <summary>The Metro peering location to use instead ("Amsterdam Metro") (ER2010).</summary>
    public const string MetroLocation = "MetroLocation";

    /// <summary>The name of the template parameter a secret written in source should be passed as (ER5001).</summary>
    public const string SecretParameter = "SecretParameter";

    /// <summary>The name of the route filter to add to a Microsoft peering (ER4009).</summary>
    public const string RouteFilterName = "RouteFilterName";

    /// <summary>The circuit tier the fix should set, a <c>CircuitTier</c> member name; Premium when absent (ER2004).</summary>
    public const string CircuitTier = "CircuitTier";
}
