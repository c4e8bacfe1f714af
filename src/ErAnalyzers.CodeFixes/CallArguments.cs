using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErAnalyzers.CodeFixes;

/// <summary>
/// The arguments of a call found by the parameter they bind to, however written (by position, by name, in any
/// order), and arguments added in the caller's style.
/// </summary>
internal static class CallArguments
{
    /// <summary>The argument <paramref name="call"/> passes for <paramref name="parameter"/>, written or by default.</summary>
    public static IArgumentOperation? For(IInvocationOperation call, string parameter) =>
        call.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == parameter);

    /// <summary>The argument written for <paramref name="parameter"/>, or null when it is left to its default.</summary>
    public static ArgumentSyntax? Written(IInvocationOperation call, string parameter) =>
        For(call, parameter)?.Syntax as ArgumentSyntax;

    /// <summary>
    /// <paramref name="arguments"/> with an argument for <paramref name="parameter"/> added at the end: named when the
    /// call names any argument (a positional one after a named one out of place would not compile).
    /// </summary>
    public static ArgumentListSyntax Add(ArgumentListSyntax arguments, string parameter, ExpressionSyntax value)
    {
        var argument = Argument(value);
        argument = arguments.Arguments.Any(a => a.NameColon is not null) ? argument.WithNameColon(NameColon(parameter)) : argument;
        var separated = arguments.Arguments.GetWithSeparators();
        separated = separated.Count == 0 ? separated.Add(argument) : separated.Add(Token(SyntaxKind.CommaToken).WithTrailingTrivia(Space)).Add(argument);
        return arguments.WithArguments(SeparatedList<ArgumentSyntax>(separated));
    }
}
