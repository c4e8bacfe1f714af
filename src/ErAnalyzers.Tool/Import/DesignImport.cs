using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ErAnalyzers.Dsl;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;
using ErAnalyzers.Tool.Reading;
using static ErAnalyzers.Tool.Import.CSharpNames;

namespace ErAnalyzers.Tool.Import;

/// <summary>
/// Writes a design read from files as DSL code, and builds the same design with the DSL's builders as it writes
/// each call: the DSL validates every imported value (a hostile one is refused, naming the file and line it came
/// from), and the code is known to build the design that was validated. What the files do not show is a value
/// marked as a placeholder, so that the code compiles and the reader sees what to fill in.
/// </summary>
internal sealed class DesignImport
{
    private const string Placeholder = " /* placeholder: not in the files */";

    private readonly NetworkDesignModel model;
    private readonly CSharpNames names = new();
    private readonly StringBuilder code = new();
    private readonly Dictionary<string, (string Local, SiteBuilder Builder)> sites = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Local, RouterBuilder Builder, Asn? SiteAsn)> routers = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Router, string Port), (string Local, RouterPortBuilder Builder)> ports = [];
    private readonly Dictionary<string, (string Local, DirectPortBuilder Builder)> directPorts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Local, CircuitBuilder Builder)> circuits = new(StringComparer.Ordinal);
    private int indent;

    private DesignImport(NetworkDesignModel model) => this.model = model;

    /// <summary>
    /// The C# source of a static class <paramref name="className"/> in <paramref name="namespaceName"/> whose
    /// <c>Create()</c> builds the design; a value the DSL refuses is a <see cref="BadInputException"/>.
    /// </summary>
    public static string Write(NetworkDesignModel model, IEnumerable<string> sources, string namespaceName = "Imported", string className = "ImportedDesign")
    {
        var import = new DesignImport(model);
        var text = import.code;
        text.Append("// Imported by eranalyzers from ").Append(string.Join(", ", sources.Select(System.IO.Path.GetFileName))).Append(".\n")
            .Append("// Values marked \"placeholder\" are not in those files: replace them with your own.\n")
            .Append("using ErAnalyzers;\nusing ErAnalyzers.Dsl;\n\n")
            .Append("namespace ").Append(namespaceName).Append(";\n\n")
            .Append("/// <summary>The design of the imported estate.</summary>\n")
            .Append("public static class ").Append(className).Append("\n{\n")
            .Append("    public static NetworkDesign Create() => NetworkDesign.Create(").Append(Literal(model.DisplayName)).Append(", d =>\n    {\n");
        import.indent = 2;
        try
        {
            NetworkDesign.Create(model.DisplayName, import.Design, model.Location?.FilePath ?? "", model.Location?.Line ?? 0);
        }
        catch (ArgumentException e)
        {
            // InvalidDesignException names the element, the value, and the file and line it came from.
            throw new BadInputException("error: the estate cannot be imported: " + e.Message);
        }

        // The last statement's blank line.
        text.Length--;
        return text.Append("    });\n}\n").ToString();
    }

    private void Line(string line) => code.Append(' ', indent * 4).Append(line).Append('\n');

    private static string File(DesignElement element) => element.Location?.FilePath ?? "";

    private static int LineOf(DesignElement element) => element.Location?.Line ?? 0;

    // A value the DSL requires: the imported one, or a placeholder marked in the code.
    private static (T Value, string Code) Required<T>(Setting<T>? setting, T placeholder, Func<T, string> format) =>
        setting is { IsKnown: true } known ? (known.Value, format(known.Value)) : (placeholder, format(placeholder) + Placeholder);

    private static string Text(string value) => Literal(value);

    private static string Bandwidth(Bandwidth bandwidth) =>
        bandwidth.IsWholeGigabits ? $"Bandwidth.Gbps({Number(bandwidth.Gigabits)})" : $"Bandwidth.Mbps({Number(bandwidth.Megabits)})";

    private static string EnumValue<T>(T value)
        where T : struct, Enum => typeof(T).Name + "." + value;

    private static string Secret(SecretReference secret) => $"Secret.Parameter({Literal(secret.ParameterName)})";

    private void Design(DesignBuilder d)
    {
        foreach (var site in model.Sites)
        {
            Site(d, site);
        }

        PlaceholderEdge(d);
        foreach (var port in model.DirectPorts)
        {
            DirectPort(d, port);
        }

        foreach (var circuit in model.Circuits)
        {
            Circuit(d, circuit);
        }

        foreach (var globalReach in model.GlobalReach)
        {
            GlobalReach(d, globalReach);
        }

        foreach (var gateway in model.Gateways)
        {
            Gateway(d, gateway);
        }

        foreach (var vpn in model.VpnBackups)
        {
            VpnBackup(d, vpn);
        }
    }

    private void Site(DesignBuilder d, Site site)
    {
        string local = names.Local(site.DisplayName, "site");
        var (asn, asnCode) = Required(site.Asn, new Asn(64512), a => Number(a.Value));
        Line($"var {local} = d.Site({Text(site.DisplayName)}, asn: {asnCode});");
        var builder = d.Site(site.DisplayName, asn, File(site), LineOf(site));
        sites[site.DisplayName] = (local, builder);
        foreach (var router in site.Routers)
        {
            string routerLocal = names.Local(router.DisplayName, "router");
            Line($"var {routerLocal} = {local}.Router({Text(router.DisplayName)});");
            var routerBuilder = builder.Router(router.DisplayName, DeviceKind.Router, File(site), LineOf(site));
            routers[router.DisplayName] = (routerLocal, routerBuilder, site.Asn is { IsKnown: true } known ? known.Value : null);
            foreach (var port in router.Ports)
            {
                string portLocal = names.Local(router.DisplayName + "-" + port.DisplayName, "port");
                Line($"var {portLocal} = {routerLocal}.Port({Text(port.DisplayName)});");
                ports[(router.DisplayName, port.DisplayName)] = (portLocal, routerBuilder.Port(port.DisplayName, File(site), LineOf(site)));
            }
        }

        code.Append('\n');
    }

    // Links whose customer edge the files do not show end on two placeholder routers of a placeholder site.
    private const string PlaceholderSite = "placeholder-site";

    private void PlaceholderEdge(DesignBuilder d)
    {
        var unplaced = model.Circuits.SelectMany(c => c.Peerings)
            .Where(p => p.LinkPairs.SelectMany(pair => pair.Links).Any(l => l.RouterName is null || !routers.ContainsKey(l.RouterName)))
            .ToList();
        if (unplaced.Count == 0)
        {
            return;
        }

        var asn = unplaced.Select(p => p.PeerAsn).FirstOrDefault(a => a is { IsKnown: true });
        Line("// Placeholders: the files do not show which of your routers the links end on. Replace them with your sites and routers.");
        Site(d, new Site
        {
            Name = PlaceholderSite,
            Asn = asn ?? Setting.Unknown<Asn>(),
            Routers = [new Router { Name = "placeholder-primary-router" }, new Router { Name = "placeholder-secondary-router" }],
        });
    }

    private void DirectPort(DesignBuilder d, DirectPort port)
    {
        string local = names.Local(port.DisplayName, "port");
        var (region, regionCode) = Required(port.Region, "westeurope", Text);
        var (location, locationCode) = Required(port.PeeringLocation, "placeholder-peering-location", Text);
        var (size, sizeCode) = Required(port.Bandwidth, ErAnalyzers.Bandwidth.Gbps(10), Bandwidth);
        var (encapsulation, encapsulationCode) = Required(port.Encapsulation, PortEncapsulation.Dot1Q, EnumValue);
        Line($"var {local} = d.DirectPort({Text(port.DisplayName)}, region: {regionCode}, peeringLocation: {locationCode}, {sizeCode}, {encapsulationCode}, p => p");
        indent++;
        var builder = d.DirectPort(port.DisplayName, region, location, size, encapsulation, p =>
        {
            if (port.Billing is { IsKnown: true } billing)
            {
                Line($".Billing({EnumValue(billing.Value)})");
                p.Billing(billing.Value, File(port), LineOf(port));
            }

            if (port.MacSecIdentity is { IsKnown: true } identity)
            {
                Line($".MacSecIdentity({Text(identity.Value)})");
                p.MacSecIdentity(identity.Value, File(port), LineOf(port));
            }

            PortLink(port, port.Link1, (state, configure) => p.Link1(state, configure, File(port), LineOf(port)));
            PortLink(port, port.Link2, (state, configure) => p.Link2(state, configure, File(port), LineOf(port)));
        }, Unlisted(region), File(port), LineOf(port));
        EndChain(UnlistedCode(region));
        directPorts[port.DisplayName] = (local, builder);
    }

    private void PortLink(DirectPort port, DirectPortLink link, Action<AdminState, Action<DirectPortLinkBuilder>?> call)
    {
        if (link.AdminState is null && link.MacSec is null)
        {
            return;
        }

        var (state, stateCode) = Required(link.AdminState, AdminState.Disabled, EnumValue);
        if (link.MacSec is not { } macSec)
        {
            Line($".{link.DisplayName}({stateCode})");
            call(state, null);
            return;
        }

        var (cipher, cipherCode) = Required(macSec.Cipher, MacSecCipher.GcmAesXpn256, EnumValue);
        var (ckn, cknCode) = Required(macSec.CknSecretIdentifier, "https://placeholder.vault.azure.net/secrets/ckn", Text);
        var (cak, cakCode) = Required(macSec.CakSecretIdentifier, "https://placeholder.vault.azure.net/secrets/cak", Text);
        bool sci = macSec.SciEnabled is { IsKnown: true, Value: true };
        Line($".{link.DisplayName}({stateCode}, l => l.MacSec({cipherCode}, {cknCode}, {cakCode}{(sci ? ", sci: true" : "")}))");
        call(state, l => l.MacSec(cipher, ckn, cak, sci, File(port), LineOf(port)));
    }

    private void Circuit(DesignBuilder d, Circuit circuit)
    {
        string local = names.Local(circuit.DisplayName, "circuit");
        Line($"var {local} = d.Circuit({Text(circuit.DisplayName)}, c => c");
        indent++;
        var builder = d.Circuit(circuit.DisplayName, c => CircuitBody(c, circuit), File(circuit), LineOf(circuit));
        EndChain();
        circuits[circuit.DisplayName] = (local, builder);
    }

    private void CircuitBody(CircuitBuilder c, Circuit circuit)
    {
        string file = File(circuit);
        int line = LineOf(circuit);
        switch (circuit.Connectivity)
        {
            case DirectConnectivity { PortName: { } portName } direct when directPorts.TryGetValue(portName, out var port):
                var (directBandwidth, directCode) = Required(direct.Bandwidth, ErAnalyzers.Bandwidth.Gbps(1), Bandwidth);
                Line($".ExpressRouteDirect({port.Local}, {directCode})");
                c.ExpressRouteDirect(port.Builder, directBandwidth, file, line);
                break;
            default:
                var provider = circuit.Connectivity as ProviderConnectivity;
                var (name, nameCode) = Required(provider?.Provider, "placeholder-provider", Text);
                var (location, locationCode) = Required(provider?.PeeringLocation, "placeholder-peering-location", Text);
                var (bandwidth, bandwidthCode) = Required(provider?.Bandwidth, ErAnalyzers.Bandwidth.Gbps(1), Bandwidth);
                Line($".ServiceProvider({nameCode}, peeringLocation: {locationCode}, {bandwidthCode})");
                c.ServiceProvider(name, location, bandwidth, file, line);
                break;
        }

        if (circuit.IsMetro)
        {
            Line(".Metro()");
            c.Metro();
        }

        var (tier, tierCode) = Required(circuit.Tier, CircuitTier.Standard, EnumValue);
        var (billing, billingCode) = Required(circuit.Billing, BillingModel.MeteredData, EnumValue);
        Line($".Sku({tierCode}, {billingCode})");
        c.Sku(tier, billing, file, line);
        if (circuit.Region is { IsKnown: true } region)
        {
            Line($".Region({Text(region.Value)}{UnlistedCode(region.Value)})");
            c.Region(region.Value, Unlisted(region.Value), file, line);
        }

        foreach (var peering in circuit.Peerings)
        {
            var (vlan, vlanCode) = Required(peering.Vlan, new VlanId(peering.Kind == PeeringKind.Private ? 100 : 200), v => Number(v.Value));
            if (peering.Kind == PeeringKind.Private)
            {
                Line($".PrivatePeering(vlan: {vlanCode}, p => p");
                indent++;
                c.PrivatePeering(vlan, p => PeeringBody(p, circuit, peering), File(peering), LineOf(peering));
            }
            else
            {
                Line($".MicrosoftPeering(vlan: {vlanCode}, p => p");
                indent++;
                c.MicrosoftPeering(vlan, p =>
                {
                    PeeringBody(p, circuit, peering);
                    MicrosoftPeeringBody(p, peering);
                }, File(peering), LineOf(peering));
            }

            code.Length--;
            code.Append(")\n");
            indent--;
        }
    }

    private void PeeringBody<TSelf>(PeeringBuilder<TSelf> p, Circuit circuit, Peering peering)
        where TSelf : PeeringBuilder<TSelf>
    {
        string file = File(peering);
        int line = LineOf(peering);
        Links(p, peering.Ipv4);
        if (peering.Ipv6 is { } ipv6)
        {
            Line(".Ipv6(v6 => v6");
            indent++;
            p.Ipv6(v6 => Links(v6, ipv6), file, line);
            code.Length--;
            code.Append(")\n");
            indent--;
        }

        // The peer ASN is the site's unless the peering names another.
        var siteAsn = peering.LinkPairs.SelectMany(pair => pair.Links).Select(l => RouterOf(l).SiteAsn).FirstOrDefault(a => a is not null);
        if (peering.PeerAsn is { IsKnown: true } peerAsn && peerAsn.Value != siteAsn)
        {
            Line($".PeerAsn({Number(peerAsn.Value.Value)})");
            p.PeerAsn(peerAsn.Value, file, line);
        }

        if (peering.Md5Key is { } key)
        {
            // A key written in a template, or one Azure does not return, is asked for as the parameter the DSL names.
            var secret = key.ParameterName.Length > 0 ? key : new SecretReference { ParameterName = SecretReference.LiteralMd5KeyParameter(circuit.DisplayName, peering.Kind) };
            Line($".Md5Key({Secret(secret)})");
            p.Md5Key(ErAnalyzers.Dsl.Secret.Parameter(secret.ParameterName, file, line), file, line);
        }

        if (peering.Enabled is { IsKnown: true, Value: false })
        {
            Line(".Disabled()");
            p.Disabled(file, line);
        }
    }

    private void MicrosoftPeeringBody(MicrosoftPeeringBuilder p, Peering peering)
    {
        string file = File(peering);
        int line = LineOf(peering);
        foreach (var prefix in peering.AdvertisedPublicPrefixes.Where(p => p.IsKnown))
        {
            Line($".AdvertisePublicPrefix({Text(prefix.Value.ToString())})");
            p.AdvertisePublicPrefix(prefix.Value.ToString(), file, line);
        }

        if (peering.CustomerAsn is { IsKnown: true } customerAsn)
        {
            Line($".CustomerAsn({Number(customerAsn.Value.Value)})");
            p.CustomerAsn(customerAsn.Value, file, line);
        }

        if (peering.RoutingRegistryName is { IsKnown: true } registry)
        {
            Line($".RoutingRegistry({Text(registry.Value)})");
            p.RoutingRegistry(registry.Value, file, line);
        }

        if (peering.RouteFilter is { } filter)
        {
            var communities = filter.Communities.Where(c => c.IsKnown).Select(c => c.Value).ToList();
            Line($".RouteFilter({Text(filter.DisplayName)}, rf => rf{string.Concat(communities.Select(c => $".Allow(BgpCommunity.Parse({Text(c.ToString())}))"))})");
            p.RouteFilter(filter.DisplayName, rf => communities.ForEach(c => rf.Allow(c, file, line)), file, line);
        }
    }

    private (string Local, RouterBuilder Builder, Asn? SiteAsn) RouterOf(Link link) =>
        link.RouterName is { } name && routers.TryGetValue(name, out var router) ? router
        : routers[link.Role == LinkRole.Primary ? "placeholder-primary-router" : "placeholder-secondary-router"];

    private void Links<TSelf>(LinkPairBuilder<TSelf> pair, LinkPair links)
        where TSelf : LinkPairBuilder<TSelf>
    {
        foreach (var link in links.Links)
        {
            if (link.Subnet is not { IsKnown: true } subnet)
            {
                Line($"// The {link.Role.ToString().ToLowerInvariant()} {link.Family} link's subnet is not in the files.");
                continue;
            }

            var router = RouterOf(link);
            bool onPort = link.PortName is { } portName && link.RouterName is { } routerName && ports.ContainsKey((routerName, portName));
            var port = onPort ? ports[(link.RouterName!, link.PortName!)] : default;
            var settings = LinkSettings(link);
            string configure = settings.Count == 0 ? "" : ", link => link" + string.Concat(settings.Select(s => s.Code));
            string method = link.Role == LinkRole.Primary ? "Primary" : "Secondary";
            Line($".{method}({Text(subnet.Value)}, {(onPort ? port.Local : router.Local)}{configure})");
            Action<LinkBuilder>? run = settings.Count == 0 ? null : l => settings.ForEach(s => s.Run(l));
            string file = File(link);
            int line = LineOf(link);
            _ = (link.Role, onPort) switch
            {
                (LinkRole.Primary, true) => pair.Primary(subnet.Value, port.Builder, run, file, line),
                (LinkRole.Primary, false) => pair.Primary(subnet.Value, router.Builder, run, file, line),
                (_, true) => pair.Secondary(subnet.Value, port.Builder, run, file, line),
                _ => pair.Secondary(subnet.Value, router.Builder, run, file, line),
            };
        }
    }

    // What the files show of the customer edge's session: BFD (with Microsoft's timers) as a template's metadata
    // records it, the prefixes and prepend that route tables show or the metadata records, a shutdown.
    private static List<(string Code, Action<LinkBuilder> Run)> LinkSettings(Link link)
    {
        var settings = new List<(string, Action<LinkBuilder>)>();
        string file = File(link);
        int line = LineOf(link);

        // BFD is unknown unless the metadata names the link's router.
        if (link.RouterName is not null && link.Policy.Bfd is not null)
        {
            settings.Add((".Bfd()", l => l.Bfd(file: file, line: line)));
        }

        foreach (var prefix in link.Policy.AdvertisedPrefixes.Where(p => p.IsKnown))
        {
            settings.Add(($".Advertise({Text(prefix.Value.ToString())})", l => l.Advertise(prefix.Value.ToString(), file, line)));
        }

        if (link.Policy.AsPathPrepend is { IsKnown: true, Value: > 0 } prepend)
        {
            settings.Add(($".PrependAsPath({Number(prepend.Value)})", l => l.PrependAsPath(prepend.Value, file, line)));
        }

        if (link.Policy.Shutdown is { IsKnown: true, Value: true })
        {
            settings.Add((".Shutdown()", l => l.Shutdown(file, line)));
        }

        return settings;
    }

    private void GlobalReach(DesignBuilder d, GlobalReachConnection connection)
    {
        if (connection.CircuitName is not { } name || connection.PeerCircuitName is not { } peerName
            || !circuits.TryGetValue(name, out var circuit) || !circuits.TryGetValue(peerName, out var peer))
        {
            Line($"// Global Reach connection {Text(connection.DisplayName)}: a circuit it connects is not in the files.");
            return;
        }

        var (ipv4, ipv4Code) = Required(connection.Ipv4Subnet, IpPrefix.Parse("192.168.255.0/29"), p => Text(p.ToString()));
        string? ipv6 = connection.Ipv6Subnet is { IsKnown: true } v6 ? v6.Value.ToString() : null;
        Line($"d.GlobalReach({circuit.Local}, {peer.Local}, {ipv4Code}{(ipv6 is null ? "" : ", " + Text(ipv6))});");
        d.GlobalReach(circuit.Builder, peer.Builder, ipv4.ToString(), ipv6, File(connection), LineOf(connection));
    }

    private void Gateway(DesignBuilder d, Gateway gateway)
    {
        var (sku, skuCode) = Required(gateway.Sku, GatewaySku.ErGw1AZ, EnumValue);
        var (region, regionCode) = Required(gateway.Region, "westeurope", Text);
        var (network, networkCode) = Required(gateway.VirtualNetwork, "placeholder-vnet", Text);
        string file = File(gateway);
        int line = LineOf(gateway);
        var connections = gateway.Connections.Where(c => c.CircuitName is { } name && circuits.ContainsKey(name)).ToList();
        bool configured = gateway.ScaleUnits is { IsKnown: true } || gateway.AddressSpace.Any(a => a.IsKnown) || connections.Count > 0;
        string start = $"d.Gateway({Text(gateway.DisplayName)}, {skuCode}, region: {regionCode}, virtualNetwork: {networkCode}";
        if (!configured)
        {
            Line(start + UnlistedCode(region) + ");");
            d.Gateway(gateway.DisplayName, sku, region, network, null, Unlisted(region), file, line);
            return;
        }

        Line(start + ", g => g");
        indent++;
        d.Gateway(gateway.DisplayName, sku, region, network, g =>
        {
            if (gateway.ScaleUnits is { IsKnown: true } scale)
            {
                Line($".ScaleUnits({Number(scale.Value.Minimum)}, {Number(scale.Value.Maximum)})");
                g.ScaleUnits(scale.Value.Minimum, scale.Value.Maximum, file, line);
            }

            foreach (var prefix in gateway.AddressSpace.Where(a => a.IsKnown))
            {
                Line($".AddressSpace({Text(prefix.Value.ToString())})");
                g.AddressSpace(prefix.Value.ToString(), file, line);
            }

            foreach (var connection in connections)
            {
                Connect(g, gateway, connection);
            }
        }, Unlisted(region), file, line);
        EndChain(UnlistedCode(region));
    }

    private void Connect(GatewayBuilder g, Gateway gateway, Connection connection)
    {
        var circuit = circuits[connection.CircuitName!];
        string file = File(connection);
        int line = LineOf(connection);
        var settings = new List<(string Code, Action<ConnectionBuilder> Run)>();
        if (connection.Name is { } name && name != $"{gateway.DisplayName}-{connection.CircuitName}")
        {
            settings.Add(($".Named({Text(name)})", c => c.Named(name, file, line)));
        }

        if (connection.RoutingWeight is { IsKnown: true, Value: not 0 } weight)
        {
            settings.Add(($".RoutingWeight({Number(weight.Value)})", c => c.RoutingWeight(weight.Value, file, line)));
        }

        if (connection.FastPath is { IsKnown: true, Value: true })
        {
            settings.Add((".FastPath()", c => c.FastPath(file, line)));
        }

        if (connection.AuthorizationKey is { ParameterName.Length: > 0 } key)
        {
            settings.Add(($".AuthorizationKey({Secret(key)})", c => c.AuthorizationKey(ErAnalyzers.Dsl.Secret.Parameter(key.ParameterName, file, line), file, line)));
        }

        Line($".Connect({circuit.Local}{(settings.Count == 0 ? "" : ", connection => connection" + string.Concat(settings.Select(s => s.Code)))})");
        g.Connect(circuit.Builder, settings.Count == 0 ? null : c => settings.ForEach(s => s.Run(c)), file, line);
    }

    private void VpnBackup(DesignBuilder d, VpnBackup vpn)
    {
        if (vpn.SiteName is not { } siteName || !sites.TryGetValue(siteName, out var site))
        {
            Line($"// VPN backup {Text(vpn.DisplayName)}: its site is not in the files.");
            return;
        }

        var (sku, skuCode) = Required(vpn.Sku, VpnGatewaySku.VpnGw1AZ, EnumValue);
        var (region, regionCode) = Required(vpn.Region, "westeurope", Text);
        var (network, networkCode) = Required(vpn.VirtualNetwork, "placeholder-vnet", Text);
        var (address, addressCode) = Required(vpn.OnPremisesAddress, "192.0.2.1", Text);
        var (bgpAddress, bgpAddressCode) = Required(vpn.OnPremisesBgpAddress, "192.0.2.2", Text);
        string key = vpn.SharedKey is { ParameterName.Length: > 0 } shared ? shared.ParameterName : "vpnSharedKey";
        var settings = new List<(string Code, Action<VpnBackupBuilder> Run)>();
        string file = File(vpn);
        int line = LineOf(vpn);
        if (vpn.ActiveActive is { IsKnown: true, Value: true })
        {
            settings.Add((".ActiveActive()", v => v.ActiveActive(file, line)));
        }

        foreach (var prefix in vpn.AdvertisedPrefixes.Where(p => p.IsKnown))
        {
            settings.Add(($".Advertise({Text(prefix.Value.ToString())})", v => v.Advertise(prefix.Value.ToString(), file, line)));
        }

        Line($"d.VpnBackup({Text(vpn.DisplayName)}, {skuCode}, region: {regionCode}, virtualNetwork: {networkCode}, site: {site.Local},");
        Line($"    onPremisesAddress: {addressCode}, onPremisesBgpAddress: {bgpAddressCode}, sharedKey: Secret.Parameter({Text(key)})"
            + (settings.Count == 0 ? "" : $", configure: vpn => vpn{string.Concat(settings.Select(s => s.Code))}") + UnlistedCode(region) + ");");
        d.VpnBackup(vpn.DisplayName, sku, region, network, site.Builder, address, bgpAddress, ErAnalyzers.Dsl.Secret.Parameter(key, file, line),
            settings.Count == 0 ? null : v => settings.ForEach(s => s.Run(v)), Unlisted(region), file, line);
    }

    // Closes a chain of calls begun with "name(..., x => x": the last line ends the statement.
    private void EndChain(string lastArguments = "")
    {
        code.Length--;
        code.Append(lastArguments).Append(");\n\n");
        indent--;
    }

    // A region Azure reported is real even where the list the DSL keeps lacks it (one newer than the list): the import
    // says so, in the design it builds and in the code it writes.
    private static bool Unlisted(string region) => !AzureRegions.IsKnown(region);

    private static string UnlistedCode(string region) => Unlisted(region) ? ", allowUnlistedRegion: true" : "";
}
