using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErAnalyzers.Benchmarks.Measurement;

// Hosted in this process by the harness only: never shipped, never loaded by a compiler.
#pragma warning disable RS1036, RS1041, RS2008

/// <summary>
/// A floor for any analyzer of the designs, timed like ours: it only reads what every evaluation of a design must
/// read (each operation under <c>NetworkDesign.Create(...)</c>, and of each call its method, its arguments' parameters
/// and constants, and its line) and checks nothing. It does not follow helper methods, build a model or run a rule.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DesignReadingAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("READ0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    private long read;

    /// <summary>What was read, so that the reading cannot be optimized away.</summary>
    public long Read => Interlocked.Read(ref read);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName("ErAnalyzers.Dsl.NetworkDesign") is { } networkDesign)
            {
                start.RegisterOperationAction(operation => ReadDesign((IInvocationOperation)operation.Operation, networkDesign), OperationKind.Invocation);
            }
        });
    }

    private void ReadDesign(IInvocationOperation create, INamedTypeSymbol networkDesign)
    {
        if (create.TargetMethod.Name != "Create" || !SymbolEqualityComparer.Default.Equals(create.TargetMethod.ContainingType, networkDesign))
        {
            return;
        }

        long sum = 0;
        foreach (var operation in create.Descendants())
        {
            if (operation is IInvocationOperation call)
            {
                sum += call.TargetMethod.Name.Length + call.TargetMethod.ContainingType.Name.Length;
                foreach (var argument in call.Arguments)
                {
                    sum += (argument.Parameter?.Name.Length ?? 0) + (argument.Value.ConstantValue.HasValue ? 1 : 0);
                }

                sum += call.Syntax.SyntaxTree.GetLineSpan(call.Syntax.Span).StartLinePosition.Line;
            }
        }

        Interlocked.Add(ref read, sum);
    }
}
