using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
/// written in it (see <see cref="DesignEvaluations"/>), and the rule engine's findings are reported. All of it runs
/// per call, not at compilation end, so the diagnostics are live in the editor.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DesignAnalyzer : DiagnosticAnalyzer
{
    private static readonly Dictionary<RuleScope, DesignRule[]> RulesByScope =
        RuleEngine.AllRules.GroupBy(rule => rule.Scope).ToDictionary(rules => rules.Key, rules => rules.ToArray());

    private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = DiagnosticDescriptors.All();

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> DescriptorsById = Descriptors.ToImmutableDictionary(d => d.Id);

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
            start.RegisterOperationAction(operation => Analyze(operation, evaluations), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, DesignEvaluations evaluations)
    {
        var call = (IInvocationOperation)context.Operation;
        if (evaluations.ScopeOf(call.TargetMethod) is not { } scope)
        {
            return;
        }

        var (evaluator, design) = evaluations.Of(call, scope, context.CancellationToken);
        foreach (var finding in RuleEngine.Evaluate(design, Options(context, call.Syntax.SyntaxTree), RulesByScope.TryGetValue(scope, out var rules) ? rules : []))
        {
            Report(context, evaluator, finding);
        }
    }

    /// <summary>The rule options of a file, from <c>.editorconfig</c>; an unreadable value keeps the default.</summary>
    private static RuleOptions Options(OperationAnalysisContext context, SyntaxTree tree) =>
        context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(RuleOptions.MinimumResiliencyKey, out string? text)
            && RuleOptions.TryParseResiliency(text, out var level)
            ? new RuleOptions { MinimumResiliency = level }
            : RuleOptions.Default;

    private static void Report(OperationAnalysisContext context, DesignEvaluator evaluator, Finding finding)
    {
        var location = evaluator.ReportingLocation(finding.Location, out bool anchored);
        if (location is null || !DescriptorsById.TryGetValue(finding.RuleId, out var descriptor))
        {
            return;
        }

        var additional = new List<Location>(finding.AdditionalLocations.Count + 1);
        if (anchored && evaluator.ActualLocation(finding.Location) is { } actual)
        {
            additional.Add(actual);
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
        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, severity, additional, properties, [.. finding.MessageArguments]));
    }
}
