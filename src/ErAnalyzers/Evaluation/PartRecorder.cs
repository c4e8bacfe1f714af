using System;
using System.Collections.Generic;
using ErAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>
/// What an evaluation met besides the design itself: the sites, routers and Direct ports it made (a rule about a
/// circuit needs those it names), and, while a whole design is walked, the parts each call inside it made
/// (<c>d.Circuit(...)</c>, <c>d.Gateway(...)</c>, <c>d.DirectPort(...)</c>), so that the rules of a part run on the
/// part as the walk saw it, with the values of its locals, parameters and loop variables at that moment.
/// </summary>
internal sealed class PartRecorder
{
    // The parts made by each call inside the walked design, in the order met (one per iteration of a loop, one per
    // call of a local function); null for a call met where the walk was cut short.
    private readonly Dictionary<SyntaxNode, List<RecordedPart>?> parts = [];

    // The NetworkDesign.Create(...) call being walked; null when a part is evaluated on its own.
    private SyntaxNode? design;

    public List<SiteRef> Sites { get; } = [];

    public List<RouterRef> Routers { get; } = [];

    public List<DirectPortState> DirectPorts { get; } = [];

    /// <summary>
    /// Records from now on the parts made by calls written in the file of <paramref name="create"/> (its own, and those
    /// of the helpers it calls there).
    /// </summary>
    public void RecordPartsOf(SyntaxNode create) => design = create;

    /// <summary>
    /// Records the part a call made, as the call made it. <paramref name="exact"/> is false when the walk cannot vouch
    /// for it (past the bound on followed calls): then the call's parts are unknown.
    /// </summary>
    public void Record(SyntaxNode call, Builder builder, SourceLocation at, bool exact)
    {
        if (design is null || call.SyntaxTree != design.SyntaxTree)
        {
            return;
        }

        if (!parts.TryGetValue(call, out var made))
        {
            parts[call] = made = [];
        }

        if (made is not null && exact)
        {
            var part = AsCalled(builder, at, configurableLater: false);
            made.Add(new RecordedPart(builder, part));

            // A design of a thousand circuits makes each circuit's model once, not again for the design.
            if (builder is CircuitState circuit)
            {
                circuit.Made = part.Circuits[0];
            }
        }
        else
        {
            parts[call] = null;
        }

        builder.Changed = false;
    }

    /// <summary>
    /// The parts a call made while the design was walked, as each was when the call returned, with the design's sites;
    /// none when the walk did not reach the call, null when it was cut short there.
    /// </summary>
    public IReadOnlyList<NetworkDesignModel>? PartsMadeBy(SyntaxNode call, IReadOnlyList<Site> sites) =>
        !parts.TryGetValue(call, out var made) ? [] : made?.ConvertAll(part => part.AsCalled() with { Sites = sites });

    /// <summary>
    /// A partial design of what a call made, without sites: the part, with the Direct ports it is or is on. Code after
    /// the call is not part of it: the call returns its builder, and what is done with it later is not seen from the
    /// call. The part is incomplete when such code may configure it.
    /// </summary>
    public NetworkDesignModel AsCalled(Builder builder, SourceLocation at, bool configurableLater)
    {
        // The walk of a design goes on with the builder as it was.
        bool incomplete = builder.Incomplete;
        builder.Incomplete = incomplete || configurableLater;
        var model = new NetworkDesignModel
        {
            Location = at,
            Circuits = builder is CircuitState circuit ? [circuit.ToModel()] : [],
            Gateways = builder is GatewayState gateway ? [gateway.ToModel()] : [],
            DirectPorts = builder switch
            {
                CircuitState onPort => PortsOf(onPort),
                DirectPortState port => [port.ToModel()],
                _ => [],
            },
            IsComplete = false,
        };
        builder.Incomplete = incomplete;
        return model;
    }

    /// <summary>The sites met, and those of the routers met, each once in the order met, with their routers each once.</summary>
    public List<Site> SitesMet()
    {
        var all = new List<SiteRef>(Sites);
        Routers.ForEach(router => AddOnce(all, router.Site));
        var distinct = new List<SiteRef>();
        all.ForEach(site => AddOnce(distinct, site));
        return distinct.ConvertAll(site =>
        {
            var siteRouters = new List<Router>();
            Routers.ForEach(router => AddOnce(siteRouters, Equals(router.Site, site) ? router.ToModel() : null));
            return new Site { Name = site.Name, Location = site.Location, Asn = site.Asn, Routers = siteRouters };
        });
    }

    // The ExpressRoute Direct port pairs a circuit is on (one, unless several share its name).
    private IReadOnlyList<DirectPort> PortsOf(CircuitState circuit) =>
        circuit.Connectivity is DirectConnectivity { PortName: { } name }
            ? DirectPorts.FindAll(port => port.Name == name).ConvertAll(port => port.ToModel())
            : Array.Empty<DirectPort>();

    private static void AddOnce<T>(List<T> list, T? item)
        where T : class
    {
        if (item is not null && !list.Contains(item))
        {
            list.Add(item);
        }
    }

    /// <summary>
    /// A part as its call made it, with its builder: when the rest of the design's walk changed the builder, code after
    /// the call configures it, and the part as the call alone sees it is incomplete.
    /// </summary>
    private sealed record RecordedPart(Builder Builder, NetworkDesignModel Model)
    {
        public NetworkDesignModel AsCalled() => !Builder.Changed ? Model : Builder switch
        {
            CircuitState => Model with { Circuits = [Model.Circuits[0] with { IsComplete = false }] },
            GatewayState => Model with { Gateways = [Model.Gateways[0] with { IsComplete = false }] },
            _ => Model with { DirectPorts = [Model.DirectPorts[0] with { IsComplete = false }] },
        };
    }
}
