using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using ErAnalyzers.Rules;
using ErAnalyzers.Tool.Reading;

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
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Exit with 1 on warnings too" };
        var check = new Command("check", "Check an existing estate with the ErAnalyzers rules") { files, parameters, warnAsError };
        check.SetAction(result =>
        {
            var findings = Estate.Check(result.GetValue(files)!, result.GetValue(parameters), RuleOptions.Default);
            foreach (var finding in findings)
            {
                output.WriteLine(Text(finding));
            }

            bool failed = findings.Any(f => f.Severity == Severity.Error || (result.GetValue(warnAsError) && f.Severity == Severity.Warning));
            return failed ? Failed : Clean;
        });

        var root = new RootCommand("Checks Azure ExpressRoute estates against Microsoft's resilience guidance") { check };
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

    /// <summary>A finding as the compiler writes a diagnostic: <c>file(line,col): warning ER1001: message</c>.</summary>
    public static string Text(Finding finding)
    {
        string severity = finding.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        string where = finding.Location is { } location
            ? string.Create(CultureInfo.InvariantCulture, $"{location.FilePath}({location.Line},{location.Column}): ")
            : "eranalyzers: ";
        return $"{where}{severity} {finding.RuleId}: {finding.Message}";
    }
}
