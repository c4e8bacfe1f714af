using System.Collections.Generic;
using System.IO;
using System.Linq;
using ErAnalyzers.Analyzers;
using ErAnalyzers.Dsl;
using ErAnalyzers.ReadingFloor;
using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Benchmarks.Corpus;

/// <summary>How a corpus' designs are written.</summary>
public enum CorpusShape
{
    /// <summary>One file per design, as the in-process harness compiles them (<see cref="DesignSource"/>).</summary>
    Harness,

    /// <summary>Shared helpers, and designs over several files and classes (<see cref="RealisticSource"/>).</summary>
    Realistic,
}

/// <summary>
/// Writes a corpus as a real project, so that a user's build can be measured (<see cref="Measurement.RealBuild"/>):
/// its code (designs of a <see cref="CorpusShape"/>, or ordinary C#), the DSL and its model under <c>lib/</c>, the
/// analyzer this harness was built with under <c>analyzer/</c>, the reading floor under <c>floor/</c>, and the planted
/// diagnostics, one <c>ID count</c> per line. The analyzer a build loads is the folder in the property
/// <c>ErAnalyzersDir</c> (<c>none</c> loads none), so that two builds of the analyzer can be compared on the same code;
/// <c>ReadingFloor=true</c> loads the floor.
/// </summary>
public static class CorpusProject
{
    public const string ProjectFile = "DesignCorpus.csproj";

    public const string PlantedFile = "planted-diagnostics.txt";

    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <!-- The benchmark's DSL corpus as a project (docs/performance.md). ErAnalyzersDir: the folder of the analyzer
               to load (ErAnalyzers.dll and ErAnalyzers.Model.dll), or none. ReadingFloor=true: load the reading floor. -->
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <ErAnalyzersDir Condition="'$(ErAnalyzersDir)' == ''">$(MSBuildThisFileDirectory)analyzer</ErAnalyzersDir>
          </PropertyGroup>
          <ItemGroup>
            <Reference Include="ErAnalyzers.Dsl" HintPath="$(MSBuildThisFileDirectory)lib/ErAnalyzers.Dsl.dll" />
            <Reference Include="ErAnalyzers.Model" HintPath="$(MSBuildThisFileDirectory)lib/ErAnalyzers.Model.dll" />
            <Analyzer Include="$(ErAnalyzersDir)/ErAnalyzers.dll;$(ErAnalyzersDir)/ErAnalyzers.Model.dll" Condition="'$(ErAnalyzersDir)' != 'none'" />
            <Analyzer Include="$(MSBuildThisFileDirectory)floor/ErAnalyzers.ReadingFloor.dll" Condition="'$(ReadingFloor)' == 'true'" />
          </ItemGroup>
        </Project>
        """;

    // Where the corpora's code goes; a corpus written again over another leaves none of the other's code.
    private static readonly string[] SourceFolders = ["Designs", "Regions", "Shared", "Code"];

    // The corpus builds the same wherever it is written: no Directory.Build.* of a folder above it applies.
    private static readonly (string File, string Text)[] Isolation =
    [
        ("Directory.Build.props", "<Project />\n"),
        ("Directory.Build.targets", "<Project />\n"),
    ];

    /// <summary>
    /// Writes the corpus of <paramref name="circuits"/> circuits into <paramref name="directory"/>, replacing any code
    /// there; <paramref name="healthy"/> leaves the planted mistakes out.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Write(string directory, int circuits, int seed, CorpusShape shape = CorpusShape.Harness, bool healthy = false)
    {
        var designs = DesignGenerator.Plan(circuits, seed, healthy: healthy);
        var files = shape == CorpusShape.Harness
            ? designs.Select(design => ($"Designs/{design.ClassName}.cs", DesignSource.File(design)))
            : RealisticSource.Files(designs);
        return WriteProject(directory, files, Flaws.Expected(designs));
    }

    /// <summary>Writes <paramref name="files"/> files of ordinary C#, which uses nothing of the DSL, as a project that references it.</summary>
    public static IReadOnlyDictionary<string, int> WriteOrdinary(string directory, int files, int seed) =>
        WriteProject(directory, OrdinarySource.Files(files, seed).Select((text, i) => ($"Code/File{i:D5}.cs", text)), new Dictionary<string, int>());

    private static IReadOnlyDictionary<string, int> WriteProject(string directory, IEnumerable<(string Path, string Text)> files, IReadOnlyDictionary<string, int> planted)
    {
        foreach (string folder in SourceFolders.Select(folder => Path.Combine(directory, folder)).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var (path, text) in files)
        {
            string file = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }

        Copy([typeof(NetworkDesign).Assembly.Location, typeof(IpPrefix).Assembly.Location], Path.Combine(directory, "lib"));
        Copy([typeof(DesignAnalyzer).Assembly.Location, typeof(IpPrefix).Assembly.Location], Path.Combine(directory, "analyzer"));
        Copy([typeof(DesignReadingAnalyzer).Assembly.Location], Path.Combine(directory, "floor"));
        File.WriteAllText(Path.Combine(directory, ProjectFile), Project + "\n");
        foreach (var (file, text) in Isolation)
        {
            File.WriteAllText(Path.Combine(directory, file), text);
        }

        File.WriteAllText(Path.Combine(directory, ".editorconfig"), EditorConfig(planted.Keys));
        File.WriteAllLines(Path.Combine(directory, PlantedFile), planted.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));
        return planted;
    }

    /// <summary>The planted diagnostics of a corpus written by <see cref="Write"/>.</summary>
    public static IReadOnlyDictionary<string, int> Planted(string directory) =>
        File.ReadLines(Path.Combine(directory, PlantedFile)).Select(line => line.Split(' ')).ToDictionary(cells => cells[0], cells => int.Parse(cells[1]));

    // The root of the corpus' settings (none from a folder above it applies), which raises the planted diagnostics
    // whose rules are Info by default to warnings: a build's log shows warnings, not infos, and each planted
    // diagnostic is counted from it.
    private static string EditorConfig(IEnumerable<string> planted)
    {
        var infos = new DesignAnalyzer().SupportedDiagnostics
            .Where(d => d.DefaultSeverity == DiagnosticSeverity.Info && planted.Contains(d.Id))
            .Select(d => $"dotnet_diagnostic.{d.Id}.severity = warning\n");
        return "root = true\n\n[*.cs]\n" + string.Concat(infos);
    }

    private static void Copy(IEnumerable<string> files, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (string file in files)
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }
    }
}
