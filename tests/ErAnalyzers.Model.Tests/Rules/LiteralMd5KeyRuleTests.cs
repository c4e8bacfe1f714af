using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER5001: a BGP MD5 key is written in source.</summary>
public class LiteralMd5KeyRuleTests
{
    [Fact]
    public void A_literal_key_is_reported_on_the_md5_key_call_with_the_parameter_to_use()
    {
        var peering = Make.Private().WithMd5Key(Make.LiteralKey());

        var finding = FindingAssert.Single(Make.Design(peering).Run<LiteralMd5KeyRule>(), Descriptors.ER5001, Severity.Warning,
            peering.Md5Key!.Location, ["er-ams", "AzurePrivatePeering"]);
        Assert.Equal(
            "The MD5 key of peering 'AzurePrivatePeering' in circuit 'er-ams' is written in source: pass it as a secret parameter, Secret.Parameter(name), and give its value at deployment",
            finding.Message);
        Assert.Equal("md5Key_er_ams_Private", finding.Properties[FixProperties.SecretParameter]);
        Assert.Same(peering, finding.Element);
    }

    [Fact]
    public void A_key_passed_as_a_parameter_or_no_key_is_silent()
    {
        var design = Make.Design(Make.Private().WithMd5Key(Make.KeyParameter("amsKey")), Make.Microsoft());

        Assert.Empty(design.Run<LiteralMd5KeyRule>());
    }

    [Fact]
    public void A_key_the_analyzer_cannot_see_is_silent()
    {
        // Neither a literal nor a known parameter (a key computed at run time).
        var peering = Make.Private().WithMd5Key(new SecretReference { Location = Make.At() });

        Assert.Empty(Make.Design(peering).Run<LiteralMd5KeyRule>());
    }

    [Fact]
    public void Microsoft_peering_gets_its_own_parameter()
    {
        var privatePeering = Make.Private().WithMd5Key(Make.LiteralKey());
        var microsoft = Make.Microsoft().WithMd5Key(Make.LiteralKey());

        var findings = Make.Design(privatePeering, microsoft).Run<LiteralMd5KeyRule>();

        Assert.Collection(
            findings,
            f => Assert.Equal("md5Key_er_ams_Private", f.Properties[FixProperties.SecretParameter]),
            f =>
            {
                FindingAssert.Is(f, Descriptors.ER5001, Severity.Warning, microsoft.Md5Key!.Location, ["er-ams", "MicrosoftPeering"]);
                Assert.Equal("md5Key_er_ams_Microsoft", f.Properties[FixProperties.SecretParameter]);
            });
    }

    [Fact]
    public void The_parameter_name_keeps_letters_and_digits_of_the_circuit_name_only()
    {
        var design = Make.Design(Make.Circuit("er.ams-2 (prod)", Make.Private().WithMd5Key(Make.LiteralKey())));

        var finding = Assert.Single(design.Run<LiteralMd5KeyRule>());

        Assert.Equal("md5Key_er_ams_2__prod__Private", finding.Properties[FixProperties.SecretParameter]);
        Assert.Equal("md5Key_er_ams_2__prod__Private", SecretReference.LiteralMd5KeyParameter("er.ams-2 (prod)", PeeringKind.Private));
    }

    [Fact]
    public void An_unnamed_circuit_is_reported_without_fix_data()
    {
        var design = Make.Design(Make.Circuit("x", Make.Private().WithMd5Key(Make.LiteralKey())) with { Name = null });

        var finding = Assert.Single(design.Run<LiteralMd5KeyRule>());

        Assert.Equal(["(unknown)", "AzurePrivatePeering"], finding.MessageArguments);
        Assert.Empty(finding.Properties);
    }

    [Fact]
    public void A_literal_key_of_an_incomplete_peering_is_still_in_source()
    {
        var peering = Make.Private().WithMd5Key(Make.LiteralKey()) with { IsComplete = false };

        FindingAssert.Single(Make.Design(peering).Run<LiteralMd5KeyRule>(), Descriptors.ER5001, Severity.Warning,
            peering.Md5Key!.Location, ["er-ams", "AzurePrivatePeering"]);
    }

    [Fact]
    public void Each_circuit_is_reported_on_its_own()
    {
        var ams = Make.Circuit("er-ams", Make.Private().WithMd5Key(Make.LiteralKey()));
        var lon = Make.Circuit("er-lon", Make.Private().WithMd5Key(Make.KeyParameter()));
        var fra = Make.Circuit("er-fra", Make.Private().WithMd5Key(Make.LiteralKey()));

        var findings = Make.Design(ams, lon, fra).Run<LiteralMd5KeyRule>();

        Assert.Collection(
            findings,
            f => Assert.Equal("md5Key_er_ams_Private", f.Properties[FixProperties.SecretParameter]),
            f => Assert.Equal("md5Key_er_fra_Private", f.Properties[FixProperties.SecretParameter]));
    }

    [Fact]
    public void A_null_circuit_name_has_no_parameter_name()
    {
        Assert.Throws<System.ArgumentNullException>(() => SecretReference.LiteralMd5KeyParameter(null!, PeeringKind.Private));
    }
}
