using System.Threading;

namespace ErAnalyzers.Model;

/// <summary>Where in the user's source an element or a setting was written.</summary>
/// <remarks>
/// The compile-time front end makes one for every DSL call it evaluates, and reads the line and span of only the few
/// that a finding is about: its locations work them out when first read (see <see cref="ISourceSpans"/>).
/// </remarks>
public sealed record SourceLocation
{
    // Until the line and span of a location of the compile-time front end are first read: who works them out, from what.
    private ISourceSpans? spans;
    private readonly object? token;

    private int line;
    private int column;
    private int spanStart = -1;
    private int spanLength;

    /// <summary>A location whose line and column are known.</summary>
    /// <param name="FilePath">The source file.</param>
    /// <param name="Line">1-based line.</param>
    /// <param name="Column">1-based column, or 0 when unknown (run time knows only the line).</param>
    public SourceLocation(string FilePath, int Line, int Column = 0)
    {
        this.FilePath = FilePath;
        line = Line;
        column = Column;
    }

    /// <summary>A location in a compilation, known by a token (a syntax node) that <paramref name="spans"/> can place.</summary>
    internal SourceLocation(string filePath, ISourceSpans spans, object token)
    {
        FilePath = filePath;
        this.spans = spans;
        this.token = token;
    }

    // A copy is placed first: the properties set on it must not be overwritten later.
    private SourceLocation(SourceLocation original)
    {
        FilePath = original.FilePath;
        line = original.Line;
        column = original.Column;
        spanStart = original.SpanStart;
        spanLength = original.SpanLength;
    }

    /// <summary>The source file.</summary>
    public string FilePath { get; init; }

    /// <summary>1-based line.</summary>
    public int Line
    {
        get => Placed().line;
        init => line = value;
    }

    /// <summary>1-based column, or 0 when unknown (run time knows only the line).</summary>
    public int Column
    {
        get => Placed().column;
        init => column = value;
    }

    /// <summary>Start of the syntax span in the file, or -1 when unknown (run time).</summary>
    public int SpanStart
    {
        get => Placed().spanStart;
        init => spanStart = value;
    }

    /// <summary>Length of the syntax span; 0 when unknown.</summary>
    public int SpanLength
    {
        get => Placed().spanLength;
        init => spanLength = value;
    }

    /// <summary>Whether the location has a syntax span (it was made at compile time), without working the span out.</summary>
    public bool HasSpan => Volatile.Read(ref spans) is not null || spanStart >= 0;

    /// <summary>Whether two locations are the same place, however each was made.</summary>
    public bool Equals(SourceLocation? other) =>
        other is not null
        && FilePath == other.FilePath
        && Line == other.Line
        && Column == other.Column
        && SpanStart == other.SpanStart
        && SpanLength == other.SpanLength;

    /// <inheritdoc />
    public override int GetHashCode() => ((((FilePath?.GetHashCode() ?? 0) * 31) + Line) * 31) + Column;

    /// <summary>The file, line and column.</summary>
    public void Deconstruct(out string FilePath, out int Line, out int Column)
    {
        FilePath = this.FilePath;
        Line = this.Line;
        Column = this.Column;
    }

    /// <summary><c>path:line</c>, or <c>path:line:column</c> when the column is known.</summary>
    public override string ToString() => Column > 0 ? $"{FilePath}:{Line}:{Column}" : $"{FilePath}:{Line}";

    // Two threads may place a location at once: both write the same values, and before letting go of who places it,
    // so a reader that sees no one to place it sees them.
    private SourceLocation Placed()
    {
        if (Volatile.Read(ref spans) is { } pending)
        {
            pending.Place(token!, out line, out column, out spanStart, out spanLength);
            Volatile.Write(ref spans, null);
        }

        return this;
    }
}

/// <summary>Works out where a location of the compile-time front end is, when it is first read.</summary>
internal interface ISourceSpans
{
    /// <summary>The 1-based line and column, and the span, of what <paramref name="token"/> stands for.</summary>
    void Place(object token, out int line, out int column, out int spanStart, out int spanLength);
}
