using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ErAnalyzers.Dsl.Tests.Support;
using ErAnalyzers.Model;

namespace ErAnalyzers.Dsl.Tests;

/// <summary>
/// Input the DSL cannot turn into a design throws at once, naming the element, the offending value and the line
/// it was written on. Each case writes its offending call on the line of its <c>Bad(...)</c>, whose
/// [CallerLineNumber] is then the line the exception must name.
/// </summary>
public sealed class BadInputTests
{
    private const string Identity = "/subscriptions/0/resourceGroups/network/providers/Microsoft.ManagedIdentity/userAssignedIdentities/macsec";
    private const string NotAName = "not a valid Azure resource name";
    private const string ForeignDesign = $"belongs to design '{DesignKit.OtherDesignName}', not to design '{DesignKit.DesignName}'";
    private const string PrimaryLink = "primary IPv4 link of Private peering of circuit 'er-ams'";
    private const string NoConfiguration = "the configuration must not be null";

    private static readonly string LongName = new('p', 81);

    private static readonly BadInput[] Cases =
    [
        // Names: null, empty, blank.
        BadCall("design name null", () => NetworkDesign.Create(null!, _ => { }), "design name", "got null"),
        BadCall("design name empty", () => NetworkDesign.Create("", _ => { }), "design name", "got ''"),
        BadCall("design name blank", () => NetworkDesign.Create(" \t ", _ => { }), "design name", "got ' \\t '"),
        Bad("site name null", k => k.D.Site(null!, 65010), "site name", "got null"),
        Bad("site name empty", k => k.D.Site("", 65010), "site name", "got ''"),
        Bad("site name blank", k => k.D.Site("   ", 65010), "site name", "got '   '"),
        Bad("router name null", k => k.Site.Router(null!), "router name", "got null"),
        Bad("router name empty", k => k.Site.Router(""), "router name", "got ''"),
        Bad("router name blank", k => k.Site.Router(" "), "router name", "got ' '"),
        Bad("port name null", k => k.Ce1.Port(null!), "port of router 'ams-ce1' name", "got null"),
        Bad("port name blank", k => k.Ce1.Port("  "), "port of router 'ams-ce1' name", "got '  '"),
        Bad("circuit name null", k => k.D.Circuit(null!, _ => { }), "circuit name", "got null"),
        Bad("circuit name empty", k => k.D.Circuit("", _ => { }), "circuit name", "got ''"),
        Bad("gateway name blank", k => k.D.Gateway("  ", GatewaySku.ErGw1AZ, "westeurope", "hub-weu"), "gateway name", "got '  '"),
        Bad("gateway name null", k => k.D.Gateway(null!, GatewaySku.ErGw1AZ, "westeurope", "hub-weu"), "gateway name", "got null"),
        Bad("Direct port name empty", k => k.D.DirectPort("", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q), "Direct port name", "got ''"),
        Bad("connection name blank", k => k.Gateway(configure: g => g.Connect(k.Circuit(), c => c.Named(" "))), "connection name", "got ' '"),

        // Names Azure rejects.
        Bad("circuit name with a space", k => k.D.Circuit("er ams", _ => { }), "circuit 'er ams'", NotAName),
        Bad("circuit name ending in a hyphen", k => k.D.Circuit("er-ams-", _ => { }), "circuit 'er-ams-'", NotAName),
        Bad("gateway name starting with an underscore", k => k.D.Gateway("_ergw", GatewaySku.ErGw1AZ, "westeurope", "hub-weu"), "gateway '_ergw'", NotAName),
        Bad("Direct port name of 81 characters", k => k.D.DirectPort(LongName, "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q), $"Direct port '{LongName}'", NotAName),
        Bad("virtual network name with a slash", k => k.D.Gateway("ergw", GatewaySku.ErGw1AZ, "westeurope", "hub/weu"), "virtual network 'hub/weu'", NotAName),
        Bad("connection name with a space", k => k.Gateway(configure: g => g.Connect(k.Circuit(), c => c.Named("ergw to ams"))), "connection 'ergw to ams'", NotAName),

        // Text that is not what it looks like: a trailing newline, control and invisible characters, white space around it, a length no name has.
        Bad("circuit name with a trailing newline", k => k.D.Circuit("er-ams\n", _ => { }), "circuit 'er-ams\\n'", NotAName),
        Bad("virtual network name with a trailing newline", k => k.D.Gateway("ergw", GatewaySku.ErGw1AZ, "westeurope", "hub-weu\n"), "virtual network 'hub-weu\\n'", NotAName),
        Bad("site name with a newline", k => k.D.Site("ams\ndc", 65020), "site 'ams\\ndc'", "the name 'ams\\ndc' contains the character U+000A"),
        Bad("router name with a right-to-left override", k => k.Site.Router("ams-\u202Ece3"), "router 'ams-\\u202Ece3'", "contains the character U+202E"),
        Bad("port name with white space around it", k => k.Ce1.Port(" et-0/0/1"), "port of router 'ams-ce1' ' et-0/0/1'", "the name ' et-0/0/1' has white space around it"),
        Bad("provider with a newline", k => k.D.Circuit("er-ams", c => c.ServiceProvider("Equinix\n", "Amsterdam", Bandwidth.Gbps(1))), "circuit 'er-ams'", "the provider 'Equinix\\n' contains the character U+000A"),
        Bad("provider of 10,000 characters", k => k.D.Circuit("er-ams", c => c.ServiceProvider(new string('E', 10_000), "Amsterdam", Bandwidth.Gbps(1))), "circuit 'er-ams'", "... (10000 characters) is 10000 characters long; at most 80 are allowed"),
        Bad("peering location with a zero-width space", k => k.D.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amster\u200Bdam", Bandwidth.Gbps(1))), "circuit 'er-ams'", "the peering location 'Amster\\u200Bdam' contains the character U+200B"),
        Bad("peering location with a trailing space", k => k.D.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam ", Bandwidth.Gbps(1))), "circuit 'er-ams'", "the peering location 'Amsterdam ' has white space around it"),
        Bad("Direct port peering location with a tab", k => k.D.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam\tAM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q), "Direct port 'erd-ams'", "the peering location 'Equinix-Amsterdam\\tAM5' contains the character U+0009"),
        Bad("MACsec identity that is an ARM expression", k => k.DirectPort(configure: p => p.MacSecIdentity("[reference('id').principalId]")), "Direct port 'erd-ams'", "the MACsec identity '[reference('id').principalId]' is not the resource id of a user-assigned identity"),
        Bad("MACsec CKN identifier with a newline", k => k.DirectPort(configure: p => p.Link1(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAesXpn256, DesignKit.Ckn + "\n", DesignKit.Cak))), "Link1 of Direct port 'erd-ams'", "contains the character U+000A"),
        Bad("routing registry with a newline", k => k.D.Circuit("er-msft", c => DesignKit.Provider(c).MicrosoftPeering(200, p => p.RoutingRegistry("RIPENCC\n"))), "Microsoft peering of circuit 'er-msft'", "the routing registry 'RIPENCC\\n' contains the character U+000A"),

        // Regions: an Azure region name, from Microsoft's list unless the user says the list lacks it.
        Bad("circuit region that is an ARM expression", k => k.D.Circuit("er-ams", c => c.Region("[subscription().subscriptionId]")), "circuit 'er-ams'", "the region '[subscription().subscriptionId]' is not an Azure region name"),
        Bad("circuit region with a newline", k => k.D.Circuit("er-ams", c => c.Region("west\neurope")), "circuit 'er-ams'", "the region 'west\\neurope' contains the character U+000A"),
        Bad("circuit region not in Microsoft's list", k => k.D.Circuit("er-ams", c => c.Region("westeurope2")), "circuit 'er-ams'", "the region 'westeurope2' is not in Microsoft's list of Azure regions"),
        Bad("unlisted circuit region with a quote, allowed unlisted", k => k.D.Circuit("er-ams", c => c.Region("west'europe", allowUnlistedRegion: true)), "circuit 'er-ams'", "the region 'west'europe' is not an Azure region name"),
        Bad("gateway region not in Microsoft's list", k => k.D.Gateway("ergw", GatewaySku.ErGw1AZ, "europewest", "hub-weu"), "gateway 'ergw'", "the region 'europewest' is not in Microsoft's list of Azure regions"),
        Bad("Direct port region with a look-alike letter", k => k.D.DirectPort("erd-ams", "west\u0435urope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q), "Direct port 'erd-ams'", "the region 'west\u0435urope' is not an Azure region name"),
        Bad("VPN backup region not in Microsoft's list", k => k.D.VpnBackup("vpn-weu", VpnGatewaySku.VpnGw2AZ, "westeuropa", "hub-weu", k.Site, "198.51.100.10", "10.10.255.1", Secret.Parameter("vpnKey")), "VPN backup 'vpn-weu'", "the region 'westeuropa' is not in Microsoft's list"),
        BadCall("secret parameter name with a trailing newline", () => Secret.Parameter("vpnKey\n"), "secret parameter 'vpnKey\\n'", "must start with a letter"),

        // Duplicate names.
        Bad("duplicate site", k => k.D.Site("ams-dc", 65020), "site 'ams-dc'", "already used by another site (at "),
        Bad("duplicate router in another site", k => k.D.Site("lon-dc", 65010).Router("ams-ce1"), "router 'ams-ce1'", "already used by another router (at "),
        Bad("duplicate port of a router", k => k.Ce1.Port("et-0/0/1").Router.Port("et-0/0/1"), "port of router 'ams-ce1' 'et-0/0/1'", "already used by another port of router 'ams-ce1'"),
        Bad("duplicate circuit", k => { k.Circuit("er-ams"); k.D.Circuit("er-ams", _ => { }); }, "resource 'er-ams'", "already used by another resource (at "),
        Bad("circuit name differing only in case", k => { k.Circuit("er-ams"); k.D.Circuit("ER-AMS", _ => { }); }, "resource 'ER-AMS'", "already used by another resource"),
        Bad("duplicate gateway", k => { k.Gateway("ergw"); k.D.Gateway("ergw", GatewaySku.ErGw3AZ, "uksouth", "hub-uks"); }, "resource 'ergw'", "already used by another resource"),
        Bad("gateway named like a circuit", k => { k.Circuit("er-ams"); k.D.Gateway("er-ams", GatewaySku.ErGw1AZ, "westeurope", "hub-weu"); }, "resource 'er-ams'", "already used by another resource"),
        Bad("duplicate Direct port", k => { k.DirectPort("erd-ams"); k.D.DirectPort("erd-ams", "uksouth", "Equinix-London-LD5", Bandwidth.Gbps(100), PortEncapsulation.QinQ); }, "resource 'erd-ams'", "already used by another resource"),
        Bad("duplicate connection", k => { var er = k.Circuit(); k.Gateway(configure: g => g.Connect(er).Connect(er)); }, "resource 'ergw-er-ams'", "already used by another resource"),
        Bad("connection named like its circuit", k => k.Gateway(configure: g => g.Connect(k.Circuit(), c => c.Named("er-ams"))), "resource 'er-ams'", "already used by another resource"),

        // Elements of another design.
        Bad("link on a router of another design", k => k.Circuit(peering: p => p.Primary("192.168.100.128/30", DesignKit.Foreign().Router)), PrimaryLink, $"router 'ams-ce1' {ForeignDesign}"),
        Bad("link on a port of another design", k => k.Circuit(peering: p => p.Secondary("192.168.100.132/30", DesignKit.Foreign().Port)), "secondary IPv4 link of Private peering of circuit 'er-ams'", $"router 'ams-ce2' {ForeignDesign}"),
        Bad("IPv6 link on a router of another design", k => k.Circuit(peering: p => k.Links(p).Ipv6(v6 => v6.Primary("2001:db8::/126", DesignKit.Foreign().Router))), "primary IPv6 link of Private peering of circuit 'er-ams'", $"router 'ams-ce1' {ForeignDesign}"),
        Bad("connection to a circuit of another design", k => k.Gateway(configure: g => g.Connect(DesignKit.Foreign().Circuit)), "connection of gateway 'ergw'", $"circuit 'er-ams' {ForeignDesign}"),
        Bad("Global Reach to a circuit of another design", k => k.D.GlobalReach(k.Circuit(), DesignKit.Foreign().Circuit, "192.168.250.0/29"), "Global Reach connection", $"peer circuit 'er-ams' {ForeignDesign}"),
        Bad("Direct circuit on a port of another design", k => k.D.Circuit("er-direct", c => c.ExpressRouteDirect(DesignKit.Foreign().DirectPort, Bandwidth.Gbps(5))), "circuit 'er-direct'", $"Direct port 'erd-ams' {ForeignDesign}"),
        Bad("VPN backup to a site of another design", k => k.D.VpnBackup("vpn-weu", VpnGatewaySku.VpnGw2AZ, "westeurope", "hub-weu", DesignKit.Foreign().Site, "198.51.100.10", "10.10.255.1", Secret.Parameter("vpnKey")), "VPN backup 'vpn-weu'", $"site 'ams-dc' {ForeignDesign}"),

        // Circuits.
        Bad("circuit without connectivity", k => k.D.Circuit("er-ams", c => c.Sku(CircuitTier.Standard, BillingModel.MeteredData)), "circuit 'er-ams'", "no connectivity: call ServiceProvider(...) or ExpressRouteDirect(...)"),
        Bad("circuit without SKU", k => k.D.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))), "circuit 'er-ams'", "no SKU: call Sku(tier, billing)"),
        Bad("circuit with both ServiceProvider and ExpressRouteDirect", k => { var port = k.DirectPort(); k.D.Circuit("er-ams", c => c.ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1)).ExpressRouteDirect(port, Bandwidth.Gbps(5))); }, "circuit 'er-ams'", "its connectivity is already set (at "),
        Bad("circuit region blank", k => k.D.Circuit("er-ams", c => c.Region(" ")), "circuit 'er-ams'", "the region must not be empty; got ' '"),
        BadBandwidth("bandwidth of 0 Mbps", () => Bandwidth.Mbps(0), "megabits", 0L, "Bandwidth 0 Mbps is not valid"),
        BadBandwidth("bandwidth of -1 Gbps", () => Bandwidth.Gbps(-1), "gigabits", -1L, "Bandwidth -1 Gbps is not valid"),

        // Peerings and links.
        Bad("two primary links", k => k.Circuit(peering: p => p.Primary("192.168.100.128/30", k.Ce1).Primary("192.168.100.132/30", k.Ce2)), PrimaryLink, "it is already configured (at "),
        Bad("two private peerings", k => k.D.Circuit("er-ams", c => DesignKit.Provider(c).PrivatePeering(100, p => k.Links(p)).PrivatePeering(101, p => k.Links(p))), "circuit 'er-ams'", "it already has a Private peering (at "),
        Bad("null router", k => k.Circuit(peering: p => p.Primary("192.168.100.128/30", (RouterBuilder)null!)), PrimaryLink, "the router must not be null"),
        Bad("connection to a circuit without private peering", k => { var msft = k.MicrosoftOnlyCircuit(); k.Gateway(configure: g => g.Connect(msft)); }, "connection of gateway 'ergw'", "circuit 'er-msft' has no private peering to connect to"),
        Bad("advertised prefix malformed", k => k.Circuit(peering: p => p.Primary("192.168.100.128/30", k.Ce1, l => l.Advertise("10.10.0/16"))), PrimaryLink, "advertised prefix '10.10.0/16' is not valid"),
        Bad("advertised prefix with host bits", k => k.Circuit(peering: p => p.Primary("192.168.100.128/30", k.Ce1, l => l.Advertise("10.10.1.0/16"))), PrimaryLink, "advertised prefix '10.10.1.0/16' has host bits set; the network is 10.10.0.0/16"),
        Bad("advertised public prefix with host bits", k => k.D.Circuit("er-msft", c => DesignKit.Provider(c).MicrosoftPeering(200, p => k.PublicLinks(p).AdvertisePublicPrefix("198.51.100.1/24"))), "Microsoft peering of circuit 'er-msft'", "advertised prefix '198.51.100.1/24' has host bits set"),
        Bad("route filter with an invalid name", k => k.D.Circuit("er-msft", c => DesignKit.Provider(c).MicrosoftPeering(200, p => p.RouteFilter("rf ams", rf => rf.Allow(BgpCommunity.ExchangeOnline)))), "route filter 'rf ams'", "not a valid Azure resource name"),
        Bad("route filter named like a circuit", k => k.D.Circuit("er-msft", c => DesignKit.Provider(c).MicrosoftPeering(200, p => p.RouteFilter("er-msft", rf => rf.Allow(BgpCommunity.ExchangeOnline)))), "resource 'er-msft'", "already used"),
        Bad("route filter allowing no community", k => k.D.Circuit("er-msft", c => DesignKit.Provider(c).MicrosoftPeering(200, p => p.Primary("203.0.113.0/30", k.Ce1).RouteFilter("rf-ams", _ => { }))), "route filter 'rf-ams'", "it allows no community, so the peering would receive no prefix"),
        Bad("route filter allowing a community twice", k => k.D.Circuit("er-msft", c => DesignKit.Provider(c).MicrosoftPeering(200, p => p.RouteFilter("rf-ams", rf => rf.Allow(BgpCommunity.ExchangeOnline).Allow(BgpCommunity.Parse("12076:5010"))))), "route filter 'rf-ams'", "community 12076:5010 is already allowed (at "),
        Bad("two route filters on a peering", k => k.D.Circuit("er-msft", c => DesignKit.Provider(c).MicrosoftPeering(200, p => k.PublicLinks(p).RouteFilter("rf-two", rf => rf.Allow(BgpCommunity.SharePointOnline)))), "Microsoft peering of circuit 'er-msft'", "it already has route filter 'rf-ams' (at "),
        Bad("null route filter configuration", k => k.D.Circuit("er-msft", c => DesignKit.Provider(c).MicrosoftPeering(200, p => p.RouteFilter("rf-ams", null!))), "route filter 'rf-ams'", NoConfiguration),
        new("BGP community without a colon", () => BgpCommunity.Parse("12076-5010"), typeof(FormatException), "12076-5010", ["'12076-5010' is not a BGP community", "for example 12076:5010"], null),
        new("BGP community above 65535", () => BgpCommunity.Parse("12076:70000"), typeof(FormatException), "12076:70000", ["'12076:70000' is not a BGP community", "from 0 to 65535"], null),
        BadLink("AS-path prepend -1", l => l.PrependAsPath(-1), "AS-path prepend count -1 must be from 0 to 255"),
        BadLink("AS-path prepend 256", l => l.PrependAsPath(256), "AS-path prepend count 256 must be from 0 to 255"),
        BadLink("local preference -1", l => l.LocalPreference(-1), "local preference -1 must be from 0 to 4294967295"),
        BadLink("local preference 4294967296", l => l.LocalPreference(4294967296), "local preference 4294967296 must be from 0 to 4294967295"),
        BadLink("MED -1", l => l.Med(-1), "MED -1 must be from 0 to 4294967295"),
        BadLink("MED 4294967296", l => l.Med(4294967296), "MED 4294967296 must be from 0 to 4294967295"),
        BadLink("BFD interval 0", l => l.Bfd(intervalMilliseconds: 0), "BFD interval 0 ms and multiplier 3 must both be positive"),
        BadLink("BFD multiplier 0", l => l.Bfd(multiplier: 0), "BFD interval 300 ms and multiplier 0 must both be positive"),
        BadLink("hold timer below keepalive", l => l.Timers(keepaliveSeconds: 60, holdSeconds: 30), "keepalive 60 s and hold 30 s"),
        BadLink("keepalive 0", l => l.Timers(keepaliveSeconds: 0, holdSeconds: 180), "keepalive 0 s and hold 180 s"),

        // Global Reach.
        Bad("Global Reach to itself", k => { var er = k.Circuit(); k.D.GlobalReach(er, er, "192.168.250.0/29"); }, "Global Reach connection", "circuit 'er-ams' cannot reach itself"),
        Bad("Global Reach without private peering", k => { var er = k.Circuit(); var msft = k.MicrosoftOnlyCircuit(); k.D.GlobalReach(er, msft, "192.168.250.0/29"); }, "Global Reach connection", "circuit 'er-msft' has no private peering"),
        Bad("Global Reach subnet without a length", k => k.D.GlobalReach(k.Circuit("er-a"), k.Circuit("er-b"), "192.168.250.0"), "Global Reach connection", "'192.168.250.0' is not a valid IP prefix: the prefix length is missing"),
        Bad("Global Reach subnet with a bad octet", k => k.D.GlobalReach(k.Circuit("er-a"), k.Circuit("er-b"), "192.168.256.0/29"), "Global Reach connection", "'192.168.256.0/29' is not a valid IP prefix"),
        Bad("Global Reach subnet /28", k => k.D.GlobalReach(k.Circuit("er-a"), k.Circuit("er-b"), "192.168.250.0/28"), "Global Reach connection", "'192.168.250.0/28' must be an IPv4 /29 network"),
        Bad("Global Reach subnet with host bits", k => k.D.GlobalReach(k.Circuit("er-a"), k.Circuit("er-b"), "192.168.250.4/29"), "Global Reach connection", "'192.168.250.4/29' must be an IPv4 /29 network"),
        Bad("Global Reach IPv6 /29 as its IPv4 subnet", k => k.D.GlobalReach(k.Circuit("er-a"), k.Circuit("er-b"), "2001:db8::/29"), "Global Reach connection", "'2001:db8::/29' must be an IPv4 /29 network"),
        Bad("Global Reach IPv6 subnet /126", k => k.D.GlobalReach(k.Circuit("er-a"), k.Circuit("er-b"), "192.168.250.0/29", "2001:db8:250::/126"), "Global Reach connection", "'2001:db8:250::/126' must be an IPv6 /125 network"),

        // Gateways, Direct ports, secrets, VPN backup.
        Bad("VPN advertised prefix malformed", k => k.D.VpnBackup("vpn-weu", VpnGatewaySku.VpnGw2AZ, "westeurope", "hub-weu", k.Site, "198.51.100.10", "10.10.255.1", Secret.Parameter("vpnKey"), v => v.Advertise("10.10/16")), "VPN backup 'vpn-weu'", "advertised prefix '10.10/16' is not valid"),
        Bad("VPN advertised prefix with host bits", k => k.D.VpnBackup("vpn-weu", VpnGatewaySku.VpnGw2AZ, "westeurope", "hub-weu", k.Site, "198.51.100.10", "10.10.255.1", Secret.Parameter("vpnKey"), v => v.Advertise("10.10.1.0/16")), "VPN backup 'vpn-weu'", "advertised prefix '10.10.1.0/16' has host bits set; the network is 10.10.0.0/16"),
        Bad("active-active VPN backup whose second public IP name is taken", k => { k.Circuit("vpn-weu-pip2"); k.D.VpnBackup("vpn-weu", VpnGatewaySku.VpnGw2AZ, "westeurope", "hub-weu", k.Site, "198.51.100.10", "10.10.255.1", Secret.Parameter("vpnKey"), v => v.ActiveActive()); }, "resource 'vpn-weu-pip2'", "the name is already used by another resource"),
        Bad("gateway address prefix malformed", k => k.Gateway(configure: g => g.AddressSpace("10.1.0/16")), "gateway 'ergw'", "address prefix '10.1.0/16' is not valid"),
        Bad("gateway address prefix with host bits", k => k.Gateway(configure: g => g.AddressSpace("10.1.2.0/16")), "gateway 'ergw'", "address prefix '10.1.2.0/16' has host bits set; the network is 10.1.0.0/16"),
        Bad("gateway address prefix null", k => k.Gateway(configure: g => g.AddressSpace(null!)), "gateway 'ergw'", "address prefix null is not valid"),
        Bad("scale units on an ErGw1AZ gateway", k => k.D.Gateway("ergw", GatewaySku.ErGw1AZ, "westeurope", "hub-weu", g => g.ScaleUnits(2, 4)), "gateway 'ergw'", "scale units apply to ErGwScale gateways only; this gateway is ErGw1AZ"),
        Bad("MACsec without an identity", k => k.D.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => p.Link1(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAes256, DesignKit.Ckn, DesignKit.Cak))), "Direct port 'erd-ams'", "MACsec needs a user-assigned identity"),
        Bad("MACsec CKN identifier over http", k => k.DirectPort(configure: p => p.MacSecIdentity(Identity).Link1(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAes256, "http://kv.vault.azure.net/secrets/ckn", DesignKit.Cak))), "Link1 of Direct port 'erd-ams'", "the MACsec CKN secret identifier 'http://kv.vault.azure.net/secrets/ckn' is not a Key Vault secret URL"),
        Bad("MACsec CAK identifier not a URL", k => k.DirectPort(configure: p => p.MacSecIdentity(Identity).Link2(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAes256, DesignKit.Ckn, "ams-cak"))), "Link2 of Direct port 'erd-ams'", "the MACsec CAK secret identifier 'ams-cak' is not a Key Vault secret URL"),
        BadCall("secret parameter name starting with a digit", () => Secret.Parameter("1vpnKey"), "secret parameter '1vpnKey'", "must start with a letter"),
        BadCall("secret parameter name with a hyphen", () => Secret.Parameter("vpn-key"), "secret parameter 'vpn-key'", "contain only letters, digits and underscores"),
        Bad("VPN address that is a host name", k => k.D.VpnBackup("vpn-weu", VpnGatewaySku.VpnGw2AZ, "westeurope", "hub-weu", k.Site, "vpn.contoso.com", "10.10.255.1", Secret.Parameter("vpnKey")), "VPN backup 'vpn-weu'", "the on-premises VPN address 'vpn.contoso.com' is not an IP address"),
        Bad("VPN BGP address with a length", k => k.D.VpnBackup("vpn-weu", VpnGatewaySku.VpnGw2AZ, "westeurope", "hub-weu", k.Site, "198.51.100.10", "10.10.255.1/32", Secret.Parameter("vpnKey")), "VPN backup 'vpn-weu'", "the on-premises BGP address '10.10.255.1/32' is not an IP address"),
        Bad("VPN backup to a site whose name makes an invalid resource name", k => k.D.VpnBackup("vpn-weu", VpnGatewaySku.VpnGw2AZ, "westeurope", "hub-weu", k.D.Site("Amsterdam DC", asn: 65010), "198.51.100.10", "10.10.255.1", Secret.Parameter("vpnKey")), "VPN local network gateway 'vpn-weu-Amsterdam DC'", "not a valid Azure resource name"),
        Bad("VPN backup whose public IP name is taken", k => { k.Circuit("vpn-weu-pip"); k.D.VpnBackup("vpn-weu", VpnGatewaySku.VpnGw2AZ, "westeurope", "hub-weu", k.Site, "198.51.100.10", "10.10.255.1", Secret.Parameter("vpnKey")); }, "resource 'vpn-weu-pip'", "already used"),

        // Null configuration lambdas.
        BadCall("null design configuration", () => NetworkDesign.Create(DesignKit.DesignName, null!), $"design '{DesignKit.DesignName}'", NoConfiguration),
        Bad("null circuit configuration", k => k.D.Circuit("er-ams", null!), "circuit 'er-ams'", NoConfiguration),
        Bad("null peering configuration", k => k.D.Circuit("er-ams", c => DesignKit.Provider(c).PrivatePeering(100, null!)), "Private peering of circuit 'er-ams'", NoConfiguration),
        Bad("null IPv6 configuration", k => k.Circuit(peering: p => k.Links(p).Ipv6(null!)), "Private peering of circuit 'er-ams'", NoConfiguration),
    ];

    private static readonly Dictionary<string, BadInput> ByName = Cases.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static TheoryData<string> CaseNames => [.. Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Bad_input_throws_naming_the_element_the_value_and_the_line(string name)
    {
        var input = ByName[name];

        var exception = Assert.Throws(input.ExceptionType, input.Act);

        foreach (string fragment in input.Fragments)
        {
            Assert.Contains(fragment, exception.Message, StringComparison.Ordinal);
        }

        if (exception is InvalidDesignException invalid)
        {
            Assert.Equal(input.Element, invalid.Element);
            Assert.Equal(input.Where, invalid.Location);
            Assert.StartsWith($"{input.Where}: {input.Element}: ", invalid.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void There_are_at_least_30_named_cases()
    {
        Assert.True(Cases.Length >= 30, $"{Cases.Length} cases");
        Assert.Equal(Cases.Length, ByName.Count);
    }

    [Fact]
    public void The_parts_the_cases_start_from_make_a_valid_design()
    {
        // Each case breaks one thing in parts that are otherwise valid: the kit's parts, used together, throw nothing and break no rule.
        var design = DesignKit.Create(k =>
        {
            var ams = k.Circuit("er-ams");
            var msft = k.MicrosoftOnlyCircuit("er-msft");
            var port = k.DirectPort();
            var direct = k.D.Circuit("er-direct", c => c.ExpressRouteDirect(port, Bandwidth.Gbps(1)).Sku(CircuitTier.Premium, BillingModel.UnlimitedData)
                .PrivatePeering(300, p => p.Primary("10.255.0.0/30", k.Ce1, l => l.Bfd()).Secondary("10.255.0.4/30", k.Ce2, l => l.Bfd()).Md5Key(Secret.Parameter("directMd5Key"))));
            k.Gateway(configure: g => g.Connect(ams, c => c.Named("ergw-ams")).Connect(direct));
            k.D.GlobalReach(ams, direct, "192.168.250.0/29", "2001:db8:250::/125");
            k.D.VpnBackup("vpn-weu", VpnGatewaySku.VpnGw2AZ, "westeurope", "hub-weu", k.Site, "198.51.100.10", "10.10.255.1", Secret.Parameter("vpnKey"), v => v.ActiveActive());
            Assert.Equal("er-msft", msft.Name);
        });

        Assert.Empty(design.Validate());
        Assert.NotEmpty(design.ToArmTemplate());
    }

    // The offending call is in `configure`, on the caller's line.
    private static BadInput Bad(string name, Action<DesignKit> configure, string element, string value, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        new(name, () => DesignKit.Create(configure), typeof(InvalidDesignException), element, [element, value], new SourceLocation(file, line));

    // The offending call is `act` itself, outside any design.
    private static BadInput BadCall(string name, Action act, string element, string value, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        new(name, act, typeof(InvalidDesignException), element, [element, value], new SourceLocation(file, line));

    // A setting of the primary link of a private peering.
    private static BadInput BadLink(string name, Action<LinkBuilder> configure, string value, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Bad(name, k => k.Circuit(peering: p => p.Primary("192.168.100.128/30", k.Ce1, configure).Secondary("192.168.100.132/30", k.Ce2)), PrimaryLink, value, file, line);

    // Bandwidth is a value type of the model: it throws ArgumentOutOfRangeException with the parameter and the value.
    private static BadInput BadBandwidth(string name, Func<Bandwidth> act, string parameter, long value, string message) =>
        new(name, () => act(), typeof(ArgumentOutOfRangeException), parameter, [$"(Parameter '{parameter}')", $"Actual value was {value}.", message], null);

    private sealed record BadInput(string Name, Action Act, Type ExceptionType, string Element, IReadOnlyList<string> Fragments, SourceLocation? Where);
}
