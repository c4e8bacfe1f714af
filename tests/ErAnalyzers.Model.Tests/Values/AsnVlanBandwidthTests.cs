using System;

namespace ErAnalyzers.Model.Tests.Values;

public class AsnTests
{
    [Theory]
    [InlineData(0, "an ASN must be from 1 to 4294967295")]
    [InlineData(-1, "an ASN must be from 1 to 4294967295")]
    [InlineData(4294967296, "an ASN must be from 1 to 4294967295")]
    [InlineData(8074, "it is one of Microsoft's own ASNs (8074, 8075, 12076)")]
    [InlineData(8075, "it is one of Microsoft's own ASNs (8074, 8075, 12076)")]
    [InlineData(12076, "it is one of Microsoft's own ASNs (8074, 8075, 12076)")]
    [InlineData(23456, "it is reserved by IANA as AS_TRANS (23456)")]
    [InlineData(64496, "it is reserved by IANA for documentation (64496-64511)")]
    [InlineData(64511, "it is reserved by IANA for documentation (64496-64511)")]
    [InlineData(65515, "Azure reserves 65515-65520 for internal use")]
    [InlineData(65517, "Azure reserves 65515-65520 for internal use")]
    [InlineData(65520, "Azure reserves 65515-65520 for internal use")]
    [InlineData(65535, "it is reserved by IANA (65535-65551)")]
    [InlineData(65551, "it is reserved by IANA (65535-65551)")]
    public void Problem_names_why_an_asn_cannot_peer(long value, string problem) => Assert.Equal(problem, new Asn(value).Problem);

    [Theory]
    [InlineData(1)]
    [InlineData(8073)]
    [InlineData(8076)]
    [InlineData(12075)]
    [InlineData(64495)]
    [InlineData(64512)]
    [InlineData(65010)]
    [InlineData(65514)]
    [InlineData(65521)]
    [InlineData(65534)]
    [InlineData(65552)]
    [InlineData(4200000000)]
    [InlineData(4294967295)]
    public void Problem_is_null_for_a_usable_asn(long value) => Assert.Null(new Asn(value).Problem);

    [Theory]
    [InlineData(64511, false)]
    [InlineData(64512, true)]
    [InlineData(65534, true)]
    [InlineData(65535, false)]
    [InlineData(4199999999, false)]
    [InlineData(4200000000, true)]
    [InlineData(4294967294, true)]
    [InlineData(4294967295, false)]
    public void IsPrivate(long value, bool expected) => Assert.Equal(expected, new Asn(value).IsPrivate);

    [Theory]
    [InlineData("65010", 65010)]
    [InlineData("AS65010", 65010)]
    [InlineData("as65010", 65010)]
    [InlineData(" 65010 ", 65010)]
    [InlineData("1.10", 65546)]
    [InlineData("AS1.10", 65546)]
    [InlineData("0.65535", 65535)]
    [InlineData("65535.65535", 4294967295)]
    [InlineData("4294967295", 4294967295)]
    [InlineData("4294967296", 4294967296)] // kept, so that rule ER4003 can report it
    public void Parse_reads_asplain_and_asdot(string text, long expected)
    {
        Assert.Equal(new Asn(expected), Asn.Parse(text));
        Assert.True(Asn.TryParse(text, out var asn));
        Assert.Equal(expected, asn.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("AS")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("AS-1")]
    [InlineData("AS 65010")]
    [InlineData("65,010")]
    [InlineData("1.70000")]
    [InlineData("70000.1")]
    [InlineData("1.")]
    [InlineData(".1")]
    [InlineData("1.2.3")]
    [InlineData("0x10")]
    [InlineData("99999999999999999999")]
    public void Parse_rejects_other_text(string text)
    {
        Assert.False(Asn.TryParse(text, out var asn));
        Assert.Equal(default, asn);

        var exception = Assert.Throws<FormatException>(() => Asn.Parse(text));
        Assert.Contains($"'{text}'", exception.Message);
    }

    [Fact]
    public void TryParse_rejects_null() => Assert.False(Asn.TryParse(null, out _));

    [Fact]
    public void Equality_and_text()
    {
        Asn asn = 65010;

        Assert.Equal(new Asn(65010), asn);
        Assert.True(asn == Asn.Parse("AS65010"));
        Assert.True(asn != new Asn(65011));
        Assert.False(asn.Equals((object)65010L));
        Assert.Equal(new Asn(65010).GetHashCode(), asn.GetHashCode());
        Assert.Equal("65010", asn.ToString());
        Assert.Equal("4294967296", new Asn(4294967296).ToString());
    }
}

public class VlanIdTests
{
    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(100, true)]
    [InlineData(4094, true)]
    [InlineData(4095, false)]
    [InlineData(65536, false)]
    public void IsInStandardRange_is_802_1Q(int value, bool expected) => Assert.Equal(expected, new VlanId(value).IsInStandardRange);

    [Fact]
    public void Equality_and_text()
    {
        VlanId vlan = 100;

        Assert.Equal(100, vlan.Value);
        Assert.True(vlan == new VlanId(100));
        Assert.True(vlan != new VlanId(101));
        Assert.False(vlan.Equals((object)100));
        Assert.Equal("100", vlan.ToString());
    }
}

public class BandwidthTests
{
    [Theory]
    [InlineData(50, "50 Mbps")]
    [InlineData(500, "500 Mbps")]
    [InlineData(1000, "1 Gbps")]
    [InlineData(1500, "1500 Mbps")]
    [InlineData(10000, "10 Gbps")]
    public void Mbps_and_text(long megabits, string text)
    {
        var bandwidth = Bandwidth.Mbps(megabits);

        Assert.Equal(megabits, bandwidth.Megabits);
        Assert.Equal(megabits % 1000 == 0, bandwidth.IsWholeGigabits);
        Assert.Equal(text, bandwidth.ToString());
    }

    [Theory]
    [InlineData(1, "1 Gbps")]
    [InlineData(10, "10 Gbps")]
    [InlineData(100, "100 Gbps")]
    public void Gbps_and_text(long gigabits, string text)
    {
        var bandwidth = Bandwidth.Gbps(gigabits);

        Assert.Equal(gigabits * 1000, bandwidth.Megabits);
        Assert.Equal(gigabits, bandwidth.Gigabits);
        Assert.Equal(text, bandwidth.ToString());
        Assert.Equal(Bandwidth.Mbps(gigabits * 1000), bandwidth);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-1000)]
    [InlineData(long.MinValue)]
    public void Mbps_rejects_a_non_positive_value(long megabits)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Bandwidth.Mbps(megabits));

        Assert.Equal("megabits", exception.ParamName);
        Assert.Equal(megabits, exception.ActualValue);
        Assert.Contains($"Bandwidth {megabits} Mbps is not valid", exception.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(long.MaxValue)]
    public void Gbps_rejects_a_non_positive_or_unrepresentable_value(long gigabits)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Bandwidth.Gbps(gigabits));

        Assert.Equal("gigabits", exception.ParamName);
        Assert.Equal(gigabits, exception.ActualValue);
        Assert.Contains($"Bandwidth {gigabits} Gbps is not valid", exception.Message);
    }

    [Fact]
    public void Comparison_and_equality()
    {
        Assert.True(Bandwidth.Mbps(500).CompareTo(Bandwidth.Gbps(1)) < 0);
        Assert.True(Bandwidth.Gbps(10).CompareTo(Bandwidth.Gbps(1)) > 0);
        Assert.True(Bandwidth.Gbps(1) == Bandwidth.Mbps(1000));
        Assert.True(Bandwidth.Gbps(1) != Bandwidth.Mbps(999));
        Assert.Equal(Bandwidth.Gbps(1).GetHashCode(), Bandwidth.Mbps(1000).GetHashCode());
    }
}
