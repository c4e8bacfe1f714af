using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER5002: a peering has no BGP MD5 key.</summary>
public class MissingMd5KeyRuleTests
{
    [Fact]
    public void A_peering_without_a_key_is_reported_on_the_peering_call()
    {
        var peering = Make.Private();

        var finding = FindingAssert.Single(Make.Design(peering).Run<MissingMd5KeyRule>(), Descriptors.ER5002, Severity.Info,
            peering.Location, ["er-ams", "AzurePrivatePeering"]);
        Assert.Equal(
            "Peering 'AzurePrivatePeering' of circuit 'er-ams' has no MD5 authentication: set an MD5 key with Md5Key(Secret.Parameter(name))",
            finding.Message);
        Assert.Same(peering, finding.Element);
    }

    [Fact]
    public void A_key_of_any_kind_is_silent()
    {
        // A literal key is ER5001's business; a key the analyzer cannot read is still a key.
        var design = Make.Design(
            Make.Circuit("er-ams", Make.Private().WithMd5Key(Make.KeyParameter())),
            Make.Circuit("er-lon", Make.Private().WithMd5Key(Make.LiteralKey())),
            Make.Circuit("er-fra", Make.Private().WithMd5Key(new SecretReference { Location = Make.At() })));

        Assert.Empty(design.Run<MissingMd5KeyRule>());
    }

    [Fact]
    public void An_incomplete_peering_is_silent_because_the_key_may_be_set_where_it_was_not_seen()
    {
        var design = Make.Design(Make.Private() with { IsComplete = false });

        Assert.Empty(design.Run<MissingMd5KeyRule>());
    }

    [Fact]
    public void Microsoft_peering_is_checked_too()
    {
        var microsoft = Make.Microsoft();
        var design = Make.Design(Make.Private().WithMd5Key(Make.KeyParameter()), microsoft);

        FindingAssert.Single(design.Run<MissingMd5KeyRule>(), Descriptors.ER5002, Severity.Info, microsoft.Location, ["er-ams", "MicrosoftPeering"]);
    }

    [Fact]
    public void Each_peering_of_each_circuit_is_reported_once_whatever_its_families()
    {
        var design = Make.Design(
            Make.Circuit("er-ams", Make.Private().WithIpv6(), Make.Microsoft()),
            Make.Circuit("er-lon", Make.Private().WithMd5Key(Make.KeyParameter())));

        var findings = design.Run<MissingMd5KeyRule>();

        Assert.Equal(["er-ams AzurePrivatePeering", "er-ams MicrosoftPeering"], findings.Select(f => string.Join(" ", f.MessageArguments)));
    }

    [Fact]
    public void An_unnamed_circuit_is_shown_as_unknown()
    {
        var design = Make.Design(Make.Circuit("x", Make.Private()) with { Name = null });

        var finding = Assert.Single(design.Run<MissingMd5KeyRule>());

        Assert.Equal(["(unknown)", "AzurePrivatePeering"], finding.MessageArguments);
    }
}
