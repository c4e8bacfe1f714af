using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using ErAnalyzers.Analyzers.Evaluation;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErAnalyzers.Analyzers;

/// <summary>
/// Checks a design as it is written. Each rule runs where the part it needs is written: circuit rules at each
/// <c>d.Circuit(...)</c>, gateway rules at each <c>d.Gateway(...)</c>, port rules at each <c>d.DirectPort(...)</c>,
/// whole-design rules at <c>NetworkDesign.Create(...)</c>. The design is evaluated statically, once for the calls
/// written in it (see <see cref="DesignEvaluations.TypeEvaluations"/>), and the rule engine's findings are reported.
/// The calls of a type are checked at the end of the type's analysis (a symbol-end action), not at compilation end:
/// the diagnostics are live in the editor, with those written in a helper method of the document.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DesignAnalyzer : DiagnosticAnalyzer
{
    // A field per scope rather than a dictionary keyed by scope or a queue of (call, scope) pairs: generic code over
    // an enum is compiled afresh in every build, as a build's compiler starts cold (docs/performance.md).
    private static readonly DesignRule[] CircuitRules = RulesOf(RuleScope.Circuit);
    private static readonly DesignRule[] GatewayRules = RulesOf(RuleScope.Gateway);
    private static readonly DesignRule[] DirectPortRules = RulesOf(RuleScope.DirectPort);
    private static readonly DesignRule[] DesignRules = RulesOf(RuleScope.Design);

    private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = DiagnosticDescriptors.All();

    // Read only after it is made, so safe to share between threads; a plain dictionary looks up faster than an immutable one.
    private static readonly Dictionary<string, DiagnosticDescriptor> DescriptorsById = Descriptors.ToDictionary(d => d.Id);

    private static readonly Dictionary<string, (DiagnosticDescriptor Descriptor, int Place)> InAnotherFileById =
        Descriptors.ToDictionary(d => d.Id, DiagnosticDescriptors.InAnotherFile);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // A generated design deploys the same circuits as a written one (designs generated from an inventory are
        // exactly the ones nobody reviews). It also spares Roslyn a generated-code check of every diagnostic.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            // A project without the DSL pays for one type lookup.
            if (DslSymbols.TryCreate(start.Compilation) is not { } dsl)
            {
                return;
            }

            var evaluations = new DesignEvaluations(dsl, start.Compilation);

            // The calls of a type are checked when the driver has analyzed all its members: the helper methods a
            // design calls are bound by then (the driver binds each member it analyzes), so reading them binds
            // nothing more; and a finding written in a helper counts among the type's diagnostics, which the editor
            // shows with the document.
            start.RegisterSymbolStartAction(type =>
            {
                // Made by the type's first call of the DSL: most types of a project make none.
                ConcurrentQueue<IInvocationOperation>? calls = null;
                type.RegisterOperationAction(operation =>
                {
                    var call = (IInvocationOperation)operation.Operation;
                    if (evaluations.ScopeOf(call.TargetMethod) is not null)
                    {
                        LazyInitializer.EnsureInitialized(ref calls)!.Enqueue(call);
                    }
                }, OperationKind.Invocation);
                type.RegisterSymbolEndAction(end =>
                {
                    if (calls is null)
                    {
                        return;
                    }

                    var typeEvaluations = evaluations.ForType([.. calls.Where(call => evaluations.ScopeOf(call.TargetMethod) == RuleScope.Design)]);
                    // One delegate for all the type's calls: a method group makes a new one wherever it is passed.
                    Action<Diagnostic> report = end.ReportDiagnostic;
                    foreach (var call in calls)
                    {
                        Analyze(call, evaluations.ScopeOf(call.TargetMethod)!.Value, typeEvaluations, end.Options, report, end.CancellationToken);
                    }
                });
            }, SymbolKind.NamedType);
        });
    }

    private static void Analyze(IInvocationOperation call, RuleScope scope, DesignEvaluations.TypeEvaluations evaluations, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var ruleOptions = Options(options, call.Syntax.SyntaxTree);
        var rules = scope switch
        {
            RuleScope.Circuit => CircuitRules,
            RuleScope.Gateway => GatewayRules,
            RuleScope.DirectPort => DirectPortRules,
            _ => DesignRules,
        };

        // A call made several times alike (a helper called twice with the same values) finds the same things.
        var evaluationsOfCall = evaluations.Of(call, scope, cancellationToken);
        var reported = evaluationsOfCall.Count > 1 ? new HashSet<(string, SourceLocation?, string)>() : null;
        foreach (var (evaluator, design) in evaluationsOfCall)
        {
            foreach (var finding in RuleEngine.Evaluate(design, ruleOptions, rules))
            {
                if (reported is null || reported.Add((finding.RuleId, finding.Location, string.Join("\u0001", finding.MessageArguments))))
                {
                    Report(report, evaluator, finding);
                }
            }
        }
    }

    private static DesignRule[] RulesOf(RuleScope scope) => [.. RuleEngine.AllRules.Where(rule => rule.Scope == scope)];

    /// <summary>The rule options of a file, from <c>.editorconfig</c>; an unreadable value keeps the default.</summary>
    private static RuleOptions Options(AnalyzerOptions options, SyntaxTree tree) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(RuleOptions.MinimumResiliencyKey, out string? text)
            && RuleOptions.TryParseResiliency(text, out var level)
            ? new RuleOptions { MinimumResiliency = level }
            : RuleOptions.Default;

    private static void Report(Action<Diagnostic> report, DesignEvaluator evaluator, Finding finding)
    {
        var location = evaluator.ReportingLocation(finding.Location, out bool anchored);
        if (location is null || !DescriptorsById.TryGetValue(finding.RuleId, out var descriptor))
        {
            return;
        }

        var additional = new List<Location>(finding.AdditionalLocations.Count + 1);
        object?[] arguments = [.. finding.MessageArguments];
        if (anchored && evaluator.ActualLocation(finding.Location) is { } actual)
        {
            additional.Add(actual);
            (descriptor, int place) = InAnotherFileById[descriptor.Id];
            arguments = WithPlace(arguments, place, location, actual);
        }

        foreach (var also in finding.AdditionalLocations)
        {
            if (evaluator.ActualLocation(also) is { } alsoAt)
            {
                additional.Add(alsoAt);
            }
        }

        // A fix edits the code the finding is about, which is not where an anchored diagnostic is.
        var properties = anchored || finding.Properties.Count == 0
            ? ImmutableDictionary<string, string?>.Empty
            : finding.Properties.ToImmutableDictionary(p => p.Key, p => (string?)p.Value);
        var severity = finding.Severity switch
        {
            Severity.Error => DiagnosticSeverity.Error,
            Severity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };
        report(Diagnostic.Create(descriptor, location, severity, additional, properties, arguments));
    }

    /// <summary>The rule's message arguments, then the file of <paramref name="actual"/> as seen from the file reported in and its line.</summary>
    private static object?[] WithPlace(object?[] arguments, int place, Location reported, Location actual)
    {
        var at = actual.GetMappedLineSpan();
        var withPlace = new object?[place + 2];
        Array.Copy(arguments, withPlace, Math.Min(arguments.Length, place));
        withPlace[place] = RelativePath(Path.GetDirectoryName(reported.GetMappedLineSpan().Path) ?? "", at.Path);
        withPlace[place + 1] = at.StartLinePosition.Line + 1;
        return withPlace;
    }

    /// <summary>
    /// <paramref name="path"/> from <paramref name="directory"/>, with forward slashes (<c>Network/Peerings.cs</c>,
    /// <c>../Shared/Peerings.cs</c>); the full path when the two have no root in common.
    /// </summary>
    private static string RelativePath(string directory, string path)
    {
        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (!Path.IsPathRooted(directory) || !Path.IsPathRooted(path) || !string.Equals(Path.GetPathRoot(directory), Path.GetPathRoot(path), comparison))
        {
            return path;
        }

        char[] separators = ['/', '\\'];
        string[] from = directory.Split(separators, StringSplitOptions.RemoveEmptyEntries);
        string[] to = path.Split(separators, StringSplitOptions.RemoveEmptyEntries);
        int common = 0;
        while (common < from.Length && common < to.Length - 1 && string.Equals(from[common], to[common], comparison))
        {
            common++;
        }

        return string.Join("/", [.. Enumerable.Repeat("..", from.Length - common), .. to.Skip(common)]);
    }
}
