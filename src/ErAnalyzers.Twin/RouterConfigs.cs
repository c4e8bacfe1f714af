using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ErAnalyzers.Dsl;
using ErAnalyzers.Twin.Frr;

namespace ErAnalyzers.Twin;

/// <summary>The FRRouting configurations of a design's customer edge routers.</summary>
public static class RouterConfigs
{
    /// <summary>
    /// One FRRouting 8 configuration per customer edge router that terminates a link, in the order the design declares the routers: the BGP session to Microsoft's address
    /// (the second usable of the link subnet; the router has the first) of each of its links, remote AS 12076, the
    /// MD5 key as the placeholder <c>{{secret:NAME}}</c> (NAME is the key's parameter in the ARM template), BFD and
    /// timers where the link sets them, and the link's policy as route maps and prefix lists: the advertised
    /// prefixes, AS-path prepending, MED, local preference, shutdown. Throws <see cref="DesignValidationException"/>
    /// when a finding of the design is an error.
    /// </summary>
    public static IReadOnlyList<RouterConfig> ToRouterConfigs(this NetworkDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        design.RequireNoErrors("router configuration");
        var files = new HashSet<string>(StringComparer.Ordinal);
        var configs = new List<RouterConfig>();
        foreach (var (router, config) in CustomerRouters.Configs(design.Model, LinkSession.Of(design.Model)))
        {
            string file = FrrName.Of(router.Name) + ".conf";
            if (!files.Add(file))
            {
                throw new InvalidOperationException($"Two routers of design '{design.Name}' would both be written to {file}: give them names that differ in letters, digits, '.', '_' or '-'.");
            }

            configs.Add(new RouterConfig(router.Name!, file, FrrConfigText.Render(config)));
        }

        return configs;
    }

    /// <summary>
    /// Writes <see cref="ToRouterConfigs"/> to <paramref name="directory"/> (created if needed), one file per router,
    /// each replaced whole or not at all (a temporary file renamed over the target). Nothing is written when the
    /// design has an error finding.
    /// </summary>
    /// <returns>The paths written, in the order of <see cref="ToRouterConfigs"/>.</returns>
    public static IReadOnlyList<string> WriteRouterConfigs(this NetworkDesign design, string directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new ArgumentException($"The router configuration folder must not be empty; got '{directory}'.", nameof(directory));
        }

        var configs = design.ToRouterConfigs();
        return [.. configs.Select(config =>
        {
            string path = Path.Combine(directory, config.FileName);
            NetworkDesign.WriteWhole(path, file => file.Write(Encoding.UTF8.GetBytes(config.Text)));
            return path;
        })];
    }
}

/// <summary>The FRRouting configuration of one customer edge router.</summary>
/// <param name="Router">The router's name in the design.</param>
/// <param name="FileName">The file it is written to: the router's name, characters FRR does not take replaced by '_', and <c>.conf</c>.</param>
/// <param name="Text">The configuration.</param>
public sealed record RouterConfig(string Router, string FileName, string Text);
