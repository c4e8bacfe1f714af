using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Dsl;
using ErAnalyzers.Twin.Frr;
using ErAnalyzers.Twin.Twins;

namespace ErAnalyzers.Twin;

/// <summary>Runs a twin of a design: its routers and a model of Microsoft's side as FRR bgpd processes on loopback addresses.</summary>
public static class DesignTwin
{
    // Each twin has a network namespace of its own, so every twin can use the same addresses.
    private const byte Block = 1;

    /// <summary>
    /// Starts the twin of <paramref name="design"/> (see docs/twin.md): a bgpd per customer edge router with the
    /// configuration of <see cref="RouterConfigs.ToRouterConfigs"/> moved onto loopback addresses, two MSEEs per circuit
    /// and peering (AS 12076) and a gateway per <c>d.Gateway(...)</c> (AS 65515, equal-cost paths, each connection's
    /// routing weight); waits until it converges; reads which links carry which prefix; and stops. With
    /// <see cref="TwinOptions.Drills"/>, then runs the failure drills. Every process it starts is stopped and its files
    /// removed on return, on error and on cancellation. The processes run in a network namespace of their own that
    /// holds only a loopback interface: they bind and connect only on 127.0.0.0/8 there, and the design's prefixes are
    /// only carried inside BGP. Needs FRR (<c>apt-get install frr</c>), util-linux's <c>unshare</c> and root.
    /// </summary>
    /// <exception cref="DesignValidationException">A finding of the design is an error.</exception>
    /// <exception cref="TimeoutException">The twin did not converge within <see cref="TwinOptions.ConvergenceTimeout"/>.</exception>
    public static async Task<TwinReport> RunTwinAsync(this NetworkDesign design, TwinOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(design);
        design.RequireNoErrors("twin");
        options ??= new TwinOptions();
        var tools = new FrrTools(options.BgpdPath, options.VtyshPath);
        if (!tools.IsInstalled)
        {
            throw new InvalidOperationException($"The twin needs FRR's bgpd ({tools.Bgpd}) and vtysh ({tools.Vtysh}): {FrrTools.HowToInstall}.");
        }

        if (!Environment.IsPrivilegedProcess)
        {
            throw new InvalidOperationException("The twin runs bgpd on port 179 of loopback addresses, which needs root.");
        }

        var plan = TwinPlan.Of(design.Model, Block);
        TwinReport report;
        await using (var twin = await RunningTwin.StartAsync(plan, tools, options.WorkingDirectory, cancellationToken).ConfigureAwait(false))
        {
            var convergence = await twin.WaitForConvergenceAsync(options.ConvergenceTimeout, cancellationToken).ConfigureAwait(false);
            var (prefixes, peerings) = await TwinObserver.ObserveAsync(twin, cancellationToken).ConfigureAwait(false);
            report = new TwinReport(design.Name, convergence, prefixes, peerings);
        }

        return options.Drills
            ? report with { Drills = await TwinDrills.RunAsync(plan, TwinDrills.Of(plan), report.Prefixes, tools, options, cancellationToken).ConfigureAwait(false) }
            : report;
    }
}

/// <summary>How a twin runs.</summary>
public sealed record TwinOptions
{
    /// <summary>
    /// Whether to run the failure drills after observing the twin: each link, customer router and MSEE of private
    /// peering cut off in turn, in a fresh twin each, with the hold timers of <see cref="TwinReport.DrillTimers"/>.
    /// </summary>
    public bool Drills { get; init; }

    /// <summary>How long to wait for every session to come up and the tables to settle (default 60 s).</summary>
    public TimeSpan ConvergenceTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The folder under which the twin makes its own, removed when it stops (default: the system's temporary folder).</summary>
    public string WorkingDirectory { get; init; } = System.IO.Path.GetTempPath();

    /// <summary>FRR's bgpd (default: where Debian's <c>frr</c> package puts it).</summary>
    public string BgpdPath { get; init; } = FrrTools.Debian.Bgpd;

    /// <summary>FRR's vtysh (default: where Debian's <c>frr</c> package puts it).</summary>
    public string VtyshPath { get; init; } = FrrTools.Debian.Vtysh;
}
