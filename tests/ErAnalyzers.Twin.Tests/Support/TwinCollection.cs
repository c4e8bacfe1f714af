namespace ErAnalyzers.Twin.Tests.Support;

/// <summary>
/// The tests that run twins, one test at a time: the agreement corpus runs eight twins at once, and beside it the
/// drills, which time 3-second hold timers, would be timing the machine's load instead.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TwinCollection
{
    public const string Name = "Twins";
}
