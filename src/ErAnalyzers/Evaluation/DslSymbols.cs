using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>The DSL's types in one compilation, resolved once at compilation start.</summary>
internal sealed class DslSymbols
{
    private DslSymbols(Compilation compilation, INamedTypeSymbol designBuilder)
    {
        DesignBuilder = designBuilder;
        SiteBuilder = compilation.GetTypeByMetadataName("ErAnalyzers.Dsl.SiteBuilder");
        RouterBuilder = compilation.GetTypeByMetadataName("ErAnalyzers.Dsl.RouterBuilder");
        CircuitBuilder = compilation.GetTypeByMetadataName("ErAnalyzers.Dsl.CircuitBuilder");
        LinkPairBuilder = compilation.GetTypeByMetadataName("ErAnalyzers.Dsl.LinkPairBuilder`1");
        PeeringBuilder = compilation.GetTypeByMetadataName("ErAnalyzers.Dsl.PeeringBuilder`1");
        MicrosoftPeeringBuilder = compilation.GetTypeByMetadataName("ErAnalyzers.Dsl.MicrosoftPeeringBuilder");
        LinkBuilder = compilation.GetTypeByMetadataName("ErAnalyzers.Dsl.LinkBuilder");
        GatewayBuilder = compilation.GetTypeByMetadataName("ErAnalyzers.Dsl.GatewayBuilder");
        ConnectionBuilder = compilation.GetTypeByMetadataName("ErAnalyzers.Dsl.ConnectionBuilder");
        DirectPortBuilder = compilation.GetTypeByMetadataName("ErAnalyzers.Dsl.DirectPortBuilder");
        DirectPortLinkBuilder = compilation.GetTypeByMetadataName("ErAnalyzers.Dsl.DirectPortLinkBuilder");
        NetworkDesign = compilation.GetTypeByMetadataName("ErAnalyzers.Dsl.NetworkDesign");
        Secret = compilation.GetTypeByMetadataName("ErAnalyzers.Dsl.Secret");
        Bandwidth = compilation.GetTypeByMetadataName("ErAnalyzers.Bandwidth");
        VlanId = compilation.GetTypeByMetadataName("ErAnalyzers.VlanId");
        Asn = compilation.GetTypeByMetadataName("ErAnalyzers.Asn");
        dslAssembly = designBuilder.ContainingAssembly;
        valuesAssembly = Bandwidth?.ContainingAssembly;
    }

    private readonly IAssemblySymbol dslAssembly;

    // The DSL's values (bandwidths, VLAN IDs, ASNs) live in the model's assembly.
    private readonly IAssemblySymbol? valuesAssembly;

    public INamedTypeSymbol DesignBuilder { get; }

    public INamedTypeSymbol? SiteBuilder { get; }

    public INamedTypeSymbol? RouterBuilder { get; }

    public INamedTypeSymbol? CircuitBuilder { get; }

    public INamedTypeSymbol? LinkPairBuilder { get; }

    public INamedTypeSymbol? PeeringBuilder { get; }

    public INamedTypeSymbol? MicrosoftPeeringBuilder { get; }

    public INamedTypeSymbol? LinkBuilder { get; }

    public INamedTypeSymbol? GatewayBuilder { get; }

    public INamedTypeSymbol? ConnectionBuilder { get; }

    public INamedTypeSymbol? DirectPortBuilder { get; }

    public INamedTypeSymbol? DirectPortLinkBuilder { get; }

    public INamedTypeSymbol? NetworkDesign { get; }

    public INamedTypeSymbol? Secret { get; }

    public INamedTypeSymbol? Bandwidth { get; }

    public INamedTypeSymbol? VlanId { get; }

    public INamedTypeSymbol? Asn { get; }

    /// <summary>Whether an assembly is the DSL's or its values'. Asked of every call evaluated: the usual answer is by reference.</summary>
    public bool IsDslAssembly(IAssemblySymbol? assembly) =>
        assembly is not null
        && (ReferenceEquals(assembly, dslAssembly) || ReferenceEquals(assembly, valuesAssembly)
            || SymbolEqualityComparer.Default.Equals(assembly, dslAssembly) || SymbolEqualityComparer.Default.Equals(assembly, valuesAssembly));

    /// <summary>The DSL's symbols, or null when the compilation does not reference the DSL.</summary>
    public static DslSymbols? TryCreate(Compilation compilation) =>
        compilation.GetTypeByMetadataName("ErAnalyzers.Dsl.DesignBuilder") is { } designBuilder
            ? new DslSymbols(compilation, designBuilder)
            : null;

    /// <summary>Whether <paramref name="type"/> is <paramref name="dslType"/> (generic definitions compared by definition).</summary>
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? dslType) =>
        dslType is not null && type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, dslType);
}
