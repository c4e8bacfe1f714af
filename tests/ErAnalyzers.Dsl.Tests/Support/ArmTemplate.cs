using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ErAnalyzers.Dsl.Tests.Support;

/// <summary>An emitted ARM template, parsed, with the look-ups the structural tests need.</summary>
internal sealed class ArmTemplate
{
    private readonly Dictionary<string, JsonObject> byId;

    public ArmTemplate(string json)
    {
        Root = JsonNode.Parse(json)!.AsObject();
        Resources = [.. Root["resources"]!.AsArray().Select(r => r!.AsObject())];
        byId = Resources.ToDictionary(IdOf, StringComparer.Ordinal);
    }

    public JsonObject Root { get; }

    public IReadOnlyList<JsonObject> Resources { get; }

    public JsonObject Parameters => Root["parameters"]!.AsObject();

    /// <summary>The resources of an ARM type, in template order.</summary>
    public IReadOnlyList<JsonObject> OfType(string type) =>
        [.. Resources.Where(r => string.Equals(Text(r, "type"), type, StringComparison.OrdinalIgnoreCase))];

    /// <summary>
    /// The <c>[resourceId(...)]</c> expression the template uses for a resource: its type, then the segments of its
    /// name (<c>circuit/AzurePrivatePeering</c> gives two).
    /// </summary>
    public static string IdOf(JsonObject resource) =>
        $"[resourceId('{Text(resource, "type")}', {string.Join(", ", Text(resource, "name").Split('/').Select(n => $"'{n}'"))})]";

    /// <summary>A resource's <c>dependsOn</c> entries.</summary>
    public static IReadOnlyList<string> DependsOn(JsonObject resource) =>
        resource["dependsOn"] is JsonArray dependsOn ? [.. dependsOn.Select(d => d!.GetValue<string>())] : [];

    /// <summary>Every resource a resource waits for, directly or through others; fails on an id no resource has.</summary>
    public IReadOnlySet<string> AllDependencies(JsonObject resource)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(DependsOn(resource));
        while (pending.TryPop(out string? id))
        {
            Assert.True(byId.TryGetValue(id, out var target), $"{IdOf(resource)} depends on {id}, which is not a resource of the template.");
            if (seen.Add(id))
            {
                foreach (string next in DependsOn(target!))
                {
                    pending.Push(next);
                }
            }
        }

        return seen;
    }

    /// <summary>A string property at a path of nested objects, for example <c>properties</c>, <c>peer</c>, <c>id</c>.</summary>
    public static string Text(JsonNode node, params string[] path) =>
        path.Aggregate(node, (n, key) => n[key] ?? throw new KeyNotFoundException($"No '{key}' in {n.ToJsonString()}")).GetValue<string>();

    /// <summary>
    /// The templates put together, at most <paramref name="perFile"/> in one template, with no two resources in one
    /// that Bicep would name alike (the same type, and names alike but for case and punctuation).
    /// </summary>
    public static IEnumerable<JsonObject> MergeApart(IEnumerable<string> templates, int perFile)
    {
        var files = new List<(List<ArmTemplate> Templates, HashSet<string> Names)>();
        foreach (var template in templates.Select(t => new ArmTemplate(t)))
        {
            string[] names = [.. template.Resources.Select(r => Regex.Replace(IdOf(r), "[^A-Za-z0-9]", "_").ToLowerInvariant())];
            var file = files.FirstOrDefault(f => f.Templates.Count < perFile && !f.Names.Overlaps(names));
            if (file.Templates is null)
            {
                file = ([], []);
                files.Add(file);
            }

            file.Templates.Add(template);
            file.Names.UnionWith(names);
        }

        return files.Select(file => Merge(file.Templates));
    }

    // One template of the resources and parameters of several, their metadata in an array "designs".
    private static JsonObject Merge(IEnumerable<ArmTemplate> templates)
    {
        var designs = new JsonArray();
        var parameters = new JsonObject();
        var resources = new JsonArray();
        foreach (var template in templates)
        {
            designs.Add(template.Root["metadata"]!.DeepClone());
            foreach (var (name, parameter) in template.Parameters.Where(p => !parameters.ContainsKey(p.Key)))
            {
                parameters.Add(name, parameter!.DeepClone());
            }

            foreach (var resource in template.Resources)
            {
                resources.Add(resource.DeepClone());
            }
        }

        return new JsonObject
        {
            ["$schema"] = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
            ["contentVersion"] = "1.0.0.0",
            ["metadata"] = new JsonObject { ["designs"] = designs },
            ["parameters"] = parameters,
            ["resources"] = resources,
        };
    }

    /// <summary>Every string value anywhere in the template, with its JSON path.</summary>
    public IEnumerable<(string Path, string Value)> Strings() => Walk(Root);

    private static IEnumerable<(string Path, string Value)> Walk(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Walk(p.Value)),
        JsonArray a => a.SelectMany(Walk),
        JsonValue v when v.TryGetValue(out string? s) => [(v.GetPath(), s)],
        _ => [],
    };
}
