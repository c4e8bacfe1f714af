using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER4003: an ASN used to peer with Microsoft (a site's ASN, or one written on a peering) is out of range or
/// reserved (0, above 4294967295, 65515-65520, 8074, 8075, 12076, 23456, 64496-64511, 65535-65551).
/// </summary>
public sealed class PeerAsnRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER4003;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Design;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        // An owner is described only when reported: most ASNs are fine.
        foreach (var site in design.Model.Sites.Each())
        {
            if (IsUnusable(site.Asn))
            {
                findings.Add(Report(site, site.Asn, $"site '{site.DisplayName}'"));
            }
        }

        foreach (var (circuit, peering) in design.Peerings)
        {
            if (IsUnusable(peering.PeerAsn))
            {
                findings.Add(Report(peering, peering.PeerAsn, new CircuitPeering(circuit, peering).Describe()));
            }
        }
    }

    private static bool IsUnusable([NotNullWhen(true)] Setting<Asn>? asn) => asn is { IsKnown: true, Value.Problem: not null };

    private Finding Report(DesignElement element, Setting<Asn> asn, string owner) =>
        Report(element, asn.Location, null, owner, asn.Value.ToString(), asn.Value.Problem!);
}
