using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErAnalyzers.Benchmarks.Measurement;

// Hosted in this process by the harness only: never shipped, never loaded by a compiler.
#pragma warning disable RS1001, RS1012, RS1025, RS1026, RS1030, RS1036, RS1041, RS2008

/// <summary>
/// What happened inside an analyzer's callbacks: the garbage collections that landed there, the time they paused
/// them, and what the callbacks allocated.
/// </summary>
public readonly record struct InCallbacks(Collections Collections, long AllocatedBytes)
{
    public override string ToString() =>
        $"{Collections.Count} collection(s) in its callbacks, {Collections.Paused.TotalMilliseconds:F0} ms paused, {AllocatedBytes / 1e6:F1} MB allocated in them";
}

/// <summary>
/// An analyzer run with its callbacks metered. Roslyn times a callback by the wall clock, so a collection's pause
/// counts in whatever callback it stopped, and which ones it stops is chance: this tells, run by run, how much of an
/// analyzer's time was pauses and how much it allocated. The meter costs a few reads of the runtime's counters per
/// callback, so the bars' figures come from the bare analyzer, in its own run; this one gives the figures beside them.
/// It supports the registrations <see cref="Analyzers.DesignAnalyzer"/> makes; any other fails the run (AD0001).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MeteredAnalyzer(DiagnosticAnalyzer analyzer) : DiagnosticAnalyzer
{
    private int collections;
    private long pausedTicks;
    private long allocatedBytes;

    public InCallbacks Measured =>
        new(new Collections(Volatile.Read(ref collections), TimeSpan.FromTicks(Interlocked.Read(ref pausedTicks))), Interlocked.Read(ref allocatedBytes));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => analyzer.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => analyzer.Initialize(new Context(context, this));

    private Action<T> Metered<T>(Action<T> action) => argument =>
    {
        var before = Collections.SoFar();
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        action(argument);
        Interlocked.Add(ref allocatedBytes, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
        var during = Collections.SoFar() - before;
        Interlocked.Add(ref pausedTicks, during.Paused.Ticks);
        Interlocked.Add(ref collections, during.Count);
    };

    private static NotSupportedException Unsupported(string registration) =>
        new($"{nameof(MeteredAnalyzer)} does not meter {registration}; add it when an analyzer it measures registers one");

    private sealed class Context(AnalysisContext context, MeteredAnalyzer meter) : AnalysisContext
    {
        public override void EnableConcurrentExecution() => context.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => context.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            context.RegisterCompilationStartAction(meter.Metered<CompilationStartAnalysisContext>(start => action(new StartContext(start, meter))));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => context.RegisterCompilationAction(meter.Metered(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => context.RegisterSemanticModelAction(meter.Metered(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
            context.RegisterSymbolAction(meter.Metered(action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
            throw Unsupported("code block start actions");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => context.RegisterCodeBlockAction(meter.Metered(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => context.RegisterSyntaxTreeAction(meter.Metered(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            context.RegisterSyntaxNodeAction(meter.Metered(action), syntaxKinds);
    }

    private sealed class StartContext(CompilationStartAnalysisContext start, MeteredAnalyzer meter)
        : CompilationStartAnalysisContext(start.Compilation, start.Options, start.CancellationToken)
    {
        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
            start.RegisterSymbolStartAction(meter.Metered<SymbolStartAnalysisContext>(symbol => action(new SymbolContext(symbol, meter))), symbolKind);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            start.RegisterOperationAction(meter.Metered(action), operationKinds);

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => start.RegisterCompilationEndAction(meter.Metered(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => start.RegisterSemanticModelAction(meter.Metered(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
            start.RegisterSymbolAction(meter.Metered(action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
            throw Unsupported("code block start actions");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => start.RegisterCodeBlockAction(meter.Metered(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => start.RegisterSyntaxTreeAction(meter.Metered(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            start.RegisterSyntaxNodeAction(meter.Metered(action), syntaxKinds);
    }

    // The only public constructor is marked for tests (they should use CompilationWithAnalyzers): this one forwards to
    // the driver's own context, so what it leaves out (the generated-code flag, the filter span) is never read here.
#pragma warning disable CS0618
    private sealed class SymbolContext(SymbolStartAnalysisContext symbol, MeteredAnalyzer meter)
        : SymbolStartAnalysisContext(symbol.Symbol, symbol.Compilation, symbol.Options, symbol.CancellationToken)
#pragma warning restore CS0618
    {
        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            symbol.RegisterOperationAction(meter.Metered(action), operationKinds);

        public override void RegisterSymbolEndAction(Action<SymbolAnalysisContext> action) => symbol.RegisterSymbolEndAction(meter.Metered(action));

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
            throw Unsupported("code block start actions");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => symbol.RegisterCodeBlockAction(meter.Metered(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            symbol.RegisterSyntaxNodeAction(meter.Metered(action), syntaxKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw Unsupported("operation block start actions");

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => symbol.RegisterOperationBlockAction(meter.Metered(action));
    }
}
