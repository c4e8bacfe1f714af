using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using ErAnalyzers.Dsl.Arm;
using ErAnalyzers.Dsl.Diagrams;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;

namespace ErAnalyzers.Dsl;

/// <summary>
/// An ExpressRoute design: made by <see cref="Create"/>, checked by <see cref="Validate()"/> (the same rules the
/// analyzers run at compile time) and emitted by <see cref="ToArmTemplate"/>.
/// </summary>
public sealed class NetworkDesign
{
    // The design does not change once made: its findings are computed once, for Validate() and for the template.
    private readonly Lazy<IReadOnlyList<Finding>> findings;

    private NetworkDesign(NetworkDesignModel model)
    {
        Model = model;
        findings = new Lazy<IReadOnlyList<Finding>>(() => RuleEngine.Evaluate(model));
    }

    /// <summary>The design's name.</summary>
    public string Name => Model.DisplayName;

    /// <summary>The design model the rules and the template writer read.</summary>
    public NetworkDesignModel Model { get; }

    /// <summary>
    /// Describes a design. Malformed input (an empty or duplicate name, an element of another design, a missing
    /// SKU) throws <see cref="InvalidDesignException"/> naming the element, the value and the line.
    /// </summary>
    public static NetworkDesign Create(string name, Action<DesignBuilder> configure, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        var builder = new DesignBuilder(Guard.Name(name, "design", at), at);
        DesignBuilder.Configure(configure, builder, $"design '{name}'", at);
        return new NetworkDesign(builder.Build());
    }

    /// <summary>The rules' findings on this design, each with the file and line it is about, in a stable order.</summary>
    public IReadOnlyList<Finding> Validate() => findings.Value;

    /// <summary>
    /// The rules' findings with <paramref name="options"/> (for example <c>new RuleOptions { MinimumResiliency =
    /// ResiliencyLevel.Maximum }</c>, the run-time form of <c>er_analyzers.minimum_resiliency</c>).
    /// </summary>
    public IReadOnlyList<Finding> Validate(RuleOptions options) => RuleEngine.Evaluate(Model, options);

    /// <summary>
    /// The ARM template (JSON, api-version 2025-09-01) of the design's Azure resources. Secrets are
    /// <c>securestring</c> parameters. Throws <see cref="DesignValidationException"/> when a finding is an error.
    /// </summary>
    public string ToArmTemplate()
    {
        RequireNoErrors("template");
        return ArmTemplateWriter.Write(Model, new ChunkedBuffer()).ToText();
    }

    /// <summary>
    /// Writes the ARM template to <paramref name="path"/>, creating its folder. The file is replaced whole or
    /// not at all: the template goes to a temporary file that is then renamed over the target.
    /// </summary>
    public void WriteArmTemplate(string path)
    {
        RequirePath(path, "template");
        RequireNoErrors("template");
        WriteWhole(path, file => ArmTemplateWriter.Write(Model, new ChunkedBuffer(file)).WriteTo(file));
    }

    /// <summary>
    /// The design's topology as a Mermaid flowchart (sites, routers, circuits and their MSEEs, gateways, connections,
    /// Global Reach, Direct ports, VPN backups), with each finding of <see cref="Validate()"/> marked on its element.
    /// </summary>
    public string ToDiagram() => TopologyDiagram.ToMermaid(Model, Validate());

    /// <summary>
    /// Writes <see cref="ToDiagram"/> to <paramref name="path"/>, replaced whole or not at all: as a Markdown page with
    /// a <c>mermaid</c> block (which GitHub, Azure DevOps and IDE previews draw) when the path ends in <c>.md</c>, else
    /// as the flowchart alone (<c>.mmd</c>, for the Mermaid CLI).
    /// </summary>
    public void WriteDiagram(string path)
    {
        RequirePath(path, "diagram");
        string text = Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase)
            ? TopologyDiagram.ToMarkdown(Model, Validate())
            : ToDiagram();
        WriteWhole(path, file => file.Write(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    private static void RequirePath(string path, string what)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException($"The {what} path must not be empty; got {Guard.Quote(path)}.", nameof(path));
        }
    }

    // Creates the folder, writes a temporary file, and renames it over the target.
    internal static void WriteWhole(string path, Action<Stream> write)
    {
        string fullPath = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(directory);
        string temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = File.Create(temporary))
            {
                write(file);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Throws <see cref="DesignValidationException"/> saying no <paramref name="output"/> was written when a finding is an error.</summary>
    internal void RequireNoErrors(string output)
    {
        var errors = Validate().Where(f => f.Severity == Severity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new DesignValidationException(Name, errors, output);
        }
    }
}
