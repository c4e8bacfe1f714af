using System.Linq;

namespace ErAnalyzers.Model.Tests.Values;

/// <summary>BGP communities as route filters list them: <c>AS:value</c>, two 16-bit numbers.</summary>
public class BgpCommunityTests
{
    [Theory]
    [InlineData("12076:5010", 12076, 5010)]
    [InlineData("12076:51002", 12076, 51002)]
    [InlineData("0:0", 0, 0)]
    [InlineData("65535:65535", 65535, 65535)]
    public void Parse_reads_both_halves_and_ToString_writes_them_back(string text, int asn, int value)
    {
        var community = BgpCommunity.Parse(text);

        Assert.Equal(new BgpCommunity((ushort)asn, (ushort)value), community);
        Assert.Equal(text, community.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12076")]
    [InlineData("12076:")]
    [InlineData(":5010")]
    [InlineData("12076:5010:1")]
    [InlineData("65536:1")]
    [InlineData("1:65536")]
    [InlineData("-1:5")]
    [InlineData(" 12076:5010")]
    [InlineData("AS12076:5010")]
    public void Anything_else_is_refused(string? text)
    {
        Assert.False(BgpCommunity.TryParse(text, out _));
    }

    [Fact]
    public void The_named_services_are_Microsofts_communities()
    {
        Assert.Equal(
            ["12076:5010", "12076:5020", "12076:5050", "12076:5100"],
            new[] { BgpCommunity.ExchangeOnline, BgpCommunity.SharePointOnline, BgpCommunity.AzureGlobalServices, BgpCommunity.OtherMicrosoft365Services }.Select(c => c.ToString()));
    }

    [Fact]
    public void Equal_communities_are_equal_and_hash_alike()
    {
        Assert.True(BgpCommunity.Parse("12076:5010") == BgpCommunity.ExchangeOnline);
        Assert.True(BgpCommunity.ExchangeOnline != BgpCommunity.SharePointOnline);
        Assert.Equal(BgpCommunity.ExchangeOnline.GetHashCode(), BgpCommunity.Parse("12076:5010").GetHashCode());
        Assert.False(BgpCommunity.ExchangeOnline.Equals((object)"12076:5010"));
    }
}
