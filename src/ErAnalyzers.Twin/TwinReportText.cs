using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ErAnalyzers.Model;

namespace ErAnalyzers.Twin;

/// <summary>A twin's report as Markdown for people and JSON for tools.</summary>
internal static class TwinReportText
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(), new IpPrefixConverter(), new SecondsConverter() },
    };

    public static string ToJson(TwinReport report) => JsonSerializer.Serialize(report, Json);

    public static string ToMarkdown(TwinReport report)
    {
        var text = new StringBuilder();
        Line(text, $"# Twin of design '{report.Design}'");
        Line(text);
        Line(text, $"Converged in {Seconds(report.Convergence)}. Read from the FRR daemons' own tables: the links each peering's best and equal-cost paths use.");
        Line(text);
        Line(text, "## Peerings");
        Line(text);
        Line(text, "| Circuit | Peering | Family | Link | To on-premises | To Azure | Seen as |");
        Line(text, "|---|---|---|---|---|---|---|");
        foreach (var peering in report.Peerings)
        {
            foreach (var link in peering.Links)
            {
                string verdict = peering.IsActiveActive ? "active-active" : "**not active-active**";
                Line(text, $"| {peering.Circuit} | {peering.Peering} | {peering.Family} | {Role(link.Link)} | {Prefixes(link.ToOnPremises)} | {Prefixes(link.ToAzure)} | {verdict} |");
            }
        }

        Line(text);
        Line(text, "## Prefixes");
        Line(text);
        Line(text, "| Prefix | Direction | Seen at | Links |");
        Line(text, "|---|---|---|---|");
        foreach (var prefix in report.Prefixes)
        {
            Line(text, $"| {prefix.Prefix} | {Direction(prefix.Direction)} | {prefix.ObservedAt} | {Links(prefix.Links)} |");
        }

        Line(text);
        Line(text, "## Failure drills");
        Line(text);
        if (report.Drills.Count == 0)
        {
            Line(text, "Not run (`TwinOptions.Drills`).");
            return text.ToString();
        }

        Line(text, string.Create(CultureInfo.InvariantCulture, $"Each element cut off silently in a fresh twin, with every hold timer {TwinReport.DrillTimerScale} times shorter than Microsoft's: {TwinReport.DrillTimers.HoldSeconds} s instead of 180 s (keepalive {TwinReport.DrillTimers.KeepaliveSeconds} s). BFD is not run by the twin, so these are hold-timer failovers."));
        Line(text);
        Line(text, "| Drill | Gateway stopped using it after | Every prefix still reachable | Lost |");
        Line(text, "|---|---|---|---|");
        foreach (var drill in report.Drills)
        {
            string failover = drill.GatewayFailover is { } time ? Seconds(time) : "(not in use)";
            string lost = drill.Lost.Count == 0 ? "-" : string.Join("; ", drill.Lost.Select(p => $"{p.Prefix} {Direction(p.Direction)} at {p.ObservedAt}"));
            Line(text, $"| {drill.Name} | {failover} | {(drill.EveryPrefixReachable ? "yes" : "**no**")} | {lost} |");
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.0 's'", CultureInfo.InvariantCulture);

    private static string Role(TwinLink link) => link.Role == LinkRole.Primary ? "primary" : "secondary";

    private static string Direction(TrafficDirection direction) => direction == TrafficDirection.ToOnPremises ? "to on-premises" : "to Azure";

    private static string Prefixes(IReadOnlyList<IpPrefix> prefixes) => prefixes.Count == 0 ? "nothing" : string.Join(", ", prefixes);

    private static string Links(IReadOnlyList<TwinLink> links) => links.Count == 0 ? "none" : string.Join(", ", links);

    private sealed class IpPrefixConverter : JsonConverter<IpPrefix>
    {
        public override IpPrefix Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => IpPrefix.Parse(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, IpPrefix value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }

    // Times as seconds, the unit the report's readers think in.
    private sealed class SecondsConverter : JsonConverter<TimeSpan>
    {
        public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => TimeSpan.FromSeconds(reader.GetDouble());

        public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) => writer.WriteNumberValue(Math.Round(value.TotalSeconds, 3));
    }
}
