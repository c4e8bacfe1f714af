using System.Threading.Tasks;
using ErAnalyzers.Tests.Verifiers;
using Fix = ErAnalyzers.Tests.CodeFixes.FixVerify<ErAnalyzers.CodeFixes.UseSecretParameterFixer>;

namespace ErAnalyzers.Tests.CodeFixes;

public class UseSecretParameterFixerTests
{
    private static string Circuit(string privateKey, string microsoftKey = "Md5Key(Secret.Parameter(\"msftKey\"))", string name = "er-ams") => $$"""
                d.Circuit("{{name}}", c => c
                    .PrivatePeering(100, p => p
                        .Primary("192.168.100.128/30", ce1)
                        .Secondary("192.168.100.132/30", ce2)
                        .{{privateKey}})
                    .MicrosoftPeering(200, m => m
                        .Primary("203.0.113.0/30", ce1)
                        .Secondary("203.0.113.4/30", ce2)
                        .{{microsoftKey}}));
        """;

    [Fact]
    public Task Replaces_a_literal_key_by_the_parameter_the_template_asks_for() => Fix.FixAsync(
        Verify.Design(Circuit("""{|ER5001:Md5Key|}("s3cr3t-k3y")""")),
        Verify.Design(Circuit("""Md5Key(Secret.Parameter("md5Key_er_ams_Private"))""")));

    [Fact]
    public Task Names_the_parameter_after_the_circuit_and_the_peering() => Fix.FixAsync(
        Verify.Design(Circuit("Md5Key(Secret.Parameter(\"amsKey\"))", """{|ER5001:Md5Key|}(key: "s3cr3t-k3y")""", name: "er.ams-2")),
        Verify.Design(Circuit("Md5Key(Secret.Parameter(\"amsKey\"))", """Md5Key(key: Secret.Parameter("md5Key_er_ams_2_Microsoft"))""", name: "er.ams-2")));

    [Theory]
    [InlineData("keyExpression: \"k\", key: \"s3cr3t-k3y\"")]
    [InlineData("\"s3cr3t-k3y\", keyExpression: \"k\"")]
    public Task Is_not_offered_where_the_call_writes_an_argument_the_secret_overload_lacks(string arguments) => Fix.NoFixAsync(
        Verify.Design(Circuit($"{{|ER5001:Md5Key|}}({arguments})")));

    [Fact]
    public Task Replaces_a_const_and_leaves_its_declaration_to_the_developer() => Fix.FixAsync(
        Verify.Design(Circuit("{|ER5001:Md5Key|}(Key)"), "    private const string Key = \"s3cr3t-k3y\";"),
        Verify.Design(Circuit("""Md5Key(Secret.Parameter("md5Key_er_ams_Private"))"""), "    private const string Key = \"s3cr3t-k3y\";"));

    [Fact]
    public Task Uses_the_full_name_where_secret_means_something_else() => Fix.FixAsync(
        Verify.Design(Circuit("""{|ER5001:Md5Key|}("s3cr3t-k3y")"""), "    private sealed class Secret { public static ErAnalyzers.Dsl.Secret Parameter(string name) => ErAnalyzers.Dsl.Secret.Parameter(name); }")
            .Replace("Md5Key(Secret.Parameter(\"msftKey\"))", "Md5Key(ErAnalyzers.Dsl.Secret.Parameter(\"msftKey\"))"),
        Verify.Design(Circuit("""Md5Key(global::ErAnalyzers.Dsl.Secret.Parameter("md5Key_er_ams_Private"))"""), "    private sealed class Secret { public static ErAnalyzers.Dsl.Secret Parameter(string name) => ErAnalyzers.Dsl.Secret.Parameter(name); }")
            .Replace("Md5Key(Secret.Parameter(\"msftKey\"))", "Md5Key(ErAnalyzers.Dsl.Secret.Parameter(\"msftKey\"))"));

    [Fact]
    public Task Is_not_offered_for_a_key_in_a_variable() => Fix.NoFixAsync(
        Verify.Design("""
                var key = "s3cr3t-k3y";
                d.Circuit("er-ams", c => c.PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).{|ER5001:Md5Key|}(key)));
        """));

    [Fact]
    public Task Is_not_offered_when_the_circuit_name_is_unknown() => Fix.NoFixAsync(
        Verify.Design(Circuit("""{|ER5001:Md5Key|}("s3cr3t-k3y")""", name: "\" + Environment.MachineName + \"")));

    [Fact]
    public Task Is_not_offered_at_a_helper_call_that_leads_to_another_file() => Fix.FixAsync(
        [
            Verify.Design("""
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => Keys.{|ER5001:Authenticate|}(p)));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Keys
            {
                public static void Authenticate(PrivatePeeringBuilder peering) => peering.Md5Key("s3cr3t-k3y");
            }
            """,
        ],
        [
            Verify.Design("""
                    d.Circuit("er-ams", c => c.PrivatePeering(100, p => Keys.{|ER5001:Authenticate|}(p)));
            """),
            """
            using ErAnalyzers.Dsl;

            static class Keys
            {
                public static void Authenticate(PrivatePeeringBuilder peering) => peering.Md5Key("s3cr3t-k3y");
            }
            """,
        ]);

    [Fact]
    public Task Fix_all_replaces_every_literal_key_of_every_circuit() => Fix.FixAsync(
        Verify.Design(
            Circuit("""{|ER5001:Md5Key|}("k1")""", """{|ER5001:Md5Key|}("k2")""") + "\n"
            + Circuit("""{|ER5001:Md5Key|}("k3")""", name: "er-lon")),
        Verify.Design(
            Circuit("""Md5Key(Secret.Parameter("md5Key_er_ams_Private"))""", """Md5Key(Secret.Parameter("md5Key_er_ams_Microsoft"))""") + "\n"
            + Circuit("""Md5Key(Secret.Parameter("md5Key_er_lon_Private"))""", name: "er-lon")));

    [Fact]
    public Task Fix_all_reaches_every_document_of_the_project() => Fix.FixAsync(
        [
            Verify.Design(Circuit("""{|ER5001:Md5Key|}("k1")""")),
            Verify.Design(Circuit("""{|ER5001:Md5Key|}("k2")""", name: "er-lon")).Replace("class Designs", "class MoreDesigns"),
        ],
        [
            Verify.Design(Circuit("""Md5Key(Secret.Parameter("md5Key_er_ams_Private"))""")),
            Verify.Design(Circuit("""Md5Key(Secret.Parameter("md5Key_er_lon_Private"))""", name: "er-lon")).Replace("class Designs", "class MoreDesigns"),
        ]);
}
