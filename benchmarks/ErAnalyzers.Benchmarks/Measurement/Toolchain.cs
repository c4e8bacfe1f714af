using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using ErAnalyzers.Dsl;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErAnalyzers.Benchmarks.Measurement;

/// <summary>
/// What the measurements compile against and run, found in the installation of .NET that runs this process: the
/// .NET reference assemblies of its targeting pack, the DSL, and the newest SDK's NetAnalyzers.
/// </summary>
public sealed class Toolchain
{
    private const string NetAnalyzersFile = "Microsoft.CodeAnalysis.NetAnalyzers.dll";

    private Toolchain(string sdkVersion, string referencePack, ImmutableArray<MetadataReference> references, ImmutableArray<DiagnosticAnalyzer> netAnalyzers)
    {
        SdkVersion = sdkVersion;
        ReferencePack = referencePack;
        References = references;
        NetAnalyzers = netAnalyzers;
    }

    public string SdkVersion { get; }

    public string ReferencePack { get; }

    /// <summary>.NET 10's reference assemblies, ErAnalyzers.Dsl and ErAnalyzers.Model.</summary>
    public ImmutableArray<MetadataReference> References { get; }

    /// <summary>Every C# analyzer of the SDK's Microsoft.CodeAnalysis.NetAnalyzers.dll.</summary>
    public ImmutableArray<DiagnosticAnalyzer> NetAnalyzers { get; }

    public static Toolchain Find()
    {
        // The runtime lives in <dotnet>/shared/Microsoft.NETCore.App/<version>/.
        string dotnet = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        string referencePack = Newest(Path.Combine(dotnet, "packs", "Microsoft.NETCore.App.Ref"), version => version.Major == Environment.Version.Major);
        string sdk = Newest(Path.Combine(dotnet, "sdk"), _ => true);
        var references = Directory.GetFiles(Path.Combine(referencePack, "ref", $"net{Environment.Version.Major}.0"), "*.dll")
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(NetworkDesign).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(IpPrefix).Assembly.Location))
            .ToImmutableArray();
        var netAnalyzers = LoadAnalyzers(Path.Combine(sdk, "Sdks", "Microsoft.NET.Sdk", "analyzers", NetAnalyzersFile));
        return new Toolchain(Path.GetFileName(sdk), Path.GetFileName(referencePack), references, netAnalyzers);
    }

    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers(string path)
    {
        var reference = new AnalyzerFileReference(path, new DefaultContextLoader());
        reference.AnalyzerLoadFailed += (_, failure) =>
            throw new InvalidOperationException($"{path}: {failure.Message}", failure.Exception);
        var analyzers = reference.GetAnalyzers(LanguageNames.CSharp);
        return analyzers.IsEmpty ? throw new InvalidOperationException($"{path} has no C# analyzer") : analyzers;
    }

    /// <summary>The folder under <paramref name="parent"/> named after the highest version that <paramref name="fits"/>.</summary>
    private static string Newest(string parent, Func<Version, bool> fits) =>
        Directory.GetDirectories(parent)
            .Select(folder => (Folder: folder, Version: Version.TryParse(Path.GetFileName(folder).Split('-')[0], out var version) ? version : null))
            .Where(entry => entry.Version is not null && fits(entry.Version))
            .MaxBy(entry => entry.Version)
            .Folder ?? throw new DirectoryNotFoundException($"no suitable version under {parent}");

    // NetAnalyzers depends on nothing but Roslyn and the runtime, both already loaded here.
    private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }
}
