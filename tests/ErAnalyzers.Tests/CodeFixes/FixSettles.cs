using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace ErAnalyzers.Tests.CodeFixes;

/// <summary>
/// Checks that a fix settles: with every rule enabled, applying each fix the fixer offers once, to one diagnostic,
/// leaves code that compiles, without that diagnostic, and with no diagnostic of ours that was not there before
/// (compared by rule and message, so a finding that moves to the other link counts as new).
/// </summary>
internal static class FixSettles
{
    public static async Task CheckAsync(CodeFixProvider fixer, string[] markedSources)
    {
        var project = await ProjectAsync(markedSources);
        var before = await DiagnosticsAsync(project);
        foreach (var diagnostic in before.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)))
        {
            var actions = new List<CodeAction>();
            var document = project.GetDocument(diagnostic.Location.SourceTree)!;
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            foreach (var action in actions)
            {
                var operations = await action.GetOperationsAsync(CancellationToken.None);
                var fixedProject = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetProject(project.Id)!;
                var compilation = (await fixedProject.GetCompilationAsync())!;
                Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

                var expected = Describe(before).ToList();
                Assert.True(expected.Remove(Describe(diagnostic)));
                var unexpected = new List<string>();
                foreach (string after in Describe(await DiagnosticsAsync(fixedProject)))
                {
                    if (!expected.Remove(after))
                    {
                        unexpected.Add(after);
                    }
                }

                Assert.True(unexpected.Count == 0, $"'{action.Title}' on {Describe(diagnostic)} leaves: {string.Join("; ", unexpected)}");
            }
        }
    }

    private static async Task<Project> ProjectAsync(string[] markedSources)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.CurrentSolution
            .AddProject("Design", "Design", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithMetadataReferences(await TestReferences.ResolveAsync(withDsl: true));
        for (int i = 0; i < markedSources.Length; i++)
        {
            TestFileMarkupParser.GetSpans(markedSources[i], out string source, out ImmutableDictionary<string, ImmutableArray<TextSpan>> _);
            project = project.AddDocument($"Test{i}.cs", source, filePath: $"/0/Test{i}.cs").Project;
        }

        return project;
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        return await compilation.WithAnalyzers([new DesignAnalyzer()], new AnalyzerOptions([])).GetAnalyzerDiagnosticsAsync();
    }

    private static IEnumerable<string> Describe(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(Describe);

    private static string Describe(Diagnostic diagnostic) => $"{diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
}
