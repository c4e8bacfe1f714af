namespace ErAnalyzers;

/// <summary>What kind of device a customer edge is.</summary>
public enum DeviceKind
{
    /// <summary>A stateless router.</summary>
    Router,

    /// <summary>A stateful firewall or NAT device (Microsoft advises against terminating BGP on one).</summary>
    StatefulFirewall,
}

/// <summary>The circuit SKU tier.</summary>
public enum CircuitTier
{
    /// <summary>Local: one or two Azure regions near the peering location.</summary>
    Local,

    /// <summary>Standard: the regions of one geopolitical area.</summary>
    Standard,

    /// <summary>Premium: all regions.</summary>
    Premium,
}

/// <summary>The circuit's billing family.</summary>
public enum BillingModel
{
    /// <summary>Outbound data is billed per GB.</summary>
    MeteredData,

    /// <summary>Outbound data is included.</summary>
    UnlimitedData,
}

/// <summary>The kind of peering on a circuit.</summary>
public enum PeeringKind
{
    /// <summary>Azure private peering (to virtual networks).</summary>
    Private,

    /// <summary>Microsoft peering (to Microsoft public services).</summary>
    Microsoft,
}

/// <summary>Which of the two connections of a circuit a link is.</summary>
public enum LinkRole
{
    /// <summary>The primary connection (to the first MSEE).</summary>
    Primary,

    /// <summary>The secondary connection (to the second MSEE).</summary>
    Secondary,
}

/// <summary>ExpressRoute virtual network gateway SKUs.</summary>
public enum GatewaySku
{
    /// <summary>Legacy, deprecated for ExpressRoute.</summary>
    Basic,

    /// <summary>Not zone-redundant; 4 circuit connections.</summary>
    Standard,

    /// <summary>Not zone-redundant; 8 circuit connections.</summary>
    HighPerformance,

    /// <summary>Not zone-redundant; 16 circuit connections; FastPath.</summary>
    UltraPerformance,

    /// <summary>Zone-redundant Standard.</summary>
    ErGw1AZ,

    /// <summary>Zone-redundant HighPerformance.</summary>
    ErGw2AZ,

    /// <summary>Zone-redundant UltraPerformance; FastPath.</summary>
    ErGw3AZ,

    /// <summary>Zone-redundant, scalable by scale units (1-40).</summary>
    ErGwScale,
}

/// <summary>Zone-redundant VPN gateway SKUs, for a site-to-site VPN backup.</summary>
public enum VpnGatewaySku
{
    /// <summary>VpnGw1AZ.</summary>
    VpnGw1AZ,

    /// <summary>VpnGw2AZ.</summary>
    VpnGw2AZ,

    /// <summary>VpnGw3AZ.</summary>
    VpnGw3AZ,

    /// <summary>VpnGw4AZ.</summary>
    VpnGw4AZ,

    /// <summary>VpnGw5AZ.</summary>
    VpnGw5AZ,
}

/// <summary>How an ExpressRoute Direct port pair tags circuits.</summary>
public enum PortEncapsulation
{
    /// <summary>One tag: a VLAN (C-Tag) must be unique across all circuits on the port pair.</summary>
    Dot1Q,

    /// <summary>Two tags: Azure assigns an S-Tag per circuit.</summary>
    QinQ,
}

/// <summary>Administrative state of a Direct port link.</summary>
public enum AdminState
{
    /// <summary>The physical port is on.</summary>
    Enabled,

    /// <summary>The physical port is off.</summary>
    Disabled,
}

/// <summary>MACsec ciphers of ExpressRoute Direct.</summary>
public enum MacSecCipher
{
    /// <summary>GCM-AES-128.</summary>
    GcmAes128,

    /// <summary>GCM-AES-256.</summary>
    GcmAes256,

    /// <summary>GCM-AES-XPN-128 (recommended on high-speed links).</summary>
    GcmAesXpn128,

    /// <summary>GCM-AES-XPN-256 (recommended on high-speed links).</summary>
    GcmAesXpn256,
}
