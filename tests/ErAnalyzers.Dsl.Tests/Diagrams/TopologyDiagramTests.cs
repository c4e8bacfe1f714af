using System;
using System.Linq;
using System.Text.RegularExpressions;
using ErAnalyzers.Dsl.Diagrams;
using ErAnalyzers.Dsl.Tests.Support;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Dsl.Tests.Diagrams;

/// <summary>What a design's diagram draws, and how each kind of finding is marked on it.</summary>
public partial class TopologyDiagramTests
{
    [Fact]
    public void A_design_draws_its_sites_routers_circuits_msees_gateways_connections_and_links()
    {
        var design = DesignKit.Create(k => k.Gateway(configure: g => g.Connect(k.Circuit())));

        string diagram = design.ToDiagram();

        Assert.StartsWith("%% test-design: topology drawn by ErAnalyzers", diagram, StringComparison.Ordinal);
        Assert.Contains("flowchart LR", diagram, StringComparison.Ordinal);
        Assert.Contains("[\"ams-dc · AS 65010\"]", diagram, StringComparison.Ordinal);
        Assert.Contains("[\"ams-ce1\"]", diagram, StringComparison.Ordinal);
        Assert.Contains("[\"Peering location Amsterdam\"]", diagram, StringComparison.Ordinal);
        Assert.Contains("[\"er-ams · Equinix · 1 Gbps · Standard\"]", diagram, StringComparison.Ordinal);
        Assert.Equal(2, Count(diagram, "([\"MSEE primary\"])") + Count(diagram, "([\"MSEE secondary\"])"));
        Assert.Contains("{{\"ergw<br/>ExpressRoute ErGw1AZ · zone-redundant<br/>vnet hub-weu", diagram, StringComparison.Ordinal);
        Assert.Contains("-- \"Private · VLAN 100 · 192.168.100.128/30\" ---", diagram, StringComparison.Ordinal);
        Assert.Contains("-- \"Private · VLAN 100 · 192.168.100.132/30\" ---", diagram, StringComparison.Ordinal);
        Assert.Contains("-- \"connection\" ---", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void A_design_without_findings_has_no_mark_and_no_legend()
    {
        var design = SampleDesigns.Create("MaximumResiliency");

        string diagram = design.ToDiagram();

        Assert.Empty(design.Validate());
        Assert.DoesNotContain("⚠", diagram, StringComparison.Ordinal);
        Assert.DoesNotContain("  class ", diagram, StringComparison.Ordinal);
        Assert.Empty(MarkedEdges(diagram));
        Assert.Empty(LegendOf(diagram));
    }

    [Fact]
    public void A_missing_secondary_link_is_a_red_dashed_placeholder_at_the_secondary_msee()
    {
        var design = DesignKit.Create(k => k.Circuit(peering: p => p.Primary("192.168.100.128/30", k.Ce1, l => l.Bfd())));

        string diagram = design.ToDiagram();

        var placeholder = Assert.Single(Lines(diagram), l => l.Contains("no secondary link", StringComparison.Ordinal));
        Assert.Contains("Private ⚠ ER1001", placeholder, StringComparison.Ordinal);
        string id = IdOf(placeholder);
        Assert.Contains($"class {id} missing", diagram, StringComparison.Ordinal);
        var edge = Assert.Single(Edges(diagram), e => e.Text.StartsWith(id + " -.- ", StringComparison.Ordinal));
        Assert.EndsWith(IdOf(Assert.Single(Lines(diagram), l => l.Contains("MSEE secondary", StringComparison.Ordinal))), edge.Text, StringComparison.Ordinal);
        Assert.Contains(edge.Index, MarkedEdges(diagram));
        Assert.Contains("subgraph", LegendOf(diagram), StringComparison.Ordinal);
    }

    [Fact]
    public void A_passive_link_is_dashed_red_and_labelled_with_its_reason()
    {
        var design = DesignKit.Create(k => k.Circuit(peering: p => p
            .Primary("192.168.100.128/30", k.Ce1, l => l.Bfd())
            .Secondary("192.168.100.132/30", k.Ce2, l => l.Bfd().PrependAsPath(3))));

        string diagram = design.ToDiagram();

        var passive = Assert.Single(Edges(diagram), e => e.Text.Contains("192.168.100.132/30", StringComparison.Ordinal));
        Assert.Contains(" -. \"Private · VLAN 100 · 192.168.100.132/30 · prepend 3 · ⚠ passive ER1002\" .- ", passive.Text, StringComparison.Ordinal);
        Assert.Contains(passive.Index, MarkedEdges(diagram));
        var active = Assert.Single(Edges(diagram), e => e.Text.Contains("192.168.100.128/30", StringComparison.Ordinal));
        Assert.Contains(" -- ", active.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(active.Index, MarkedEdges(diagram));
    }

    [Fact]
    public void A_shut_down_link_is_dashed()
    {
        var design = DesignKit.Create(k => k.Circuit(peering: p => p
            .Primary("192.168.100.128/30", k.Ce1, l => l.Bfd())
            .Secondary("192.168.100.132/30", k.Ce2, l => l.Bfd().Shutdown())));

        var edge = Assert.Single(Edges(design.ToDiagram()), e => e.Text.Contains("192.168.100.132/30", StringComparison.Ordinal));

        Assert.Contains(" -. \"Private · VLAN 100 · 192.168.100.132/30 · shut down · ⚠ passive ER1002\" .- ", edge.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_links_on_one_router_mark_that_router()
    {
        var design = DesignKit.Create(k => k.Circuit(peering: p => p
            .Primary("192.168.100.128/30", k.Ce1, l => l.Bfd())
            .Secondary("192.168.100.132/30", k.Ce1, l => l.Bfd())));

        string diagram = design.ToDiagram();

        string router = IdOf(Assert.Single(Lines(diagram), l => l.EndsWith("[\"ams-ce1\"]", StringComparison.Ordinal)));
        Assert.Contains($"class {router} finding", diagram, StringComparison.Ordinal);
        Assert.All(Edges(diagram).Where(e => e.Text.StartsWith(router + " ", StringComparison.Ordinal)), e =>
        {
            Assert.Contains("⚠ ER1003", e.Text, StringComparison.Ordinal);
            Assert.Contains(e.Index, MarkedEdges(diagram));
        });
        string other = IdOf(Assert.Single(Lines(diagram), l => l.EndsWith("[\"ams-ce2\"]", StringComparison.Ordinal)));
        Assert.DoesNotContain($"class {other} finding", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_links_on_one_port_show_the_port_and_mark_its_router()
    {
        var design = DesignKit.Create(k =>
        {
            var port = k.Ce1.Port("et-0/0/1");
            k.Circuit(peering: p => p
                .Primary("192.168.100.128/30", port, l => l.Bfd())
                .Secondary("192.168.100.132/30", port, l => l.Bfd()));
        });

        string diagram = design.ToDiagram();

        string router = IdOf(Assert.Single(Lines(diagram), l => l.EndsWith("[\"ams-ce1<br/>ports et-0/0/1\"]", StringComparison.Ordinal)));
        Assert.Contains($"class {router} finding", diagram, StringComparison.Ordinal);
        Assert.Contains("192.168.100.132/30 · port et-0/0/1 · ⚠ ER1004\"", diagram, StringComparison.Ordinal);
        Assert.Equal(1, Count(diagram, $"class {router} finding"));
    }

    [Fact]
    public void Circuits_backing_each_other_up_at_one_location_mark_that_location_and_their_gateway()
    {
        var design = DesignKit.Create(k => k.Gateway(configure: g => g
            .Connect(k.Circuit("er-ams-1"))
            .Connect(k.Circuit("er-ams-2", vlan: 101))));

        string diagram = design.ToDiagram();

        Assert.Contains(design.Validate(), f => f.RuleId == "ER2002");
        var location = Assert.Single(Lines(diagram), l => l.Contains("Peering location Amsterdam", StringComparison.Ordinal));
        Assert.Contains("[\"Peering location Amsterdam · ⚠ ER2002 ergw\"]", location, StringComparison.Ordinal);
        Assert.Contains($"class {IdOf(location)} finding", diagram, StringComparison.Ordinal);
        Assert.Contains("<br/>⚠ ER2002", Assert.Single(Lines(diagram), l => l.Contains("{{\"ergw<br/>", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_gateway_that_is_not_zone_redundant_is_marked_with_its_rule()
    {
        var design = DesignKit.Create(k => k.D.Gateway("ergw-std", GatewaySku.Standard, "westeurope", "hub-weu", g => g.Connect(k.Circuit())));

        string diagram = design.ToDiagram();

        var gateway = Assert.Single(Lines(diagram), l => l.Contains("ergw-std", StringComparison.Ordinal));
        Assert.StartsWith("{{\"ergw-std<br/>ExpressRoute Standard · not zone-redundant<br/>vnet hub-weu<br/>", gateway[gateway.IndexOf('{')..], StringComparison.Ordinal);
        Assert.Contains("<br/>⚠ ER2005", gateway, StringComparison.Ordinal);
        Assert.Contains($"class {IdOf(gateway)} finding", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_on_a_peering_that_no_link_shows_is_written_on_its_circuit()
    {
        // No MD5 key: ER5002 is about the peering as a whole.
        var design = DesignKit.Create(k => k.Circuit(peering: p => p
            .Primary("192.168.100.128/30", k.Ce1, l => l.Bfd())
            .Secondary("192.168.100.132/30", k.Ce2, l => l.Bfd())));

        string diagram = design.ToDiagram();

        var circuit = Assert.Single(Lines(diagram), l => l.Contains("subgraph", StringComparison.Ordinal) && l.Contains("er-ams", StringComparison.Ordinal));
        Assert.Contains("er-ams · Equinix · 1 Gbps · Standard · ⚠ ER5002 Private", circuit, StringComparison.Ordinal);
        Assert.Contains($"class {IdOf(circuit)} finding", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_on_an_element_the_diagram_does_not_draw_goes_into_a_note()
    {
        var design = DesignKit.Create(k => k.Gateway(configure: g => g.Connect(k.Circuit())));
        var onTheDesign = new Finding { Rule = Descriptors.ER2001, Severity = Severity.Warning, Element = design.Model with { Name = "ergw" } };

        string diagram = TopologyDiagram.ToMermaid(design.Model, [.. design.Validate(), onTheDesign]);

        var note = Assert.Single(Lines(diagram), l => l.Contains("Findings on the design", StringComparison.Ordinal));
        Assert.Contains("⚠ ER2001 ergw", note, StringComparison.Ordinal);
        Assert.Contains($"class {IdOf(note)} finding", diagram, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SampleDesigns.AllNames), MemberType = typeof(SampleDesigns))]
    public void Every_finding_of_a_sample_is_drawn_with_its_rule_id(string sample)
    {
        var design = SampleDesigns.Create(sample);

        string diagram = design.ToDiagram();

        foreach (string id in design.Validate().Select(f => f.RuleId).Distinct())
        {
            Assert.Matches($"⚠ (passive |disabled )?{id}\\b", diagram);
        }

        Assert.Equal(design.Validate().Count > 0, LegendOf(diagram).Length > 0);
    }

    [Fact]
    public void Labels_escape_every_character_that_could_break_the_chart()
    {
        var design = DesignKit.Create(k => k.D.Circuit("er-x", c => c
            .ServiceProvider("A \"B\" <C> #D & `E` \\F", peeringLocation: "Amsterdam", Bandwidth.Gbps(1))
            .Sku(CircuitTier.Standard, BillingModel.MeteredData)));

        string diagram = design.ToDiagram();

        Assert.Contains("A #34;B#34; #60;C#62; #35;D #38; #96;E#96; #92;F", diagram, StringComparison.Ordinal);
        Assert.DoesNotContain("\"B\"", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void The_design_name_in_the_page_title_and_the_chart_comment_is_text_only()
    {
        var design = NetworkDesign.Create("<img src=x> `x` **y** #z", d => d.Site("dc", asn: 65010));

        string page = TopologyDiagram.ToMarkdown(design.Model, design.Validate());

        Assert.StartsWith("# &#60;img src&#61;x&#62; &#96;x&#96; &#42;&#42;y&#42;&#42; &#35;z\n\n```mermaid\n%% #60;img src=x#62; #96;x#96; **y** #35;z: topology", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_diagram_writes_a_markdown_page_or_the_flowchart_alone()
    {
        var design = SampleDesigns.Create("QuickStart");
        using var folder = new TempFolder();

        design.WriteDiagram(folder.Combine("out", "topology.md"));
        design.WriteDiagram(folder.Combine("out", "topology.mmd"));

        Assert.Equal($"# contoso-quickstart\n\n```mermaid\n{design.ToDiagram()}```\n", System.IO.File.ReadAllText(folder.Combine("out", "topology.md")));
        Assert.Equal(design.ToDiagram(), System.IO.File.ReadAllText(folder.Combine("out", "topology.mmd")));
        Assert.Equal(["topology.md", "topology.mmd"], folder.Entries(folder.Combine("out")));
        Assert.Throws<ArgumentException>(() => design.WriteDiagram(" "));
    }

    private static string[] Lines(string diagram) => diagram.Split('\n');

    private static string IdOf(string line) => NodeId().Match(line.Trim()).Groups["id"].Value;

    private static int Count(string text, string part) => Regex.Matches(text, Regex.Escape(part)).Count;

    // Edges in the order Mermaid numbers them for linkStyle.
    private static (int Index, string Text)[] Edges(string diagram) =>
        [.. Lines(diagram).Select(l => l.Trim()).Where(l => EdgeLine().IsMatch(l)).Select((l, i) => (i, l))];

    private static int[] MarkedEdges(string diagram) =>
        Lines(diagram).Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("linkStyle ", StringComparison.Ordinal)) is { } style
            ? [.. style.Split(' ')[1].Split(',').Select(int.Parse)]
            : [];

    private static string LegendOf(string diagram) =>
        Lines(diagram).FirstOrDefault(l => l.Contains("[\"Legend\"]", StringComparison.Ordinal)) ?? "";

    [GeneratedRegex(@"^(?:subgraph )?(?<id>n\d+)")]
    private static partial Regex NodeId();

    [GeneratedRegex(@"^n\d+ (?:--|-\.)")]
    private static partial Regex EdgeLine();
}
