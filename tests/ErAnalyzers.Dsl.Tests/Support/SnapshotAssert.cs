using System;
using Snapshooter;
using Snapshooter.Xunit;

namespace ErAnalyzers.Dsl.Tests.Support;

/// <summary>
/// Snapshooter in strict mode: a missing snapshot fails the test (and Snapshooter writes the would-be snapshot to
/// <c>__snapshots__/__mismatch__/</c> for review) instead of being created and passing. Snapshooter 1.3.1 reads
/// strict mode from the environment variable <c>SNAPSHOOTER_STRICT_MODE</c> (<c>on</c> or <c>true</c>) only; it
/// is switched on here unless the environment already sets it, so CI needs no setup. To accept a new snapshot,
/// review and move the mismatch file into <c>__snapshots__/</c>, or run once with <c>SNAPSHOOTER_STRICT_MODE=off</c>.
/// </summary>
internal static class SnapshotAssert
{
    public const string StrictModeVariable = "SNAPSHOOTER_STRICT_MODE";

    static SnapshotAssert()
    {
        if (Environment.GetEnvironmentVariable(StrictModeVariable) is null)
        {
            Environment.SetEnvironmentVariable(StrictModeVariable, "on");
        }
    }

    /// <summary>Matches <paramref name="text"/> against the calling test's snapshot named with <paramref name="name"/>.</summary>
    public static void Match(string text, string name) => Snapshot.Match(text, SnapshotNameExtension.Create(name));
}
