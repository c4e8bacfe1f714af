namespace ErAnalyzers.Model.Tests.Model;

public class SettingTests
{
    [Fact]
    public void A_known_setting_has_its_value_and_location()
    {
        var at = new SourceLocation("Design.cs", 3, 7);
        var setting = Setting.Of(42, at);

        Assert.True(setting.IsKnown);
        Assert.Equal(42, setting.Value);
        Assert.Same(at, setting.Location);
        Assert.True(setting.TryGetValue(out int value));
        Assert.Equal(42, value);
        Assert.Equal("42", setting.ToString());
    }

    [Fact]
    public void An_unknown_setting_has_a_location_but_no_value()
    {
        var at = new SourceLocation("Design.cs", 3);
        var setting = Setting.Unknown<string>(at);

        Assert.False(setting.IsKnown);
        Assert.Null(setting.Value);
        Assert.Same(at, setting.Location);
        Assert.False(setting.TryGetValue(out _));
        Assert.Equal("(unknown)", setting.ToString());
    }

    [Fact]
    public void TryGetValueOrDefault_gives_the_default_when_absent_and_fails_when_unknown()
    {
        Assert.True(((Setting<long>?)null).TryGetValueOrDefault(100, out long absent));
        Assert.Equal(100, absent);

        Assert.True(Setting.Of(50L).TryGetValueOrDefault(100, out long known));
        Assert.Equal(50, known);

        Assert.False(Setting.Unknown<long>().TryGetValueOrDefault(100, out _));
    }

    [Theory]
    [InlineData(0, "Design.cs:12")]
    [InlineData(4, "Design.cs:12:4")]
    public void SourceLocation_text(int column, string expected) =>
        Assert.Equal(expected, new SourceLocation("Design.cs", 12, column).ToString());

    [Fact]
    public void A_peering_lists_ipv4_then_ipv6_and_its_azure_name()
    {
        var peering = new Peering { Kind = PeeringKind.Microsoft, Ipv6 = new LinkPair { Family = IpFamily.IPv6 } };

        Assert.Equal([IpFamily.IPv4, IpFamily.IPv6], System.Linq.Enumerable.Select(peering.LinkPairs, p => p.Family));
        Assert.Equal("MicrosoftPeering", peering.AzureName);
        Assert.Equal("AzurePrivatePeering", (peering with { Kind = PeeringKind.Private }).AzureName);
        Assert.Equal("(unknown)", peering.DisplayName);
    }
}
