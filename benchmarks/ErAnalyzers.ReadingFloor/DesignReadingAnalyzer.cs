using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErAnalyzers.ReadingFloor;

// A benchmark's instrument, never shipped: no release tracking, no help links; it asks the compilation for method
// bodies as ours does (RS1030).
#pragma warning disable RS1030, RS2008

/// <summary>
/// A floor for any analyzer of the designs, timed like ours: it only reads what every evaluation of a design must
/// read (each operation under <c>NetworkDesign.Create(...)</c> and in the bodies of the source methods it calls, and
/// of each call its method, its arguments' parameters and constants, and its line) and checks nothing. It builds no
/// model and runs no rule. It reads at the end of each type's analysis, as ours checks: a helper's body is bound by
/// the driver by then, and reading it costs no binding (a helper of another type not yet analyzed costs its first
/// reader the binding, as it costs ours).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DesignReadingAnalyzer : DiagnosticAnalyzer
{
    // A warning, though never reported: a command-line build does not run an analyzer whose diagnostics are all hidden.
    private static readonly DiagnosticDescriptor Never = new("READ0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    private long read;

    private int helperBodies;

    /// <summary>What was read, so that the reading cannot be optimized away.</summary>
    public long Read => Interlocked.Read(ref read);

    /// <summary>How many bodies of source methods the designs call were read.</summary>
    public int HelperBodies => Volatile.Read(ref helperBodies);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName("ErAnalyzers.Dsl.NetworkDesign") is { } networkDesign)
            {
                // As ours: at the end of each type's analysis, when the driver has bound the helpers it declares.
                var helpersRead = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
                start.RegisterSymbolStartAction(type =>
                {
                    var calls = new ConcurrentQueue<IInvocationOperation>();
                    type.RegisterOperationAction(operation => calls.Enqueue((IInvocationOperation)operation.Operation), OperationKind.Invocation);
                    type.RegisterSymbolEndAction(_ =>
                    {
                        foreach (var call in calls)
                        {
                            ReadDesign(call, networkDesign, start.Compilation, helpersRead);
                        }
                    });
                }, SymbolKind.NamedType);
            }
        });
    }

    private void ReadDesign(IInvocationOperation create, INamedTypeSymbol networkDesign, Compilation compilation, ConcurrentDictionary<IMethodSymbol, bool> helpersRead)
    {
        if (create.TargetMethod.Name != "Create" || !SymbolEqualityComparer.Default.Equals(create.TargetMethod.ContainingType, networkDesign))
        {
            return;
        }

        Interlocked.Add(ref read, ReadOperations(create, compilation, helpersRead));
    }

    private long ReadOperations(IOperation root, Compilation compilation, ConcurrentDictionary<IMethodSymbol, bool> helpersRead)
    {
        long sum = 0;
        foreach (var operation in root.Descendants())
        {
            if (operation is IInvocationOperation call)
            {
                sum += call.TargetMethod.Name.Length + call.TargetMethod.ContainingType.Name.Length;
                foreach (var argument in call.Arguments)
                {
                    sum += (argument.Parameter?.Name.Length ?? 0) + (argument.Value.ConstantValue.HasValue ? 1 : 0);
                }

                sum += call.Syntax.SyntaxTree.GetLineSpan(call.Syntax.Span).StartLinePosition.Line;
                if (HelperBody(call.TargetMethod.OriginalDefinition, compilation, helpersRead) is { } body)
                {
                    sum += ReadOperations(body, compilation, helpersRead);
                }
            }
        }

        return sum;
    }

    // The body of a source method called for the first time; null for the DSL's methods and for those read before.
    private IOperation? HelperBody(IMethodSymbol method, Compilation compilation, ConcurrentDictionary<IMethodSymbol, bool> helpersRead)
    {
        var declarations = method.DeclaringSyntaxReferences;
        if (declarations.Length != 1 || !compilation.ContainsSyntaxTree(declarations[0].SyntaxTree) || !helpersRead.TryAdd(method, true))
        {
            return null;
        }

        Interlocked.Increment(ref helperBodies);
        var syntax = declarations[0].GetSyntax();
        return compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax);
    }
}
