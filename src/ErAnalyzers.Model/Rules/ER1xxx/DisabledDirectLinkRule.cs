using System.Collections.Generic;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER1005: a link (physical port) of an ExpressRoute Direct port pair is administratively disabled, reported on its
/// <c>Link1(...)</c>/<c>Link2(...)</c> call; or it is never configured, which the template leaves to Azure's
/// default (disabled), reported on the <c>DirectPort(...)</c> call.
/// </summary>
public sealed class DisabledDirectLinkRule : DesignRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER1005;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.DirectPort;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var port in design.Model.DirectPorts.Each())
        {
            // Code that was not seen may set a link's state (again).
            if (!port.IsComplete)
            {
                continue;
            }

            foreach (var link in new[] { port.Link1, port.Link2 })
            {
                switch (link.AdminState)
                {
                    case { IsKnown: true, Value: AdminState.Disabled } state:
                        findings.Add(Report(port, state.Location ?? link.Location, null, port.DisplayName, link.DisplayName, "is administratively disabled"));
                        break;
                    case null:
                        findings.Add(Report(port, port.Location, null, port.DisplayName, link.DisplayName, "has no admin state, and Azure creates links disabled"));
                        break;
                }
            }
        }
    }
}
