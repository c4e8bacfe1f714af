using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using ErAnalyzers.Dsl;
using ErAnalyzers.Twin.Frr;
using ErAnalyzers.Twin.Twins;

namespace ErAnalyzers.Twin;

/// <summary>Runs a twin of a design: its routers and a model of Microsoft's side as FRR bgpd processes on loopback addresses.</summary>
public static class DesignTwin
{
    // Tries of a random /16 of 127/8 before giving up: another twin may be using the one drawn.
    private const int BlockTries = 16;

    /// <summary>
    /// Starts the twin of <paramref name="design"/> (see docs/twin.md): a bgpd per customer edge router with the
    /// configuration of <see cref="RouterConfigs.ToRouterConfigs"/> moved onto loopback addresses, two MSEEs per circuit
    /// and peering (AS 12076) and a gateway per <c>d.Gateway(...)</c> (AS 65515, equal-cost paths, each connection's
    /// routing weight); waits until it converges; reads which links carry which prefix; and stops. Every process it
    /// starts is stopped and its files removed on return, on error and on cancellation. Binds and connects only on
    /// 127.0.0.0/8; the design's prefixes are only carried inside BGP. Needs FRR (<c>apt-get install frr</c>) and root.
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

        await using var twin = RunningTwin.Start(FreePlan(design), tools, options.WorkingDirectory);
        var convergence = await twin.WaitForConvergenceAsync(options.ConvergenceTimeout, cancellationToken).ConfigureAwait(false);
        var (prefixes, peerings) = await TwinObserver.ObserveAsync(twin, cancellationToken).ConfigureAwait(false);
        return new TwinReport(design.Name, convergence, prefixes, peerings);
    }

    // A plan in a /16 of 127/8 where no address it uses already has a BGP listener.
    private static TwinPlan FreePlan(NetworkDesign design)
    {
        for (int i = 0; i < BlockTries; i++)
        {
            var plan = TwinPlan.Of(design.Model, (byte)Random.Shared.Next(1, 255));
            if (plan.Instances.SelectMany(instance => instance.ListenAddresses).All(IsFree))
            {
                return plan;
            }
        }

        throw new InvalidOperationException($"No free /16 of 127.0.0.0/8 for the twin after {BlockTries} tries: other twins or BGP speakers hold port 179 there.");
    }

    private static bool IsFree(string address)
    {
        try
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Parse(address), 179));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

/// <summary>How a twin runs.</summary>
public sealed record TwinOptions
{
    /// <summary>How long to wait for every session to come up and the tables to settle (default 60 s).</summary>
    public TimeSpan ConvergenceTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The folder under which the twin makes its own, removed when it stops (default: the system's temporary folder).</summary>
    public string WorkingDirectory { get; init; } = System.IO.Path.GetTempPath();

    /// <summary>FRR's bgpd (default: where Debian's <c>frr</c> package puts it).</summary>
    public string BgpdPath { get; init; } = FrrTools.Debian.Bgpd;

    /// <summary>FRR's vtysh (default: where Debian's <c>frr</c> package puts it).</summary>
    public string VtyshPath { get; init; } = FrrTools.Debian.Vtysh;
}
