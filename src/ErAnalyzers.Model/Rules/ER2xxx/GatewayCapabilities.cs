using System.Globalization;
using ErAnalyzers.Model;

namespace ErAnalyzers.Rules;

/// <summary>
/// What each ExpressRoute gateway SKU offers, as Microsoft documents it: zone redundancy, circuit connections,
/// FastPath. Each answer is null when it depends on something not known.
/// </summary>
internal static class GatewayCapabilities
{
    /// <summary>The most connections any gateway takes (UltraPerformance, ErGw3AZ, ErGwScale with 10 scale units).</summary>
    private const int LargestConnectionLimit = 16;

    /// <summary>The most scale units an ErGwScale gateway may have.</summary>
    internal const int MostScaleUnits = 40;

    /// <summary>The zone-redundant SKU to use instead of <paramref name="sku"/>; null when it is zone-redundant.</summary>
    public static GatewaySku? ZoneRedundantReplacement(GatewaySku sku) => sku switch
    {
        GatewaySku.Basic or GatewaySku.Standard => GatewaySku.ErGw1AZ,
        GatewaySku.HighPerformance => GatewaySku.ErGw2AZ,
        GatewaySku.UltraPerformance => GatewaySku.ErGw3AZ,
        _ => null,
    };

    /// <summary>
    /// The scale units of a gateway when they are known and final: code the evaluator could not follow may set
    /// them again.
    /// </summary>
    public static ScaleUnits? KnownScaleUnits(Gateway gateway) =>
        gateway.IsComplete && gateway.ScaleUnits is { IsKnown: true } units ? units.Value : null;

    /// <summary>
    /// The scale units an ErGwScale gateway always has: its configured minimum, null when not known. Microsoft
    /// states what ErGwScale offers by "minimum N scale units" (circuit connections, FastPath), and the scalable
    /// gateway page calls the lower bound the gateway autoscales from its "minimum scale unit": the gateway offers
    /// what N units give once its minimum is N. ER2006 and ER2008 both read it so.
    /// </summary>
    public static int? MinimumScaleUnits(Gateway gateway) => KnownScaleUnits(gateway)?.Minimum;

    /// <summary>
    /// The most circuit connections the gateway allows; null when its SKU is unknown, Basic (not documented), or
    /// ErGwScale with scale units not known. ErGwScale is judged by its minimum scale units (see <see cref="MinimumScaleUnits"/>).
    /// </summary>
    public static int? ConnectionLimit(Gateway gateway)
    {
        if (gateway.Sku is not { IsKnown: true } sku)
        {
            return null;
        }

        return sku.Value switch
        {
            GatewaySku.Standard or GatewaySku.ErGw1AZ => 4,
            GatewaySku.HighPerformance or GatewaySku.ErGw2AZ => 8,
            GatewaySku.UltraPerformance or GatewaySku.ErGw3AZ => LargestConnectionLimit,
            GatewaySku.ErGwScale => MinimumScaleUnits(gateway) switch
            {
                >= 10 => LargestConnectionLimit,
                >= 2 => 8,
                >= 1 => 4,
                _ => null,
            },
            _ => null,
        };
    }

    /// <summary>Whether a gateway could take more connections with another SKU or more scale units.</summary>
    public static bool CanGrow(int connectionLimit) => connectionLimit < LargestConnectionLimit;

    /// <summary>
    /// Whether the gateway supports FastPath: UltraPerformance, ErGw3AZ, or ErGwScale with a minimum of 10 scale
    /// units. Null when the SKU is unknown, or ErGwScale with scale units not known.
    /// </summary>
    public static bool? SupportsFastPath(Gateway gateway)
    {
        if (gateway.Sku is not { IsKnown: true } sku)
        {
            return null;
        }

        return sku.Value switch
        {
            GatewaySku.UltraPerformance or GatewaySku.ErGw3AZ => true,
            GatewaySku.ErGwScale => MinimumScaleUnits(gateway) is int minimum ? minimum >= 10 : null,
            _ => false,
        };
    }

    /// <summary>
    /// The throughput the gateway carries, fixed and not burstable (Microsoft's "Maximum supported limits" table):
    /// Standard/ErGw1AZ 1,000 Mbps, HighPerformance/ErGw2AZ 2,000, UltraPerformance/ErGw3AZ 10,000, ErGwScale 1,000 per
    /// scale unit up to its maximum, the most it autoscales to. Null when the SKU is unknown, Basic (no figure in the
    /// current table), or ErGwScale without valid scale units.
    /// </summary>
    public static Bandwidth? Throughput(Gateway gateway)
    {
        if (gateway.Sku is not { IsKnown: true } sku)
        {
            return null;
        }

        return sku.Value switch
        {
            GatewaySku.Standard or GatewaySku.ErGw1AZ => Bandwidth.Gbps(1),
            GatewaySku.HighPerformance or GatewaySku.ErGw2AZ => Bandwidth.Gbps(2),
            GatewaySku.UltraPerformance or GatewaySku.ErGw3AZ => Bandwidth.Gbps(10),
            GatewaySku.ErGwScale => KnownScaleUnits(gateway) is { Maximum: >= 1 and <= MostScaleUnits } units ? Bandwidth.Gbps(units.Maximum) : null,
            _ => null,
        };
    }

    /// <summary>A known SKU of a gateway as a message shows it, with the scale units of ErGwScale: <c>ErGwScale with 2-5 scale units</c>.</summary>
    public static string Describe(GatewaySku sku, Gateway gateway)
    {
        if (sku != GatewaySku.ErGwScale || KnownScaleUnits(gateway) is not { } units)
        {
            return sku.ToString();
        }

        // Invariant: the scale units may be negative, and some cultures write another minus sign.
        string minimum = units.Minimum.ToString(CultureInfo.InvariantCulture);
        return units.Minimum == units.Maximum
            ? $"ErGwScale with {minimum} scale unit{(units.Minimum == 1 ? "" : "s")}"
            : $"ErGwScale with {minimum}-{units.Maximum.ToString(CultureInfo.InvariantCulture)} scale units";
    }
}
