using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Analyzers;
using ErAnalyzers.CodeFixes;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ErAnalyzers.Tests.Robustness;

/// <summary>What one source did to the analyzer and the code fixes.</summary>
internal sealed record FuzzOutcome(int Diagnostics, IReadOnlyList<string> FixesApplied, int FixAllsApplied, IReadOnlyList<string> Problems);

/// <summary>
/// Runs the analyzer and every code fix on one design at a time, as an editor does on each keystroke, and tells
/// what went wrong: an analyzer exception or AD0001 diagnostic, a code fix that throws, a fix whose result has syntax
/// errors the source did not have. One compilation and one workspace are made once, with their references bound;
/// each design replaces their one file (and adds its helper files), and the workspace is bound only for a design
/// with a diagnostic to fix.
/// </summary>
internal sealed class FuzzHarness
{
    private const string FilePath = "/0/Test0.cs";

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = [new DesignAnalyzer()];

    private readonly Compilation baseCompilation;
    private readonly Document baseDocument;

    private FuzzHarness(Compilation baseCompilation, Document baseDocument)
    {
        this.baseCompilation = baseCompilation;
        this.baseDocument = baseDocument;
    }

    /// <summary>Every code fix of the CodeFixes assembly, found by its export attribute, so that a new one is fuzzed too.</summary>
    public static ImmutableArray<CodeFixProvider> Fixers { get; } =
    [
        .. typeof(SequentialFixer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!),
    ];

    public static async Task<FuzzHarness> CreateAsync()
    {
        var references = await TestReferences.ResolveAsync(withDsl: true);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary);
        var compilation = CSharpCompilation.Create("Fuzz", [CSharpSyntaxTree.ParseText("", path: FilePath)], references, options);

        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "Fuzz", "Fuzz", LanguageNames.CSharp, compilationOptions: options, metadataReferences: references));
        var document = workspace.AddDocument(DocumentInfo.Create(
            DocumentId.CreateNewId(project.Id), "Test0.cs", filePath: FilePath, loader: TextLoader.From(TextAndVersion.Create(SourceText.From(""), VersionStamp.Default))));

        // Bind the references now, once: every variant's compilation is derived from these.
        _ = compilation.GetDiagnostics();
        _ = await document.Project.GetCompilationAsync();
        return new FuzzHarness(compilation, document);
    }

    /// <summary>Analyzes <paramref name="sources"/> and applies each fix offered; Fix All too when <paramref name="fixAll"/>.</summary>
    public async Task<FuzzOutcome> RunAsync(IReadOnlyList<string> sources, bool fixAll)
    {
        // The documents' own trees are analyzed (parsing them binds nothing): Fix All finds a diagnostic's document by its tree.
        var project = baseDocument.WithText(SourceText.From(sources[0])).Project;
        for (int i = 1; i < sources.Count; i++)
        {
            project = project.AddDocument($"Test{i}.cs", SourceText.From(sources[i]), filePath: $"/0/Test{i}.cs").Project;
        }

        var trees = new List<SyntaxTree>();
        foreach (var document in project.Documents.OrderBy(d => d.FilePath, StringComparer.Ordinal))
        {
            trees.Add((await document.GetSyntaxTreeAsync())!);
        }

        var compilation = baseCompilation.ReplaceSyntaxTree(baseCompilation.SyntaxTrees.Single(), trees[0]).AddSyntaxTrees(trees.Skip(1));
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), (exception, _, _) => exceptions.Enqueue(exception), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();

        var problems = new List<string>();
        problems.AddRange(exceptions.Select(exception => $"analyzer exception: {exception}"));
        problems.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => $"AD0001: {d.GetMessage()}"));

        var fixesApplied = new List<string>();
        int fixAllsApplied = 0;
        foreach (var fixer in Fixers)
        {
            foreach (var inDocument in diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)).GroupBy(d => d.Location.SourceTree))
            {
                if (inDocument.Key is not { } tree || project.GetDocument(tree) is not { } document)
                {
                    continue;
                }

                var actions = new List<CodeAction>();
                foreach (var diagnostic in inDocument)
                {
                    await Guarded(fixer, $"registering a fix for {Describe(diagnostic)}", problems, async () =>
                    {
                        var registered = new List<CodeAction>();
                        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => registered.Add(action), CancellationToken.None));
                        foreach (var action in registered)
                        {
                            await CheckAsync(fixer, action, $"its fix for {Describe(diagnostic)}", document, problems);
                            fixesApplied.Add(fixer.GetType().Name);
                        }

                        actions.AddRange(registered);
                    });
                }

                if (fixAll && actions.Count > 0)
                {
                    await Guarded(fixer, "Fix All in document", problems, async () =>
                    {
                        var context = new FixAllContext(document, fixer, FixAllScope.Document, actions[0].EquivalenceKey, fixer.FixableDiagnosticIds,
                            new KnownDiagnostics([.. inDocument]), CancellationToken.None);
                        if (await fixer.GetFixAllProvider()!.GetFixAsync(context) is { } action)
                        {
                            await CheckAsync(fixer, action, "Fix All in document", document, problems);
                            fixAllsApplied++;
                        }
                    });
                }
            }
        }

        return new FuzzOutcome(diagnostics.Length, fixesApplied, fixAllsApplied, problems);
    }

    private static async Task Guarded(CodeFixProvider fixer, string what, List<string> problems, Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception exception)
        {
            problems.Add($"{fixer.GetType().Name} threw while {what}: {exception}");
        }
    }

    // Applies the action and compares the syntax errors of the document after and before.
    private static async Task CheckAsync(CodeFixProvider fixer, CodeAction action, string what, Document document, List<string> problems)
    {
        var change = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        var fixedTree = (await change.ChangedSolution.GetDocument(document.Id)!.GetSyntaxTreeAsync())!;
        var before = SyntaxErrors((await document.GetSyntaxTreeAsync())!).CountBy(id => id).ToDictionary();
        var added = SyntaxErrors(fixedTree).CountBy(id => id).Where(error => error.Value > before.GetValueOrDefault(error.Key)).Select(error => error.Key).ToArray();
        if (added.Length > 0)
        {
            problems.Add($"{fixer.GetType().Name}: {what} adds syntax errors {string.Join(", ", added)}:\n{await fixedTree.GetTextAsync()}");
        }
    }

    private static IEnumerable<string> SyntaxErrors(SyntaxTree tree) =>
        tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id);

    private static string Describe(Diagnostic diagnostic) =>
        $"{diagnostic.Id} at {diagnostic.Location.GetLineSpan().StartLinePosition}";

    /// <summary>The diagnostics of the analysis, handed to Fix All.</summary>
    private sealed class KnownDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
