using System.Linq;
using ErAnalyzers.Analyzers.Evaluation;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ErAnalyzers.Tests.Evaluation;

/// <summary>
/// The scope index finds writes and names by searching the member's text: every way C# writes a local must be found
/// (a missed write could make a wrong warning), and nothing that only looks like one in text must count.
/// </summary>
public class ScopeIndexTests
{
    [Theory]
    [InlineData("x = 2;")]
    [InlineData("x += 2;")]
    [InlineData("x -= 2;")]
    [InlineData("x &= 2;")]
    [InlineData("x |= 2;")]
    [InlineData("x ^= 2;")]
    [InlineData("x <<= 1;")]
    [InlineData("x >>>= 1;")]
    [InlineData("x ??= 3;")]
    [InlineData("x++;")]
    [InlineData("--x;")]
    [InlineData("Change(ref x);")]
    [InlineData("Read(out x);")]
    [InlineData("var z = x = 3;")]
    [InlineData("var z = 1; x = z;")]
    [InlineData("(x, y) = (1, 2);")]
    [InlineData("(y, (x, y)) = (1, (2, 3));")]
    [InlineData("(x) = 2;")]
    [InlineData("System.Action a = () => x = 4;")]
    [InlineData("var s = $\"{(x = 5)}\";")]
    [InlineData("unsafe { int* p = &x; }")]
    [InlineData("x[0] = 2;")]
    [InlineData("x[1]++;")]
    [InlineData("Change(ref x[0]);")]
    [InlineData("(x[0], y) = (1, 2);")]
    [InlineData("x.Item1 = 2;")]
    [InlineData("x[1].Item1 = 2;")]
    [InlineData("ref var alias = ref x[1];")]
    public void A_write_is_found(string statement) =>
        Assert.True(Index(statement).IsWritten("x", Member(statement).Span));

    [Theory]
    [InlineData("y = x;")]
    [InlineData("y = x == 1 ? 2 : 3;")]
    [InlineData("y = x >= 1 ? 2 : 3;")]
    [InlineData("y = -x + +x;")]
    [InlineData("y = x & 1;")]
    [InlineData("bool b = y == 1 && x == 2;")]
    [InlineData("bool b = x != 1 && x <= 2;")]
    [InlineData("System.Func<int, int> f = x => x;")]
    [InlineData("Look(x);")]
    [InlineData("Look(in x);")]
    [InlineData("var z = x;")]
    [InlineData("var\tz  =  x;")]
    [InlineData("this.x = 2;")]
    [InlineData("// x = 2;")]
    [InlineData("/* x++ */")]
    [InlineData("var s = \"x = 2, ref x, x++\";")]
    [InlineData("foreach (var z in new int[0]) { }")]
    [InlineData("xx = 2;")]
    [InlineData("\n#if NEVER\nx = 2;\n#endif\n")]
    public void Nothing_else_is_a_write(string statement) =>
        Assert.False(Index(statement).IsWritten("x", Member(statement).Span));

    [Fact]
    public void A_write_outside_the_span_asked_about_does_not_count()
    {
        const string statement = "x = 2; System.Action a = () => Look(x);";
        var lambda = Member(statement).DescendantNodes().OfType<ParenthesizedLambdaExpressionSyntax>().Single();
        Assert.False(Index(statement).IsWritten("x", lambda.Span));
    }

    [Theory]
    [InlineData("x = 1; System.Action a = () => Look(x); x = 2;", false)]
    [InlineData("y = 1; x = 1; System.Action a = () => { y = 2; Look(x); }; y = 3; x = 4;", false)]
    [InlineData("y = 1; System.Action a = () => { y = 2; x++; y--; }; x = 4;", true)]
    public void Writes_before_and_after_the_span_asked_about_do_not_count(string statements, bool written)
    {
        var lambda = Member(statements).DescendantNodes().OfType<ParenthesizedLambdaExpressionSyntax>().Single();
        Assert.Equal(written, Index(statements).IsWritten("x", lambda.Span));
    }

    [Fact]
    public void A_write_in_another_member_of_the_file_does_not_count()
    {
        var member = Member("Look(x);");
        var index = new ScopeIndex.Cache().Of(member.SyntaxTree);
        Assert.False(index.IsWritten("value", member.Span));
        Assert.True(index.IsWritten("value", member.SyntaxTree.GetRoot().Span));
    }

    [Theory]
    [InlineData("Look(x); x.ToString(); Look(@x);", 3)]
    [InlineData("Look(xx); Look(x1); var s = \"x\"; // x", 0)]
    [InlineData("Look(\\u0078);", 1)]
    [InlineData("Look(x\u00AD);", 1)]
    public void Every_use_of_a_name_is_found_however_it_is_spelled(string statements, int uses) =>
        Assert.Equal(uses, Index(statements).Identifiers("x", Member(statements).Span).Count());

    [Theory]
    [InlineData("foreach (var z in x) { }", true)]
    [InlineData("y = x.Length + x.Count;", true)]
    [InlineData("y = x[0];", true)]
    [InlineData("Look(x);", false)]
    [InlineData("x[0] = 1;", false)]
    [InlineData("Change(ref x[0]);", false)]
    [InlineData("var z = x;", false)]
    [InlineData("x.Add(1);", false)]
    [InlineData("System.Array.Reverse(x);", false)]
    [InlineData("x[1].Item1 = 2;", false)]
    [InlineData("ref var alias = ref x[1];", false)]
    [InlineData("foreach (var z in (x)) { } foreach (var z in x!) { }", true)]
    public void A_collection_is_only_read_when_nothing_writes_it_and_every_use_reads_it(string statements, bool onlyRead)
    {
        var index = Index(statements);
        var scope = Member(statements).Span;
        Assert.Equal(onlyRead, !index.IsWritten("x", scope) && index.Identifiers("x", scope).All(ScopeIndex.IsPlainRead));
    }

    private static ScopeIndex Index(string statements) => new ScopeIndex.Cache().Of(Member(statements).SyntaxTree);

    private static MethodDeclarationSyntax Member(string statements)
    {
        var tree = CSharpSyntaxTree.ParseText($$"""
            class C
            {
                int x, y, xx, x1;

                void M(int x, int y)
                {
                    {{statements}}
                }

                static void Change(ref int value) { }
                static void Read(out int value) => value = 0;
                static void Look(in int value) { }
            }
            """);
        return tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First();
    }
}
