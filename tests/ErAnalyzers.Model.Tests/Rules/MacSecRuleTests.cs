using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER5003: an ExpressRoute Direct link has no MACsec, or a non-XPN cipher.</summary>
public class MacSecRuleTests
{
    [Theory]
    [InlineData(MacSecCipher.GcmAesXpn128)]
    [InlineData(MacSecCipher.GcmAesXpn256)]
    public void Both_links_with_an_xpn_cipher_are_silent(MacSecCipher cipher)
    {
        Assert.Empty(Make.DesignOf(Make.EncryptedPort("erd-ams", cipher)).Run<MacSecRule>());
    }

    [Theory]
    [InlineData(MacSecCipher.GcmAes128)]
    [InlineData(MacSecCipher.GcmAes256)]
    public void A_non_xpn_cipher_is_reported_on_the_macsec_call(MacSecCipher cipher)
    {
        var port = Make.EncryptedPort("erd-ams") with { Link2 = Make.EncryptedLink("Link2", Make.Set(cipher)) };

        var finding = FindingAssert.Single(Make.DesignOf(port).Run<MacSecRule>(), Descriptors.ER5003, Severity.Info,
            port.Link2.MacSec!.Cipher!.Location, ["erd-ams", "Link2", $"uses the non-XPN cipher {cipher}"]);
        Assert.Equal(
            $"Link2 of Direct port 'erd-ams' uses the non-XPN cipher {cipher}: enable MACsec with an XPN cipher (GcmAesXpn128 or GcmAesXpn256)",
            finding.Message);
        Assert.Same(port.Link2, finding.Element);
    }

    [Fact]
    public void A_link_without_macsec_is_reported_on_its_link_call()
    {
        var port = Make.EncryptedPort("erd-ams") with { Link1 = Make.EncryptedLink("Link1", null) };

        var finding = FindingAssert.Single(Make.DesignOf(port).Run<MacSecRule>(), Descriptors.ER5003, Severity.Info,
            port.Link1.Location, ["erd-ams", "Link1", "has no MACsec"]);
        Assert.Equal("Link1 of Direct port 'erd-ams' has no MACsec: enable MACsec with an XPN cipher (GcmAesXpn128 or GcmAesXpn256)", finding.Message);
    }

    [Fact]
    public void Links_never_configured_are_reported_on_the_port_call()
    {
        var port = Make.Port("erd-ams", PortEncapsulation.QinQ);

        var findings = Make.DesignOf(port).Run<MacSecRule>();

        Assert.Collection(
            findings,
            f => FindingAssert.Is(f, Descriptors.ER5003, Severity.Info, port.Location, ["erd-ams", "Link1", "has no MACsec"]),
            f => FindingAssert.Is(f, Descriptors.ER5003, Severity.Info, port.Location, ["erd-ams", "Link2", "has no MACsec"]));
    }

    [Fact]
    public void A_cipher_the_analyzer_cannot_see_is_silent()
    {
        var port = Make.EncryptedPort("erd-ams") with { Link1 = Make.EncryptedLink("Link1", Make.Unknown<MacSecCipher>()) };

        Assert.Empty(Make.DesignOf(port).Run<MacSecRule>());
    }

    [Fact]
    public void An_incomplete_port_is_silent_because_macsec_may_be_configured_where_it_was_not_seen()
    {
        var port = Make.Port("erd-ams", PortEncapsulation.Dot1Q) with { IsComplete = false };

        Assert.Empty(Make.DesignOf(port).Run<MacSecRule>());
    }

    [Fact]
    public void Each_link_of_each_port_is_reported_on_its_own()
    {
        var ams = Make.EncryptedPort("erd-ams") with { Link1 = Make.EncryptedLink("Link1", Make.Set(MacSecCipher.GcmAes128)), Link2 = Make.EncryptedLink("Link2", null) };
        var lon = Make.EncryptedPort("erd-lon");
        var fra = Make.EncryptedPort("erd-fra") with { Link2 = Make.EncryptedLink("Link2", Make.Set(MacSecCipher.GcmAes256)) };

        var findings = Make.DesignOf(ams, lon, fra).Run<MacSecRule>();

        Assert.Equal(
            ["erd-ams Link1 uses the non-XPN cipher GcmAes128", "erd-ams Link2 has no MACsec", "erd-fra Link2 uses the non-XPN cipher GcmAes256"],
            findings.Select(f => string.Join(" ", f.MessageArguments)));
    }

    [Fact]
    public void An_unnamed_port_is_shown_as_unknown()
    {
        var port = Make.EncryptedPort("x") with { Name = null, Link1 = Make.EncryptedLink("Link1", null) };

        var finding = Assert.Single(Make.DesignOf(port).Run<MacSecRule>());

        Assert.Equal("(unknown)", finding.MessageArguments[0]);
    }
}
