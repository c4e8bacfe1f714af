using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace ErAnalyzers.Tests;

/// <summary>ER5003 (a Direct link without MACsec or with a non-XPN cipher), as the analyzer reports it from DSL source.</summary>
public class ER5003Tests
{
    private const string Identity = "/subscriptions/0/resourceGroups/net/providers/Microsoft.ManagedIdentity/userAssignedIdentities/macsec";

    private static DiagnosticResult ER5003(int marker, string link, string problem, string port = "erd-ams") =>
        Verify.Diagnostic("ER5003").WithLocation(marker).WithArguments(port, link, problem);

    private static string MacSec(string cipher, string name = "MacSec") =>
        $"""l => l.{name}(MacSecCipher.{cipher}, "https://kv.vault.azure.net/secrets/ckn", "https://kv.vault.azure.net/secrets/cak")""";

    private static string Port(string links, string call = "DirectPort", string name = "erd-ams") => $$"""
                d.{{call}}("{{name}}", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => p
                    .MacSecIdentity("{{Identity}}")
                    {{links}});
        """;

    [Theory]
    [InlineData("GcmAesXpn128")]
    [InlineData("GcmAesXpn256")]
    public Task Both_links_with_an_xpn_cipher_are_silent(string cipher) => Verify.Rules("ER5003").AnalyzerAsync(
        Verify.Design(Port($".Link1(AdminState.Enabled, {MacSec(cipher)}).Link2(AdminState.Enabled, {MacSec(cipher)})")));

    [Theory]
    [InlineData("GcmAes128")]
    [InlineData("GcmAes256")]
    public Task A_non_xpn_cipher_is_reported_on_the_macsec_call(string cipher) => Verify.Rules("ER5003").AnalyzerAsync(
        Verify.Design(Port($".Link1(AdminState.Enabled, {MacSec("GcmAesXpn256")}).Link2(AdminState.Enabled, {MacSec(cipher, "{|#0:MacSec|}")})")),
        ER5003(0, "Link2", $"uses the non-XPN cipher {cipher}"));

    [Fact]
    public Task A_link_without_macsec_is_reported_on_its_link_call() => Verify.Rules("ER5003").AnalyzerAsync(
        Verify.Design(Port($".{{|#0:Link1|}}(AdminState.Enabled).Link2(AdminState.Enabled, {MacSec("GcmAesXpn256")})")),
        ER5003(0, "Link1", "has no MACsec"));

    [Fact]
    public Task Links_never_configured_are_reported_on_the_port_call() => Verify.Rules("ER5003").AnalyzerAsync(
        Verify.Design("""
                var port = d.{|#0:DirectPort|}("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.QinQ);
                d.{|#1:DirectPort|}("erd-lon", "uksouth", "Equinix-London-LD5", Bandwidth.Gbps(10), PortEncapsulation.QinQ, p => p.Billing(BillingModel.UnlimitedData));
        """),
        ER5003(0, "Link1", "has no MACsec"),
        ER5003(0, "Link2", "has no MACsec"),
        ER5003(1, "Link1", "has no MACsec", "erd-lon"),
        ER5003(1, "Link2", "has no MACsec", "erd-lon"));

    [Fact]
    public Task A_link_left_out_of_a_configured_port_is_reported_on_the_port_call() => Verify.Rules("ER5003").AnalyzerAsync(
        Verify.Design(Port($".Link1(AdminState.Enabled, {MacSec("GcmAesXpn128")})", "{|#0:DirectPort|}")),
        ER5003(0, "Link2", "has no MACsec"));

    [Fact]
    public Task Ciphers_in_constants_and_locals_are_read() => Verify.Rules("ER5003").AnalyzerAsync(
        Verify.Design(
            """
                    const MacSecCipher Legacy = MacSecCipher.GcmAes128;
                    var recommended = Cipher;
                    d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => p
                        .Link1(AdminState.Enabled, l => l.{|#0:MacSec|}(Legacy, "https://kv.vault.azure.net/secrets/ckn", "https://kv.vault.azure.net/secrets/cak"))
                        .Link2(AdminState.Enabled, l => l.MacSec(recommended, "https://kv.vault.azure.net/secrets/ckn", "https://kv.vault.azure.net/secrets/cak")));
            """,
            """
                private const MacSecCipher Cipher = MacSecCipher.GcmAesXpn256;
            """),
        ER5003(0, "Link1", "uses the non-XPN cipher GcmAes128"));

    [Fact]
    public Task A_cipher_chosen_at_run_time_is_silent() => Verify.Rules("ER5003").AnalyzerAsync(
        Verify.Design("""
                var cipher = Environment.ProcessorCount > 1 ? MacSecCipher.GcmAes256 : MacSecCipher.GcmAesXpn256;
                d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => p
                    .Link1(AdminState.Enabled, l => l.MacSec(cipher, "https://kv.vault.azure.net/secrets/ckn", "https://kv.vault.azure.net/secrets/cak"))
                    .Link2(AdminState.Enabled, l => l.MacSec(cipher, "https://kv.vault.azure.net/secrets/ckn", "https://kv.vault.azure.net/secrets/cak")));
        """));

    [Fact]
    public Task Link_configurations_in_helpers_are_followed() => Verify.Rules("ER5003").AnalyzerAsync(
        Verify.Design(
            """
                    d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => p
                        .Link1(AdminState.Enabled, Encrypted)
                        .Link2(AdminState.Enabled, Legacy));
            """,
            """
                private static void Encrypted(DirectPortLinkBuilder link) =>
                    link.MacSec(MacSecCipher.GcmAesXpn256, "https://kv.vault.azure.net/secrets/ckn", "https://kv.vault.azure.net/secrets/cak");

                private static void Legacy(DirectPortLinkBuilder link) =>
                    link.{|#0:MacSec|}(MacSecCipher.GcmAes256, "https://kv.vault.azure.net/secrets/ckn", "https://kv.vault.azure.net/secrets/cak");
            """),
        ER5003(0, "Link2", "uses the non-XPN cipher GcmAes256"));

    [Fact]
    public Task A_port_configured_in_a_helper_of_another_file_is_reported_at_the_call_with_the_real_place_as_additional_location() =>
        Verify.Rules("ER5003").AnalyzerAsync(
            [
                Verify.Design("""
                        d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => Ports.{|#0:Configure|}(p));
                """),
                """
                using ErAnalyzers;
                using ErAnalyzers.Dsl;

                static class Ports
                {
                    public static void Configure(DirectPortBuilder port) => port
                        .Link1(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAesXpn256, "https://kv.vault.azure.net/secrets/ckn", "https://kv.vault.azure.net/secrets/cak"))
                        .{|#1:Link2|}(AdminState.Enabled);
                }
                """,
            ],
            ER5003(0, "Link2", "has no MACsec").WithLocation(1).InFile("Test1.cs", 8));

    [Fact]
    public Task Several_ports_flag_only_their_weak_links() => Verify.Rules("ER5003").AnalyzerAsync(
        Verify.Design(
            Port($".Link1(AdminState.Enabled, {MacSec("GcmAesXpn256")}).Link2(AdminState.Enabled, {MacSec("GcmAesXpn256")})") + "\n"
            + Port($".{{|#0:Link1|}}(AdminState.Disabled).Link2(AdminState.Enabled, {MacSec("GcmAes128", "{|#1:MacSec|}")})", name: "erd-lon")),
        ER5003(0, "Link1", "has no MACsec", "erd-lon"),
        ER5003(1, "Link2", "uses the non-XPN cipher GcmAes128", "erd-lon"));

    [Theory]
    [InlineData("the port builder handed to an external method", """
                d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => GC.KeepAlive(p.Link1(AdminState.Enabled)));
        """, "")]
    [InlineData("a link configuration from a parameter", """
                Add(d, l => l.MacSec(MacSecCipher.GcmAesXpn256, "https://kv.vault.azure.net/secrets/ckn", "https://kv.vault.azure.net/secrets/cak"));
        """, """
            private static void Add(DesignBuilder d, Action<DirectPortLinkBuilder> encrypt) =>
                d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => p
                    .Link1(AdminState.Enabled, encrypt)
                    .Link2(AdminState.Enabled, encrypt));
        """)]
    [InlineData("macsec configured inside an if", """
                d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p =>
                {
                    if (Environment.ProcessorCount > 0)
                    {
                        p.Link1(AdminState.Enabled).Link2(AdminState.Enabled);
                    }
                });
        """, "")]
    public Task What_the_evaluator_cannot_follow_keeps_the_rule_silent(string form, string body, string members) =>
        Verify.Rules("ER5003").AnalyzerAsync(Verify.Design($"        // {form}\n{body}", members));
}
