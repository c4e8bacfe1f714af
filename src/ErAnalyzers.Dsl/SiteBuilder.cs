using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ErAnalyzers.Model;

namespace ErAnalyzers.Dsl;

/// <summary>An on-premises site: declare its customer edge routers here.</summary>
public sealed class SiteBuilder : IDesignPart
{
    private readonly List<RouterBuilder> routers = [];
    private readonly Setting<Asn> asn;
    private readonly SourceLocation location;

    internal SiteBuilder(DesignBuilder design, string name, Setting<Asn> asn, SourceLocation location)
    {
        Design = design;
        Name = name;
        this.asn = asn;
        this.location = location;
    }

    /// <summary>The site's name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public DesignBuilder Design { get; }

    string IDesignPart.PartName => Name;

    internal Asn Asn => asn.Value;

    /// <summary>A customer edge device of the site that terminates ExpressRoute links.</summary>
    public RouterBuilder Router(string name, DeviceKind kind = DeviceKind.Router, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        Guard.Unique(Design.RouterNames, Guard.Name(name, "router", at), "router", at);
        var router = new RouterBuilder(this, name, Setting.Of(kind, at), at);
        routers.Add(router);
        return router;
    }

    internal Site Build() => new()
    {
        Name = Name,
        Location = location,
        Asn = asn,
        Routers = [.. routers.Select(r => r.Build())],
    };
}

/// <summary>A customer edge router (or firewall). Pass it to <c>Primary</c>/<c>Secondary</c>, or declare its ports.</summary>
public sealed class RouterBuilder : IDesignPart
{
    private readonly List<RouterPortBuilder> ports = [];
    private readonly Dictionary<string, SourceLocation> portNames = new(StringComparer.Ordinal);
    private readonly Setting<DeviceKind> kind;
    private readonly SourceLocation location;

    internal RouterBuilder(SiteBuilder site, string name, Setting<DeviceKind> kind, SourceLocation location)
    {
        Site = site;
        Name = name;
        this.kind = kind;
        this.location = location;
    }

    /// <summary>The router's name.</summary>
    public string Name { get; }

    /// <summary>The site the router stands in.</summary>
    public SiteBuilder Site { get; }

    /// <inheritdoc />
    public DesignBuilder Design => Site.Design;

    string IDesignPart.PartName => Name;

    /// <summary>A physical port (interface) of the router, for example <c>xe-0/0/1</c>.</summary>
    public RouterPortBuilder Port(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = Guard.At(file, line);
        Guard.Unique(portNames, Guard.Name(name, $"port of router '{Name}'", at), $"port of router '{Name}'", at);
        var port = new RouterPortBuilder(this, name, at);
        ports.Add(port);
        return port;
    }

    internal Router Build() => new()
    {
        Name = Name,
        Location = location,
        SiteName = Site.Name,
        Kind = kind,
        Ports = [.. ports.Select(p => new RouterPort { Name = p.Name, RouterName = Name, Location = p.Location })],
    };
}

/// <summary>A physical port of a customer edge router. Pass it to <c>Primary</c>/<c>Secondary</c>.</summary>
public sealed class RouterPortBuilder : IDesignPart
{
    internal RouterPortBuilder(RouterBuilder router, string name, SourceLocation location)
    {
        Router = router;
        Name = name;
        Location = location;
    }

    /// <summary>The port's name.</summary>
    public string Name { get; }

    /// <summary>The router the port belongs to.</summary>
    public RouterBuilder Router { get; }

    /// <inheritdoc />
    public DesignBuilder Design => Router.Design;

    string IDesignPart.PartName => $"{Router.Name} {Name}";

    internal SourceLocation Location { get; }
}
