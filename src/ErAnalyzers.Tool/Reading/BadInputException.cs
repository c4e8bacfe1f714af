using System;

namespace ErAnalyzers.Tool.Reading;

/// <summary>Input the tool cannot read: the message names the file, the place and the element.</summary>
internal sealed class BadInputException(string message) : Exception(message)
{
    /// <summary>A problem at a place in a file, written like the compiler writes one: <c>file(line,col): error: ...</c>.</summary>
    public static BadInputException At(JsonNode node, string problem)
    {
        var location = node.Location;
        return new($"{location.FilePath}({location.Line},{location.Column}): error: {problem} (at {node.PointerText})");
    }
}
