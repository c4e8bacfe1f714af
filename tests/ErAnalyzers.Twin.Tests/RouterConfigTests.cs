using System;
using System.IO;
using System.Linq;
using ErAnalyzers.Dsl;
using ErAnalyzers.Dsl.Tests.Support;
using ErAnalyzers.Twin.Tests.Support;

namespace ErAnalyzers.Twin.Tests;

/// <summary>The text of the customer edge routers' configurations, one policy element at a time.</summary>
public sealed class RouterConfigTests
{
    private static string Config(NetworkDesign design, string router) =>
        design.ToRouterConfigs().Single(c => c.Router == router).Text;

    private static string Ce1(Action<LinkBuilder>? primary = null, Action<PrivatePeeringBuilder, RouterBuilder, RouterBuilder>? peering = null) =>
        Config(Designs.OnePeering(primary: primary, peering: peering), "ams-ce1");

    [Fact]
    public void Each_router_that_terminates_a_link_gets_one_file_named_after_it_in_design_order()
    {
        var configs = Designs.Sample("MaximumResiliency").ToRouterConfigs();

        Assert.Equal(["ams-ce1.conf", "ams-ce2.conf", "lon-ce1.conf", "lon-ce2.conf"], configs.Select(c => c.FileName));
        Assert.All(configs, c => Assert.Contains($"\nhostname {c.Router}\n", c.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_neighbour_is_microsofts_second_usable_address_in_AS_12076_with_the_router_in_its_sites_AS()
    {
        string ce1 = Config(Designs.Sample("QuickStart"), "ams-ce1");
        string ce2 = Config(Designs.Sample("QuickStart"), "ams-ce2");

        Assert.Contains("\nrouter bgp 65010\n", ce1, StringComparison.Ordinal);
        Assert.Contains(" neighbor 192.168.100.130 remote-as 12076\n neighbor 192.168.100.130 description er-ams AzurePrivatePeering IPv4 primary\n", ce1, StringComparison.Ordinal);
        Assert.Contains(" neighbor 203.0.113.2 remote-as 12076\n", ce1, StringComparison.Ordinal);
        Assert.Contains(" neighbor 192.168.100.134 remote-as 12076\n", ce2, StringComparison.Ordinal);
        Assert.DoesNotContain("203.0.113", ce2, StringComparison.Ordinal);
    }

    [Fact]
    public void An_IPv6_link_is_a_session_to_the_second_address_of_its_126_in_the_IPv6_family_only()
    {
        string ce1 = Config(Designs.Sample("MaximumResiliency"), "ams-ce1");

        Assert.Contains(" neighbor 2001:db8:100::2 remote-as 12076\n", ce1, StringComparison.Ordinal);
        string ipv4 = Between(ce1, " address-family ipv4 unicast\n", " exit-address-family\n");
        string ipv6 = Between(ce1, " address-family ipv6 unicast\n", " exit-address-family\n");
        Assert.Contains("  neighbor 192.168.100.130 activate\n", ipv4, StringComparison.Ordinal);
        Assert.DoesNotContain("2001:db8:100::2", ipv4, StringComparison.Ordinal);
        Assert.Contains("  neighbor 2001:db8:100::2 activate\n", ipv6, StringComparison.Ordinal);
        Assert.Contains(" no bgp default ipv4-unicast\n", ce1, StringComparison.Ordinal);
    }

    [Fact]
    public void The_MD5_key_is_a_placeholder_named_after_its_secret_never_a_literal()
    {
        Assert.Contains(" neighbor 192.168.100.130 password {{secret:privateMd5Key}}\n", Ce1(), StringComparison.Ordinal);

        string literal = Config(Designs.OnePeering(peering: (p, _, _) => p.Md5Key("Sup3rSecretKey")), "ams-ce1");
        Assert.Contains(" neighbor 192.168.100.130 password {{secret:md5Key_er_ams_Private}}\n", literal, StringComparison.Ordinal);
        Assert.DoesNotContain("Sup3rSecretKey", literal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_peering_without_MD5_key_has_no_password()
    {
        string config = Config(NoKeyDesign(), "ams-ce1");

        Assert.Contains(" neighbor 192.168.100.130 remote-as 12076\n", config, StringComparison.Ordinal);
        Assert.DoesNotContain("password", config, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", config, StringComparison.Ordinal);
    }

    [Fact]
    public void Advertised_prefixes_are_originated_and_only_they_leave_through_the_links_prefix_list()
    {
        string ce1 = Ce1(link => link.Advertise("10.20.0.0/16"));

        Assert.Contains("  network 10.10.0.0/16\n  network 10.20.0.0/16\n", ce1, StringComparison.Ordinal);
        Assert.Contains("  neighbor 192.168.100.130 route-map er-ams-private-v4-primary-out out\n", ce1, StringComparison.Ordinal);
        Assert.Contains(
            "ip prefix-list er-ams-private-v4-primary-out seq 5 permit 10.10.0.0/16\nip prefix-list er-ams-private-v4-primary-out seq 10 permit 10.20.0.0/16\n",
            ce1, StringComparison.Ordinal);
        Assert.Contains(
            "route-map er-ams-private-v4-primary-out permit 10\n match ip address prefix-list er-ams-private-v4-primary-out\nexit\n",
            ce1, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_that_advertises_nothing_sends_nothing()
    {
        string ce1 = Config(Designs.Sample("MaximumResiliency"), "ams-ce1");

        Assert.Contains("route-map er-ams-private-v6-primary-out deny 10\nexit\n", ce1, StringComparison.Ordinal);
        Assert.DoesNotContain("ipv6 prefix-list", ce1, StringComparison.Ordinal);
    }

    [Fact]
    public void Microsoft_peering_advertises_the_peerings_public_prefixes()
    {
        string ce1 = Config(Designs.Sample("QuickStart"), "ams-ce1");

        Assert.Contains("  network 198.51.100.0/24\n", ce1, StringComparison.Ordinal);
        Assert.Contains("ip prefix-list er-ams-microsoft-v4-primary-out seq 5 permit 198.51.100.0/24\n", ce1, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepending_repeats_the_customer_ASN_on_that_link_only()
    {
        var design = Designs.OnePeering(secondary: link => link.PrependAsPath(3));

        Assert.Contains(
            "route-map er-ams-private-v4-secondary-out permit 10\n match ip address prefix-list er-ams-private-v4-secondary-out\n set as-path prepend 65010 65010 65010\nexit\n",
            Config(design, "ams-ce2"), StringComparison.Ordinal);
        Assert.DoesNotContain("prepend", Config(design, "ams-ce1"), StringComparison.Ordinal);
    }

    [Fact]
    public void Prepending_uses_the_peerings_ASN_where_it_replaces_the_sites()
    {
        string ce1 = Ce1(link => link.PrependAsPath(1), (p, _, _) => p.PeerAsn(65020));

        Assert.Contains(" neighbor 192.168.100.130 local-as 65020 no-prepend replace-as\n", ce1, StringComparison.Ordinal);
        Assert.Contains(" set as-path prepend 65020\n", ce1, StringComparison.Ordinal);
        Assert.Contains("\nrouter bgp 65010\n", ce1, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_preference_is_set_on_routes_received_on_the_link()
    {
        Assert.Contains("route-map er-ams-private-v4-primary-in permit 10\n set local-preference 200\nexit\n", Ce1(link => link.LocalPreference(200)), StringComparison.Ordinal);
        Assert.Contains("route-map er-ams-private-v4-primary-in permit 10\nexit\n", Ce1(), StringComparison.Ordinal);
    }

    [Fact]
    public void MED_is_set_on_routes_sent_on_the_link()
    {
        Assert.Contains(" set metric 50\nexit\n", Ce1(link => link.Med(50)), StringComparison.Ordinal);
        Assert.DoesNotContain("metric", Ce1(), StringComparison.Ordinal);
    }

    [Fact]
    public void Timers_are_the_links_keepalive_and_hold()
    {
        Assert.Contains(" neighbor 192.168.100.130 timers 10 30\n", Ce1(link => link.Timers(10, 30)), StringComparison.Ordinal);
        Assert.DoesNotContain("timers", Ce1(), StringComparison.Ordinal);
    }

    [Fact]
    public void BFD_is_on_where_the_link_asks_with_its_multiplier_and_intervals()
    {
        Assert.Contains(" neighbor 192.168.100.130 bfd 3 300 300\n", Ce1(link => link.Bfd()), StringComparison.Ordinal);
        Assert.Contains(" neighbor 192.168.100.130 bfd 5 500 500\n", Ce1(link => link.Bfd(500, 5)), StringComparison.Ordinal);
        Assert.DoesNotContain("bfd", Ce1(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_shut_link_is_a_shut_neighbour()
    {
        Assert.Contains(" neighbor 192.168.100.130 shutdown\n", Ce1(link => link.Shutdown()), StringComparison.Ordinal);
        Assert.DoesNotContain("shutdown", Ce1(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ignoring_AS_path_length_is_router_wide_in_FRR()
    {
        Assert.Contains("\n bgp bestpath as-path ignore\n", Ce1(link => link.IgnoreAsPathLength()), StringComparison.Ordinal);
        Assert.DoesNotContain("as-path ignore", Ce1(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_is_the_same_on_every_run_and_in_every_culture()
    {
        string invariant = string.Concat(Designs.Sample("MaximumResiliency").ToRouterConfigs().Select(c => c.Text));
        using (new CultureScope("ar-SA"))
        {
            Assert.Equal(invariant, string.Concat(Designs.Sample("MaximumResiliency").ToRouterConfigs().Select(c => c.Text)));
        }

        Assert.DoesNotContain("\r", invariant, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_are_written_whole_with_the_text_and_nothing_else()
    {
        using var folder = new TempFolder();
        var design = Designs.Sample("QuickStart");
        File.WriteAllText(folder.Combine("ams-ce1.conf"), "previous");

        var written = design.WriteRouterConfigs(folder.Combine("configs"));
        design.WriteRouterConfigs(folder.Path);

        Assert.Equal([folder.Combine("configs", "ams-ce1.conf"), folder.Combine("configs", "ams-ce2.conf")], written);
        Assert.Equal(["ams-ce1.conf", "ams-ce2.conf", "configs"], folder.Entries());
        Assert.Equal(design.ToRouterConfigs()[0].Text, File.ReadAllText(folder.Combine("ams-ce1.conf")));
    }

    [Fact]
    public void A_design_with_an_error_writes_nothing()
    {
        using var folder = new TempFolder();
        // ER4001: a /29 is no link subnet.
        var design = NoKeyDesign("192.168.100.128/29");

        Assert.Throws<DesignValidationException>(() => design.WriteRouterConfigs(folder.Combine("configs")));
        Assert.Empty(folder.Entries());
    }

    private static NetworkDesign NoKeyDesign(string subnet = "192.168.100.128/30") => NetworkDesign.Create("no-key", d =>
    {
        var ce1 = d.Site("ams-dc", asn: 65010).Router("ams-ce1");
        d.Circuit("er-ams", c => c
            .ServiceProvider("Equinix", peeringLocation: "Amsterdam", Bandwidth.Gbps(1))
            .Sku(CircuitTier.Standard, BillingModel.MeteredData)
            .PrivatePeering(100, p => p.Primary(subnet, ce1)));
    });

    private static string Between(string text, string start, string end)
    {
        int from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start.Trim()}' is missing");
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }
}
