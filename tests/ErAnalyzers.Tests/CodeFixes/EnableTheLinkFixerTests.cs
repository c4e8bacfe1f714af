using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Fix = ErAnalyzers.Tests.CodeFixes.FixVerify<ErAnalyzers.CodeFixes.EnableTheLinkFixer>;

namespace ErAnalyzers.Tests.CodeFixes;

public class EnableTheLinkFixerTests
{
    private const string Ams = """DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q""";

    [Fact]
    public Task Enables_a_disabled_link() => Fix.FixAsync(
        Verify.Design($$"""
                d.{{Ams}}, p => p
                    .Link1(AdminState.Enabled)
                    .{|ER1005:Link2|}(AdminState.Disabled, l => l.MacSec(MacSecCipher.GcmAesXpn256, "https://kv.vault.azure.net/secrets/ckn", "https://kv.vault.azure.net/secrets/cak"))
                    .MacSecIdentity("/subscriptions/0/resourceGroups/n/providers/Microsoft.ManagedIdentity/userAssignedIdentities/m"));
        """),
        Verify.Design($$"""
                d.{{Ams}}, p => p
                    .Link1(AdminState.Enabled)
                    .Link2(AdminState.Enabled, l => l.MacSec(MacSecCipher.GcmAesXpn256, "https://kv.vault.azure.net/secrets/ckn", "https://kv.vault.azure.net/secrets/cak"))
                    .MacSecIdentity("/subscriptions/0/resourceGroups/n/providers/Microsoft.ManagedIdentity/userAssignedIdentities/m"));
        """));

    [Theory]
    [InlineData("state: {0}, configure: l => l.MacSec(MacSecCipher.GcmAesXpn256, Ckn, Cak)")]
    [InlineData("configure: l => l.MacSec(MacSecCipher.GcmAesXpn256, Ckn, Cak), state: {0}")]
    [InlineData("{0}, configure: l => l.MacSec(MacSecCipher.GcmAesXpn256, Ckn, Cak)")]
    public Task Finds_the_state_by_name_in_any_order(string arguments) => Fix.FixAsync(
        Verify.Design($$"""
                d.{{Ams}}, p => p
                    .Link1(AdminState.Enabled)
                    .{|ER1005:Link2|}({{string.Format(arguments, "AdminState.Disabled")}})
                    .MacSecIdentity("/subscriptions/0/resourceGroups/n/providers/Microsoft.ManagedIdentity/userAssignedIdentities/m"));
        """, MacSecSecrets),
        Verify.Design($$"""
                d.{{Ams}}, p => p
                    .Link1(AdminState.Enabled)
                    .Link2({{string.Format(arguments, "AdminState.Enabled")}})
                    .MacSecIdentity("/subscriptions/0/resourceGroups/n/providers/Microsoft.ManagedIdentity/userAssignedIdentities/m"));
        """, MacSecSecrets));

    private const string MacSecSecrets = """
            private const string Ckn = "https://kv.vault.azure.net/secrets/ckn";
            private const string Cak = "https://kv.vault.azure.net/secrets/cak";
        """;

    [Fact]
    public Task Fix_all_enables_every_disabled_link_of_every_port() => Fix.FixAsync(
        Verify.Design($$"""
                d.{{Ams}}, p => p.{|ER1005:Link1|}(AdminState.Disabled).{|ER1005:Link2|}(AdminState.Disabled));
                d.DirectPort("erd-lon", "uksouth", "Equinix-London-LD5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p =>
                {
                    p.Link1(AdminState.Enabled);
                    p.{|ER1005:Link2|}(state: AdminState.Disabled);
                });
        """),
        Verify.Design($$"""
                d.{{Ams}}, p => p.Link1(AdminState.Enabled).Link2(AdminState.Enabled));
                d.DirectPort("erd-lon", "uksouth", "Equinix-London-LD5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p =>
                {
                    p.Link1(AdminState.Enabled);
                    p.Link2(state: AdminState.Enabled);
                });
        """));

    [Fact]
    public Task Keeps_how_the_member_is_qualified() => Fix.FixAsync(
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;
        using static ErAnalyzers.AdminState;

        static class Designs
        {
            static NetworkDesign Build() => NetworkDesign.Create("test", d =>
            {
                d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => p
                    .{|ER1005:Link1|}(Disabled)
                    .{|ER1005:Link2|}(global::ErAnalyzers.AdminState.Disabled));
            });
        }
        """,
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;
        using static ErAnalyzers.AdminState;

        static class Designs
        {
            static NetworkDesign Build() => NetworkDesign.Create("test", d =>
            {
                d.DirectPort("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => p
                    .Link1(Enabled)
                    .Link2(global::ErAnalyzers.AdminState.Enabled));
            });
        }
        """);

    [Fact]
    public Task Offers_no_fix_when_the_state_is_a_constant_that_may_serve_other_ports() => Fix.NoFixAsync(
        Verify.Design(
            $$"""
                    d.{{Ams}}, p => p.Link1(AdminState.Enabled).{|ER1005:Link2|}(PreCrossConnect));
            """,
            """
                private const AdminState PreCrossConnect = AdminState.Disabled;
            """));

    [Fact]
    public Task Offers_no_fix_for_a_link_never_configured() => Fix.NoFixAsync(
        Verify.Design("""
                d.{|ER1005:DirectPort|}("erd-ams", "westeurope", "Equinix-Amsterdam-AM5", Bandwidth.Gbps(10), PortEncapsulation.Dot1Q, p => p.Link1(AdminState.Enabled));
        """));

    private static readonly string[] AnchoredSources =
    [
        Verify.Design($$"""
                d.{{Ams}}, p => Ports.{|#0:PreCrossConnect|}(p));
        """),
        """
        using ErAnalyzers;
        using ErAnalyzers.Dsl;

        static class Ports
        {
            public static void PreCrossConnect(DirectPortBuilder port) => port.Link1(AdminState.Enabled).{|#1:Link2|}(AdminState.Disabled);
        }
        """,
    ];

    [Fact]
    public Task Offers_no_fix_at_a_helper_call_that_leads_to_another_file() => Fix.FixAsync(
        AnchoredSources,
        AnchoredSources,
        Fix.Diagnostic("ER1005").WithLocation(0).WithLocation(1).WithArguments("erd-ams", "Link2", "is administratively disabled").InFile("Test1.cs", 6));
}
