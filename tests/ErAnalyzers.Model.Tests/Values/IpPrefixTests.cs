using System;

namespace ErAnalyzers.Model.Tests.Values;

public class IpPrefixTests
{
    [Theory]
    [InlineData("192.168.100.128/30", IpFamily.IPv4, 30, "192.168.100.128/30")]
    [InlineData("0.0.0.0/0", IpFamily.IPv4, 0, "0.0.0.0/0")]
    [InlineData("255.255.255.255/32", IpFamily.IPv4, 32, "255.255.255.255/32")]
    [InlineData("10.0.0.0/8", IpFamily.IPv4, 8, "10.0.0.0/8")]
    [InlineData("2001:db8::/126", IpFamily.IPv6, 126, "2001:db8::/126")]
    [InlineData("2001:0DB8:0000:0000:0000:0000:0000:0004/126", IpFamily.IPv6, 126, "2001:db8::4/126")]
    [InlineData("2001:db8:0:0:1:0:0:1/128", IpFamily.IPv6, 128, "2001:db8::1:0:0:1/128")]
    [InlineData("2001:db8:0:1:0:0:0:0/64", IpFamily.IPv6, 64, "2001:db8:0:1::/64")]
    [InlineData("::/0", IpFamily.IPv6, 0, "::/0")]
    [InlineData("::1/128", IpFamily.IPv6, 128, "::1/128")]
    public void Parse_accepts_well_formed_prefixes_and_prints_them_canonically(string text, IpFamily family, int length, string canonical)
    {
        var prefix = IpPrefix.Parse(text);

        Assert.Equal(family, prefix.Family);
        Assert.Equal(length, prefix.Length);
        Assert.Equal(family == IpFamily.IPv4 ? 32 : 128, prefix.AddressBits);
        Assert.Equal(canonical, prefix.ToString());
        Assert.Equal(prefix, IpPrefix.Parse(canonical));
    }

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("   ", "it is empty")]
    [InlineData("192.168.100.128", "the prefix length is missing")]
    [InlineData("192.168.100/30", "'192.168.100' is not an IPv4 address")]
    [InlineData("1.2.3.4.5/30", "'1.2.3.4.5' is not an IPv4 address")]
    [InlineData("192.168..128/30", "'192.168..128' is not an IPv4 address")]
    [InlineData("192.168.100.256/30", "'192.168.100.256' is not an IPv4 address")]
    [InlineData("1000.1.1.1/30", "'1000.1.1.1' is not an IPv4 address")]
    [InlineData("+192.168.100.128/30", "'+192.168.100.128' is not an IPv4 address")]
    [InlineData("192.168.100.+128/30", "'192.168.100.+128' is not an IPv4 address")]
    [InlineData("-1.168.100.128/30", "'-1.168.100.128' is not an IPv4 address")]
    [InlineData(" 192.168.100.128/30", "' 192.168.100.128' is not an IPv4 address")]
    [InlineData("0xC0.168.100.128/30", "'0xC0.168.100.128' is not an IPv4 address")]
    [InlineData("c0.a8.64.80/30", "'c0.a8.64.80' is not an IPv4 address")]
    [InlineData("010.0.0.0/30", "'010.0.0.0' is not an IPv4 address")]
    [InlineData("10.0.0.0/030", "the prefix length '030' is not a number from 0 to 32")]
    [InlineData("192.168.100.128/33", "the prefix length '33' is not a number from 0 to 32")]
    [InlineData("2001:db8::/129", "the prefix length '129' is not a number from 0 to 128")]
    [InlineData("192.168.100.128/-1", "the prefix length '-1' is not a number from 0 to 32")]
    [InlineData("192.168.100.128/+30", "the prefix length '+30' is not a number from 0 to 32")]
    [InlineData("192.168.100.128/3O", "the prefix length '3O' is not a number from 0 to 32")]
    [InlineData("192.168.100.128/thirty", "the prefix length 'thirty' is not a number from 0 to 32")]
    [InlineData("192.168.100.128/", "the prefix length '' is not a number from 0 to 32")]
    [InlineData("192.168.100.128/30 ", "the prefix length '30 ' is not a number from 0 to 32")]
    [InlineData("192.168.100.128/30/30", "the prefix length '30/30' is not a number from 0 to 32")]
    [InlineData("192.168.100.128/0030", "the prefix length '0030' is not a number from 0 to 32")]
    [InlineData("fe80::1%eth0/126", "'fe80::1%eth0' is not an IPv6 address")]
    [InlineData("fe80::1%1/126", "'fe80::1%1' is not an IPv6 address")]
    [InlineData("2001:db8:::/126", "'2001:db8:::' is not an IPv6 address")]
    [InlineData("1:2:3:4:5:6:7:8:9/126", "'1:2:3:4:5:6:7:8:9' is not an IPv6 address")]
    [InlineData("2001:db8::g/126", "'2001:db8::g' is not an IPv6 address")]
    [InlineData("[2001:db8::]/126", "'[2001:db8::]' is not an IPv6 address")]
    [InlineData("[2001:db8::1]:80/126", "'[2001:db8::1]:80' is not an IPv6 address")]
    [InlineData("1.2.3.4:80/30", "'1.2.3.4:80' is not an IPv6 address")]
    [InlineData(" 2001:db8::/126", "' 2001:db8::' is not an IPv6 address")]
    public void Parse_rejects_malformed_text_and_says_why(string text, string problem)
    {
        Assert.False(IpPrefix.TryParse(text, out var prefix, out string actual));
        Assert.StartsWith(problem, actual);
        Assert.Equal(default, prefix);
        Assert.False(IpPrefix.TryParse(text, out _));

        var exception = Assert.Throws<FormatException>(() => IpPrefix.Parse(text));
        Assert.Equal($"'{text}' is not a valid IP prefix: {actual}.", exception.Message);
    }

    [Fact]
    public void TryParse_rejects_null()
    {
        Assert.False(IpPrefix.TryParse(null, out _, out string problem));
        Assert.Equal("it is empty", problem);
    }

    [Theory]
    [InlineData("192.168.100.128/30", false)]
    [InlineData("192.168.100.129/30", true)]
    [InlineData("192.168.100.131/30", true)]
    [InlineData("192.168.100.132/29", true)]
    [InlineData("10.0.0.0/8", false)]
    [InlineData("10.0.0.1/32", false)]
    [InlineData("1.0.0.0/0", true)]
    [InlineData("2001:db8::/126", false)]
    [InlineData("2001:db8::1/126", true)]
    [InlineData("2001:db8::4/125", true)]
    [InlineData("2001:db8:0:0:8000::/64", true)] // host bit in the low 64 bits
    [InlineData("2001:db8:0:1::/63", true)] // host bit in the high 64 bits
    [InlineData("2001:db8::1/128", false)]
    public void HasHostBits(string text, bool expected) => Assert.Equal(expected, IpPrefix.Parse(text).HasHostBits);

    [Theory]
    [InlineData("192.168.100.131/30", "192.168.100.128/30")]
    [InlineData("192.168.100.135/29", "192.168.100.128/29")]
    [InlineData("10.1.2.3/8", "10.0.0.0/8")]
    [InlineData("10.1.2.3/0", "0.0.0.0/0")]
    [InlineData("10.1.2.3/32", "10.1.2.3/32")]
    [InlineData("2001:db8::7/126", "2001:db8::4/126")]
    [InlineData("2001:db8:1:2:3:4:5:6/64", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:3:4:5:6/48", "2001:db8:1::/48")]
    public void Network_clears_host_bits_and_keeps_the_length(string text, string network)
    {
        var actual = IpPrefix.Parse(text).Network;

        Assert.Equal(IpPrefix.Parse(network), actual);
        Assert.False(actual.HasHostBits);
    }

    [Theory]
    [InlineData("192.168.100.128/30", "192.168.100.132/30")] // the other /30 of a /29
    [InlineData("192.168.100.132/30", "192.168.100.128/30")]
    [InlineData("192.168.100.133/30", "192.168.100.128/30")] // host bits are dropped
    [InlineData("10.0.0.252/30", "10.0.0.248/30")]
    [InlineData("10.0.255.0/24", "10.0.254.0/24")] // across a byte boundary
    [InlineData("10.0.0.128/25", "10.0.0.0/25")]
    [InlineData("10.0.0.0/8", "11.0.0.0/8")]
    [InlineData("0.0.0.0/1", "128.0.0.0/1")]
    [InlineData("10.0.0.7/32", "10.0.0.6/32")]
    [InlineData("2001:db8::/126", "2001:db8::4/126")] // the other /126 of a /125
    [InlineData("2001:db8::4/126", "2001:db8::/126")]
    [InlineData("2001:db8::/125", "2001:db8::8/125")]
    [InlineData("2001:db8::1/128", "2001:db8::/128")]
    [InlineData("2001:db8::/65", "2001:db8::8000:0:0:0/65")] // first bit of the low 64 bits
    [InlineData("2001:db8:0:ffff:8000::/65", "2001:db8:0:ffff::/65")]
    [InlineData("2001:db8::/64", "2001:db8:0:1::/64")] // last bit of the high 64 bits
    [InlineData("2001:db8:0:1:ffff::/64", "2001:db8::/64")]
    [InlineData("2001:db8::/32", "2001:db9::/32")]
    [InlineData("::/1", "8000::/1")]
    public void Sibling_is_the_other_half_of_the_enclosing_prefix(string text, string sibling)
    {
        var prefix = IpPrefix.Parse(text);

        Assert.Equal(IpPrefix.Parse(sibling), prefix.Sibling);
        Assert.Equal(prefix.Network, prefix.Sibling.Sibling);
        Assert.Equal(prefix.Network.WithLength(prefix.Length - 1).Network, prefix.Sibling.WithLength(prefix.Length - 1).Network);
    }

    [Theory]
    [InlineData("0.0.0.0/0")]
    [InlineData("::/0")]
    public void A_default_route_has_no_sibling(string text)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => IpPrefix.Parse(text).Sibling);
        Assert.Contains(text, exception.Message);
    }

    [Theory]
    [InlineData("192.168.100.128/30", "192.168.100.128/30", true)]
    [InlineData("192.168.100.128/29", "192.168.100.132/30", true)]
    [InlineData("192.168.100.132/30", "192.168.100.128/29", true)]
    [InlineData("192.168.100.128/30", "192.168.100.132/30", false)]
    [InlineData("192.168.100.129/30", "192.168.100.130/30", true)] // host bits do not hide an overlap
    [InlineData("0.0.0.0/0", "203.0.113.7/32", true)]
    [InlineData("10.0.0.0/8", "11.0.0.0/8", false)]
    [InlineData("2001:db8::/125", "2001:db8::4/126", true)]
    [InlineData("2001:db8::/126", "2001:db8::4/126", false)]
    [InlineData("2001:db8::/64", "2001:db8:0:0:8000::/65", true)]
    [InlineData("2001:db8::/65", "2001:db8:0:0:8000::/65", false)]
    [InlineData("2001:db8::/64", "2001:db8:0:1::/64", false)]
    [InlineData("::/0", "2001:db8::1/128", true)]
    [InlineData("0.0.0.0/0", "::/0", false)] // different families never overlap
    [InlineData("192.168.100.128/30", "::ffff:192.168.100.128/126", false)]
    [InlineData("0.0.0.0/0", "2001:db8::/126", false)]
    public void Overlaps_is_symmetric(string a, string b, bool expected)
    {
        Assert.Equal(expected, IpPrefix.Parse(a).Overlaps(IpPrefix.Parse(b)));
        Assert.Equal(expected, IpPrefix.Parse(b).Overlaps(IpPrefix.Parse(a)));
    }

    [Theory]
    [InlineData("192.168.100.128/29", "192.168.100.132/30", true)]
    [InlineData("192.168.100.132/30", "192.168.100.128/29", false)]
    [InlineData("192.168.100.128/30", "192.168.100.128/30", true)]
    [InlineData("192.168.100.128/30", "192.168.100.132/30", false)]
    [InlineData("0.0.0.0/0", "10.0.0.0/8", true)]
    [InlineData("2001:db8::/125", "2001:db8::4/126", true)]
    [InlineData("2001:db8::4/126", "2001:db8::/125", false)]
    [InlineData("::/0", "0.0.0.0/32", false)]
    [InlineData("0.0.0.0/0", "::/128", false)]
    public void Contains(string outer, string inner, bool expected) =>
        Assert.Equal(expected, IpPrefix.Parse(outer).Contains(IpPrefix.Parse(inner)));

    [Theory]
    [InlineData("192.168.100.128/29", 30, "192.168.100.128/30")]
    [InlineData("192.168.100.133/30", 24, "192.168.100.133/24")] // host bits are kept
    [InlineData("10.0.0.0/8", 0, "10.0.0.0/0")]
    [InlineData("10.0.0.0/8", 32, "10.0.0.0/32")]
    [InlineData("2001:db8::/125", 126, "2001:db8::/126")]
    [InlineData("2001:db8::/125", 128, "2001:db8::/128")]
    public void WithLength_changes_only_the_length(string text, int length, string expected)
    {
        var actual = IpPrefix.Parse(text).WithLength(length);

        Assert.Equal(length, actual.Length);
        Assert.Equal(expected, actual.ToString());
    }

    [Theory]
    [InlineData("192.168.100.128/30", -1)]
    [InlineData("192.168.100.128/30", 33)]
    [InlineData("2001:db8::/126", -1)]
    [InlineData("2001:db8::/126", 129)]
    public void WithLength_rejects_a_length_outside_the_family(string text, int length)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => IpPrefix.Parse(text).WithLength(length));
        Assert.Equal("length", exception.ParamName);
        Assert.Equal(length, exception.ActualValue);
    }

    [Theory]
    [InlineData("10.0.0.0/8", true)]
    [InlineData("10.255.255.252/30", true)]
    [InlineData("10.0.0.0/7", false)] // wider than 10/8
    [InlineData("11.0.0.0/30", false)]
    [InlineData("172.16.0.0/12", true)]
    [InlineData("172.31.255.252/30", true)]
    [InlineData("172.32.0.0/30", false)]
    [InlineData("172.15.255.252/30", false)]
    [InlineData("192.168.100.128/30", true)]
    [InlineData("192.169.0.0/30", false)]
    [InlineData("100.64.0.0/10", false)]
    [InlineData("203.0.113.0/30", false)]
    [InlineData("fc00::/7", true)]
    [InlineData("fd12:3456::/126", true)]
    [InlineData("fe80::/10", false)]
    [InlineData("2001:db8::/126", false)]
    [InlineData("::/0", false)]
    public void IsPrivateUse(string text, bool expected) => Assert.Equal(expected, IpPrefix.Parse(text).IsPrivateUse);

    [Theory]
    [InlineData("192.168.100.128/30", "192.168.100.128/30", true)]
    [InlineData("2001:DB8::4/126", "2001:db8:0:0::4/126", true)]
    [InlineData("192.168.100.128/30", "192.168.100.128/29", false)]
    [InlineData("192.168.100.129/30", "192.168.100.128/30", false)] // host bits are part of the value
    [InlineData("0.0.0.0/0", "::/0", false)]
    [InlineData("192.168.100.128/30", "::ffff:192.168.100.128/30", false)]
    public void Equality(string a, string b, bool expected)
    {
        var left = IpPrefix.Parse(a);
        var right = IpPrefix.Parse(b);

        Assert.Equal(expected, left.Equals(right));
        Assert.Equal(expected, left.Equals((object)right));
        Assert.Equal(expected, left == right);
        Assert.Equal(!expected, left != right);
        if (expected)
        {
            Assert.Equal(left.GetHashCode(), right.GetHashCode());
        }
    }

    [Fact]
    public void Equals_object_of_another_type_is_false() => Assert.False(IpPrefix.Parse("10.0.0.0/8").Equals("10.0.0.0/8"));
}
