using System;
using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.CodeFixes;
using ErAnalyzers.Tests.Robustness;

namespace ErAnalyzers.Tests.CodeFixes;

public class FixCoverageTests
{
    public static TheoryData<string> Fixers() => [.. FuzzHarness.Fixers.Select(fixer => fixer.GetType().FullName!)];

    /// <summary>
    /// Every fix of the project goes through <see cref="FixVerify{TFixer}"/> in some test, and so is checked to
    /// settle (<see cref="FixSettles"/>) on each of that test's designs.
    /// </summary>
    [Theory]
    [MemberData(nameof(Fixers))]
    public void Every_code_fix_is_verified_by_a_fix_test(string fixer) =>
        Assert.Contains(typeof(LocalFixer).Assembly.GetType(fixer)!, VerifiedFixers());

    // The fixers FixVerify is instantiated with: each instantiation is a type specification of this module.
    private static HashSet<Type> VerifiedFixers()
    {
        var module = typeof(FixCoverageTests).Module;
        var fixers = new HashSet<Type>();
        for (int row = 1; ; row++)
        {
            Type type;
            try
            {
                type = module.ResolveType(0x1B000000 | row);
            }
            catch (ArgumentOutOfRangeException)
            {
                return fixers;
            }
            catch (ArgumentException)
            {
                // A specification with open type parameters, which needs a generic context.
                continue;
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(FixVerify<>))
            {
                fixers.Add(type.GetGenericArguments()[0]);
            }
        }
    }
}
