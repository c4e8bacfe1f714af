using System.Linq;
using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests.Evaluation;

/// <summary>
/// Designs built from a table in the code by a loop: the analyzer unrolls loops over values it knows, and stays silent on
/// a loop over anything else.
/// </summary>
public class DataDrivenDesignTests
{
    private static DiagnosticResult NoSecondary(int marker, string circuit) =>
        Verify.Diagnostic("ER1001").WithLocation(marker).WithArguments(circuit, "AzurePrivatePeering", "IPv4", "secondary");

    private static DiagnosticResult SecondaryPrependsThreeTimes() =>
        Verify.Diagnostic("ER1002").WithLocation(0).WithLocation(1).WithArguments("er-ams", "AzurePrivatePeering", "IPv4",
            "is active-passive: the secondary link prepends its AS path 3 times, the primary link not at all; make the links active-active by giving both the setting of the preferred link");

    // 20 sites; the one at `lacking` (0-based) has no secondary subnet.
    private static string Sites(int lacking = -1) => string.Join(",\n", Enumerable.Range(1, 20).Select(i =>
        $"""            ("site{i:00}", "192.168.{i}.0/30", {(i - 1 == lacking ? "null" : $"\"192.168.{i}.4/30\"")})"""));

    // The loop body shared by the tests: a circuit per row, its secondary link only where the row has a subnet for it.
    private const string LoopBody = """
                {
                    d.Circuit($"er-{row.Name}", c => c.PrivatePeering(100, p =>
                    {
                        p.{|#0:Primary|}(row.Primary, ce1);
                        if (row.Secondary is not null)
                        {
                            p.Secondary(row.Secondary, ce2);
                        }
                    }));
                }
        """;

    [Fact]
    public Task A_foreach_over_a_tuple_array_reports_the_one_site_without_a_secondary_at_the_loop_body() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design($$"""
                (string Name, string Primary, string? Secondary)[] sites =
                [
        {{Sites(lacking: 6)}}
                ];
                foreach (var row in sites)
        {{LoopBody}}
        """),
        NoSecondary(0, "er-site07"));

    [Fact]
    public Task The_same_table_with_every_site_complete_is_silent() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design($$"""
                (string Name, string Primary, string? Secondary)[] sites =
                [
        {{Sites()}}
                ];
                foreach (var row in sites)
        {{LoopBody}}
        """));

    [Fact]
    public Task A_private_static_readonly_table_is_known() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design(
            $$"""
                    foreach (var row in Table)
            {{LoopBody}}
            """,
            $$"""
                private static readonly (string Name, string Primary, string? Secondary)[] Table =
                [
            {{Sites(lacking: 19)}}
                ];
            """),
        NoSecondary(0, "er-site20"));

    [Theory]
    [InlineData("an array creation", "new[] { (\"a\", 1), (\"b\", 2), (\"c\", 3) }")]
    [InlineData("a typed array creation", "new (string, int)[] { (\"a\", 1), (\"b\", 2), (\"c\", 3) }")]
    [InlineData("a list initializer", "new System.Collections.Generic.List<(string, int)> { (\"a\", 1), (\"b\", 2), (\"c\", 3) }")]
    public Task Each_collection_form_written_in_the_code_is_unrolled(string form, string collection)
    {
        _ = form;
        return Verify.Rules("ER1001").AnalyzerAsync(
            Verify.Design($$"""
                    foreach (var (name, vlan) in {{collection}})
                    {
                        d.Circuit($"er-{name}", c => c.PrivatePeering(100 + vlan, p =>
                        {
                            p.{|#0:Primary|}("192.168.100.128/30", ce1);
                            if (vlan != 2)
                            {
                                p.Secondary("192.168.100.132/30", ce2);
                            }
                        }));
                    }
            """),
            NoSecondary(0, "er-b"));
    }

    [Fact]
    public Task A_for_loop_with_constant_bounds_is_unrolled() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design("""
                for (int i = 0; i < 4; i++)
                {
                    d.Circuit("er-" + i, c => c.PrivatePeering(100 + i, p =>
                    {
                        p.{|#0:Primary|}($"192.168.{i}.0/30", ce1);
                        if (i != 2)
                        {
                            p.Secondary($"192.168.{i}.4/30", ce2);
                        }
                    }));
                }
        """),
        NoSecondary(0, "er-2"));

    [Fact]
    public Task A_loop_whose_rows_lack_nothing_finds_a_mistake_made_in_every_iteration_once_per_circuit() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design("""
                foreach (var name in new[] { "ams", "lon" })
                {
                    d.Circuit($"er-{name}", c => c.PrivatePeering(100, p => p.{|#0:Primary|}("192.168.100.128/30", ce1)));
                }
        """),
        NoSecondary(0, "er-ams"),
        NoSecondary(0, "er-lon"));

    [Fact]
    public Task A_loop_over_a_collection_from_code_the_analyzer_does_not_see_stays_silent() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design(
            """
                    foreach (var row in Inventory())
            """ + "\n" + LoopBody.Replace("{|#0:Primary|}", "Primary"),
            """
                static (string Name, string Primary, string? Secondary)[] Inventory() =>
                    System.Text.Json.JsonSerializer.Deserialize<(string, string, string?)[]>(System.IO.File.ReadAllText("sites.json"))!;
            """));

    [Theory]
    [InlineData("sites[6] = (\"site07\", \"192.168.7.0/30\", \"192.168.7.4/30\");")]
    [InlineData("System.Array.Reverse(sites);")]
    [InlineData("Fill(sites);")]
    public Task A_loop_over_an_array_that_other_code_may_change_stays_silent(string change) => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design(
            $$"""
                    (string Name, string Primary, string? Secondary)[] sites =
                    [
            {{Sites(lacking: 6)}}
                    ];
                    {{change}}
                    foreach (var row in sites)
            {{LoopBody.Replace("{|#0:Primary|}", "Primary")}}
            """,
            """
                static void Fill((string Name, string Primary, string? Secondary)[] sites) => sites[6] = ("site07", "192.168.7.0/30", "192.168.7.4/30");
            """));

    [Theory]
    [InlineData("if (!complete) continue;")]
    [InlineData("if (!complete) break;")]
    [InlineData("if (!complete) throw new InvalidOperationException(name);")]
    public Task A_row_that_the_loop_skips_is_not_checked(string skip) => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design($$"""
                foreach (var (name, complete) in new[] { ("ams", true), ("lon", false) })
                {
                    {{skip}}
                    d.Circuit($"er-{name}", c => c.PrivatePeering(100, p =>
                    {
                        p.Primary("192.168.100.128/30", ce1);
                        if (complete)
                        {
                            p.Secondary("192.168.100.132/30", ce2);
                        }
                    }));
                }
        """));

    // A row per circuit, the second with a /29 for its primary link: ER4001 names the circuit the row makes.
    private static DiagnosticResult InvalidSubnet(string circuit) =>
        Verify.Diagnostic("ER4001").WithLocation(0).WithArguments(circuit, "AzurePrivatePeering", "primary IPv4", "192.168.1.0/29",
            "it is a /29; each link needs its own /30: split it into 192.168.1.0/30 and 192.168.1.4/30");

    [Theory]
    [InlineData("$\"er-{i:D2}\"", "er-01")]
    [InlineData("$\"er-{i:000}\"", "er-001")]
    [InlineData("\"er-\" + (i * 10 / 4 % 7)", "er-2")]
    [InlineData("$\"er-{(i << 3) | 1}-{-i + 2}\"", "er-9-1")]
    [InlineData("$\"er-{tiers[i]}\"", "er-Premium")]
    public Task Names_computed_from_the_loop_variable_are_reported_as_run_time_makes_them(string name, string expected) =>
        Verify.Rules("ER4001").AnalyzerAsync(
            Verify.Design($$"""
                    CircuitTier?[] tiers = [CircuitTier.Standard, CircuitTier.Premium];
                    for (int i = 0; i < 2; i = i + 1)
                    {
                        d.Circuit({{name}}, c => c.PrivatePeering(100, p => p
                            .{|#0:Primary|}(i == 1 ? "192.168.1.0/29" : "192.168.0.0/30", ce1)
                            .Secondary($"192.168.{i}.8/30", ce2)));
                    }
            """),
            InvalidSubnet(expected));

    [Fact]
    public Task A_list_read_by_index_and_a_short_circuited_condition_are_followed() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design("""
                var rows = new System.Collections.Generic.List<(string Name, string? Secondary)> { ("ams", "192.168.0.4/30"), ("lon", null) };
                for (int i = 0; i < rows.Count; i++)
                {
                    var row = rows[i];
                    d.Circuit($"er-{row.Name}", c => c.PrivatePeering(100, p =>
                    {
                        p.{|#0:Primary|}("192.168.0.0/30", ce1);
                        if (row.Secondary is not null && row.Secondary.Length > 0)
                        {
                            p.Secondary(row.Secondary, ce2);
                        }
                    }));
                }
        """),
        NoSecondary(0, "er-lon"));

    [Theory]
    [InlineData("a field of a row written", "rows[1].Primary = \"192.168.1.0/30\";")]
    [InlineData("a row written through a ref", "ref var lon = ref rows[1]; lon.Primary = \"192.168.1.0/30\";")]
    [InlineData("a row copied and the copy changed", "var copy = rows; copy[1].Primary = \"192.168.1.0/30\";")]
    public Task A_table_changed_after_it_is_written_stays_silent(string form, string change)
    {
        _ = form;
        return Verify.Rules("ER4001").AnalyzerAsync(
            Verify.Design($$"""
                    (string Name, string Primary)[] rows = [("ams", "192.168.0.0/30"), ("lon", "192.168.1.0/29")];
                    {{change}}
                    foreach (var row in rows)
                    {
                        d.Circuit($"er-{row.Name}", c => c.PrivatePeering(100, p => p.Primary(row.Primary, ce1).Secondary("192.168.9.4/30", ce2)));
                    }
            """));
    }

    [Theory]
    [InlineData("a collection inside a row, changed through another name", "var rows = new[] { (Name: \"ams\", Vlans: new[] { 100, 4095 }) }; var inner = rows[0].Vlans; inner[1] = 200; var vlans = rows[0].Vlans;")]
    [InlineData("a narrowing cast that wraps", "int big = 4296; int[] vlans = [100, (byte)big];")]
    [InlineData("an int product that overflows", "int n = 65536; int[] vlans = [100, unchecked(n * n + 200)];")]
    public Task A_value_that_is_not_what_the_code_reads_stays_silent(string form, string table)
    {
        _ = form;
        return Verify.Rules("ER4004").AnalyzerAsync(
            Verify.Design($$"""
                    {{table}}
                    d.Circuit("er-ams", c => c
                        .PrivatePeering(vlans[0], p => p.Primary("192.168.0.0/30", ce1).Secondary("192.168.0.4/30", ce2))
                        .MicrosoftPeering(vlans[1], m => m.Primary("203.0.113.0/30", ce1).Secondary("203.0.113.4/30", ce2)));
            """));
    }

    [Fact]
    public Task A_set_written_as_a_collection_expression_is_not_read_as_a_list() => Verify.Rules("ER2006").AnalyzerAsync(
        Verify.Design("""
                System.Collections.Generic.HashSet<string> names = ["a", "b", "c", "d", "a"];
                d.Gateway("ergw", GatewaySku.ErGw1AZ, "westeurope", "hub", g =>
                {
                    foreach (var name in names)
                    {
                        g.Connect(d.Circuit(name, c => c.PrivatePeering(100, p => p.Primary("192.168.0.0/30", ce1).Secondary("192.168.0.4/30", ce2))));
                    }
                });
        """));

    [Fact]
    public Task A_static_field_read_before_its_initializer_runs_is_unknown() => Verify.Rules("ER4004").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c
                        .PrivatePeering(PrivateVlan, p => p.Primary("192.168.0.0/30", ce1).Secondary("192.168.0.4/30", ce2))
                        .MicrosoftPeering(MicrosoftVlan, m => m.Primary("203.0.113.0/30", ce1).Secondary("203.0.113.4/30", ce2)));
            """,
            """
                static readonly int PrivateVlan = 300;
                static readonly int MicrosoftVlan = 200 + Offset;
                static readonly int Offset = 100;
            """));

    // The helper of the samples: a circuit per call, its values from the arguments.
    private const string CircuitHelper = """
            static CircuitBuilder AddCircuit(DesignBuilder d, string name, int third, int bits, RouterBuilder first, RouterBuilder second) =>
                d.Circuit($"er-{name}", c => c.PrivatePeering(100, p => p
                    .{|#0:Primary|}($"192.168.{third}.0/{bits}", first)
                    .{|#1:Secondary|}($"192.168.{third}.8/30", second)));
        """;

    [Fact]
    public Task A_circuit_made_by_a_helper_of_the_design_is_checked_with_each_calls_values() => Verify.Rules("ER1003", "ER4001").AnalyzerAsync(
        Verify.Design(
            """
                    AddCircuit(d, "ams", 1, 30, ce1, ce2);
                    AddCircuit(d, "lon", 2, 29, ce1, ce2);
                    foreach (var name in new[] { "par", "fra" })
                    {
                        AddCircuit(d, name, 3, 30, ce1, ce1);
                    }
            """,
            CircuitHelper),
        Verify.Diagnostic("ER4001").WithLocation(0).WithArguments("er-lon", "AzurePrivatePeering", "primary IPv4", "192.168.2.0/29",
            "it is a /29; each link needs its own /30: split it into 192.168.2.0/30 and 192.168.2.4/30"),
        Verify.Diagnostic("ER1003").WithLocation(1).WithLocation(0).WithArguments("er-par", "AzurePrivatePeering", "IPv4", "ce1", "dc"),
        Verify.Diagnostic("ER1003").WithLocation(1).WithLocation(0).WithArguments("er-fra", "AzurePrivatePeering", "IPv4", "ce1", "dc"));

    [Fact]
    public Task A_helper_called_with_values_the_analyzer_cannot_know_stays_silent() => Verify.Rules("ER1003", "ER4001").AnalyzerAsync(
        Verify.Design(
            """
                    AddCircuit(d, "lon", Environment.ProcessorCount, 30, ce1, Environment.ProcessorCount > 1 ? ce1 : ce2);
            """,
            CircuitHelper.Replace("{|#0:Primary|}", "Primary").Replace("{|#1:Secondary|}", "Secondary")));

    [Fact]
    public Task A_loop_longer_than_the_bound_is_not_unrolled() => Verify.Rules("ER1001").AnalyzerAsync(
        Verify.Design("""
                for (int i = 0; i < 300; i++)
                {
                    d.Circuit("er-" + i, c => c.PrivatePeering(100, p =>
                    {
                        p.Primary("192.168.100.128/30", ce1);
                        if (i != 2)
                        {
                            p.Secondary("192.168.100.132/30", ce2);
                        }
                    }));
                }
        """));

    [Fact]
    public Task A_static_readonly_value_is_known() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.PrivatePeering(Vlan, p => p
                        .{|#1:Primary|}("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2, link => link.{|#0:PrependAsPath|}(Prepends))));
            """,
            """
                static readonly int Prepends = 3;
                static readonly int Vlan = 100;
            """),
        SecondaryPrependsThreeTimes());

    [Fact]
    public Task A_static_readonly_value_written_in_the_static_constructor_is_unknown() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2, link => link.PrependAsPath(Prepends))));
            """,
            """
                static readonly int Prepends = 3;
                static Designs() => Prepends = System.Environment.ProcessorCount > 64 ? 0 : 3;
            """));

    [Fact]
    public Task A_local_delegate_called_inside_a_lambda_is_followed() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design("""
                Action<LinkBuilder> standard = link => link.Bfd();
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .{|#1:Primary|}("192.168.100.128/30", ce1, standard)
                    .Secondary("192.168.100.132/30", ce2, link => { standard(link); link.{|#0:PrependAsPath|}(3); })));
        """),
        SecondaryPrependsThreeTimes());

    [Fact]
    public Task A_local_delegate_that_makes_the_links_equal_keeps_the_design_silent() => Verify.Rules("ER1002").AnalyzerAsync(
        Verify.Design("""
                Action<LinkBuilder> standard = link => link.Bfd().PrependAsPath(2);
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1, link => { standard(link); })
                    .Secondary("192.168.100.132/30", ce2, link => { standard(link); })));
        """));
}
