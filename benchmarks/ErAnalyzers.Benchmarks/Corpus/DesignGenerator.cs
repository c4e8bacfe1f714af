using System;
using System.Collections.Generic;
using System.Linq;
using ErAnalyzers.Dsl;

namespace ErAnalyzers.Benchmarks.Corpus;

/// <summary>
/// Plans designs for a number of circuits, deterministically from a seed: about 5 circuits per design, about a
/// third of the circuits and of the designs with one planted mistake each.
/// </summary>
public static class DesignGenerator
{
    private const double FlawedShare = 0.3;

    // European locations only: circuits of one geopolitical region need no Premium SKU to back each other up (ER2004).
    private static readonly string[] PeeringLocations =
        ["Amsterdam", "Amsterdam2", "London", "London2", "Frankfurt", "Frankfurt2", "Paris", "Paris2", "Dublin", "Dublin2", "Milan", "Madrid", "Zurich", "Stockholm"];

    private static readonly string[] Providers = ["Equinix", "Megaport", "Colt", "Zayo", "Orange", "BT", "Verizon", "Lumen"];

    private static readonly int[] Bandwidths = [1, 1, 2, 5, 10];

    private static readonly CircuitFlaw[] CircuitFlaws = [.. Enum.GetValues<CircuitFlaw>().Where(f => f != CircuitFlaw.None)];

    private static readonly DesignFlaw[] DesignFlaws = [.. Enum.GetValues<DesignFlaw>().Where(f => f != DesignFlaw.None)];

    /// <summary>
    /// Designs with <paramref name="circuits"/> circuits in all (at least 2), numbered from <paramref name="firstNumber"/>;
    /// <paramref name="healthy"/> plants no mistake in the same designs (what a build of designs that need no fixing pays).
    /// </summary>
    public static IReadOnlyList<DesignPlan> Plan(int circuits, int seed, int firstNumber = 0, bool healthy = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(circuits, 2);
        var random = new Random(seed);
        var designs = new List<DesignPlan>();
        for (int remaining = circuits; remaining > 0;)
        {
            // 4 to 6 circuits; the last design takes what is left rather than stay with a single circuit (ER2001).
            int size = random.Next(4, 7);
            if (remaining - size < 2)
            {
                size = remaining;
            }

            designs.Add(PlanDesign(random, firstNumber + designs.Count, size, healthy));
            remaining -= size;
        }

        return designs;
    }

    // A healthy design draws its mistakes as a flawed one does, so that everything else about it is the same.
    private static DesignPlan PlanDesign(Random random, int number, int size, bool healthy)
    {
        var flaw = random.NextDouble() < FlawedShare ? DesignFlaws[random.Next(DesignFlaws.Length)] : DesignFlaw.None;
        if (healthy || (flaw == DesignFlaw.OnePeeringLocation && size > 4))
        {
            // Besides health: a gateway takes at most 4 circuits from one peering location (ER2006).
            flaw = DesignFlaw.None;
        }

        var locations = Shuffled(random, PeeringLocations);
        var providers = Shuffled(random, Providers);
        bool usesHelpers = random.Next(2) == 0;
        var circuits = Enumerable.Range(0, size).Select(index => new CircuitPlan(
            index,
            flaw == DesignFlaw.OneProvider ? Providers[0] : providers[index % providers.Length],
            flaw == DesignFlaw.OnePeeringLocation ? PeeringLocations[0] : locations[index],
            Bandwidths[random.Next(Bandwidths.Length)],
            random.Next(2) == 0 ? CircuitTier.Standard : CircuitTier.Premium,
            DrawCircuitFlaw())).ToList();
        return new DesignPlan(number, circuits, flaw, usesHelpers);

        CircuitFlaw DrawCircuitFlaw()
        {
            var drawn = random.NextDouble() < FlawedShare ? CircuitFlaws[random.Next(CircuitFlaws.Length)] : CircuitFlaw.None;
            return healthy ? CircuitFlaw.None : drawn;
        }
    }

    private static string[] Shuffled(Random random, string[] items)
    {
        var copy = items.ToArray();
        random.Shuffle(copy);
        return copy;
    }
}
