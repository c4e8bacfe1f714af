using ErAnalyzers.Model;

namespace ErAnalyzers.Model.Tests.TestData;

/// <summary>Factories for the security rules (ER5xxx): MD5 keys, MACsec on Direct ports.</summary>
internal static partial class Make
{
    /// <summary>An MD5 key written as a string in source.</summary>
    public static SecretReference LiteralKey() => new() { IsLiteralInSource = true, Location = At() };

    /// <summary>An MD5 key passed as the template parameter <paramref name="name"/>.</summary>
    public static SecretReference KeyParameter(string name = "md5Key") => new() { ParameterName = name, Location = At() };

    /// <summary>The peering with an MD5 key.</summary>
    public static Peering WithMd5Key(this Peering peering, SecretReference key) => peering with { Md5Key = key };

    /// <summary>A configured link of a Direct port pair, with MACsec when a cipher is given.</summary>
    public static DirectPortLink EncryptedLink(string name, Setting<MacSecCipher>? cipher) => new()
    {
        Name = name,
        Location = At(),
        AdminState = Set(AdminState.Enabled),
        MacSec = cipher is null ? null : new MacSecConfig
        {
            Cipher = cipher,
            CknSecretIdentifier = Set("https://contoso-macsec.vault.azure.net/secrets/ckn"),
            CakSecretIdentifier = Set("https://contoso-macsec.vault.azure.net/secrets/cak"),
            SciEnabled = Set(false),
            Location = cipher.Location,
        },
    };

    /// <summary>A Dot1Q port pair whose two links use MACsec with <paramref name="cipher"/>.</summary>
    public static DirectPort EncryptedPort(string name, MacSecCipher cipher = MacSecCipher.GcmAesXpn256) => Port(name, PortEncapsulation.Dot1Q) with
    {
        Link1 = EncryptedLink("Link1", Set(cipher)),
        Link2 = EncryptedLink("Link2", Set(cipher)),
    };

    /// <summary>A design of Direct port pairs only.</summary>
    public static NetworkDesignModel DesignOf(params DirectPort[] ports) => new() { Name = "design", Location = At(), DirectPorts = ports };
}
