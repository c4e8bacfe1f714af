using System.Globalization;
using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER4003: a site's ASN or a peering's peer ASN is out of range or reserved.</summary>
public class PeerAsnRuleTests
{
    private static NetworkDesignModel WithSiteAsn(NetworkDesignModel design, Setting<Asn>? asn) =>
        design with { Sites = [Make.Site("dc1", asn)] };

    [Theory]
    [InlineData(0, "an ASN must be from 1 to 4294967295")]
    [InlineData(4294967296, "an ASN must be from 1 to 4294967295")]
    [InlineData(8075, "it is one of Microsoft's own ASNs (8074, 8075, 12076)")]
    [InlineData(12076, "it is one of Microsoft's own ASNs (8074, 8075, 12076)")]
    [InlineData(23456, "it is reserved by IANA as AS_TRANS (23456)")]
    [InlineData(64500, "it is reserved by IANA for documentation (64496-64511)")]
    [InlineData(65515, "Azure reserves 65515-65520 for internal use")]
    [InlineData(65535, "it is reserved by IANA (65535-65551)")]
    public void A_reserved_site_asn_is_reported_on_the_asn(long value, string problem)
    {
        var design = WithSiteAsn(Make.Design(Make.Private()), Make.Set<Asn>(value));
        var site = design.Sites[0];

        var finding = FindingAssert.Single(design.Run<PeerAsnRule>(), Descriptors.ER4003, Severity.Error,
            site.Asn!.Location, ["site 'dc1'", value.ToString(CultureInfo.InvariantCulture), problem]);
        Assert.Same(site, finding.Element);
    }

    [Fact]
    public void The_full_message_names_the_owner_of_the_asn_once_quoted()
    {
        var design = WithSiteAsn(Make.Design(Make.Private()), Make.Set<Asn>(65515));

        var finding = Assert.Single(design.Run<PeerAsnRule>());

        Assert.Equal("ASN 65515 of site 'dc1' cannot be used for ExpressRoute peering: Azure reserves 65515-65520 for internal use", finding.Message);
    }

    [Theory]
    [InlineData(4294967296, "an ASN must be from 1 to 4294967295")]
    [InlineData(-1, "an ASN must be from 1 to 4294967295")]
    [InlineData(65520, "Azure reserves 65515-65520 for internal use")]
    public void A_bad_peer_asn_on_a_peering_is_reported_on_the_peer_asn(long value, string problem)
    {
        var peering = Make.Private() with { PeerAsn = Make.Set<Asn>(value) };
        var design = Make.Design(peering);

        var finding = FindingAssert.Single(design.Run<PeerAsnRule>(), Descriptors.ER4003, Severity.Error,
            peering.PeerAsn!.Location,
            ["peering 'AzurePrivatePeering' of circuit 'er-ams'", value.ToString(CultureInfo.InvariantCulture), problem]);
        Assert.Same(peering, finding.Element);
        Assert.Equal(
            $"ASN {value} of peering 'AzurePrivatePeering' of circuit 'er-ams' cannot be used for ExpressRoute peering: {problem}",
            finding.Message);
    }

    [Fact]
    public void Microsoft_peering_on_the_second_circuit_is_named()
    {
        var microsoft = Make.Microsoft() with { PeerAsn = Make.Set<Asn>(8074) };
        var design = Make.Design(Make.Circuit("er-ams", Make.Private()), Make.Circuit("er-fra", Make.Private(), microsoft));

        FindingAssert.Single(design.Run<PeerAsnRule>(), Descriptors.ER4003, Severity.Error, microsoft.PeerAsn!.Location,
            ["peering 'MicrosoftPeering' of circuit 'er-fra'", "8074", "it is one of Microsoft's own ASNs (8074, 8075, 12076)"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(65010)]
    [InlineData(65521)]
    [InlineData(4294967295)]
    public void A_valid_asn_is_silent(long value)
    {
        var design = WithSiteAsn(Make.Design(Make.Private() with { PeerAsn = Make.Set<Asn>(value) }), Make.Set<Asn>(value));

        Assert.Empty(design.Run<PeerAsnRule>());
    }

    [Fact]
    public void Unknown_or_absent_asns_are_silent()
    {
        var unknown = WithSiteAsn(Make.Design(Make.Private() with { PeerAsn = Make.Unknown<Asn>() }), Make.Unknown<Asn>());
        var absent = WithSiteAsn(Make.Design(Make.Private() with { PeerAsn = null }), null);

        Assert.Empty(unknown.Run<PeerAsnRule>());
        Assert.Empty(absent.Run<PeerAsnRule>());
    }

    [Fact]
    public void An_asn_without_a_location_is_reported_on_its_owner()
    {
        var design = WithSiteAsn(Make.Design(Make.Private()), Setting.Of<Asn>(0));

        FindingAssert.Single(design.Run<PeerAsnRule>(), Descriptors.ER4003, Severity.Error, design.Sites[0].Location,
            ["site 'dc1'", "0", "an ASN must be from 1 to 4294967295"]);
    }

    [Fact]
    public void A_bad_site_asn_and_a_bad_peer_asn_are_both_reported()
    {
        var peering = Make.Private() with { PeerAsn = Make.Set<Asn>(23456) };
        var design = WithSiteAsn(Make.Design(peering), Make.Set<Asn>(0));

        Assert.Equal(
            [peering.PeerAsn!.Location, design.Sites[0].Asn!.Location],
            design.Run<PeerAsnRule>().Select(f => f.Location));
    }
}
