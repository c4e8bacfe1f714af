using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Model;
using Xunit;

namespace ErAnalyzers.Model.Tests.Model;

/// <summary>
/// A location of the compile-time front end is placed (its line, column and span worked out) when first read, once,
/// and is then the same as a location made with those values.
/// </summary>
public class SourceLocationTests
{
    /// <summary>Places every token at line 3, column 5, span 40..47, and counts how often it was asked.</summary>
    private sealed class CountingSpans : ISourceSpans
    {
        private int placed;

        public int Placed => placed;

        public void Place(object token, out int line, out int column, out int spanStart, out int spanLength)
        {
            Interlocked.Increment(ref placed);
            (line, column, spanStart, spanLength) = (3, 5, 40, 7);
        }
    }

    private static SourceLocation Placed() => new("a.cs", 3, 5) { SpanStart = 40, SpanLength = 7 };

    [Fact]
    public void A_location_is_placed_when_first_read_and_only_once()
    {
        var spans = new CountingSpans();
        var location = new SourceLocation("a.cs", spans, new object());

        Assert.True(location.HasSpan);
        Assert.Equal("a.cs", location.FilePath);
        Assert.Equal(0, spans.Placed);

        Assert.Equal((3, 5, 40, 7), (location.Line, location.Column, location.SpanStart, location.SpanLength));
        Assert.Equal("a.cs:3:5", location.ToString());
        Assert.Equal(1, spans.Placed);
    }

    [Fact]
    public void A_placed_location_equals_one_made_with_its_values()
    {
        var location = new SourceLocation("a.cs", new CountingSpans(), new object());

        Assert.Equal(Placed(), location);
        Assert.Equal(Placed().GetHashCode(), location.GetHashCode());
        Assert.NotEqual(Placed() with { SpanLength = 8 }, location);
        Assert.NotEqual(new SourceLocation("b.cs", new CountingSpans(), new object()), location);
    }

    [Fact]
    public void A_copy_keeps_what_it_changes()
    {
        var copy = new SourceLocation("a.cs", new CountingSpans(), new object()) with { SpanStart = 1 };

        Assert.Equal((3, 5, 1, 7), (copy.Line, copy.Column, copy.SpanStart, copy.SpanLength));
    }

    [Fact]
    public void A_location_made_at_run_time_has_no_span()
    {
        var location = new SourceLocation("a.cs", 12);

        Assert.False(location.HasSpan);
        Assert.Equal(-1, location.SpanStart);
        Assert.Equal("a.cs:12", location.ToString());
    }

    [Fact]
    public async Task Threads_reading_a_location_at_once_all_see_where_it_is()
    {
        for (int round = 0; round < 200; round++)
        {
            var location = new SourceLocation("a.cs", new CountingSpans(), new object());
            var seen = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => (location.Line, location.Column, location.SpanStart, location.SpanLength))));

            Assert.All(seen, place => Assert.Equal((3, 5, 40, 7), place));
        }
    }
}
