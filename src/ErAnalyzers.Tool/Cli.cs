using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ErAnalyzers.Rules;
using ErAnalyzers.Tool.Import;
using ErAnalyzers.Tool.Reading;
using Microsoft.CodeAnalysis.CSharp;

namespace ErAnalyzers.Tool;

/// <summary>The <c>eranalyzers</c> command line.</summary>
internal static class Cli
{
    /// <summary>Exit code: no finding counts as a failure.</summary>
    public const int Clean = 0;

    /// <summary>Exit code: errors, or warnings with <c>--warnaserror</c>.</summary>
    public const int Failed = 1;

    /// <summary>Exit code: the input or the command line cannot be read.</summary>
    public const int BadInput = 2;

    /// <summary>Runs the command line; output and errors go to <paramref name="output"/> and <paramref name="error"/> (the console by default).</summary>
    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;

        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "ARM templates, Azure CLI JSON output, route tables (CIRCUIT.PEERING.primary.json, CIRCUIT.PEERING.secondary.json)" };
        var parameters = new Option<string?>("--parameters", "-p") { Description = "The parameters file of the ARM templates" };
        var format = new Option<string>("--format", "-f") { Description = "text (like compiler diagnostics) or sarif (SARIF 2.1.0)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "sarif");
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the findings to this file instead of the console" };
        var config = new Option<string?>("--config") { Description = "An .editorconfig to use instead of those found from the inputs' directories upward" };
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Exit with 1 on warnings too" };
        var check = new Command("check", "Check an existing estate with the ErAnalyzers rules") { files, parameters, format, outputFile, config, warnAsError };
        check.SetAction(result =>
        {
            string[] inputs = result.GetValue(files)!;
            var settings = CheckConfig.Load(inputs, result.GetValue(config));
            var findings = new List<(Finding Finding, Severity Severity)>();
            foreach (var finding in Estate.Check(inputs, result.GetValue(parameters), settings.Options))
            {
                if (settings.SeverityOf(finding) is { } severity)
                {
                    findings.Add((finding, severity));
                }
            }

            var report = new MemoryStream();
            if (result.GetValue(format) == "sarif")
            {
                SarifWriter.Write(report, findings);
            }
            else
            {
                using var text = new StreamWriter(report, new UTF8Encoding(false), leaveOpen: true);
                foreach (var (finding, severity) in findings)
                {
                    text.WriteLine(Text(finding, severity));
                }
            }

            WriteReport(report.ToArray(), result.GetValue(outputFile), output);
            bool failed = findings.Any(f => f.Severity == Severity.Error || (result.GetValue(warnAsError) && f.Severity == Severity.Warning));
            return failed ? Failed : Clean;
        });

        var importFiles = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = files.Description };
        var importParameters = new Option<string?>("--parameters", "-p") { Description = parameters.Description };
        var design = new Option<string>("--output", "-o") { Description = "The C# file to write the design to", Required = true };
        var namespaceName = new Option<string>("--namespace") { Description = "The namespace of the design class", DefaultValueFactory = _ => "Imported" };
        var className = new Option<string>("--class") { Description = "The name of the design class", DefaultValueFactory = _ => "ImportedDesign" };
        var import = new Command("import", "Write an existing estate as a design in the ErAnalyzers DSL") { importFiles, importParameters, design, namespaceName, className };
        import.SetAction(result =>
        {
            string[] inputs = result.GetValue(importFiles)!;
            string names = result.GetValue(namespaceName)!, type = result.GetValue(className)!;
            if (!SyntaxFacts.IsValidIdentifier(type) || !names.Split('.').All(SyntaxFacts.IsValidIdentifier))
            {
                throw new BadInputException($"eranalyzers: error: {JsonNode.Quote(names)}.{JsonNode.Quote(type)} is not a C# namespace and class name");
            }

            string source = DesignImport.Write(Estate.Read(inputs, result.GetValue(importParameters)), inputs, names, type);
            WriteReport(new UTF8Encoding(false).GetBytes(source), result.GetValue(design), output);
            return Clean;
        });

        var root = new RootCommand("Checks Azure ExpressRoute estates against Microsoft's resilience guidance") { check, import };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine("eranalyzers: error: " + parseError.Message);
            }

            return BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (BadInputException e)
        {
            error.WriteLine(e.Message);
            return BadInput;
        }
    }

    // A report file is written whole or not at all: to a temporary file beside it, then moved over it.
    private static void WriteReport(byte[] report, string? path, TextWriter console)
    {
        if (path is null)
        {
            console.Write(Encoding.UTF8.GetString(report));
            return;
        }

        string full = Path.GetFullPath(path);
        string temporary = full + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            File.WriteAllBytes(temporary, report);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new BadInputException($"{path}: error: the report cannot be written: {e.Message}");
        }
    }

    /// <summary>A finding as the compiler writes a diagnostic: <c>file(line,col): warning ER1001: message</c>.</summary>
    public static string Text(Finding finding, Severity severity)
    {
        string level = severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        string where = finding.Location is { } location
            ? string.Create(CultureInfo.InvariantCulture, $"{location.FilePath}({location.Line},{location.Column}): ")
            : "eranalyzers: ";
        return $"{where}{level} {finding.RuleId}: {finding.Message}";
    }
}
