using System.Linq;
using ErAnalyzers.Model.Tests.TestData;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Model.Tests.Rules;

/// <summary>ER2003: a circuit of a gateway advertises addresses that the circuits backing it up there do not cover together.</summary>
public class BackupPrefixesRuleTests
{
    private static Circuit Ams => Make.StandardCircuitAt("er-ams", "Amsterdam");

    private static Circuit Lon => Make.StandardCircuitAt("er-lon", "London");

    private static Peering PrivateOf(Circuit circuit) => circuit.Peerings.Single(p => p.Kind == PeeringKind.Private);

    [Fact]
    public void A_prefix_advertised_over_the_later_circuit_only_is_reported_on_its_private_peering()
    {
        var ams = Ams.Advertising("10.1.0.0/16");
        var lon = Lon.Advertising("10.1.0.0/16", "10.2.0.0/16");
        var gateway = Make.GatewayFor("gw-weu", ams, lon);

        var finding = FindingAssert.Single(Make.DesignOf([ams, lon], gateway).Run<BackupPrefixesRule>(), Descriptors.ER2003, Severity.Warning,
            PrivateOf(lon).Location, ["er-lon", "10.2.0.0/16", "gw-weu", "'er-ams'", "'er-ams'"], ams.Location);
        Assert.Equal(
            "Circuit 'er-lon' advertises 10.2.0.0/16 on gateway 'gw-weu', but the circuits that back it up there ('er-ams') do not cover it, so Azure loses addresses in it when 'er-lon' fails: advertise 10.2.0.0/16 or a prefix that covers it over 'er-ams' too",
            finding.Message);
        Assert.Same(lon, finding.Element);
    }

    [Fact]
    public void A_prefix_advertised_over_the_earlier_circuit_only_is_named_with_that_circuit_on_the_later_circuit()
    {
        var ams = Ams.Advertising("10.1.0.0/16", "10.2.0.0/16");
        var lon = Lon.Advertising("10.1.0.0/16");

        FindingAssert.Single(Make.DesignOf([ams, lon], Make.GatewayFor("gw", ams, lon)).Run<BackupPrefixesRule>(), Descriptors.ER2003, Severity.Warning,
            PrivateOf(lon).Location, ["er-ams", "10.2.0.0/16", "gw", "'er-lon'", "'er-lon'"], ams.Location);
    }

    [Fact]
    public void The_same_prefixes_in_another_order_or_repeated_are_silent()
    {
        var ams = Ams.Advertising("10.1.0.0/16", "10.2.0.0/16");
        var lon = Lon.Advertising("10.2.0.0/16", "10.1.0.0/16", "10.2.0.0/16");

        Assert.Empty(Make.DesignOf([ams, lon], Make.GatewayFor("gw", ams, lon)).Run<BackupPrefixesRule>());
    }

    [Fact]
    public void A_circuit_advertises_what_any_of_its_links_advertises()
    {
        // One prefix per link is ER1002's concern within the circuit; across circuits the two sets are equal.
        var ams = Ams.WithPrivatePeering(p => p
            .WithPolicy(LinkRole.Primary, policy => policy with { AdvertisedPrefixes = [Make.AdvertisedPrefix("10.1.0.0/16")] })
            .WithPolicy(LinkRole.Secondary, policy => policy with { AdvertisedPrefixes = [Make.AdvertisedPrefix("10.2.0.0/16")] }));
        var lon = Lon.Advertising("10.1.0.0/16", "10.2.0.0/16");

        Assert.Empty(Make.DesignOf([ams, lon], Make.GatewayFor("gw", ams, lon)).Run<BackupPrefixesRule>());
    }

    [Fact]
    public void Ipv6_prefixes_count_too()
    {
        var ams = Ams.WithPrivatePeering(p => p.WithIpv6()).Advertising("10.1.0.0/16")
            .WithPrivatePeering(p => p.WithPolicy(LinkRole.Primary, policy => policy with { AdvertisedPrefixes = [Make.AdvertisedPrefix("2001:db8:10::/48")] }, IpFamily.IPv6));
        var lon = Lon.Advertising("10.1.0.0/16");

        FindingAssert.Single(Make.DesignOf([ams, lon], Make.GatewayFor("gw", ams, lon)).Run<BackupPrefixesRule>(), Descriptors.ER2003, Severity.Warning,
            PrivateOf(lon).Location, ["er-ams", "2001:db8:10::/48", "gw", "'er-lon'", "'er-lon'"], ams.Location);
    }

    [Fact]
    public void Microsoft_peering_prefixes_are_not_compared()
    {
        var ams = Make.Circuit("er-ams", Make.Private(), Make.Microsoft().WithPolicy(LinkRole.Primary, p => p with { AdvertisedPrefixes = [Make.AdvertisedPrefix("198.51.100.0/24")] }))
            .Advertising("10.1.0.0/16");
        var lon = Lon.Advertising("10.1.0.0/16");

        Assert.Empty(Make.DesignOf([ams, lon], Make.GatewayFor("gw", ams, lon)).Run<BackupPrefixesRule>());
    }

    [Fact]
    public void A_circuit_that_advertises_nothing_is_not_compared()
    {
        var ams = Ams;
        var lon = Lon.Advertising("10.1.0.0/16");

        Assert.Empty(Make.DesignOf([ams, lon], Make.GatewayFor("gw", ams, lon)).Run<BackupPrefixesRule>());
    }

    [Fact]
    public void An_unknown_prefix_is_silent()
    {
        var ams = Ams.Advertising("10.1.0.0/16").WithPrivatePeering(p => p.WithPolicy(LinkRole.Primary, policy => policy with
        {
            AdvertisedPrefixes = [.. policy.AdvertisedPrefixes, Make.Unknown<IpPrefix>()],
        }));
        var lon = Lon.Advertising("10.1.0.0/16", "10.2.0.0/16");

        Assert.Empty(Make.DesignOf([ams, lon], Make.GatewayFor("gw", ams, lon)).Run<BackupPrefixesRule>());
    }

    [Fact]
    public void A_link_not_seen_whole_may_advertise_more_and_is_silent()
    {
        var ams = Ams.Advertising("10.1.0.0/16").WithPrivatePeering(p => p.WithLink(LinkRole.Secondary, link => link with { IsComplete = false }));
        var lon = Lon.Advertising("10.1.0.0/16", "10.2.0.0/16");

        Assert.Empty(Make.DesignOf([ams, lon], Make.GatewayFor("gw", ams, lon)).Run<BackupPrefixesRule>());
    }

    [Fact]
    public void A_private_peering_not_seen_whole_may_have_more_links_and_is_silent()
    {
        var ams = Ams.Advertising("10.1.0.0/16").WithPrivatePeering(p => p with { IsComplete = false });
        var lon = Lon.Advertising("10.1.0.0/16", "10.2.0.0/16");

        Assert.Empty(Make.DesignOf([ams, lon], Make.GatewayFor("gw", ams, lon)).Run<BackupPrefixesRule>());
    }

    [Fact]
    public void A_circuit_without_a_private_peering_is_not_compared()
    {
        var ams = Make.Circuit("er-ams", Make.Microsoft());
        var lon = Lon.Advertising("10.1.0.0/16");

        Assert.Empty(Make.DesignOf([ams, lon], Make.GatewayFor("gw", ams, lon)).Run<BackupPrefixesRule>());
    }

    [Fact]
    public void A_gateway_not_seen_whole_is_silent()
    {
        var ams = Ams.Advertising("10.1.0.0/16");
        var lon = Lon.Advertising("10.1.0.0/16", "10.2.0.0/16");

        Assert.Empty(Make.DesignOf([ams, lon], Make.GatewayFor("gw", ams, lon) with { IsComplete = false }).Run<BackupPrefixesRule>());
    }

    // Microsoft's disaster-recovery article: more specific routes over the preferred circuit, the covering prefix over
    // the standby. Each covers the other's addresses, so either failing leaves Azure a route.
    [Theory]
    [InlineData(new[] { "10.1.0.0/17", "10.1.128.0/17" }, new[] { "10.1.0.0/16" })]
    [InlineData(new[] { "10.1.0.0/16" }, new[] { "10.1.0.0/17", "10.1.128.0/18", "10.1.192.0/18" })]
    [InlineData(new[] { "10.1.11.0/25", "10.1.11.128/25", "10.2.0.0/16" }, new[] { "10.1.11.0/24", "10.2.0.0/16" })]
    public void More_specific_prefixes_over_one_circuit_and_the_covering_prefix_over_the_other_are_silent(string[] preferred, string[] standby)
    {
        var ams = Ams.Advertising(preferred);
        var lon = Lon.Advertising(standby);

        Assert.Empty(Make.DesignOf([ams, lon], Make.GatewayFor("gw", ams, lon)).Run<BackupPrefixesRule>());
    }

    [Fact]
    public void A_covering_prefix_whose_more_specifics_leave_a_gap_is_reported()
    {
        // The /17s cover 10.1.0.0/16 but for 10.1.192.0/18: if er-lon fails, Azure has no route to it.
        var ams = Ams.Advertising("10.1.0.0/17", "10.1.128.0/18");
        var lon = Lon.Advertising("10.1.0.0/16");

        FindingAssert.Single(Make.DesignOf([ams, lon], Make.GatewayFor("gw", ams, lon)).Run<BackupPrefixesRule>(), Descriptors.ER2003, Severity.Warning,
            PrivateOf(lon).Location, ["er-lon", "10.1.0.0/16", "gw", "'er-ams'", "'er-ams'"], ams.Location);
    }

    [Fact]
    public void Circuits_that_serve_different_address_spaces_do_not_back_each_other_up_and_are_silent()
    {
        var ams = Ams.Advertising("10.1.0.0/16");
        var lon = Lon.Advertising("10.2.0.0/16", "2001:db8:20::/48");

        Assert.Empty(Make.DesignOf([ams, lon], Make.GatewayFor("gw", ams, lon)).Run<BackupPrefixesRule>());
    }

    [Fact]
    public void An_odd_first_circuit_is_reported_once_against_all_its_backups_on_the_last_of_them()
    {
        var odd = Make.StandardCircuitAt("er-odd", "Paris").Advertising("10.1.0.0/16", "10.9.0.0/16");
        var ams = Ams.Advertising("10.1.0.0/16");
        var lon = Lon.Advertising("10.1.0.0/16");
        var gateway = Make.GatewayFor("gw", odd, ams, lon);

        FindingAssert.Single(Make.DesignOf([odd, ams, lon], gateway).Run<BackupPrefixesRule>(), Descriptors.ER2003, Severity.Warning,
            PrivateOf(lon).Location, ["er-odd", "10.9.0.0/16", "gw", "'er-ams' and 'er-lon'", "'er-ams' or 'er-lon'"], odd.Location, ams.Location);
    }

    [Fact]
    public void A_last_odd_circuit_is_reported_once()
    {
        var ams = Ams.Advertising("10.1.0.0/16");
        var lon = Lon.Advertising("10.1.0.0/16");
        var odd = Make.StandardCircuitAt("er-odd", "Paris").Advertising("10.1.0.0/16", "10.9.0.0/16");

        FindingAssert.Single(Make.DesignOf([ams, lon, odd], Make.GatewayFor("gw", ams, lon, odd)).Run<BackupPrefixesRule>(), Descriptors.ER2003, Severity.Warning,
            PrivateOf(odd).Location, ["er-odd", "10.9.0.0/16", "gw", "'er-ams' and 'er-lon'", "'er-ams' or 'er-lon'"], ams.Location, lon.Location);
    }

    // The trial's design: er-lon backs up er-ams and er-fra; when er-lon fails, each still carries its own network.
    [Fact]
    public void A_shared_backup_covered_by_the_circuits_it_backs_up_together_is_silent()
    {
        var ams = Ams.Advertising("10.1.0.0/16");
        var fra = Make.StandardCircuitAt("er-fra", "Frankfurt").Advertising("10.2.0.0/16");
        var lon = Lon.Advertising("10.1.0.0/16", "10.2.0.0/16");

        Assert.Empty(Make.DesignOf([ams, fra, lon], Make.GatewayFor("gw", ams, fra, lon)).Run<BackupPrefixesRule>());
    }

    [Fact]
    public void Direct_circuits_that_cover_a_shared_backup_together_are_silent()
    {
        var a = Make.StandardCircuitAt("er-a", "Amsterdam").OnDirectPort("port-a").Advertising("10.1.0.0/16");
        var b = Make.StandardCircuitAt("er-b", "Amsterdam").OnDirectPort("port-b").Advertising("10.2.0.0/16");
        var c = Make.StandardCircuitAt("er-c", "Amsterdam").OnDirectPort("port-c").Advertising("10.3.0.0/16");
        var lon = Lon.OnDirectPort("port-lon").Advertising("10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16");

        Assert.Empty(Make.DesignOf([a, b, c, lon], Make.GatewayFor("gw", a, b, c, lon)).Run<BackupPrefixesRule>());
    }

    [Fact]
    public void Halves_of_a_prefix_over_two_backups_cover_it()
    {
        var ams = Ams.Advertising("10.1.0.0/17");
        var fra = Make.StandardCircuitAt("er-fra", "Frankfurt").Advertising("10.1.128.0/17");
        var lon = Lon.Advertising("10.1.0.0/16");

        Assert.Empty(Make.DesignOf([ams, fra, lon], Make.GatewayFor("gw", ams, fra, lon)).Run<BackupPrefixesRule>());
    }

    [Fact]
    public void A_shared_backup_with_a_network_its_backups_leave_out_is_reported_with_all_of_them()
    {
        var ams = Ams.Advertising("10.1.0.0/16");
        var fra = Make.StandardCircuitAt("er-fra", "Frankfurt").Advertising("10.2.0.0/16");
        var lon = Lon.Advertising("10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16");

        FindingAssert.Single(Make.DesignOf([ams, fra, lon], Make.GatewayFor("gw", ams, fra, lon)).Run<BackupPrefixesRule>(), Descriptors.ER2003, Severity.Warning,
            PrivateOf(lon).Location, ["er-lon", "10.3.0.0/16", "gw", "'er-ams' and 'er-fra'", "'er-ams' or 'er-fra'"], ams.Location, fra.Location);
    }

    [Fact]
    public void Direct_circuits_whose_union_leaves_a_gap_are_reported_with_three_backups_named()
    {
        var a = Make.StandardCircuitAt("er-a", "Amsterdam").OnDirectPort("port-a").Advertising("10.1.0.0/16");
        var b = Make.StandardCircuitAt("er-b", "Amsterdam").OnDirectPort("port-b").Advertising("10.2.0.0/16");
        var c = Make.StandardCircuitAt("er-c", "Amsterdam").OnDirectPort("port-c").Advertising("10.3.0.0/16");
        var lon = Lon.OnDirectPort("port-lon").Advertising("10.0.0.0/14");

        FindingAssert.Single(Make.DesignOf([a, b, c, lon], Make.GatewayFor("gw", a, b, c, lon)).Run<BackupPrefixesRule>(), Descriptors.ER2003, Severity.Warning,
            PrivateOf(lon).Location, ["er-lon", "10.0.0.0/14", "gw", "'er-a', 'er-b' and 'er-c'", "'er-a', 'er-b' or 'er-c'"], a.Location, b.Location, c.Location);
    }

    [Fact]
    public void Two_circuits_on_two_gateways_are_reported_once()
    {
        var ams = Ams.Advertising("10.1.0.0/16");
        var lon = Lon.Advertising("10.1.0.0/16", "10.2.0.0/16");

        var findings = Make.DesignOf([ams, lon], Make.GatewayFor("gw-1", ams, lon), Make.GatewayFor("gw-2", lon, ams)).Run<BackupPrefixesRule>();

        FindingAssert.Single(findings, Descriptors.ER2003, Severity.Warning, PrivateOf(lon).Location, ["er-lon", "10.2.0.0/16", "gw-1", "'er-ams'", "'er-ams'"], ams.Location);
    }
}
