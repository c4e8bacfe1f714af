using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ErAnalyzers.Rules;
using ErAnalyzers.Tool.Reading;
using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Tool;

/// <summary>
/// The <c>.editorconfig</c> settings that apply to a check, read as the compiler reads them: the files from each
/// input's directory upward (up to one with <c>root = true</c>), or one given file that applies to every input.
/// <c>dotnet_diagnostic.ERxxxx.severity</c> (or <c>dotnet_analyzer_diagnostic.category-ExpressRoute.Redundancy.severity</c>)
/// sets a rule's severity for the files a section matches;
/// <c>er_analyzers.minimum_resiliency</c> is read for the first input.
/// </summary>
internal sealed class CheckConfig
{
    private readonly AnalyzerConfigSet set;
    private readonly string firstInput;

    private CheckConfig(AnalyzerConfigSet set, string firstInput)
    {
        this.set = set;
        this.firstInput = firstInput;
        Options = set.GetOptionsForSourcePath(firstInput).AnalyzerOptions.TryGetValue(RuleOptions.MinimumResiliencyKey, out string? text)
            && RuleOptions.TryParseResiliency(text, out var level)
            ? new RuleOptions { MinimumResiliency = level }
            : RuleOptions.Default;
    }

    /// <summary>The rule options.</summary>
    public RuleOptions Options { get; }

    /// <summary>The configuration of <paramref name="inputs"/>: from <paramref name="configPath"/> when given, else found beside them.</summary>
    public static CheckConfig Load(IReadOnlyList<string> inputs, string? configPath)
    {
        var files = new List<AnalyzerConfig>();
        if (configPath is not null)
        {
            if (!File.Exists(configPath))
            {
                throw new BadInputException($"{configPath}: error: the configuration file does not exist");
            }

            // Read as if it stood at the root of the file system: its sections then match inputs anywhere.
            string root = Path.GetPathRoot(Path.GetFullPath(configPath))!;
            files.Add(AnalyzerConfig.Parse(File.ReadAllText(configPath), Path.Combine(root, ".editorconfig")));
        }
        else
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string input in inputs)
            {
                for (var directory = new FileInfo(input).Directory; directory is not null; directory = directory.Parent)
                {
                    string path = Path.Combine(directory.FullName, ".editorconfig");
                    if (!File.Exists(path))
                    {
                        continue;
                    }

                    // All of them, as MSBuild gives them to the compiler: the set ignores those above one with root = true.
                    if (seen.Add(path))
                    {
                        files.Add(AnalyzerConfig.Parse(File.ReadAllText(path), path));
                    }
                }
            }
        }

        return new CheckConfig(AnalyzerConfigSet.Create(files), Path.GetFullPath(inputs[0]));
    }

    /// <summary>
    /// The severity of <paramref name="finding"/> in the file it is in, as the compiler decides it: the rule's
    /// <c>dotnet_diagnostic</c> setting, else its category's, else all analyzers'; null when configured off (none, silent).
    /// </summary>
    public Severity? SeverityOf(Finding finding)
    {
        string path = finding.Location is { } location ? Path.GetFullPath(location.FilePath) : firstInput;
        var options = set.GetOptionsForSourcePath(path);
        if (options.TreeOptions.TryGetValue(finding.RuleId, out var configured))
        {
            return configured switch
            {
                ReportDiagnostic.Error => Severity.Error,
                ReportDiagnostic.Warn => Severity.Warning,
                ReportDiagnostic.Info => Severity.Info,
                ReportDiagnostic.Hidden or ReportDiagnostic.Suppress => null,
                _ => finding.Severity,
            };
        }

        // The parser keeps keys in lower case.
        string category = $"dotnet_analyzer_diagnostic.category-{finding.Rule.Category}.severity".ToLowerInvariant();
        if (!options.AnalyzerOptions.TryGetValue(category, out string? text) && !options.AnalyzerOptions.TryGetValue("dotnet_analyzer_diagnostic.severity", out text))
        {
            return finding.Severity;
        }

        return text.Trim().ToLowerInvariant() switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "suggestion" => Severity.Info,
            "silent" or "none" => null,
            _ => finding.Severity,
        };
    }
}
