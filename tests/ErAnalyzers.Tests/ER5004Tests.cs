using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER5004 (a BGP MD5 key Azure rejects), as the analyzer reports it from DSL source.</summary>
public class ER5004Tests
{
    private const string SpecialCharacters = "has characters that are neither letters nor digits";

    private static DiagnosticResult ER5004(int marker, string problem, string circuit = "er-ams", string peering = "AzurePrivatePeering") =>
        Verify.Diagnostic("ER5004").WithLocation(marker).WithArguments(circuit, peering, problem);

    [Fact]
    public Task A_literal_key_with_a_special_character_is_reported_on_the_Md5Key_call() => Verify.Rules("ER5004").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c
                    .ServiceProvider("Equinix", "Amsterdam", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Premium, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2)
                        .{|#0:Md5Key|}("Sup3r-S3cret")));
        """),
        ER5004(0, SpecialCharacters).WithMessage(
            "The MD5 key of peering 'AzurePrivatePeering' in circuit 'er-ams' has characters that are neither letters nor digits: " +
            "use at most 25 letters and digits, because Azure rejects longer keys and special characters"));

    [Fact]
    public Task A_key_with_letters_beyond_ascii_is_a_warning() => Verify.Rules("ER5004").AnalyzerAsync(
        Verify.Design("""
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).{|#0:Md5Key|}("schlüssel")));
        """),
        ER5004(0, "has letters or digits other than A-Z, a-z and 0-9, which Azure may not accept as alphanumeric")
            .WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));

    [Fact]
    public Task Keys_from_constants_locals_interpolations_and_concatenations_are_read() => Verify.Rules("ER5004").AnalyzerAsync(
        Verify.Design(
            """
                    const string Long = "abcdefghijklmnopqrstuvwxyz";
                    var prefix = "lab";
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).{|#0:Md5Key|}(Long)));
                    d.Circuit("er-fra", c => c.MicrosoftPeering(200, m => m.Primary("203.0.113.0/30", ce1).{|#1:Md5Key|}($"{prefix}_key")));
                    d.Circuit("er-lon", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).{|#2:Md5Key|}(Key + "!" + Key)));
            """,
            """
                private const string Key = "0123456789ABCDEF";
            """),
        ER5004(0, "has 26 characters"),
        ER5004(1, SpecialCharacters, "er-fra", "MicrosoftPeering"),
        ER5004(2, "has 33 characters, some of them neither letters nor digits", "er-lon"));

    [Fact]
    public Task A_key_in_a_helper_of_another_file_is_reported_at_the_call() => Verify.Rules("ER5004").AnalyzerAsync(
        [
            Verify.Design("""
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => Keys.{|#0:Lab|}(p.Primary("192.168.100.128/30", ce1))));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Keys
            {
                public static void Lab(PrivatePeeringBuilder p) => p.{|#1:Md5Key|}("lab key");
            }
            """,
        ],
        ER5004(0, SpecialCharacters).WithLocation(1).InFile("Test1.cs", 5));

    [Fact]
    public Task Keys_of_at_most_25_letters_and_digits_secret_parameters_and_keys_out_of_sight_are_silent() => Verify.Rules("ER5004").AnalyzerAsync(
        Verify.Design(
            """
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Md5Key("ABCDEFGHIJKLMNOPQRSTUVWXY")));
                    d.Circuit("er-fra", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Md5Key(Secret.Parameter("fra-key"))));
                    d.Circuit("er-lon", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Md5Key(Environment.GetEnvironmentVariable("LON_KEY") ?? "")));
                    d.Circuit("er-par", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Md5Key(KeyFromVault())));
            """,
            """
                private static string KeyFromVault() => System.IO.File.ReadAllText("md5.key");
            """));
}
