using ErAnalyzers.Dsl.Tests.Support;
using ErAnalyzers.Twin.Tests.Support;

namespace ErAnalyzers.Twin.Tests;

/// <summary>FRR itself accepts every configuration written: of every sample, and of a design with each policy element.</summary>
public sealed class FrrCheckTests
{
    [SkippableTheory]
    [MemberData(nameof(Designs.Samples), MemberType = typeof(Designs))]
    public void FRR_accepts_every_router_configuration_of_the_sample(string sample)
    {
        FrrHost.RequireInstalled();
        CheckAll(Designs.Sample(sample));
    }

    [SkippableTheory]
    [MemberData(nameof(Designs.PolicyShapeNames), MemberType = typeof(Designs))]
    public void FRR_accepts_every_router_configuration_of_a_design_with_the_policy(string shape)
    {
        FrrHost.RequireInstalled();
        CheckAll(Designs.PolicyShapes[shape]());
    }

    [SkippableFact]
    public void The_check_rejects_what_FRR_rejects()
    {
        FrrHost.RequireInstalled();
        using var folder = new TempFolder();
        string unknown = folder.Combine("unknown.conf");
        string misordered = folder.Combine("misordered.conf");
        System.IO.File.WriteAllText(unknown, "router bgp 65010\n neighbor 192.0.2.1 remote-as 12076\n neighbor 192.0.2.1 bogus\nexit\n");
        System.IO.File.WriteAllText(misordered, "router bgp 65010\n neighbor 192.0.2.1 password x\n neighbor 192.0.2.1 remote-as 12076\nexit\n");

        Assert.Contains("vtysh -C rejects", Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => FrrHost.Check(unknown)).Message, System.StringComparison.Ordinal);
        Assert.Contains("bgpd --dryrun rejects", Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => FrrHost.Check(misordered)).Message, System.StringComparison.Ordinal);
    }

    private static void CheckAll(Dsl.NetworkDesign design)
    {
        using var folder = new TempFolder();
        var paths = design.WriteRouterConfigs(folder.Path);

        Assert.NotEmpty(paths);
        foreach (string path in paths)
        {
            FrrHost.Check(path);
        }
    }
}
