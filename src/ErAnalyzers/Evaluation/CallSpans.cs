using ErAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ErAnalyzers.Analyzers.Evaluation;

/// <summary>
/// Places the evaluator's locations, each known by the syntax of a call or a method group, when first read: at the
/// called method's name. A design makes one location per DSL call and reads a few (the findings'), so the name and its
/// line are looked up only for those.
/// </summary>
internal sealed class CallSpans : ISourceSpans
{
    public static readonly CallSpans Instance = new();

    private CallSpans()
    {
    }

    /// <summary>A location at the name of the call or method group <paramref name="syntax"/>.</summary>
    public static SourceLocation Of(SyntaxNode syntax) => new(syntax.SyntaxTree.FilePath, Instance, syntax);

    /// <summary>The narrowest useful span of a call or a method group: the method's name.</summary>
    public static TextSpan NameSpan(SyntaxNode syntax) => syntax switch
    {
        InvocationExpressionSyntax invocation => NameSpan(invocation.Expression),
        MemberAccessExpressionSyntax member => member.Name.Span,
        MemberBindingExpressionSyntax binding => binding.Name.Span,
        _ => syntax.Span,
    };

    public void Place(object token, out int line, out int column, out int spanStart, out int spanLength)
    {
        var syntax = (SyntaxNode)token;
        var span = NameSpan(syntax);
        var start = syntax.SyntaxTree.GetText().Lines.GetLinePosition(span.Start);
        line = start.Line + 1;
        column = start.Character + 1;
        spanStart = span.Start;
        spanLength = span.Length;
    }
}
