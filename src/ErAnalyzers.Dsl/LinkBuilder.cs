using System.Collections.Generic;
using System.Runtime.CompilerServices;
using ErAnalyzers.Model;

namespace ErAnalyzers.Dsl;

/// <summary>
/// The customer edge's side of one BGP session: what it advertises and how it prefers the session. Give both
/// links of a peering the same settings: that is what active-active means.
/// </summary>
public sealed class LinkBuilder
{
    private readonly LinkRole role;
    private readonly IpFamily family;
    private readonly string subnet;
    private readonly RouterPortBuilder? port;
    private readonly string element;
    private BgpPolicy policy = new();

    internal LinkBuilder(LinkRole role, IpFamily family, string subnet, RouterBuilder router, RouterPortBuilder? port, string element, SourceLocation location)
    {
        this.role = role;
        this.family = family;
        this.subnet = subnet;
        Router = router;
        this.port = port;
        this.element = element;
        Location = location;
    }

    internal RouterBuilder Router { get; }

    internal SourceLocation Location { get; }

    /// <summary>Bidirectional Forwarding Detection on this session: sub-second failure detection instead of up to 3 minutes.</summary>
    public LinkBuilder Bfd(int intervalMilliseconds = 300, int multiplier = 3, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        if (intervalMilliseconds < 1 || multiplier < 1)
        {
            throw new InvalidDesignException(element, $"BFD interval {intervalMilliseconds} ms and multiplier {multiplier} must both be positive", at);
        }

        policy = policy with { Bfd = Setting.Of(new BfdTimers(intervalMilliseconds, intervalMilliseconds, multiplier), at) };
        return this;
    }

    /// <summary>A prefix the customer edge advertises to Microsoft on this session.</summary>
    public LinkBuilder Advertise(string prefix, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        policy = policy with { AdvertisedPrefixes = [.. policy.AdvertisedPrefixes, Setting.Of(ParseNetwork(prefix, element, at), at)] };
        return this;
    }

    /// <summary>Prepends the customer's ASN <paramref name="count"/> times on routes sent on this session.</summary>
    public LinkBuilder PrependAsPath(int count, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        policy = policy with
        {
            AsPathPrepend = count is >= 0 and <= 255
                ? Setting.Of(count, at)
                : throw new InvalidDesignException(element, $"AS-path prepend count {count} must be from 0 to 255", at),
        };
        return this;
    }

    /// <summary>Local preference for routes learned on this session (BGP default 100).</summary>
    public LinkBuilder LocalPreference(long value, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        policy = policy with { LocalPreference = Setting.Of(UInt32(value, "local preference", at), at) };
        return this;
    }

    /// <summary>MED sent to Microsoft on this session.</summary>
    public LinkBuilder Med(long value, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        policy = policy with { Med = Setting.Of(UInt32(value, "MED", at), at) };
        return this;
    }

    /// <summary>BGP keepalive and hold timers in seconds, instead of Microsoft's 60 and 180.</summary>
    public LinkBuilder Timers(int keepaliveSeconds, int holdSeconds, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        if (keepaliveSeconds < 1 || holdSeconds < keepaliveSeconds)
        {
            throw new InvalidDesignException(element, $"BGP timers keepalive {keepaliveSeconds} s and hold {holdSeconds} s: keepalive must be positive and hold at least keepalive", at);
        }

        policy = policy with { Timers = Setting.Of(new BgpTimers(keepaliveSeconds, holdSeconds), at) };
        return this;
    }

    /// <summary>Administratively shuts the session down on the customer edge.</summary>
    public LinkBuilder Shutdown([CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        policy = policy with { Shutdown = Setting.Of(true, Guard.At(file, line)) };
        return this;
    }

    /// <summary>The customer edge ignores AS-path length in best-path selection on this session.</summary>
    public LinkBuilder IgnoreAsPathLength([CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        policy = policy with { IgnoresAsPathLength = Setting.Of(true, Guard.At(file, line)) };
        return this;
    }

    internal Link Build() => new()
    {
        Name = $"{Router.Name} {role}",
        Location = Location,
        Role = role,
        Family = family,
        Subnet = Setting.Of(subnet, Location),
        RouterName = Router.Name,
        SiteName = Router.Site.Name,
        PortName = port?.Name,
        Policy = policy,
    };

    /// <summary>A prefix given as a network (no host bits); fails naming the element, <paramref name="what"/> and the value.</summary>
    internal static IpPrefix ParseNetwork(string? text, string element, SourceLocation at, string what = "advertised prefix")
    {
        if (!IpPrefix.TryParse(text, out var prefix, out string problem))
        {
            throw new InvalidDesignException(element, $"{what} {Guard.Quote(text)} is not valid: {problem}", at);
        }

        return prefix.HasHostBits
            ? throw new InvalidDesignException(element, $"{what} '{text}' has host bits set; the network is {prefix.Network}", at)
            : prefix;
    }

    private long UInt32(long value, string what, SourceLocation at) => value is >= 0 and <= uint.MaxValue
        ? value
        : throw new InvalidDesignException(element, $"{what} {value} must be from 0 to {uint.MaxValue}", at);
}
