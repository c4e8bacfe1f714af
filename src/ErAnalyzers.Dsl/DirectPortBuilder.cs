using System;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ErAnalyzers.Model;

namespace ErAnalyzers.Dsl;

/// <summary>Configures an ExpressRoute Direct port pair: its two links (admin state, MACsec) and billing.</summary>
public sealed partial class DirectPortBuilder : IDesignPart
{
    /// <summary>Our own limit on an identity's resource id and a Key Vault secret URL, far beyond any real one.</summary>
    internal const int MaximumIdLength = 1024;

    private readonly string region;
    private readonly string peeringLocation;
    private readonly Bandwidth size;
    private readonly PortEncapsulation encapsulation;
    private readonly SourceLocation location;
    private DirectPortLink link1 = new() { Name = "Link1" };
    private DirectPortLink link2 = new() { Name = "Link2" };
    private Setting<BillingModel>? billing;
    private Setting<string>? macSecIdentity;

    internal DirectPortBuilder(DesignBuilder design, string name, string region, string peeringLocation, Bandwidth size, PortEncapsulation encapsulation, SourceLocation location)
    {
        Design = design;
        Name = name;
        this.region = region;
        this.peeringLocation = peeringLocation;
        this.size = size;
        this.encapsulation = encapsulation;
        this.location = location;
    }

    /// <summary>The port pair's name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public DesignBuilder Design { get; }

    string IDesignPart.PartName => Name;

    private string Element => $"Direct port '{Name}'";

    /// <summary>The primary port: its administrative state and, optionally, MACsec.</summary>
    public DirectPortBuilder Link1(AdminState state, Action<DirectPortLinkBuilder>? configure = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        link1 = ConfigureLink("Link1", state, configure, Guard.At(file, line));
        return this;
    }

    /// <summary>The secondary port: its administrative state and, optionally, MACsec.</summary>
    public DirectPortBuilder Link2(AdminState state, Action<DirectPortLinkBuilder>? configure = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        link2 = ConfigureLink("Link2", state, configure, Guard.At(file, line));
        return this;
    }

    /// <summary>Billing of the port pair.</summary>
    public DirectPortBuilder Billing(BillingModel billing, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        this.billing = Setting.Of(billing, Guard.At(file, line));
        return this;
    }

    /// <summary>
    /// The user-assigned managed identity that reads the MACsec secrets from Key Vault, by its resource id
    /// (<c>/subscriptions/.../resourceGroups/.../providers/Microsoft.ManagedIdentity/userAssignedIdentities/name</c>).
    /// </summary>
    public DirectPortBuilder MacSecIdentity(string userAssignedIdentityId, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        string identity = Guard.Text(userAssignedIdentityId, Element, "the MACsec identity", at, MaximumIdLength);
        macSecIdentity = IdentityPattern().IsMatch(identity)
            ? Setting.Of(identity, at)
            : throw new InvalidDesignException(Element, $"the MACsec identity {Guard.Quote(identity)} is not the resource id of a user-assigned identity (/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>)", at);
        return this;
    }

    internal DirectPort Build() => new()
    {
        Name = Name,
        Location = location,
        Region = Setting.Of(region, location),
        PeeringLocation = Setting.Of(peeringLocation, location),
        Bandwidth = Setting.Of(size, location),
        Encapsulation = Setting.Of(encapsulation, location),
        Billing = billing,
        MacSecIdentity = macSecIdentity ?? ((link1.MacSec ?? link2.MacSec) is { } macSec
            ? throw new InvalidDesignException(Element, "MACsec needs a user-assigned identity to read its secrets: call MacSecIdentity(...)", macSec.Location)
            : null),
        Link1 = link1,
        Link2 = link2,
    };

    [GeneratedRegex(@"^/subscriptions/[^/\s]+/resourceGroups/[^/\s]+/providers/Microsoft\.ManagedIdentity/userAssignedIdentities/[^/\s]+\z", RegexOptions.IgnoreCase)]
    private static partial Regex IdentityPattern();

    private DirectPortLink ConfigureLink(string name, AdminState state, Action<DirectPortLinkBuilder>? configure, SourceLocation at)
    {
        var link = new DirectPortLinkBuilder($"{name} of {Element}");
        configure?.Invoke(link);
        return new DirectPortLink { Name = name, Location = at, AdminState = Setting.Of(state, at), MacSec = link.MacSecConfig };
    }
}

/// <summary>Configures one physical port of a Direct port pair.</summary>
public sealed class DirectPortLinkBuilder
{
    private readonly string element;

    internal DirectPortLinkBuilder(string element) => this.element = element;

    internal MacSecConfig? MacSecConfig { get; private set; }

    /// <summary>
    /// MACsec with <paramref name="cipher"/>; the CKN and CAK live in Key Vault and are given by their secret
    /// identifiers (URLs), never by value.
    /// </summary>
    public DirectPortLinkBuilder MacSec(MacSecCipher cipher, string cknSecretIdentifier, string cakSecretIdentifier, bool sci = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        MacSecConfig = new MacSecConfig
        {
            Cipher = Setting.Of(cipher, at),
            CknSecretIdentifier = Setting.Of(SecretIdentifier(cknSecretIdentifier, "CKN", at), at),
            CakSecretIdentifier = Setting.Of(SecretIdentifier(cakSecretIdentifier, "CAK", at), at),
            SciEnabled = Setting.Of(sci, at),
            Location = at,
        };
        return this;
    }

    private string SecretIdentifier(string? value, string what, SourceLocation at) =>
        Uri.TryCreate(Guard.Text(value, element, $"the MACsec {what} secret identifier", at, DirectPortBuilder.MaximumIdLength), UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttps
            ? value!
            : throw new InvalidDesignException(element, $"the MACsec {what} secret identifier {Guard.Quote(value)} is not a Key Vault secret URL (https://<vault>.vault.azure.net/secrets/<name>)", at);
}
