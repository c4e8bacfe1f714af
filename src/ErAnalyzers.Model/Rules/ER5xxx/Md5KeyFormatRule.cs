using System.Collections.Generic;
using System.Globalization;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// ER5004: a BGP MD5 key given as a string that Azure rejects: longer than 25 characters, or with characters other
/// than letters and digits (an error); letters beyond A-Z, which "alphanumeric" may not cover, are a warning. Reported
/// on the <c>Md5Key(...)</c> call; silent on a key whose text is not known.
/// </summary>
public sealed class Md5KeyFormatRule : DesignRule
{
    /// <summary>Azure's longest MD5 key.</summary>
    public const int MaximumLength = 25;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Descriptors.ER5004;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Circuit;

    /// <inheritdoc />
    internal override void Evaluate(DesignView design, RuleOptions options, List<Finding> findings)
    {
        foreach (var (circuit, peering) in design.Peerings)
        {
            if (peering.Md5Key is not { LiteralShape: { } shape } key)
            {
                continue;
            }

            // The key itself is a secret: the message tells what is wrong with it, never the key.
            string? problem = (shape.Length > MaximumLength, shape.HasSpecialCharacters) switch
            {
                (true, false) => $"has {Number(shape.Length)} characters",
                (true, true) => $"has {Number(shape.Length)} characters, some of them neither letters nor digits",
                (false, true) => "has characters that are neither letters nor digits",
                _ => null,
            };
            if (problem is not null)
            {
                findings.Add(Report(peering, key.Location, null, circuit.DisplayName, peering.AzureName, problem));
            }
            else if (!shape.IsAlphanumeric)
            {
                // Microsoft says "alphanumeric" without saying whether letters beyond A-Z count: a warning, not an error.
                findings.Add(Report(Severity.Warning, peering, key.Location, null, circuit.DisplayName, peering.AzureName,
                    "has letters or digits other than A-Z, a-z and 0-9, which Azure may not accept as alphanumeric"));
            }
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
