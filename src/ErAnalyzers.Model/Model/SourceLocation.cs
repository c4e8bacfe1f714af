namespace ErAnalyzers.Model;

/// <summary>Where in the user's source an element or a setting was written.</summary>
/// <param name="FilePath">The source file.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column, or 0 when unknown (run time knows only the line).</param>
public sealed record SourceLocation(string FilePath, int Line, int Column = 0)
{
    /// <summary>Start of the syntax span in the file, or -1 when unknown (run time).</summary>
    public int SpanStart { get; init; } = -1;

    /// <summary>Length of the syntax span; 0 when unknown.</summary>
    public int SpanLength { get; init; }

    /// <summary><c>path:line</c>, or <c>path:line:column</c> when the column is known.</summary>
    public override string ToString() => Column > 0 ? $"{FilePath}:{Line}:{Column}" : $"{FilePath}:{Line}";
}
