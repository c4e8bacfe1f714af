using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER5004: a BGP MD5 key given as a string that Azure rejects (over 25 characters, or not letters and digits).</summary>
public class Md5KeyFormatRuleTests
{
    private static Peering WithKey(Peering peering, string key) =>
        peering.WithMd5Key(Make.LiteralKey() with { LiteralShape = KeyShape.Of(key) });

    [Fact]
    public void A_key_longer_than_25_characters_is_reported_on_the_md5_key_call_without_the_key()
    {
        var peering = WithKey(Make.Private(), "abcdefghijklmnopqrstuvwxyz");

        var finding = FindingAssert.Single(Make.Design(peering).Run<Md5KeyFormatRule>(), Descriptors.ER5004, Severity.Error,
            peering.Md5Key!.Location, ["er-ams", "AzurePrivatePeering", "has 26 characters"]);
        Assert.Equal(
            "The MD5 key of peering 'AzurePrivatePeering' in circuit 'er-ams' has 26 characters: use at most 25 letters and digits, " +
            "because Azure rejects longer keys and special characters",
            finding.Message);
        Assert.DoesNotContain("abcdef", finding.Message);
    }

    [Theory]
    [InlineData("Sup3r-S3cret")]
    [InlineData("key with space")]
    [InlineData("key_1")]
    public void A_key_with_characters_other_than_letters_and_digits_is_reported(string key)
    {
        var finding = Assert.Single(Make.Design(WithKey(Make.Microsoft(), key)).Run<Md5KeyFormatRule>());

        Assert.Equal(["er-ams", "MicrosoftPeering", "has characters that are neither letters nor digits"], finding.MessageArguments);
    }

    [Fact]
    public void A_key_with_letters_beyond_ascii_is_a_warning_because_microsoft_does_not_say_whether_they_count()
    {
        var peering = WithKey(Make.Private(), "schlüssel");

        FindingAssert.Single(Make.Design(peering).Run<Md5KeyFormatRule>(), Descriptors.ER5004, Severity.Warning,
            peering.Md5Key!.Location, ["er-ams", "AzurePrivatePeering", "has letters or digits other than A-Z, a-z and 0-9, which Azure may not accept as alphanumeric"]);
    }

    [Fact]
    public void A_key_both_too_long_and_with_special_characters_is_reported_once_saying_both()
    {
        var finding = Assert.Single(Make.Design(WithKey(Make.Private(), "this-key-is-far-too-long-for-azure")).Run<Md5KeyFormatRule>());

        Assert.Equal("has 34 characters, some of them neither letters nor digits", finding.MessageArguments[2]);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("Sup3rS3cret")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXY")]
    [InlineData("0123456789012345678901234")]
    public void A_key_of_at_most_25_letters_and_digits_is_silent(string key)
    {
        Assert.Empty(Make.Design(WithKey(Make.Private(), key)).Run<Md5KeyFormatRule>());
    }

    [Fact]
    public void A_key_whose_text_is_not_known_or_a_secret_parameter_is_silent()
    {
        var design = Make.Design(
            Make.Private().WithMd5Key(Make.LiteralKey()),
            Make.Microsoft().WithMd5Key(Make.KeyParameter("msKey")));

        Assert.Empty(design.Run<Md5KeyFormatRule>());
    }

    [Fact]
    public void Each_peering_of_each_circuit_is_checked()
    {
        var design = Make.Design(
            Make.Circuit("er-ams", WithKey(Make.Private(), "ok"), WithKey(Make.Microsoft(), "not ok")),
            Make.Circuit("er-fra", WithKey(Make.Private(), new string('k', 40))));

        Assert.Equal(["er-ams MicrosoftPeering", "er-fra AzurePrivatePeering"],
            design.Run<Md5KeyFormatRule>().Select(f => $"{f.MessageArguments[0]} {f.MessageArguments[1]}"));
    }

    [Fact]
    public void KeyShape_counts_characters_and_tells_ASCII_letters_and_digits_apart()
    {
        Assert.Equal(new KeyShape(3, true, false), KeyShape.Of("aZ9"));
        Assert.Equal(new KeyShape(2, false, true), KeyShape.Of("a!"));
        Assert.Equal(new KeyShape(1, false, false), KeyShape.Of("é"));
        Assert.Equal(new KeyShape(3, false, true), KeyShape.Of("é-1"));
    }
}
