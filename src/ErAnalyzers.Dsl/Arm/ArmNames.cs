namespace ErAnalyzers.Dsl.Arm;

/// <summary>Names of the resources the template adds for a design element, shared by the builders (which check them) and the writer.</summary>
internal static class ArmNames
{
    /// <summary>The public IP of a VPN backup's gateway.</summary>
    public static string VpnPublicIp(string vpn) => $"{vpn}-pip";

    /// <summary>The second public IP of an active-active VPN backup's gateway.</summary>
    public static string VpnSecondPublicIp(string vpn) => $"{vpn}-pip2";

    /// <summary>The local network gateway (and its connection) of a VPN backup to a site.</summary>
    public static string VpnLocalGateway(string vpn, string site) => $"{vpn}-{site}";
}
