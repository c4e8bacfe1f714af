using System.Collections.Generic;
using ErAnalyzers.Dsl;

namespace ErAnalyzers.Benchmarks.Corpus;

/// <summary>
/// Builds planned designs with the DSL in this process, as one design with every site, circuit and gateway of the
/// plans: the sites, circuits, peerings, links and planted mistakes that <see cref="DesignSource"/> writes (not the
/// routing weight it gives some connections), run instead of compiled.
/// </summary>
public static class DesignRuntime
{
    public static NetworkDesign Build(string name, IEnumerable<DesignPlan> designs) => NetworkDesign.Create(name, d =>
    {
        foreach (var design in designs)
        {
            Add(d, design);
        }
    });

    private static void Add(DesignBuilder d, DesignPlan design)
    {
        var site = d.Site(design.SiteName, asn: design.SiteAsn);
        var ce1 = site.Router(design.RouterName(1));
        var ce2 = site.Router(design.RouterName(2));
        var circuits = new List<CircuitBuilder>();
        foreach (var circuit in design.Circuits)
        {
            circuits.Add(d.Circuit(design.CircuitName(circuit), c => Configure(c, design, circuit, ce1, ce2)));
        }

        d.Gateway(design.GatewayName, design.GatewaySku, region: "westeurope", virtualNetwork: design.VirtualNetwork, g =>
        {
            foreach (var circuit in circuits)
            {
                g.Connect(circuit);
            }
        });
    }

    private static void Configure(CircuitBuilder c, DesignPlan design, CircuitPlan circuit, RouterBuilder ce1, RouterBuilder ce2)
    {
        c.ServiceProvider(circuit.Provider, peeringLocation: circuit.PeeringLocation, Bandwidth.Gbps(circuit.BandwidthGbps))
            .Sku(circuit.Tier, BillingModel.MeteredData)
            .Region("westeurope");
        if (circuit.Flaw == CircuitFlaw.TrafficAboveBandwidth)
        {
            c.ExpectedTraffic(Bandwidth.Gbps(2 * circuit.BandwidthGbps));
        }

        string prefix = design.PrivatePrefixOf(circuit);
        c.PrivatePeering(vlan: circuit.PrivateVlan, p =>
        {
            p.Primary(circuit.PrivateSubnet(LinkRole.Primary), ce1, link => link.Bfd().Advertise(prefix))
                .Secondary(circuit.PrivateSubnet(LinkRole.Secondary), circuit.Flaw == CircuitFlaw.SameRouter ? ce1 : ce2, link =>
                {
                    link.Bfd().Advertise(prefix);
                    if (circuit.Flaw == CircuitFlaw.OneSidedPrepend)
                    {
                        link.PrependAsPath(3);
                    }
                });
            if (circuit.Flaw == CircuitFlaw.LiteralMd5Key)
            {
                // The source text DesignSource writes, Md5Key("key..."): a literal, which is what ER5001 reports at run time.
                string key = design.LiteralMd5Key(circuit);
                p.Md5Key(key, keyExpression: $"\"{key}\"");
            }
            else
            {
                p.Md5Key(Secret.Parameter(design.Md5Parameter(circuit, PeeringKind.Private)));
            }
        });
        c.MicrosoftPeering(vlan: circuit.MicrosoftVlan, p =>
        {
            p.Primary(design.MicrosoftSubnet(circuit, LinkRole.Primary), ce1, circuit.Flaw == CircuitFlaw.NoBfd ? null : link => link.Bfd());
            if (circuit.Flaw != CircuitFlaw.MissingSecondaryLink)
            {
                p.Secondary(design.MicrosoftSubnet(circuit, LinkRole.Secondary), ce2, link => link.Bfd());
            }

            p.AdvertisePublicPrefix(CircuitPlan.PublicPrefix).RoutingRegistry("RIPENCC")
                .RouteFilter(design.RouteFilterName(circuit), rf => rf.Allow(BgpCommunity.ExchangeOnline));
            if (circuit.Flaw != CircuitFlaw.NoMd5Key)
            {
                p.Md5Key(Secret.Parameter(design.Md5Parameter(circuit, PeeringKind.Microsoft)));
            }
        });
    }
}
