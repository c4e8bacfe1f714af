using System;
using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Dsl.Tests.Support;
using ErAnalyzers.Rules;
using ErAnalyzers.Tests.Support;
using Xunit.Abstractions;

namespace ErAnalyzers.Dsl.Tests;

/// <summary>
/// Every public string parameter of the DSL, found by reflection, with each hostile value of
/// <see cref="HostileStrings"/>: refused with <see cref="InvalidDesignException"/>, or by the rules, or written as the
/// literal it is, never as an expression and never with another exception (<see cref="DslFuzz"/>); the diagram of
/// every design made keeps each value inside its label. Bicep type-checks the accepted templates in
/// <see cref="BicepTypeCheckTests"/>.
/// </summary>
public sealed class DslFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void The_tour_reaches_every_public_string_parameter_of_the_dsl()
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        FuzzTour.Create(0, (key, value) => reached.Add(key) ? value : throw new InvalidOperationException($"{key} is passed twice"));

        Assert.Equal(FuzzTour.StringParameters().Except(FuzzTour.NotDesignText.Keys).Order(StringComparer.Ordinal), reached.Order(StringComparer.Ordinal));
        Assert.Empty(FuzzTour.NotDesignText.Keys.Except(FuzzTour.StringParameters()));
    }

    [Fact]
    public void The_tour_with_its_own_values_is_a_design_without_errors()
    {
        var design = FuzzTour.Create(0, (_, value) => value);

        Assert.DoesNotContain(design.Validate(), finding => finding.Severity == Severity.Error);
        Assert.Empty(ArmExpressions.NotMadeByTheWriter(design.ToArmTemplate()));
    }

    [Fact]
    public void Hostile_values_are_refused_or_written_as_the_literal_they_are()
    {
        var fuzz = DslFuzz.Result;
        output.WriteLine($"{fuzz.Values} values ({HostileStrings.All.Count} hostile strings in {fuzz.Keys.Count} parameters), {fuzz.AcceptedTemplates.Count} written:");
        foreach (var (key, outcome) in fuzz.Outcomes)
        {
            output.WriteLine($"  {key}: {outcome}");
        }

        Assert.True(fuzz.Problems.Count == 0, $"{fuzz.Problems.Count} problems; the first ones:\n{string.Join("\n", fuzz.Problems.Take(20))}");
        Assert.Equal(fuzz.Keys.Count * HostileStrings.All.Count, fuzz.Values);
        Assert.NotEmpty(fuzz.AcceptedTemplates);
    }
}
