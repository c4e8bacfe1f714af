using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>The DSL's types in one compilation, resolved once at compilation start.</summary>
internal sealed class DslSymbols
{
    private DslSymbols(INamedTypeSymbol designBuilder, INamedTypeSymbol? bandwidth)
    {
        dslAssembly = designBuilder.ContainingAssembly;
        valuesAssembly = bandwidth?.ContainingAssembly;
        DesignBuilder = designBuilder;
        SiteBuilder = Dsl("SiteBuilder");
        RouterBuilder = Dsl("RouterBuilder");
        CircuitBuilder = Dsl("CircuitBuilder");
        LinkPairBuilder = Dsl("LinkPairBuilder`1");
        PeeringBuilder = Dsl("PeeringBuilder`1");
        MicrosoftPeeringBuilder = Dsl("MicrosoftPeeringBuilder");
        LinkBuilder = Dsl("LinkBuilder");
        GatewayBuilder = Dsl("GatewayBuilder");
        ConnectionBuilder = Dsl("ConnectionBuilder");
        DirectPortBuilder = Dsl("DirectPortBuilder");
        DirectPortLinkBuilder = Dsl("DirectPortLinkBuilder");
        RouteFilterBuilder = Dsl("RouteFilterBuilder");
        VpnBackupBuilder = Dsl("VpnBackupBuilder");
        NetworkDesign = Dsl("NetworkDesign");
        Secret = Dsl("Secret");
        Bandwidth = bandwidth;
        VlanId = Values("VlanId");
        Asn = Values("Asn");

        INamedTypeSymbol? Dsl(string name) => dslAssembly.GetTypeByMetadataName("ErAnalyzers.Dsl." + name);
        INamedTypeSymbol? Values(string name) => valuesAssembly?.GetTypeByMetadataName("ErAnalyzers." + name);
    }

    private readonly IAssemblySymbol dslAssembly;

    // The DSL's values (bandwidths, VLAN IDs, ASNs) live in the model's assembly.
    private readonly IAssemblySymbol? valuesAssembly;

    // By reference, of definitions: a definition is one object at every call of it (a method of a generic type is a
    // new object at each call), and a miss only looks it up again.
    private readonly ConcurrentDictionary<IMethodSymbol, DslType> declaringTypes = new(ReferenceComparer<IMethodSymbol>.Instance);

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

    public INamedTypeSymbol? RouteFilterBuilder { get; }
    public INamedTypeSymbol? VpnBackupBuilder { get; }

    public INamedTypeSymbol? NetworkDesign { get; }

    public INamedTypeSymbol? Secret { get; }

    public INamedTypeSymbol? Bandwidth { get; }

    public INamedTypeSymbol? VlanId { get; }

    public INamedTypeSymbol? Asn { get; }

    /// <summary>
    /// The DSL type that declares a method, <see cref="DslType.None"/> for a method outside the DSL. Asked of every call
    /// analyzed or evaluated, so worked out once per method.
    /// </summary>
    public DslType DeclaringType(IMethodSymbol method)
    {
        var definition = method.OriginalDefinition;
        return declaringTypes.TryGetValue(definition, out var type) ? type : declaringTypes.GetOrAdd(definition, FindDeclaringType(definition));
    }

    private DslType FindDeclaringType(IMethodSymbol method)
    {
        var assembly = method.ContainingAssembly;
        if (!SymbolEqualityComparer.Default.Equals(assembly, dslAssembly) && (valuesAssembly is null || !SymbolEqualityComparer.Default.Equals(assembly, valuesAssembly)))
        {
            return DslType.None;
        }

        var type = method.ContainingType;
        return Is(type, NetworkDesign) ? DslType.NetworkDesign
            : Is(type, DesignBuilder) ? DslType.DesignBuilder
            : Is(type, SiteBuilder) ? DslType.SiteBuilder
            : Is(type, RouterBuilder) ? DslType.RouterBuilder
            : Is(type, CircuitBuilder) ? DslType.CircuitBuilder
            : Is(type, LinkPairBuilder) || Is(type, PeeringBuilder) || Is(type, MicrosoftPeeringBuilder) ? DslType.LinkPairBuilder
            : Is(type, LinkBuilder) ? DslType.LinkBuilder
            : Is(type, GatewayBuilder) ? DslType.GatewayBuilder
            : Is(type, ConnectionBuilder) ? DslType.ConnectionBuilder
            : Is(type, DirectPortBuilder) ? DslType.DirectPortBuilder
            : Is(type, DirectPortLinkBuilder) ? DslType.DirectPortLinkBuilder
            : Is(type, RouteFilterBuilder) ? DslType.RouteFilterBuilder
            : Is(type, VpnBackupBuilder) ? DslType.VpnBackupBuilder
            : Is(type, Secret) ? DslType.Secret
            : Is(type, Bandwidth) ? DslType.Bandwidth
            : DslType.Other;
    }

    /// <summary>The DSL's symbols, or null when the compilation does not reference the DSL.</summary>
    /// <remarks>
    /// The other types are looked up in the assembly that declares them: a compilation's lookup searches every
    /// reference (some 200 in a .NET project) for each name.
    /// </remarks>
    public static DslSymbols? TryCreate(Compilation compilation) =>
        compilation.GetTypeByMetadataName("ErAnalyzers.Dsl.DesignBuilder") is { } designBuilder
            ? new DslSymbols(designBuilder, compilation.GetTypeByMetadataName("ErAnalyzers.Bandwidth"))
            : null;

    /// <summary>Whether <paramref name="type"/> is <paramref name="dslType"/> (generic definitions compared by definition).</summary>
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? dslType) =>
        dslType is not null && type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, dslType);
}
