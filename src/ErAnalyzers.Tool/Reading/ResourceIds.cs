using System;

namespace ErAnalyzers.Tool.Reading;

/// <summary>Names in Azure resource ids (<c>/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/expressRouteCircuits/c/peerings/p</c>).</summary>
internal static class ResourceIds
{
    /// <summary>The name that follows the segment <paramref name="type"/> (any case); null when the id has none.</summary>
    public static string? NameAfter(string? id, string type)
    {
        if (id is null)
        {
            return null;
        }

        string[] segments = id.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < segments.Length - 1; i++)
        {
            if (string.Equals(segments[i], type, StringComparison.OrdinalIgnoreCase))
            {
                return segments[i + 1];
            }
        }

        return null;
    }

    /// <summary>The resource type of an id (<c>Microsoft.Network/expressRouteCircuits/peerings</c>); null when it has none.</summary>
    public static string? TypeOf(string? id)
    {
        string[] segments = id?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        int provider = Array.FindLastIndex(segments, s => string.Equals(s, "providers", StringComparison.OrdinalIgnoreCase));
        if (provider < 0 || segments.Length < provider + 4)
        {
            return null;
        }

        // providers/Namespace/type/name[/childType/childName]...
        var type = new System.Text.StringBuilder(segments[provider + 1]);
        for (int i = provider + 2; i < segments.Length; i += 2)
        {
            type.Append('/').Append(segments[i]);
        }

        return type.ToString();
    }
}
