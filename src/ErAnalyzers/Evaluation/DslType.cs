namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>The DSL type that declares a method, as the evaluator tells calls apart.</summary>
internal enum DslType
{
    /// <summary>Not a method of the DSL.</summary>
    None,
    NetworkDesign,
    DesignBuilder,
    SiteBuilder,
    RouterBuilder,
    CircuitBuilder,

    /// <summary>A link pair's builder, or a peering's (which configure their link pairs).</summary>
    LinkPairBuilder,
    LinkBuilder,
    GatewayBuilder,
    ConnectionBuilder,
    DirectPortBuilder,
    DirectPortLinkBuilder,
    RouteFilterBuilder,
    VpnBackupBuilder,
    Secret,
    Bandwidth,

    /// <summary>Another type of the DSL or its values.</summary>
    Other,
}
