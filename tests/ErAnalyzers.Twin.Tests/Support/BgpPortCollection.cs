namespace ErAnalyzers.Twin.Tests.Support;

/// <summary>
/// The tests that must not run beside FRR's configuration check: <c>bgpd --dryrun</c> listens on port 179 of every
/// address while it reads a configuration, and a twin drawing its /16 of 127/8 meanwhile finds every address taken.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BgpPortCollection
{
    public const string Name = "BGP port 179 of every address";
}
