using System.Collections.Concurrent;
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
/// Checks each circuit of a design as it is written: evaluates the <c>DesignBuilder.Circuit(...)</c> call
/// statically and reports the circuit rules' findings (ER1001, ER1002). Runs per call, not at compilation end, so
/// the diagnostics are live in the editor.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DesignAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the subnet the missing link should use (ER1001).</summary>
    public const string SubnetProperty = "Subnet";

    /// <summary>Diagnostic property: "Primary" or "Secondary", the link to add (ER1001).</summary>
    public const string MissingRoleProperty = "MissingRole";

    /// <summary>Diagnostic property, set when the diagnostic sits on the setting itself, so removing it is the fix (ER1002).</summary>
    public const string RemovableProperty = "Removable";

    private static readonly DesignRule[] CircuitRules = [new SingleConnectionRule(), new ActivePassiveRule()];

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> DescriptorsById =
        new[] { DiagnosticDescriptors.ER1001, DiagnosticDescriptors.ER1002 }.ToImmutableDictionary(d => d.Id);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DescriptorsById.Values.OrderBy(d => d.Id).ToImmutableArray();

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // A project without the DSL pays for one type lookup.
            if (DslSymbols.TryCreate(start.Compilation) is not { } dsl)
            {
                return;
            }

            var models = new ConcurrentDictionary<SyntaxTree, SemanticModel>();
            start.RegisterOperationAction(
                operation => AnalyzeCircuit(operation, dsl, models),
                OperationKind.Invocation);
        });
    }

    private static void AnalyzeCircuit(OperationAnalysisContext context, DslSymbols dsl, ConcurrentDictionary<SyntaxTree, SemanticModel> models)
    {
        var call = (IInvocationOperation)context.Operation;
        if (call.TargetMethod.Name != "Circuit" || !SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, dsl.DesignBuilder))
        {
            return;
        }

        var rootModel = call.SemanticModel!;
        var evaluator = new DesignEvaluator(dsl, context.Compilation, call.Syntax.SyntaxTree,
            tree => tree == rootModel.SyntaxTree ? rootModel : models.GetOrAdd(tree, GetSemanticModel(context.Compilation)),
            context.CancellationToken);
        var circuit = evaluator.EvaluateCircuit(call);
        var design = new NetworkDesignModel { Circuits = [circuit], IsComplete = false };
        foreach (var finding in RuleEngine.Evaluate(design, CircuitRules))
        {
            Report(context, evaluator, circuit, finding);
        }
    }

    private static void Report(OperationAnalysisContext context, DesignEvaluator evaluator, Circuit circuit, Finding finding)
    {
        var location = evaluator.ReportingLocation(finding.Location, out bool anchored);
        if (location is null || !DescriptorsById.TryGetValue(finding.RuleId, out var descriptor))
        {
            return;
        }

        var additional = finding.AdditionalLocations.Select(evaluator.ActualLocation).OfType<Location>().ToList();
        if (anchored && evaluator.ActualLocation(finding.Location) is { } actual)
        {
            additional.Insert(0, actual);
        }

        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        if (!anchored)
        {
            AddFixData(properties, circuit, finding);
        }

        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, additional, properties.ToImmutable(), [.. finding.MessageArguments]));
    }

    // What a code fix needs and only the evaluation knows.
    private static void AddFixData(ImmutableDictionary<string, string?>.Builder properties, Circuit circuit, Finding finding)
    {
        if (finding.RuleId == DiagnosticDescriptors.ER1002.Id)
        {
            properties[RemovableProperty] = "true";
            return;
        }

        var present = circuit.Peerings.SelectMany(p => p.LinkPairs).SelectMany(pair => pair.Links)
            .FirstOrDefault(link => Equals(link.Location, finding.Location));
        if (present is null)
        {
            return;
        }

        properties[MissingRoleProperty] = present.Role == LinkRole.Primary ? nameof(LinkRole.Secondary) : nameof(LinkRole.Primary);
        if (present.Subnet is { IsKnown: true } subnet && IpPrefix.TryParse(subnet.Value, out var prefix)
            && prefix.Length == LinkSubnetRule.RequiredLength(present.Family) && !prefix.HasHostBits)
        {
            properties[SubnetProperty] = prefix.Sibling.ToString();
        }
    }

#pragma warning disable RS1030 // Helpers of a design may live in other files; their trees are bound once per compilation and cached.
    private static System.Func<SyntaxTree, SemanticModel> GetSemanticModel(Compilation compilation) => tree => compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
}
