using System.Globalization;
using ErAnalyzers.Dsl;

namespace ErAnalyzers.Dsl.Tests.Support;

/// <summary>
/// A large estate: sites of two routers, each with its circuits at five peering locations (two each) and a gateway
/// in one of five regions connecting them; private peering on every circuit, Microsoft peering on every other.
/// </summary>
internal static class LargeDesign
{
    private static readonly string[] Locations = ["Amsterdam", "London", "Frankfurt", "Paris", "Dublin"];
    private static readonly string[] Regions = ["westeurope", "northeurope", "uksouth", "germanywestcentral", "francecentral"];

    public static NetworkDesign Create(int sites, int circuitsPerSite) => NetworkDesign.Create("large-estate", d =>
    {
        for (int s = 0; s < sites; s++)
        {
            string id = s.ToString("D2", CultureInfo.InvariantCulture);
            var site = d.Site($"dc-{id}", asn: 64600 + s);
            var ce1 = site.Router($"dc-{id}-ce1");
            var ce2 = site.Router($"dc-{id}-ce2");
            var circuits = new CircuitBuilder[circuitsPerSite];
            for (int c = 0; c < circuitsPerSite; c++)
            {
                int n = (s * circuitsPerSite) + c;
                circuits[c] = d.Circuit($"er-{id}-{c}", circuit =>
                {
                    circuit.ServiceProvider("Equinix", Locations[c / 2 % Locations.Length], Bandwidth.Gbps(1))
                        .Sku(CircuitTier.Premium, BillingModel.MeteredData)
                        .Region(Regions[s % Regions.Length])
                        .PrivatePeering(100, p => p
                            .Primary($"10.{s}.{c}.0/30", ce1, link => link.Bfd())
                            .Secondary($"10.{s}.{c}.4/30", ce2, link => link.Bfd())
                            .Md5Key(Secret.Parameter($"md5Private{n}")));
                    if (c % 2 == 0)
                    {
                        circuit.MicrosoftPeering(200, p => p
                            .Primary($"45.{s}.{c}.0/30", ce1, link => link.Bfd())
                            .Secondary($"45.{s}.{c}.4/30", ce2, link => link.Bfd())
                            .AdvertisePublicPrefix($"46.{s}.{c}.0/24")
                            .RouteFilter($"rf-{n}", rf => rf.Allow(BgpCommunity.ExchangeOnline))
                            .Md5Key(Secret.Parameter($"md5Microsoft{n}")));
                    }
                });
            }

            d.Gateway($"ergw-{id}", GatewaySku.ErGw3AZ, Regions[s % Regions.Length], $"hub-{id}", g =>
            {
                foreach (var circuit in circuits)
                {
                    g.Connect(circuit);
                }
            });
        }
    });
}
