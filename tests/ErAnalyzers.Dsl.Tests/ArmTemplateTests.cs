using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ErAnalyzers.Dsl.Tests.Support;
using ErAnalyzers.Model;

namespace ErAnalyzers.Dsl.Tests;

/// <summary>The samples' ARM templates: snapshots, structure read from the JSON, and deterministic bytes.</summary>
public sealed partial class ArmTemplateTests
{
    private const string CircuitType = "Microsoft.Network/expressRouteCircuits";
    private const string PeeringType = "Microsoft.Network/expressRouteCircuits/peerings";
    private const string GatewayType = "Microsoft.Network/virtualNetworkGateways";
    private const string ConnectionType = "Microsoft.Network/connections";
    private const string PortType = "Microsoft.Network/ExpressRoutePorts";

    public static TheoryData<string> SampleNames => SampleDesigns.Names;

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Template_matches_its_snapshot(string sample)
    {
        SnapshotAssert.Match(SampleDesigns.Create(sample).ToArmTemplate(), sample);
    }

    [Fact]
    public void A_missing_snapshot_fails_instead_of_being_created()
    {
        // Proves strict mode is in force: without it, Snapshooter would write the snapshot and pass.
        const string name = "never-committed";
        string snapshots = RepoFiles.Path("tests", "ErAnalyzers.Dsl.Tests", "__snapshots__");
        string snapshot = Path.Combine(snapshots, $"{nameof(ArmTemplateTests)}.{nameof(A_missing_snapshot_fails_instead_of_being_created)}_{name}.snap");
        string mismatches = Path.Combine(snapshots, "__mismatch__");
        try
        {
            var exception = Assert.ThrowsAny<Exception>(() => SnapshotAssert.Match("{}", name));

            Assert.Contains("Strict mode is enabled", exception.Message, StringComparison.Ordinal);
            Assert.False(File.Exists(snapshot));
            Assert.True(File.Exists(Path.Combine(mismatches, Path.GetFileName(snapshot))), "strict mode writes the would-be snapshot for review");
        }
        finally
        {
            // Never leave this test's snapshot behind, even when strict mode was off and Snapshooter created it.
            File.Delete(snapshot);
            File.Delete(Path.Combine(mismatches, Path.GetFileName(snapshot)));
            if (Directory.Exists(mismatches) && Directory.GetFileSystemEntries(mismatches).Length == 0)
            {
                Directory.Delete(mismatches);
            }
        }
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_resource_uses_api_version_2025_09_01(string sample)
    {
        var template = Template(sample);

        Assert.NotEmpty(template.Resources);
        Assert.All(template.Resources, r => Assert.Equal("2025-09-01", ArmTemplate.Text(r, "apiVersion")));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Peerings_wait_for_their_circuit(string sample)
    {
        var template = Template(sample);
        var design = SampleDesigns.Create(sample).Model;

        foreach (var circuit in design.Circuits)
        {
            string circuitId = Id(CircuitType, circuit.Name!);
            var peerings = template.OfType(PeeringType).Where(p => ArmTemplate.Text(p, "name").StartsWith(circuit.Name + "/", StringComparison.Ordinal)).ToArray();
            Assert.Equal(circuit.Peerings.Select(p => $"{circuit.Name}/{p.AzureName}"), peerings.Select(p => ArmTemplate.Text(p, "name")));
            Assert.Contains(circuitId, ArmTemplate.DependsOn(peerings[0]));
            Assert.All(peerings, p => Assert.Contains(circuitId, template.AllDependencies(p)));
        }
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Connections_wait_for_their_gateway_and_the_circuit_private_peering(string sample)
    {
        var template = Template(sample);
        var connections = SampleDesigns.Create(sample).Model.Gateways.SelectMany(g => g.Connections).ToArray();
        Assert.NotEmpty(connections);

        foreach (var connection in connections)
        {
            var resource = Assert.Single(template.OfType(ConnectionType), c => ArmTemplate.Text(c, "name") == connection.Name);
            string gatewayId = Id(GatewayType, connection.GatewayName!);
            Assert.Equal(gatewayId, ArmTemplate.Text(resource, "properties", "virtualNetworkGateway1", "id"));
            Assert.Equal(Id(CircuitType, connection.CircuitName!), ArmTemplate.Text(resource, "properties", "peer", "id"));
            Assert.Contains(gatewayId, ArmTemplate.DependsOn(resource));
            Assert.Contains(Id(PeeringType, connection.CircuitName!, "AzurePrivatePeering"), template.AllDependencies(resource));
        }
    }

    [Fact]
    public void A_Microsoft_peering_points_at_its_route_filter_which_allows_its_communities_and_which_it_waits_for()
    {
        var template = Template("QuickStart");
        var filter = Assert.Single(template.OfType("Microsoft.Network/routeFilters"));
        var microsoft = Assert.Single(template.OfType(PeeringType), p => ArmTemplate.Text(p, "name") == "er-ams/MicrosoftPeering");
        string filterId = Id("Microsoft.Network/routeFilters", "rf-ams");

        Assert.Equal("rf-ams", ArmTemplate.Text(filter, "name"));
        Assert.Equal("westeurope", ArmTemplate.Text(filter, "location"));
        var rule = Assert.Single(filter["properties"]!["rules"]!.AsArray())!;
        Assert.Equal("Allow", ArmTemplate.Text(rule, "properties", "access"));
        Assert.Equal("Community", ArmTemplate.Text(rule, "properties", "routeFilterRuleType"));
        Assert.Equal(["12076:51002", "12076:5010"], rule["properties"]!["communities"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(filterId, ArmTemplate.Text(microsoft, "properties", "routeFilter", "id"));
        Assert.Contains(filterId, ArmTemplate.DependsOn(microsoft));
        Assert.Null(Assert.Single(template.OfType(PeeringType), p => ArmTemplate.Text(p, "name") == "er-ams/AzurePrivatePeering")["properties"]!["routeFilter"]);
    }

    [Fact]
    public void A_Direct_circuit_waits_for_its_port()
    {
        var template = Template("ExpressRouteDirect");
        var circuits = template.OfType(CircuitType);
        Assert.Equal(2, circuits.Count);

        foreach (var (circuit, port) in circuits.Zip(["erd-ams", "erd-lon"]))
        {
            string portId = Id(PortType, port);
            Assert.Single(template.OfType(PortType), p => ArmTemplate.Text(p, "name") == port);
            Assert.Equal(portId, ArmTemplate.Text(circuit, "properties", "expressRoutePort", "id"));
            Assert.Contains(portId, ArmTemplate.DependsOn(circuit));
            Assert.Null(circuit["properties"]!["serviceProviderProperties"]);
        }
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_dependency_is_a_resource_of_the_template(string sample)
    {
        var template = Template(sample);

        Assert.All(template.Resources, r => template.AllDependencies(r));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Secrets_are_only_securestring_parameter_references(string sample)
    {
        var template = Template(sample);
        var model = SampleDesigns.Create(sample).Model;
        SecretReference?[] secrets =
        [
            .. model.Circuits.SelectMany(c => c.Peerings).Select(p => p.Md5Key),
            .. model.VpnBackups.Select(v => v.SharedKey),
            .. model.Gateways.SelectMany(g => g.Connections).Select(c => c.AuthorizationKey),
        ];
        string[] expected = [.. secrets.OfType<SecretReference>().Select(s => s.ParameterName).Order(StringComparer.Ordinal)];
        Assert.NotEmpty(expected);

        // Every secret property holds exactly [parameters('x')]; x is a securestring parameter with no default value.
        var secretValues = template.Strings().Where(s => SecretProperty().IsMatch(s.Path)).ToArray();
        Assert.Equal(expected.Length, secretValues.Length);
        foreach (var (path, value) in secretValues)
        {
            var reference = ParameterReference().Match(value);
            Assert.True(reference.Success, $"{path} is '{value}', not a parameter reference");
            var parameter = template.Parameters[reference.Groups[1].Value]!.AsObject();
            Assert.Equal("securestring", ArmTemplate.Text(parameter, "type"));
            Assert.False(parameter.ContainsKey("defaultValue"), $"securestring parameter {reference.Groups[1].Value} has a default value");
        }

        string[] secureParameters = [.. template.Parameters.Where(p => ArmTemplate.Text(p.Value!, "type") == "securestring").Select(p => p.Key)];
        Assert.Equal(expected, secureParameters.Order(StringComparer.Ordinal));
        Assert.Equal(expected, secretValues.Select(s => ParameterReference().Match(s.Value).Groups[1].Value).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Output_is_deterministic_across_runs_and_cultures(string sample)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        byte[] first = Bytes(sample);

        Assert.Equal(first, Bytes(sample));
        using (new CultureScope("tr-TR"))
        {
            Assert.Equal("İ", "i".ToUpper(CultureInfo.CurrentCulture));
            Assert.Equal(first, Bytes(sample));
        }

        using (new CultureScope("de-DE"))
        {
            Assert.Equal(",", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);
            Assert.Equal("de-DE", CultureInfo.CurrentUICulture.Name);
            Assert.Equal(first, Bytes(sample));
        }

        using (new CultureScope(""))
        {
            Assert.Equal(CultureInfo.InvariantCulture, CultureInfo.CurrentCulture);
            Assert.Equal(first, Bytes(sample));
        }

        Assert.Equal(before, (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture));
        Assert.DoesNotContain((byte)'\r', first);
        Assert.Equal((byte)'\n', first[^1]);
    }

    [Fact]
    public void A_template_of_several_megabytes_is_whole_in_memory_and_on_disk()
    {
        // Templates are written in chunks of 1 MB: the text must come out whole across them, non-ASCII names included.
        const int circuits = 1_500;
        var design = DesignKit.Create(k =>
        {
            var zurich = k.D.Site("zürich-dc", asn: 65020);
            var first = zurich.Router("zrh-ce1");
            var second = zurich.Router("zrh-ce2");
            for (int i = 0; i < circuits; i++)
            {
                k.D.Circuit($"er-zrh-{i}", c => DesignKit.Provider(c).PrivatePeering(100, p => p
                    .Primary("192.168.100.128/30", first, link => link.Bfd())
                    .Secondary("192.168.100.132/30", second, link => link.Bfd())
                    .Md5Key(Secret.Parameter("zurichMd5Key"))));
            }
        });

        string template = design.ToArmTemplate();
        using var folder = new TempFolder();
        string path = folder.Combine("azuredeploy.json");
        design.WriteArmTemplate(path);

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(template) > 2 << 20, "the template spans several chunks");
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(template), File.ReadAllBytes(path));
        var links = JsonNode.Parse(template)!["metadata"]!["customerEdgeLinks"]!.AsArray();
        Assert.Equal(2 * circuits, links.Count(link => (string?)link!["site"] == "zürich-dc"));
    }

    [Fact]
    public void The_address_space_of_a_gateway_is_recorded_in_the_metadata_and_none_without_one()
    {
        // The template does not create virtual networks: the prefixes the gateway advertises are for the reader.
        var design = DesignKit.Create(k =>
        {
            var circuit = k.Circuit();
            k.Gateway("ergw-hub", g => g.AddressSpace("10.1.0.0/16").AddressSpace("2001:db8:1::/48").Connect(circuit));
            k.D.Gateway("ergw-other", GatewaySku.ErGw1AZ, "northeurope", "hub-neu", g => g.Connect(circuit));
        });

        var spaces = JsonNode.Parse(design.ToArmTemplate())!["metadata"]!["virtualNetworkAddressSpaces"]!.AsArray();

        var space = Assert.Single(spaces)!;
        Assert.Equal("ergw-hub", (string?)space["gateway"]);
        Assert.Equal("hub-weu", (string?)space["virtualNetwork"]);
        Assert.Equal(["10.1.0.0/16", "2001:db8:1::/48"], space["addressPrefixes"]!.AsArray().Select(p => (string?)p));
        Assert.Null(JsonNode.Parse(DesignKit.Create(k => k.Gateway(configure: g => g.Connect(k.Circuit()))).ToArmTemplate())!["metadata"]!["virtualNetworkAddressSpaces"]);
    }

    private static ArmTemplate Template(string sample) => new(SampleDesigns.Create(sample).ToArmTemplate());

    private static byte[] Bytes(string sample)
    {
        using var folder = new TempFolder();
        string path = folder.Combine("azuredeploy.json");
        SampleDesigns.Create(sample).WriteArmTemplate(path);
        byte[] written = File.ReadAllBytes(path);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(SampleDesigns.Create(sample).ToArmTemplate()), written);
        return written;
    }

    private static string Id(string type, params string[] names) =>
        $"[resourceId('{type}', {string.Join(", ", names.Select(n => $"'{n}'"))})]";

    // The properties Azure treats as secrets: a peering's or VPN connection's sharedKey, a connection's authorizationKey.
    [GeneratedRegex(@"\.properties\.(sharedKey|authorizationKey)\z")]
    private static partial Regex SecretProperty();

    [GeneratedRegex(@"^\[parameters\('([A-Za-z][A-Za-z0-9_]*)'\)\]\z")]
    private static partial Regex ParameterReference();
}
