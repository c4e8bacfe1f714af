using System.Linq;

namespace ErAnalyzers.Dsl.Arm;

/// <summary>
/// A string of the template: a literal, or one of the few expressions the writer makes itself. Every string the
/// writer emits is one of these, and a design's text can only become a literal (the implicit conversion), so no
/// value of a design is ever evaluated by ARM.
/// </summary>
/// <remarks>
/// ARM evaluates a string that starts with <c>[</c> and ends with <c>]</c> as an expression; such a literal is
/// escaped with a second <c>[</c>, and one that only starts with <c>[</c> is left as it is ("Syntax and expressions
/// in ARM templates", Escape characters: https://learn.microsoft.com/azure/azure-resource-manager/templates/template-expressions#escape-characters).
/// </remarks>
internal readonly record struct ArmString
{
    private readonly string text;
    private readonly bool isExpression;

    private ArmString(string text, bool isExpression)
    {
        this.text = text;
        this.isExpression = isExpression;
    }

    /// <summary>The location of the resource group deployed to.</summary>
    public static ArmString ResourceGroupLocation { get; } = new("[resourceGroup().location]", isExpression: true);

    /// <summary>The text to write: an expression as made, a literal escaped when ARM would read it as one.</summary>
    public string Json => !isExpression && text.StartsWith('[') && text.EndsWith(']') ? "[" + text : text;

    /// <summary>A design's text, written as the literal it is.</summary>
    public static implicit operator ArmString(string literal) => new(literal, isExpression: false);

    /// <summary>The value of the template parameter <paramref name="name"/>.</summary>
    public static ArmString Parameter(string name) => new($"[parameters({Quote(name)})]", isExpression: true);

    /// <summary>The id of the resource of <paramref name="type"/> (a constant of the writer) named by <paramref name="names"/>.</summary>
    public static ArmString ResourceId(string type, params string[] names) =>
        new($"[resourceId({string.Join(", ", names.Prepend(type).Select(Quote))})]", isExpression: true);

    /// <inheritdoc />
    public override string ToString() => Json;

    // A string argument of an expression: in single quotes, a quote doubled.
    private static string Quote(string value) => $"'{value.Replace("'", "''")}'";
}
