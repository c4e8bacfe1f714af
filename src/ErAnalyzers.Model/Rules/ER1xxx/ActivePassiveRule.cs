using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER1002: the two links of a peering are not equal partners, so one of them is passive: one link shut down,
/// AS-path prepending on one link only (or unequal counts), a prefix advertised on one link only (more
/// specifics), lower local preference or higher MED on one link. Reported on the setting that makes the
/// difference, with the other link as an additional location. On Microsoft peering with a private peer ASN a prepend
/// changes nothing (Microsoft removes private ASNs from the path): that is reported as such, at Info.
/// The fix properties make both links take the value of the preferred link (see <see cref="FixProperties.Removable"/>,
/// <see cref="FixProperties.SharedValue"/>, <see cref="FixProperties.CopyToPartner"/>), so that one fix settles and the
/// circuit keeps the standing the preferred link gave it against other circuits and VPNs.
/// </summary>
public sealed class ActivePassiveRule : DesignRule
{
    private const long DefaultLocalPreference = 100;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER1002;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var links in design.LinkPairs)
        {
            // Absent settings mean defaults only when the whole peering and link configuration was seen.
            if (!links.Peering.IsComplete || links.Pair is not { Primary: { IsComplete: true } primary, Secondary: { IsComplete: true } secondary })
            {
                continue;
            }

            var comparison = new LinkComparison(this, design, links, primary, secondary, findings);
            comparison.Shutdown();
            comparison.Prepend();
            comparison.AdvertisedPrefixes();
            comparison.LocalPreference();
            comparison.Med();
        }
    }

    // A struct: one is made for every link pair with two links.
    private readonly struct LinkComparison(ActivePassiveRule rule, DesignView design, CircuitLinkPair where, Link primary, Link secondary, List<Finding> findings)
    {
        public void Shutdown()
        {
            if (primary.Policy.Shutdown.TryGetValueOrDefault(false, out bool primaryDown)
                && secondary.Policy.Shutdown.TryGetValueOrDefault(false, out bool secondaryDown)
                && primaryDown != secondaryDown)
            {
                var down = primaryDown ? primary : secondary;
                findings.Add(Report(down, down, down.Policy.Shutdown!.Location, $"the {down.Role.Describe()} link is administratively shut down", Fix.Remove()));
            }
        }

        public void Prepend()
        {
            if (primary.Policy.AsPathPrepend.TryGetValueOrDefault(0, out int primaryCount)
                && secondary.Policy.AsPathPrepend.TryGetValueOrDefault(0, out int secondaryCount)
                && primaryCount != secondaryCount)
            {
                var (longer, shorter, longerCount, shorterCount) = primaryCount > secondaryCount
                    ? (primary, secondary, primaryCount, secondaryCount)
                    : (secondary, primary, secondaryCount, primaryCount);
                string difference = $"the {longer.Role.Describe()} link prepends its AS path {Times(longerCount)}, the {shorter.Role.Describe()} link {Times(shorterCount)}";
                // The longer path takes the shorter count: a prepend on both links would go on preferring one.
                var fix = shorterCount == 0 ? Fix.Remove() : Fix.SetTo(shorterCount);
                if (where.Peering.Kind != PeeringKind.Microsoft)
                {
                    // AsPathPrepend may be absent on the longer path when the other count is negative (invalid).
                    findings.Add(Report(longer, longer, longer.Policy.AsPathPrepend?.Location, difference, fix));
                }
                else if (PeerAsn(longer) is { } asn)
                {
                    findings.Add(asn.IsPrivate
                        ? Report(Severity.Info, longer, longer, longer.Policy.AsPathPrepend?.Location,
                            $"gains nothing from its AS-path prepend: {difference}, but Microsoft removes private AS numbers such as peer ASN {asn} " +
                            "from the AS path on Microsoft peering; remove the prepend, or peer with a public ASN to influence routing", fix)
                        : Report(longer, longer, longer.Policy.AsPathPrepend?.Location, difference, fix));
                }
            }
        }

        // The ASN the link's router peers with: the peering's, else its site's; null when not known.
        private Asn? PeerAsn(Link link)
        {
            var asn = where.Peering.PeerAsn ?? (link.SiteName is null ? null : design.Model.Sites.OnlyNamed(link.SiteName)?.Asn);
            return asn is { IsKnown: true } ? asn.Value : null;
        }

        public void AdvertisedPrefixes()
        {
            var primaryPrefixes = primary.Policy.AdvertisedPrefixes;
            var secondaryPrefixes = secondary.Policy.AdvertisedPrefixes;

            // The same prefixes in the same order on both links, the usual case, are none on one link only.
            if (SameValues(primaryPrefixes, secondaryPrefixes) || AnyUnknown(primaryPrefixes) || AnyUnknown(secondaryPrefixes))
            {
                return;
            }

            OneSided(primary, primaryPrefixes, secondaryPrefixes);
            OneSided(secondary, secondaryPrefixes, primaryPrefixes);
        }

        public void LocalPreference() => Compare(l => l.Policy.LocalPreference, DefaultLocalPreference, lowerIsPassive: true, "local preference");

        public void Med() => Compare(l => l.Policy.Med, 0, lowerIsPassive: false, "MED");

        private static bool SameValues(IReadOnlyList<Setting<IpPrefix>> some, IReadOnlyList<Setting<IpPrefix>> others)
        {
            if (some.Count != others.Count)
            {
                return false;
            }

            for (int i = 0; i < some.Count; i++)
            {
                if (some[i].Value != others[i].Value)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool AnyUnknown(IReadOnlyList<Setting<IpPrefix>> prefixes)
        {
            foreach (var prefix in prefixes.Each())
            {
                if (!prefix.IsKnown)
                {
                    return true;
                }
            }

            return false;
        }

        private void OneSided(Link link, IReadOnlyList<Setting<IpPrefix>> own, IReadOnlyList<Setting<IpPrefix>> other)
        {
            var otherSet = new HashSet<IpPrefix>(other.Select(p => p.Value));
            var ownSet = new HashSet<IpPrefix>(own.Select(p => p.Value));
            var reported = new HashSet<IpPrefix>();
            foreach (var prefix in own.Where(p => !otherSet.Contains(p.Value) && reported.Add(p.Value)))
            {
                // Covered by more specifics on the other link only: those are the settings to report, not this one. More
                // specifics on both links leave the rest of this prefix to this link alone.
                if (other.Any(o => prefix.Value.Contains(o.Value) && !ownSet.Contains(o.Value)))
                {
                    continue;
                }

                // A more specific of what the other link advertises draws all of that traffic to this link.
                string what = other.FirstOrDefault(o => o.Value.Contains(prefix.Value)) is { } covering
                    ? $"the more specific prefix {prefix.Value} (within {covering.Value}) is advertised on the {link.Role.Describe()} link only"
                    : $"prefix {prefix.Value} is advertised on the {link.Role.Describe()} link only";
                // The other link advertises it too: taking it away could leave its addresses unreachable over ExpressRoute.
                findings.Add(Report(link, Partner(link), prefix.Location, what, Fix.CopyToPartner(prefix.Value.ToString())));
            }
        }

        // One link gets a different value than the other: report on the value that makes a link passive if it
        // was written, else on the value that makes the other one preferred.
        private void Compare(System.Func<Link, Setting<long>?> setting, long whenAbsent, bool lowerIsPassive, string what)
        {
            if (setting(primary).TryGetValueOrDefault(whenAbsent, out long primaryValue)
                && setting(secondary).TryGetValueOrDefault(whenAbsent, out long secondaryValue)
                && primaryValue != secondaryValue)
            {
                bool primaryIsPassive = lowerIsPassive ? primaryValue < secondaryValue : primaryValue > secondaryValue;
                var (passive, active) = primaryIsPassive ? (primary, secondary) : (secondary, primary);
                var written = setting(passive) is not null ? passive : active;
                long activeValue = setting(active).TryGetValueOrDefault(whenAbsent, out long a) ? a : 0;
                // Both links take the active link's value: written on the passive link, or copied from the active one.
                var fix = written == active ? Fix.CopyToPartner(Number(activeValue))
                    : setting(active) is null ? Fix.Remove()
                    : Fix.SetTo(activeValue);
                findings.Add(Report(written, passive, setting(written)!.Location,
                    $"{what} {Number(setting(passive).TryGetValueOrDefault(whenAbsent, out long p) ? p : 0)} on the {passive.Role.Describe()} link, " +
                    $"{Number(activeValue)} on the {active.Role.Describe()} link", fix));
            }
        }

        // Reported on the link whose setting makes the difference; the passive link is the finding's subject.
        private Finding Report(Link link, Link passive, SourceLocation? at, string difference, Dictionary<string, string> fix) =>
            Report(rule.Descriptor.DefaultSeverity, link, passive, at, $"is active-passive: {difference}; make the links active-active by giving both the setting of the preferred link", fix);

        private Finding Report(Severity severity, Link link, Link passive, SourceLocation? at, string statement, Dictionary<string, string> fix)
        {
            // The partner comes first among the additional locations: a fix that copies a setting writes it there.
            var finding = rule.Report(severity, where.Peering, at ?? link.Location, [Partner(link).Location], where.Arguments(statement)) with { Subject = passive };

            // On the setting itself, the fix changes that call; on the link, there is no call to change.
            return at is null ? finding : finding with { Properties = fix };
        }

        private Link Partner(Link link) => ReferenceEquals(link, primary) ? secondary : primary;

        private static class Fix
        {
            public static Dictionary<string, string> Remove() => new() { [FixProperties.Removable] = "true" };

            public static Dictionary<string, string> SetTo(long value) => new() { [FixProperties.SharedValue] = Number(value) };

            public static Dictionary<string, string> CopyToPartner(string value) => new() { [FixProperties.SharedValue] = value, [FixProperties.CopyToPartner] = "true" };
        }

        private static string Times(int count) => count switch { 0 => "not at all", 1 => "once", _ => Number(count) + " times" };

        private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
