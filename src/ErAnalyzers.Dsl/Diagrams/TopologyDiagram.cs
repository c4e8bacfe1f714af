using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;
using static ErAnalyzers.Dsl.Diagrams.MermaidFlowchart;

namespace ErAnalyzers.Dsl.Diagrams;

/// <summary>
/// Draws a design as a Mermaid flowchart: on-premises sites with their routers, circuits with their two MSEEs grouped by
/// peering location, gateways and VPN backups grouped by Azure region, and between them the physical links (one edge per
/// router, circuit and role, listing the peerings it carries), connections with their routing weight, Global Reach and
/// Direct ports. Each finding is drawn on the element it is about, with its rule id: a missing link as a red dashed
/// placeholder, a passive link dashed with the reason, both links on one router or port on that router, anything else
/// in red on its element; a finding with no element drawn goes into a note. A legend explains the marks.
/// </summary>
public static class TopologyDiagram
{
    private const string FindingClass = "finding";
    private const string MissingClass = "missing";
    private const string Warning = "⚠ ";

    private static readonly (string Name, string Css)[] Classes =
    [
        (FindingClass, "stroke:#d1242f,stroke-width:3px,color:#d1242f"),
        (MissingClass, "fill:#ffffff,stroke:#d1242f,stroke-width:2px,stroke-dasharray:5 5,color:#d1242f"),
    ];

    /// <summary>The Mermaid flowchart of <paramref name="model"/> with <paramref name="findings"/> marked on it.</summary>
    public static string ToMermaid(NetworkDesignModel model, IReadOnlyList<Finding> findings) =>
        new Drawing(model, findings).Draw();

    /// <summary>
    /// A Markdown page of the flowchart: the design's name as its title, the flowchart in a <c>mermaid</c> block (which
    /// GitHub, Azure DevOps and IDE previews draw).
    /// </summary>
    public static string ToMarkdown(NetworkDesignModel model, IReadOnlyList<Finding> findings) =>
        $"# {MarkdownText(model.DisplayName)}\n\n```mermaid\n{ToMermaid(model, findings)}```\n";

    // Text as Markdown shows it literally: every character Markdown or HTML reads as syntax written as its entity.
    private static string MarkdownText(string text) => string.Concat(text.Select(c =>
        char.IsLetterOrDigit(c) || c is ' ' or '-' or '.' or ',' or ':' or '/' or '(' or ')' ? c.ToString() : $"&#{(int)c};"));

    private sealed class Drawing(NetworkDesignModel model, IReadOnlyList<Finding> findings)
    {
        private readonly MermaidFlowchart chart = new();
        private readonly HashSet<Finding> drawn = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<(string? Site, string? Router), string> routers = [];
        private readonly Dictionary<string, string> sites = [];
        private readonly Dictionary<Circuit, (string Box, string Primary, string Secondary)> circuits = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, string> directPorts = [];
        private readonly Dictionary<DesignElement, string> nodes = new(ReferenceEqualityComparer.Instance);
        private bool marked;

        public string Draw()
        {
            DrawSites();
            DrawPeeringLocations();
            DrawRegions();
            DrawLinks();
            DrawCircuitEdges();
            DrawUndrawnFindings();
            if (marked)
            {
                DrawLegend();
            }

            return chart.ToText($"{model.DisplayName}: topology drawn by ErAnalyzers, findings marked in red", Classes);
        }

        // ---- Nodes ----

        private void DrawSites()
        {
            // Every router a link names is drawn in its site, those of no known site in a group of their own.
            var named = model.Sites.SelectMany(site => site.Routers.Select(router => (Site: site.Name, Router: router.Name)))
                .Concat(AllLinks().Where(l => l.Link.RouterName is not null).Select(l => (Site: l.Link.SiteName, Router: l.Link.RouterName)))
                .Distinct()
                .ToList();
            chart.Subgraph(["On-premises"]);
            foreach (var site in model.Sites)
            {
                sites[site.DisplayName] = Group([site.DisplayName, .. Known(site.Asn, asn => $"AS {asn}")], site);
                foreach (var router in site.Routers)
                {
                    var ports = router.Ports.Count == 0 ? [] : new[] { "ports " + string.Join(", ", router.Ports.Select(p => p.DisplayName)) };
                    routers[(site.Name, router.Name)] = Node([router.DisplayName, .. Known(router.Kind, kind => kind == DeviceKind.Router ? null : kind.ToString()), .. ports], router);
                }

                foreach (var (_, router) in named.Where(n => n.Site == site.Name && !routers.ContainsKey(n)))
                {
                    routers[(site.Name, router)] = chart.Node([router!]);
                }

                chart.End();
            }

            var strays = named.Where(n => !routers.ContainsKey(n)).ToList();
            if (strays.Count > 0)
            {
                chart.Subgraph(["Routers of no site in the design"]);
                foreach (var stray in strays)
                {
                    routers[stray] = chart.Node([stray.Router!]);
                }

                chart.End();
            }

            chart.End();
        }

        private void DrawPeeringLocations()
        {
            var byLocation = model.Circuits.GroupBy(LocationOf).ToDictionary(g => g.Key, g => g.ToList());
            var portsByLocation = model.DirectPorts.GroupBy(p => Text(p.PeeringLocation)).ToDictionary(g => g.Key, g => g.ToList());
            foreach (string location in byLocation.Keys.Union(portsByLocation.Keys).Order(System.StringComparer.Ordinal))
            {
                // Circuits that back each other up at this one location (ER2002): the location is the single point.
                var circuitsHere = byLocation.GetValueOrDefault(location) ?? [];
                var shared = findings.Where(f => f.RuleId == Descriptors.ER2002.Id
                    && f.AdditionalLocations.Any(at => circuitsHere.Any(c => ReferenceEquals(c.Location, at)))).ToList();
                chart.Subgraph([$"Peering location {location}", .. shared.Select(f => $"{Warning}{f.RuleId} {f.Element.DisplayName}")],
                    shared.Count > 0 ? FindingClass : null);
                marked |= shared.Count > 0;
                foreach (var port in portsByLocation.GetValueOrDefault(location) ?? [])
                {
                    DrawDirectPort(port);
                }

                foreach (var circuit in circuitsHere)
                {
                    DrawCircuit(circuit);
                }

                chart.End();
            }
        }

        private void DrawDirectPort(DirectPort port)
        {
            directPorts[port.DisplayName] = Group(
                [$"Direct port {port.DisplayName}", .. Known(port.Bandwidth, b => b.ToString()), .. Known(port.Encapsulation, e => e.ToString())], port);
            foreach (var link in new[] { port.Link1, port.Link2 })
            {
                Node([link.DisplayName, .. Known(link.AdminState, state => state == AdminState.Disabled ? "disabled" : null)], link);
            }

            chart.End();
        }

        private void DrawCircuit(Circuit circuit)
        {
            var connectivity = circuit.Connectivity switch
            {
                ProviderConnectivity provider => Known(provider.Provider, p => p),
                DirectConnectivity direct => [$"on Direct port {direct.PortName ?? "(unknown)"}"],
                _ => [],
            };
            var lines = new List<string> { circuit.DisplayName };
            lines.AddRange(connectivity);
            lines.AddRange(Known(circuit.Connectivity?.Bandwidth, b => b.ToString()));
            lines.AddRange(Known(circuit.Tier, tier => tier.ToString()));
            if (circuit.IsMetro)
            {
                lines.Add("Metro");
            }

            // Findings on a peering that no link or router shows are drawn on its circuit, with the peering's name.
            foreach (var peering in circuit.Peerings)
            {
                lines.AddRange(Take(peering, f => !IsOnLinks(f)).Select(f => $"{Warning}{f.RuleId} {PeeringName(peering)}"));
            }

            string box = Group(lines, circuit, extraMark: lines.Any(l => l.StartsWith(Warning, System.StringComparison.Ordinal)));
            circuits[circuit] = (box, chart.Node(["MSEE primary"], Shape.Stadium), chart.Node(["MSEE secondary"], Shape.Stadium));
            chart.End();
        }

        private void DrawRegions()
        {
            var elements = model.Gateways.Select(g => (Region: Text(g.Region), Element: (DesignElement)g))
                .Concat(model.VpnBackups.Select(v => (Region: Text(v.Region), Element: (DesignElement)v)));
            foreach (var region in elements.GroupBy(e => e.Region).OrderBy(g => g.Key, System.StringComparer.Ordinal))
            {
                chart.Subgraph([$"Azure {region.Key}"]);
                foreach (var (_, element) in region)
                {
                    nodes[element] = element switch
                    {
                        Gateway gateway => Node([gateway.DisplayName, .. Known(gateway.Sku, Describe), .. Known(gateway.VirtualNetwork, v => $"vnet {v}")], gateway, Shape.Hexagon),
                        VpnBackup vpn => Node([vpn.DisplayName, .. Known(vpn.Sku, s => $"VPN {s}"), .. Known(vpn.ActiveActive, a => a ? "active-active" : "active-standby")], vpn, Shape.Hexagon),
                        _ => throw new System.InvalidOperationException(element.GetType().Name),
                    };
                }

                chart.End();
            }
        }

        // ---- Edges ----

        // One edge per router, circuit and role: the physical connection, which carries every peering's session on it.
        private void DrawLinks()
        {
            foreach (var circuit in model.Circuits)
            {
                var (_, primary, secondary) = circuits[circuit];
                var links = circuit.Peerings.SelectMany(p => p.LinkPairs.SelectMany(pair => pair.Links.Select(link => (Peering: p, Link: link))));
                foreach (var connection in links.GroupBy(l => (l.Link.Role, l.Link.SiteName, l.Link.RouterName)))
                {
                    string router = connection.Key.RouterName is null ? chart.Node(["router not known"]) : routers[(connection.Key.SiteName, connection.Key.RouterName)];
                    var lines = connection.Select(l => LinkLine(l.Peering, l.Link)).ToList();
                    bool dashed = connection.Any(l => IsDown(l.Peering, l.Link));
                    chart.Edge(router, connection.Key.Role == LinkRole.Primary ? primary : secondary, lines, dashed ? Line.Dashed : Line.Solid,
                        marked: Mark(lines.Any(line => line.Contains(Warning))));
                }

                foreach (var peering in circuit.Peerings)
                {
                    foreach (var missing in Take(peering, f => f.RuleId == Descriptors.ER1001.Id))
                    {
                        var present = (Link?)missing.Subject;
                        var role = present?.Role == LinkRole.Primary ? LinkRole.Secondary : LinkRole.Primary;
                        string placeholder = chart.Node([$"no {role.Describe()} link", $"{PeeringName(peering)}{Family(present)} {Warning}{missing.RuleId}"], cssClass: MissingClass);
                        chart.Edge(placeholder, role == LinkRole.Primary ? primary : secondary, [], Line.Dashed, marked: Mark(true));
                    }
                }
            }
        }

        private void DrawCircuitEdges()
        {
            foreach (var gateway in model.Gateways)
            {
                foreach (var connection in gateway.Connections)
                {
                    var lines = new[] { "connection" }.Concat(Known(connection.RoutingWeight, w => $"weight {w}")).Concat(Known(connection.FastPath, on => on ? "FastPath" : null)).Concat(Marks(connection)).ToList();
                    chart.Edge(CircuitNamed(connection.CircuitName), nodes[gateway], lines, marked: Mark(Marks(connection).Any()));
                }
            }

            foreach (var reach in model.GlobalReach)
            {
                var lines = new List<string> { "Global Reach" };
                lines.AddRange(Marks(reach));
                chart.Edge(CircuitNamed(reach.CircuitName), CircuitNamed(reach.PeerCircuitName), lines, marked: Mark(lines.Count > 1));
            }

            foreach (var circuit in model.Circuits)
            {
                if (circuit.Connectivity is DirectConnectivity { PortName: { } port } && directPorts.TryGetValue(port, out string? portBox))
                {
                    chart.Edge(portBox, circuits[circuit].Box, ["on port"]);
                }
            }

            foreach (var vpn in model.VpnBackups)
            {
                if (vpn.SiteName is not null && sites.TryGetValue(vpn.SiteName, out string? site))
                {
                    chart.Edge(site, nodes[vpn], ["VPN backup"], Line.Dashed);
                }
            }
        }

        private void DrawUndrawnFindings()
        {
            var rest = findings.Where(f => !drawn.Contains(f)).ToList();
            if (rest.Count > 0)
            {
                chart.Node(["Findings on the design", .. rest.Select(f => $"{Warning}{f.RuleId} {f.Element.DisplayName}")], cssClass: FindingClass);
                marked = true;
            }
        }

        private void DrawLegend()
        {
            chart.Subgraph(["Legend"]);
            string finding = chart.Node([$"{Warning}rule id: a finding on this element"], cssClass: FindingClass);
            string missing = chart.Node(["a link the design lacks"], cssClass: MissingClass);
            string passive = chart.Node(["dashed: passive, shut down or disabled"]);
            chart.End();
            chart.Edge(missing, finding, [], Line.Dashed, marked: true);
            chart.Edge(passive, finding, [], Line.Dashed);
        }

        // ---- Marks ----

        // "Private · VLAN 100 · 192.168.100.128/30 · prepend 3 · ⚠ passive ER1002"
        private string LinkLine(Peering peering, Link link)
        {
            var parts = new List<string> { PeeringName(peering) + Family(link) };
            parts.AddRange(Known(peering.Vlan, v => $"VLAN {v}"));
            parts.AddRange(Known(link.Subnet, s => s));
            if (link.PortName is not null)
            {
                parts.Add($"port {link.PortName}");
            }

            parts.AddRange(Known(link.Policy.AsPathPrepend, n => n > 0 ? $"prepend {n}" : null));
            parts.AddRange(Known(link.Policy.LocalPreference, n => $"local pref {n}"));
            parts.AddRange(Known(link.Policy.Med, n => $"MED {n}"));
            parts.AddRange(Known(link.Policy.Shutdown, down => down ? "shut down" : null));
            parts.AddRange(Take(peering, f => IsPassive(f) && ReferenceEquals(f.Subject, link)).Select(f => $"{Warning}passive {f.RuleId}"));
            parts.AddRange(Take(peering, f => f.RuleId == Descriptors.ER1006.Id).Select(f => $"{Warning}disabled {f.RuleId}"));
            parts.AddRange(Marks(link));

            // Both links on one router or port: the router is where to act.
            foreach (var shared in Take(peering, IsSharedRouter))
            {
                MarkRouter(link, shared);
                parts.Add($"{Warning}{shared.RuleId}");
            }

            return string.Join(" · ", parts);
        }

        private void MarkRouter(Link link, Finding finding)
        {
            if (link.RouterName is not null && routers.TryGetValue((link.SiteName, link.RouterName), out string? router))
            {
                chart.Classify(router, FindingClass);
                marked = true;
            }

            drawn.Add(finding);
        }

        private bool IsDown(Peering peering, Link link) =>
            link.Policy.Shutdown is { IsKnown: true, Value: true }
            || findings.Any(f => ReferenceEquals(f.Element, peering) && ((IsPassive(f) && ReferenceEquals(f.Subject, link)) || f.RuleId == Descriptors.ER1006.Id));

        // Drawn on the links: a missing link, a passive or disabled one, both on one router or port.
        private static bool IsOnLinks(Finding finding) =>
            finding.RuleId == Descriptors.ER1001.Id || IsPassive(finding) || finding.RuleId == Descriptors.ER1006.Id || IsSharedRouter(finding);

        // A prepend that Microsoft removes (information) makes no link passive.
        private static bool IsPassive(Finding finding) => finding.RuleId == Descriptors.ER1002.Id && finding.Severity != Severity.Info;

        private static bool IsSharedRouter(Finding finding) => finding.RuleId == Descriptors.ER1003.Id || finding.RuleId == Descriptors.ER1004.Id;

        // The findings on an element that match, now counted as drawn.
        private IEnumerable<Finding> Take(DesignElement element, System.Func<Finding, bool> which)
        {
            foreach (var finding in findings.Where(f => ReferenceEquals(f.Element, element) && which(f)))
            {
                drawn.Add(finding);
                marked = true;
                yield return finding;
            }
        }

        private IEnumerable<string> Marks(DesignElement element) => Take(element, _ => true).Select(f => Warning + f.RuleId).ToList();

        private bool Mark(bool any)
        {
            marked |= any;
            return any;
        }

        // A node or a subgraph (left open) with the rule ids of the element's findings, in red when it has any.
        private string Node(IEnumerable<string> lines, DesignElement element, Shape shape = Shape.Box)
        {
            var marks = Marks(element).ToList();
            return chart.Node([.. lines, .. marks], shape, marks.Count > 0 ? FindingClass : null);
        }

        private string Group(IEnumerable<string> lines, DesignElement element, bool extraMark = false)
        {
            var marks = Marks(element).ToList();
            return chart.Subgraph([.. lines, .. marks], marks.Count > 0 || extraMark ? FindingClass : null);
        }

        // ---- Lookups ----

        private string CircuitNamed(string? name) =>
            model.Circuits.FirstOrDefault(c => c.Name == name) is { } circuit ? circuits[circuit].Box : chart.Node([$"circuit {name ?? "(unknown)"}, not in the design"]);

        private IEnumerable<(Peering Peering, Link Link)> AllLinks() =>
            model.Circuits.SelectMany(c => c.Peerings.SelectMany(p => p.LinkPairs.SelectMany(pair => pair.Links.Select(link => (p, link)))));

        // A circuit on a Direct port is at the port's location.
        private string LocationOf(Circuit circuit) => circuit.Connectivity switch
        {
            ProviderConnectivity provider => Text(provider.PeeringLocation),
            DirectConnectivity direct => Text(model.DirectPorts.FirstOrDefault(p => p.Name == direct.PortName)?.PeeringLocation),
            _ => Text(null),
        };

        private static string Describe(GatewaySku sku) => $"ExpressRoute {sku} · {(sku.IsZoneRedundant() ? "zone-redundant" : "not zone-redundant")}";

        private static string PeeringName(Peering peering) => peering.Kind == PeeringKind.Private ? "Private" : "Microsoft";

        private static string Family(Link? link) => link?.Family == IpFamily.IPv6 ? " IPv6" : "";

        private static string Text(Setting<string>? setting) => setting is { IsKnown: true } ? setting.Value : "(unknown)";

        // The line a known setting gives (none when it is unknown or the function returns null).
        private static IEnumerable<string> Known<T>(Setting<T>? setting, System.Func<T, string?> line)
        {
            if (setting is { IsKnown: true } && line(setting.Value) is { } text)
            {
                yield return text;
            }
        }
    }
}
