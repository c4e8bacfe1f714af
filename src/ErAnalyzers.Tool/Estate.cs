using System.Collections.Generic;
using ErAnalyzers.Model;
using ErAnalyzers.Rules;
using ErAnalyzers.Tool.Reading;

namespace ErAnalyzers.Tool;

/// <summary>Reads files into one design and checks it with every rule, as <c>Validate()</c> checks a design.</summary>
internal static class Estate
{
    /// <summary>The design of <paramref name="files"/>; a bad file is a <see cref="BadInputException"/>.</summary>
    public static NetworkDesignModel Read(IEnumerable<string> files, string? parameters)
    {
        var reader = new EstateReader();
        foreach (string file in files)
        {
            reader.Read(file, parameters);
        }

        return reader.Build();
    }

    /// <summary>The findings of every rule on the design of <paramref name="files"/>.</summary>
    public static IReadOnlyList<Finding> Check(IEnumerable<string> files, string? parameters, RuleOptions options) =>
        RuleEngine.Evaluate(Read(files, parameters), options);
}
