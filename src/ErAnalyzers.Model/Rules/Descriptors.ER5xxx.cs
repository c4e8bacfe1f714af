namespace ErAnalyzers.Rules;

public static partial class Descriptors
{
    /// <summary>ER5001: a BGP MD5 key is written in source.</summary>
    public static RuleDescriptor ER5001 { get; } = new(
        "ER5001",
        "A BGP MD5 key must not be written in source",
        "The MD5 key of peering '{1}' in circuit '{0}' is written in source: pass it as a secret parameter, Secret.Parameter(name), and give its value at deployment",
        Category.Security,
        Severity.Warning,
        "A key written in source is in every copy of the repository and in its history. The template takes the key as a securestring parameter either way, so the literal only exposes it.");

    /// <summary>ER5002: a peering has no MD5 key.</summary>
    public static RuleDescriptor ER5002 { get; } = new(
        "ER5002",
        "A peering should authenticate its BGP sessions with an MD5 key",
        "Peering '{1}' of circuit '{0}' has no MD5 authentication: set an MD5 key with Md5Key(Secret.Parameter(name))",
        Category.Security,
        Severity.Info,
        "Private and Microsoft peering accept an optional MD5 key that authenticates their BGP sessions; Microsoft's Well-Architected guide for ExpressRoute lists MD5 among its security recommendations.");

    /// <summary>ER5003: an ExpressRoute Direct link has no MACsec, or a non-XPN cipher.</summary>
    public static RuleDescriptor ER5003 { get; } = new(
        "ER5003",
        "ExpressRoute Direct links should be encrypted with MACsec and an XPN cipher",
        "{1} of Direct port '{0}' {2}: enable MACsec with an XPN cipher (GcmAesXpn128 or GcmAesXpn256)",
        Category.Security,
        Severity.Info,
        "MACsec encrypts the physical links between your routers and Microsoft's. Microsoft: \"The recommendation is to configure encryption with xpn ciphers to avoid intermittent session drops observed with non-xpn ciphers on high speed links.\"");

    /// <summary>ER5004: a BGP MD5 key Azure rejects.</summary>
    public static RuleDescriptor ER5004 { get; } = new(
        "ER5004",
        "A BGP MD5 key must be at most 25 letters and digits",
        "The MD5 key of peering '{1}' in circuit '{0}' {2}: use at most 25 letters and digits, because Azure rejects longer keys and special characters",
        Category.Security,
        Severity.Error,
        "Microsoft: \"If you plan to use a shared key/MD5 hash, be sure to use this on both sides of the tunnel and limit the number of alphanumeric characters to a maximum of 25. Special characters are not supported.\"");
}
