using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER5001 (a BGP MD5 key written in source), as the analyzer reports it from DSL source.</summary>
public class ER5001Tests
{
    private static DiagnosticResult ER5001(int marker, string peering = "AzurePrivatePeering", string circuit = "er-ams") =>
        Verify.Diagnostic("ER5001").WithLocation(marker).WithArguments(circuit, peering);

    private static string Circuit(string key, string name = "\"er-ams\"") => $$"""
                d.Circuit({{name}}, c => c.PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", ce1)
                    .Secondary("192.168.100.132/30", ce2)
                    .{{key}}));
        """;

    [Fact]
    public Task A_string_literal_key_is_reported_on_the_md5_key_call() => Verify.Rules("ER5001").AnalyzerAsync(
        Verify.Design(Circuit("{|#0:Md5Key|}(\"s3cr3t-k3y\")")),
        ER5001(0));

    [Fact]
    public Task A_key_passed_as_a_secret_parameter_is_silent() => Verify.Rules("ER5001").AnalyzerAsync(
        Verify.Design(Circuit("Md5Key(Secret.Parameter(\"amsMd5Key\"))")));

    [Fact]
    public Task A_named_argument_is_reported() => Verify.Rules("ER5001").AnalyzerAsync(
        Verify.Design(Circuit("{|#0:Md5Key|}(key: \"s3cr3t-k3y\")")),
        ER5001(0));

    [Fact]
    public Task Const_fields_and_locals_are_literals_too() => Verify.Rules("ER5001").AnalyzerAsync(
        Verify.Design(
            $$"""
                    const string LocalKey = "s3cr3t-local";
                    var copy = LocalKey;
            {{Circuit("{|#0:Md5Key|}(FieldKey)")}}
            {{Circuit("{|#1:Md5Key|}(LocalKey)", "\"er-lon\"")}}
            {{Circuit("{|#2:Md5Key|}(copy)", "\"er-fra\"")}}
            """,
            """
                private const string FieldKey = "s3cr3t-field";
            """),
        ER5001(0),
        ER5001(1, circuit: "er-lon"),
        ER5001(2, circuit: "er-fra"));

    [Fact]
    public Task A_key_built_from_constants_is_in_source() => Verify.Rules("ER5001").AnalyzerAsync(
        Verify.Design(
            Circuit("{|#0:Md5Key|}($\"{Prefix}-{2026}\" + \"-ams\")"),
            """
                private const string Prefix = "s3cr3t";
            """),
        ER5001(0));

    [Theory]
    [InlineData("Md5Key(Environment.GetEnvironmentVariable(\"ER_MD5_KEY\")!)", "")]
    [InlineData("Md5Key(Keys.Read(\"ams\"))", "private static class Keys { public static string Read(string name) => System.IO.File.ReadAllText(name); }")]
    [InlineData("Md5Key(Environment.ProcessorCount > 1 ? \"a\" : \"b\")", "")]
    public Task A_key_the_evaluator_cannot_read_is_silent(string key, string members) => Verify.Rules("ER5001").AnalyzerAsync(
        Verify.Design(Circuit(key), members));

    [Fact]
    public Task Microsoft_peering_is_reported_too() => Verify.Rules("ER5001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Md5Key(Secret.Parameter("amsKey")))
                    .MicrosoftPeering(200, m => m
                        .Primary("203.0.113.0/30", ce1)
                        .{|#0:Md5Key|}("s3cr3t-msft")));
        """),
        ER5001(0, "MicrosoftPeering"));

    [Fact]
    public Task A_key_passed_to_a_helper_is_reported_where_the_helper_sets_it() => Verify.Rules("ER5001").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => Authenticated(p, "s3cr3t-k3y")));
            """,
            """
                private static void Authenticated(PrivatePeeringBuilder peering, string key) => peering.{|#0:Md5Key|}(key);
            """),
        ER5001(0));

    [Fact]
    public Task A_key_in_a_helper_of_another_file_is_reported_at_the_call_with_the_real_place_as_additional_location() =>
        Verify.Rules("ER5001").AnalyzerAsync(
            [
                Verify.Design("""
                        d.Circuit("er-ams", c => c.PrivatePeering(100, p => Keys.{|#0:Authenticate|}(p)));
                """),
                """
                using ErAnalyzers.Dsl;

                static class Keys
                {
                    public static void Authenticate(PrivatePeeringBuilder peering) => peering.{|#1:Md5Key|}("s3cr3t-k3y");
                }
                """,
            ],
            ER5001(0).WithLocation(1).InFile("Test1.cs", 5));

    [Fact]
    public Task A_literal_is_in_source_even_when_the_rest_of_the_peering_is_out_of_sight() => Verify.Rules("ER5001").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p =>
                {
                    p.{|#0:Md5Key|}("s3cr3t-k3y");
                    GC.KeepAlive(p);
                }));
        """),
        ER5001(0));

    [Fact]
    public Task Several_circuits_flag_only_their_literal_keys() => Verify.Rules("ER5001").AnalyzerAsync(
        Verify.Design(
            Circuit("{|#0:Md5Key|}(\"k1\")") + "\n"
            + Circuit("Md5Key(Secret.Parameter(\"lonKey\"))", "\"er-lon\"") + "\n"
            + Circuit("{|#1:Md5Key|}(\"k3\")", "\"er-fra\"")),
        ER5001(0),
        ER5001(1, circuit: "er-fra"));

    [Fact]
    public Task A_circuit_whose_name_is_unknown_is_still_reported() => Verify.Rules("ER5001").AnalyzerAsync(
        Verify.Design(Circuit("{|#0:Md5Key|}(\"s3cr3t-k3y\")", "Environment.MachineName")),
        ER5001(0, circuit: "(unknown)"));
}
