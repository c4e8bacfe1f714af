using System;
using System.Linq;
using System.Runtime.CompilerServices;
using ErAnalyzers.Dsl.Tests.Support;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Dsl.Tests;

/// <summary>
/// An MD5 key given as a string (<c>Md5Key("...")</c>) never reaches the template: the template asks for it as a
/// securestring parameter, the same one ER5001's fix names. Validate() reports ER5001 at the call when the key is
/// written there as a string literal, and only then: a key read at run time is not in source.
/// </summary>
public sealed class LiteralMd5KeyTests
{
    private const string Key = "Sup3rS3cretMd5Key";
    private const string Parameter = "md5Key_er_ams_Private";
    private const string KeyVariable = "ER5001_TESTS_MD5_KEY";

    // Every key below holds "S3cret", which no template may contain; none is a constant the run time could see.
    private static readonly string VaultKey = "VaultS3cret2026";

    static LiteralMd5KeyTests() => Environment.SetEnvironmentVariable(KeyVariable, "EnvS3cret2026");

    public static TheoryData<string, Action<PrivatePeeringBuilder>> KeysNotKnownToBeInSource => new()
    {
        { "environment variable", p => p.Md5Key(Environment.GetEnvironmentVariable(KeyVariable)!) },
        { "local variable", p => { string key = VaultKey; p.Md5Key(key); } },
        { "method call", p => p.Md5Key(ReadKeyFromVault()) },
        { "static field", p => p.Md5Key(VaultKey) },
        { "literal with a method call", p => p.Md5Key("S3cretKey".ToUpperInvariant()) },
        { "literal and variable", p => p.Md5Key("Sup3r" + VaultKey) },
        { "parenthesized literal and variable", p => p.Md5Key(("Sup3r") + VaultKey) },
        { "interpolation with a hole", p => p.Md5Key($"Sup3r{VaultKey}") },
        { "raw interpolation with a hole", p => p.Md5Key($$"""Sup3r{{VaultKey}}""") },
        { "conditional of literals", p => p.Md5Key(Environment.ProcessorCount > 0 ? "Sup3rS3cret" : "Sup3rS3cret2") },
        // A constant's name is written in source, but only the analyzer can tell a constant from a field: it reports it.
        { "constant", p => p.Md5Key(Key) },
        // The expression is empty when no C# compiler filled it in (another .NET language).
        { "no expression", p => p.Md5Key("Sup3rS3cret", keyExpression: "") },
    };

    public static TheoryData<string, Action<PrivatePeeringBuilder>> KeysWrittenInSource => new()
    {
        { "regular literal", p => p.Md5Key("Sup3rS3cretMd5Key") },
        { "named argument", p => p.Md5Key(key: "Sup3rS3cretMd5Key") },
        { "literal with an escape", p => p.Md5Key("Sup3r\u0053S3cret") },
        { "verbatim literal", p => p.Md5Key(@"Sup3rS3cretMd5Key") },
        { "raw literal", p => p.Md5Key("""Sup3rS3cretMd5Key""") },
        {
            "multi-line raw literal", p => p.Md5Key("""
                Sup3rS3cretMd5Key
                """)
        },
        { "parenthesized literal", p => p.Md5Key(("Sup3rS3cretMd5Key")) },
        { "concatenated literals", p => p.Md5Key("Sup3r" + @"S3cret" + """Md5Key""") },
        // An interpolation without a hole is a constant string, written in source as much as a literal.
        { "interpolation without a hole", p => p.Md5Key($"Sup3rS3cretMd5Key") },
        { "verbatim interpolation without a hole", p => p.Md5Key($@"Sup3rS3cretMd5Key") },
        { "raw interpolation without a hole", p => p.Md5Key($$"""Sup3rS3cretMd5Key""") },
    };

    [Theory]
    [MemberData(nameof(KeysNotKnownToBeInSource))]
    public void Validate_is_silent_on_er5001_for_a_key_not_known_to_be_written_in_source(string form, Action<PrivatePeeringBuilder> md5Key)
    {
        var design = DesignKit.Create(k => k.Circuit(peering: p => md5Key(k.Links(p))));

        Assert.False(design.Model.Circuits.Single().Peerings.Single().Md5Key!.IsLiteralInSource, form);
        Assert.DoesNotContain(design.Validate(), f => f.RuleId == "ER5001");
        AssertTemplateAsksForTheKey(design);
    }

    [Theory]
    [MemberData(nameof(KeysWrittenInSource))]
    public void Validate_reports_er5001_for_a_key_written_at_the_call(string form, Action<PrivatePeeringBuilder> md5Key)
    {
        var design = DesignKit.Create(k => k.Circuit(peering: p => md5Key(k.Links(p))));

        Assert.True(design.Model.Circuits.Single().Peerings.Single().Md5Key!.IsLiteralInSource, form);
        Assert.Single(design.Validate(), f => f.RuleId == "ER5001");
        AssertTemplateAsksForTheKey(design);
    }

    [Fact]
    public void Validate_reports_er5004_but_not_er5001_for_a_key_from_the_environment_that_Azure_rejects()
    {
        Environment.SetEnvironmentVariable(KeyVariable + "_BAD", "S3cret-with-hyphens");
        var design = DesignKit.Create(k => k.Circuit(peering: p => k.Links(p).Md5Key(Environment.GetEnvironmentVariable(KeyVariable + "_BAD")!)));

        var findings = design.Validate();

        Assert.Contains(findings, f => f.RuleId == "ER5004");
        Assert.DoesNotContain(findings, f => f.RuleId == "ER5001");
    }

    private static void AssertTemplateAsksForTheKey(NetworkDesign design)
    {
        string json = design.ToArmTemplate();
        var template = new ArmTemplate(json);

        Assert.DoesNotContain("S3cret", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("securestring", ArmTemplate.Text(template.Parameters[Parameter]!.AsObject(), "type"));
        var peering = Assert.Single(template.OfType("Microsoft.Network/expressRouteCircuits/peerings"));
        Assert.Equal($"[parameters('{Parameter}')]", peering["properties"]!["sharedKey"]!.GetValue<string>());
    }

    private static string ReadKeyFromVault() => VaultKey;

    [Fact]
    public void The_key_is_not_in_the_template_which_asks_for_it_as_a_securestring_without_default()
    {
        string json = DesignKit.Create(k => k.Circuit(peering: p => k.Links(p).Md5Key(Key))).ToArmTemplate();
        var template = new ArmTemplate(json);

        Assert.DoesNotContain(Key, json, StringComparison.Ordinal);
        var parameter = template.Parameters[Parameter]!.AsObject();
        Assert.Equal("securestring", ArmTemplate.Text(parameter, "type"));
        Assert.False(parameter.ContainsKey("defaultValue"));
        var peering = Assert.Single(template.OfType("Microsoft.Network/expressRouteCircuits/peerings"));
        Assert.Equal($"[parameters('{Parameter}')]", peering["properties"]!["sharedKey"]!.GetValue<string>());
    }

    [Fact]
    public void The_template_is_the_same_as_with_the_secret_parameter_the_fix_writes()
    {
        string literal = DesignKit.Create(k => k.Circuit(peering: p => k.Links(p).Md5Key(Key))).ToArmTemplate();
        string parameter = DesignKit.Create(k => k.Circuit(peering: p => k.Links(p).Md5Key(Secret.Parameter(Parameter)))).ToArmTemplate();

        Assert.Equal(parameter, literal);
    }

    [Fact]
    public void Each_peering_and_circuit_gets_its_own_parameter_named_by_the_model()
    {
        var design = DesignKit.Create(k => k.D.Circuit("er.ams-2", c => DesignKit.Provider(c)
            .PrivatePeering(100, p => k.Links(p).Md5Key(Key))
            .MicrosoftPeering(200, p => k.PublicLinks(p).Md5Key(Key + "Msft"))));

        var keys = design.Model.Circuits.Single().Peerings.Select(p => p.Md5Key!).ToArray();
        string json = design.ToArmTemplate();

        Assert.Equal(["md5Key_er_ams_2_Private", "md5Key_er_ams_2_Microsoft"], keys.Select(k => k.ParameterName));
        Assert.Equal(
            [SecretReference.LiteralMd5KeyParameter("er.ams-2", PeeringKind.Private), SecretReference.LiteralMd5KeyParameter("er.ams-2", PeeringKind.Microsoft)],
            keys.Select(k => k.ParameterName));
        Assert.DoesNotContain(Key, json, StringComparison.Ordinal);
        Assert.All(keys, k => Assert.Contains($"[parameters('{k.ParameterName}')]", json, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_reports_er5001_at_the_md5_key_call()
    {
        var (design, at) = (DesignKit.Create(k => k.Circuit(peering: p => k.Links(p).Md5Key("Sup3rS3cretMd5Key"))), Here());

        var finding = Assert.Single(design.Validate(), f => f.RuleId == "ER5001");

        Assert.Equal(at, finding.Location);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(Parameter, finding.Properties[FixProperties.SecretParameter]);
        Assert.DoesNotContain(Key, finding.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_passed_as_a_secret_parameter_is_no_finding()
    {
        var design = DesignKit.Create(k => k.Circuit(peering: p => k.Links(p).Md5Key(Secret.Parameter("amsKey"))));

        Assert.DoesNotContain(design.Validate(), f => f.RuleId is "ER5001" or "ER5002");
    }

    [Fact]
    public void Validate_reports_er5004_for_a_key_Azure_rejects_whatever_its_source_without_the_key()
    {
        string tooLong = new('k', 26);
        var (design, at) = (DesignKit.Create(k => k.Circuit(peering: p => k.Links(p).Md5Key(tooLong))), Here());

        var finding = Assert.Single(design.Validate(), f => f.RuleId == "ER5004");

        Assert.Equal(at, finding.Location);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("has 26 characters", finding.MessageArguments[2]);
        Assert.DoesNotContain(design.Validate(), f => f.RuleId == "ER5001");
        Assert.DoesNotContain(tooLong, finding.ToString(), StringComparison.Ordinal);
        Assert.Throws<DesignValidationException>(() => design.ToArmTemplate());
    }

    [Fact]
    public void Md5_key_and_pre_shared_key_parameters_declare_Azures_maximum_length_and_authorization_keys_do_not()
    {
        var template = new ArmTemplate(DesignKit.Create(k =>
        {
            k.Circuit(peering: p => k.Links(p).Md5Key(Key));
            k.D.VpnBackup("vpn-weu", VpnGatewaySku.VpnGw2AZ, "westeurope", "hub-weu", k.Site, "198.51.100.10", "10.10.255.1", Secret.Parameter("vpnKey"));
            k.Gateway(configure: g => g.Connect(k.D.Circuit("er-other", c => DesignKit.Provider(c).PrivatePeering(100, p => k.Links(p))), c => c.AuthorizationKey(Secret.Parameter("authKey"))));
        }).ToArmTemplate());

        Assert.Equal(25, template.Parameters[Parameter]!["maxLength"]!.GetValue<int>());
        Assert.Equal(128, template.Parameters["vpnKey"]!["maxLength"]!.GetValue<int>());
        Assert.False(template.Parameters["authKey"]!.AsObject().ContainsKey("maxLength"));
    }

    private static SourceLocation Here([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => new(file, line);
}
