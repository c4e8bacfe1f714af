using System.Collections.Generic;
using System.Runtime.CompilerServices;
using ErAnalyzers.Model;

namespace ErAnalyzers.Dsl;

/// <summary>Configures a VPN backup: an active-active VPN gateway, and the prefixes the site advertises over the VPN.</summary>
public sealed class VpnBackupBuilder
{
    private readonly string element;
    private readonly List<Setting<IpPrefix>> advertisedPrefixes = [];
    private Setting<bool>? activeActive;

    internal VpnBackupBuilder(string element) => this.element = element;

    /// <summary>
    /// Makes the VPN gateway active-active: two instances, each with its own public IP and tunnel, so that the backup
    /// survives the loss of one (Microsoft recommends it for a VPN that backs up ExpressRoute).
    /// </summary>
    public VpnBackupBuilder ActiveActive([CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        activeActive = Setting.Of(true, Guard.At(file, line));
        return this;
    }

    /// <summary>
    /// A prefix the on-premises VPN device advertises to Azure over the VPN (call once per prefix). Advertise the
    /// same prefixes as over ExpressRoute, or shorter ones: a more specific prefix makes the VPN the preferred path.
    /// </summary>
    public VpnBackupBuilder Advertise(string prefix, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        advertisedPrefixes.Add(Setting.Of(LinkBuilder.ParseNetwork(prefix, element, at), at));
        return this;
    }

    internal VpnBackup Configure(VpnBackup vpn) => vpn with { ActiveActive = activeActive, AdvertisedPrefixes = [.. advertisedPrefixes] };
}
