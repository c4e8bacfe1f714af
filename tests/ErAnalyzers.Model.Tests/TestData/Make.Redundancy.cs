using ErAnalyzers.Model;

namespace ErAnalyzers.Model.Tests.TestData;

/// <summary>Factories for the link redundancy rules (ER1003-ER1009): where links end, Direct port links, traffic.</summary>
internal static partial class Make
{
    /// <summary>Moves a link to <paramref name="router"/> of <paramref name="site"/>, on <paramref name="port"/> when given.</summary>
    public static Peering OnRouter(this Peering peering, LinkRole role, string? router, string? port = null, string? site = "dc1", IpFamily family = IpFamily.IPv4) =>
        peering.WithLink(role, link => link with { RouterName = router, SiteName = site, PortName = port }, family);

    /// <summary>Puts both links of a family on one router (and one port, when given).</summary>
    public static Peering BothOn(this Peering peering, string router, string? port = null, IpFamily family = IpFamily.IPv4) =>
        peering.OnRouter(LinkRole.Primary, router, port, family: family).OnRouter(LinkRole.Secondary, router, port, family: family);

    /// <summary>A router of site "dc1" of the given kind (written or not).</summary>
    public static Router Router(string name, Setting<DeviceKind>? kind, string site = "dc1") => new() { Name = name, SiteName = site, Location = At(), Kind = kind };

    /// <summary>Replaces the routers of the design's site "dc1".</summary>
    public static NetworkDesignModel WithRouters(this NetworkDesignModel design, params Router[] routers) =>
        design with { Sites = [design.Sites[0] with { Routers = routers }] };

    /// <summary>A Direct port link set to <paramref name="state"/> at its own Link1(...)/Link2(...) call.</summary>
    public static DirectPortLink PortLink(string name, Setting<AdminState> state) => new() { Name = name, Location = state.Location, AdminState = state };

    /// <summary>A design with Direct ports only.</summary>
    public static NetworkDesignModel Design(params DirectPort[] ports) => Design(System.Array.Empty<Circuit>()) with { DirectPorts = ports };

    /// <summary>Sets the traffic the circuit is planned to carry.</summary>
    public static Circuit Expecting(this Circuit circuit, Setting<Bandwidth> traffic) => circuit with { ExpectedTraffic = traffic };
}
