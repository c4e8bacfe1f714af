using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Rules;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace ErAnalyzers.Tests;

/// <summary>What holds for the analyzer as a whole: a project without the DSL, and the data it hands to code fixes.</summary>
public class DesignAnalyzerTests
{
    // A DSL of the same shape in another namespace: a match by name alone would report its lone link.
    private const string LookAlike = """
        using System;

        namespace Contoso.Dsl
        {
            public sealed class DesignBuilder
            {
                public CircuitBuilder Circuit(string name, Action<CircuitBuilder> configure) => new();
            }

            public sealed class CircuitBuilder
            {
                public CircuitBuilder PrivatePeering(int vlan, Action<PeeringBuilder> configure) => this;
            }

            public sealed class PeeringBuilder
            {
                public PeeringBuilder Primary(string subnet, string router) => this;
            }

            public static class Designs
            {
                public static void Build(DesignBuilder d) =>
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", "ce1")));
            }
        }
        """;

    [Fact]
    public Task A_project_without_the_dsl_gets_no_diagnostic_for_a_look_alike_DesignBuilder() =>
        new AnalyzerTest(withDsl: false) { TestCode = LookAlike }.RunAsync();

    [Fact]
    public Task With_the_dsl_a_look_alike_of_another_namespace_is_ignored_and_the_real_one_checked() => Verify.Rules("ER1001").AnalyzerAsync(
        [
            LookAlike,
            Verify.Design("""
                    d.Circuit("er-lon", c => c.PrivatePeering(100, p => p.{|#0:Primary|}("192.168.200.128/30", ce1)));
            """),
        ],
        Verify.Diagnostic("ER1001").WithLocation(0).WithArguments("er-lon", "AzurePrivatePeering", "IPv4", "secondary"));

    [Fact]
    public async Task A_project_without_the_dsl_registers_no_operation_action()
    {
        var withoutDsl = await TelemetryAsync(withDsl: false);
        var withDsl = await TelemetryAsync(withDsl: true);

        Assert.Equal(1, withoutDsl.CompilationStartActionsCount);
        Assert.Equal(0, withoutDsl.OperationActionsCount);
        Assert.Equal(1, withDsl.OperationActionsCount);
    }

    [Fact]
    public async Task A_missing_link_carries_the_role_and_subnet_to_add()
    {
        var diagnostics = await AnalyzeAsync(Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1)));
                d.Circuit("er-lon", c => c.PrivatePeering(100, p => p.Secondary("192.168.200.132/30", ce2)));
                d.Circuit("er-fra", c => c.PrivatePeering(100, p => p.Primary("192.168.210.129/30", ce1)));
        """));

        var ams = Assert.Single(diagnostics, d => d.GetMessage().Contains("'er-ams'"));
        var lon = Assert.Single(diagnostics, d => d.GetMessage().Contains("'er-lon'"));
        var fra = Assert.Single(diagnostics, d => d.GetMessage().Contains("'er-fra'"));
        Assert.Equal("Secondary", ams.Properties[FixProperties.MissingRole]);
        Assert.Equal("192.168.100.132/30", ams.Properties[FixProperties.Subnet]);
        Assert.Equal("Primary", lon.Properties[FixProperties.MissingRole]);
        Assert.Equal("192.168.200.128/30", lon.Properties[FixProperties.Subnet]);

        // Host bits set: no subnet to propose.
        Assert.Equal("Secondary", fra.Properties[FixProperties.MissingRole]);
        Assert.False(fra.Properties.ContainsKey(FixProperties.Subnet));
    }

    [Fact]
    public async Task A_setting_written_where_it_is_reported_is_removable_but_one_reported_at_a_helper_call_is_not()
    {
        var diagnostics = await AnalyzeAsync(
            Verify.Design("""
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2, link => link.PrependAsPath(3))));
                    d.Circuit("er-lon", c => c.PrivatePeering(100, p => p
                        .Primary("192.168.200.128/30", ce1)
                        .Secondary("192.168.200.132/30", ce2, Tuning.Passive)));
                    d.Circuit("er-fra", c => c.PrivatePeering(100, p => Tuning.PrimaryOnly(p, ce1)));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Tuning
            {
                public static void Passive(LinkBuilder link) => link.Shutdown();

                public static void PrimaryOnly(PrivatePeeringBuilder p, RouterBuilder router) => p.Primary("192.168.210.128/30", router);
            }
            """);

        var local = Assert.Single(diagnostics, d => d.GetMessage().Contains("'er-ams'"));
        var anchored = Assert.Single(diagnostics, d => d.GetMessage().Contains("'er-lon'"));
        var anchoredLink = Assert.Single(diagnostics, d => d.GetMessage().Contains("'er-fra'"));
        Assert.Equal("PrependAsPath", Text(local.Location));
        Assert.Equal("true", local.Properties[FixProperties.Removable]);
        Assert.Equal("Passive", Text(anchored.Location));
        Assert.Equal("Shutdown", Text(anchored.AdditionalLocations[0]));
        Assert.Empty(anchored.Properties);
        Assert.Equal("PrimaryOnly", Text(anchoredLink.Location));
        Assert.Empty(anchoredLink.Properties);
    }

    private static string Text(Location location) => location.SourceTree!.GetText().ToString(location.SourceSpan);

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(params string[] sources)
    {
        var compilation = await TestReferences.CompileAsync(withDsl: true, sources);
        var diagnostics = await compilation.WithAnalyzers([new DesignAnalyzer()]).GetAllDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return [.. diagnostics.Where(d => d.Id is "ER1001" or "ER1002")];
    }

    private static async Task<AnalyzerTelemetryInfo> TelemetryAsync(bool withDsl)
    {
        var analyzer = new DesignAnalyzer();
        var compilation = await TestReferences.CompileAsync(withDsl, LookAlike);
        var analysis = compilation.WithAnalyzers(
            [analyzer],
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        await analysis.GetAnalyzerDiagnosticsAsync();
        return await analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    }
}
