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
    private const string Key = "Sup3r-S3cret-Md5-Key";
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
            .MicrosoftPeering(200, p => k.PublicLinks(p).Md5Key(Key + "-msft"))));

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

    private static SourceLocation Here([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => new(file, line);
}
