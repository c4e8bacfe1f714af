using System.Collections.Immutable;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>
/// The names of the DSL's methods and parameters that the evaluator follows: the one place they are written. Each nested
/// class is named after the DSL type that declares its methods. A test reflects over the DSL and fails when a public
/// method is neither here nor in <see cref="Unfollowed"/>, or when a name here is not the DSL's.
/// </summary>
internal static class DslNames
{
    /// <summary>
    /// The DSL's public methods that the evaluator does not follow, as <c>Type.Method</c>: a call of one makes its
    /// receiver incomplete and its result unknown. They read or write a design that is made already.
    /// </summary>
    public static readonly ImmutableArray<string> Unfollowed = ImmutableArray.Create(
        "NetworkDesign.Validate",
        "NetworkDesign.ToArmTemplate",
        "NetworkDesign.WriteArmTemplate",
        "NetworkDesign.ToDiagram",
        "NetworkDesign.WriteDiagram",
        "TopologyDiagram.ToMermaid",
        "TopologyDiagram.ToMarkdown");

    public static class NetworkDesign
    {
        public const string Create = nameof(Create);
    }

    public static class DesignBuilder
    {
        public const string Site = nameof(Site);
        public const string Circuit = nameof(Circuit);
        public const string DirectPort = nameof(DirectPort);
        public const string Gateway = nameof(Gateway);
        public const string GlobalReach = nameof(GlobalReach);
        public const string VpnBackup = nameof(VpnBackup);
    }

    public static class SiteBuilder
    {
        public const string Router = nameof(Router);
    }

    public static class RouterBuilder
    {
        public const string Port = nameof(Port);
    }

    public static class CircuitBuilder
    {
        public const string ServiceProvider = nameof(ServiceProvider);
        public const string ExpressRouteDirect = nameof(ExpressRouteDirect);
        public const string Metro = nameof(Metro);
        public const string Sku = nameof(Sku);
        public const string Region = nameof(Region);
        public const string ExpectedTraffic = nameof(ExpectedTraffic);
        public const string PrivatePeering = nameof(PrivatePeering);
        public const string MicrosoftPeering = nameof(MicrosoftPeering);
    }

    public static class LinkPairBuilder
    {
        public const string Primary = nameof(Primary);
        public const string Secondary = nameof(Secondary);
    }

    public static class PeeringBuilder
    {
        public const string Ipv6 = nameof(Ipv6);
        public const string PeerAsn = nameof(PeerAsn);
        public const string Md5Key = nameof(Md5Key);
        public const string Disabled = nameof(Disabled);
    }

    public static class MicrosoftPeeringBuilder
    {
        public const string AdvertisePublicPrefix = nameof(AdvertisePublicPrefix);
        public const string CustomerAsn = nameof(CustomerAsn);
        public const string RoutingRegistry = nameof(RoutingRegistry);
        public const string RouteFilter = nameof(RouteFilter);
    }

    public static class LinkBuilder
    {
        public const string Bfd = nameof(Bfd);
        public const string Advertise = nameof(Advertise);
        public const string PrependAsPath = nameof(PrependAsPath);
        public const string LocalPreference = nameof(LocalPreference);
        public const string Med = nameof(Med);
        public const string Timers = nameof(Timers);
        public const string Shutdown = nameof(Shutdown);
        public const string IgnoreAsPathLength = nameof(IgnoreAsPathLength);
    }

    public static class GatewayBuilder
    {
        public const string Connect = nameof(Connect);
        public const string ScaleUnits = nameof(ScaleUnits);
        public const string AddressSpace = nameof(AddressSpace);
    }

    public static class ConnectionBuilder
    {
        public const string Named = nameof(Named);
        public const string RoutingWeight = nameof(RoutingWeight);
        public const string FastPath = nameof(FastPath);
        public const string AuthorizationKey = nameof(AuthorizationKey);
    }

    public static class DirectPortBuilder
    {
        public const string Link1 = nameof(Link1);
        public const string Link2 = nameof(Link2);
        public const string Billing = nameof(Billing);
        public const string MacSecIdentity = nameof(MacSecIdentity);
    }

    public static class DirectPortLinkBuilder
    {
        public const string MacSec = nameof(MacSec);
    }

    public static class RouteFilterBuilder
    {
        public const string Allow = nameof(Allow);
    }

    public static class VpnBackupBuilder
    {
        public const string ActiveActive = nameof(ActiveActive);
        public const string Advertise = nameof(Advertise);
    }

    public static class Secret
    {
        public const string Parameter = nameof(Parameter);
    }

    public static class Bandwidth
    {
        public const string Mbps = nameof(Mbps);
        public const string Gbps = nameof(Gbps);
    }

    /// <summary>The parameters the evaluator reads, by name (several methods share some).</summary>
    public static class Parameters
    {
        public const string Name = "name";
        public const string Configure = "configure";
        public const string Asn = "asn";
        public const string Kind = "kind";
        public const string Region = "region";
        public const string PeeringLocation = "peeringLocation";
        public const string Size = "size";
        public const string Encapsulation = "encapsulation";
        public const string Sku = "sku";
        public const string VirtualNetwork = "virtualNetwork";
        public const string Circuit = "circuit";
        public const string Peer = "peer";
        public const string Ipv4Subnet = "ipv4Subnet";
        public const string Ipv6Subnet = "ipv6Subnet";
        public const string Site = "site";
        public const string OnPremisesAddress = "onPremisesAddress";
        public const string OnPremisesBgpAddress = "onPremisesBgpAddress";
        public const string SharedKey = "sharedKey";
        public const string Provider = "provider";
        public const string Bandwidth = "bandwidth";
        public const string Port = "port";
        public const string Tier = "tier";
        public const string Billing = "billing";
        public const string Traffic = "traffic";
        public const string Vlan = "vlan";
        public const string Subnet = "subnet";
        public const string Router = "router";
        public const string Key = "key";
        public const string Prefix = "prefix";
        public const string Minimum = "minimum";
        public const string Maximum = "maximum";
        public const string Weight = "weight";
        public const string State = "state";
        public const string UserAssignedIdentityId = "userAssignedIdentityId";
        public const string Cipher = "cipher";
        public const string CknSecretIdentifier = "cknSecretIdentifier";
        public const string CakSecretIdentifier = "cakSecretIdentifier";
        public const string Sci = "sci";
        public const string Community = "community";
        public const string Count = "count";
        public const string Value = "value";
        public const string IntervalMilliseconds = "intervalMilliseconds";
        public const string Multiplier = "multiplier";
        public const string KeepaliveSeconds = "keepaliveSeconds";
        public const string HoldSeconds = "holdSeconds";
        public const string Megabits = "megabits";
        public const string Gigabits = "gigabits";
    }
}
