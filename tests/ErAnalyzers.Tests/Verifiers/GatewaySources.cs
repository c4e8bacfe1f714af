using System.Linq;

namespace ErAnalyzers.Tests.Verifiers;

/// <summary>DSL source for gateway tests: circuits to connect, declared as locals in a <see cref="Verify.Design"/> body.</summary>
internal static class GatewaySources
{
    /// <summary><c>var {local} = d.Circuit("{name}", ...)</c>: a provider circuit at a peering location with private peering.</summary>
    public static string Circuit(string local, string name, string peeringLocation = "Amsterdam") => $$"""
                var {{local}} = d.Circuit("{{name}}", c => c
                    .ServiceProvider("Equinix", "{{peeringLocation}}", Bandwidth.Gbps(1))
                    .Sku(CircuitTier.Standard, BillingModel.MeteredData)
                    .PrivatePeering(100, p => p.Primary("192.168.100.128/30", ce1).Secondary("192.168.100.132/30", ce2)));
        """;

    /// <summary>Circuits <c>er1</c> ... <c>er{count}</c> named <c>er-1</c> ..., each at its own peering location unless one is given.</summary>
    public static string Circuits(int count, string? peeringLocation = null) =>
        string.Join("\n", Enumerable.Range(1, count).Select(i => Circuit($"er{i}", $"er-{i}", peeringLocation ?? $"Location{i}")));

    /// <summary><c>.Connect(er1)</c> ... <c>.Connect(er{count})</c>, one per line, for a fluent chain.</summary>
    public static string Connects(int count, int from = 1) =>
        string.Join("\n", Enumerable.Range(from, count).Select(i => $"                .Connect(er{i})"));
}
