using System;
using System.Linq;
using System.Runtime.CompilerServices;
using ErAnalyzers.Dsl.Tests.Support;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Dsl.Tests;

/// <summary>
/// An MD5 key written in source (<c>Md5Key("...")</c>) never reaches the template: the template asks for it as a
/// securestring parameter, the same one ER5001's fix names, and Validate() reports ER5001 at the call.
/// </summary>
public sealed class LiteralMd5KeyTests
{
    private const string Key = "Sup3rS3cretMd5Key";
    private const string Parameter = "md5Key_er_ams_Private";

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
        Assert.All(keys, k => Assert.True(k.IsLiteralInSource));
        Assert.DoesNotContain(Key, json, StringComparison.Ordinal);
        Assert.All(keys, k => Assert.Contains($"[parameters('{k.ParameterName}')]", json, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_reports_er5001_at_the_md5_key_call()
    {
        var (design, at) = (DesignKit.Create(k => k.Circuit(peering: p => k.Links(p).Md5Key(Key))), Here());

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
        Assert.DoesNotContain(tooLong, finding.ToString(), StringComparison.Ordinal);
        Assert.Throws<DesignValidationException>(() => design.ToArmTemplate());
    }

    [Fact]
    public void Md5_key_parameters_declare_Azures_maximum_length_and_other_secrets_do_not()
    {
        var template = new ArmTemplate(DesignKit.Create(k =>
        {
            k.Circuit(peering: p => k.Links(p).Md5Key(Key));
            k.D.VpnBackup("vpn-weu", VpnGatewaySku.VpnGw2AZ, "westeurope", "hub-weu", k.Site, "198.51.100.10", "10.10.255.1", Secret.Parameter("vpnKey"));
        }).ToArmTemplate());

        Assert.Equal(25, template.Parameters[Parameter]!["maxLength"]!.GetValue<int>());
        Assert.False(template.Parameters["vpnKey"]!.AsObject().ContainsKey("maxLength"));
    }

    private static SourceLocation Here([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => new(file, line);
}
