using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace ErAnalyzers.Dsl;

/// <summary>
/// A secret (BGP MD5 key, VPN pre-shared key, authorization key) given to the deployment as a
/// <c>securestring</c> template parameter. Its value never enters the design or the template.
/// </summary>
public sealed partial class Secret
{
    private Secret(string parameterName) => ParameterName = parameterName;

    /// <summary>The template parameter that carries the secret.</summary>
    public string ParameterName { get; }

    /// <summary>A secret passed to the deployment as the <c>securestring</c> parameter <paramref name="name"/>.</summary>
    public static Secret Parameter(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        name is not null && ParameterNamePattern().IsMatch(name)
            ? new Secret(name)
            : throw new InvalidDesignException($"secret parameter {Guard.Quote(name)}",
                "a template parameter name must start with a letter and contain only letters, digits and underscores (at most 255 characters)", Guard.At(file, line));

    /// <inheritdoc />
    public override string ToString() => Arm.ArmString.Parameter(ParameterName).Json;

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]{0,254}\z")]
    private static partial Regex ParameterNamePattern();
}
