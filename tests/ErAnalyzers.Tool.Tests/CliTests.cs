using System;
using System.IO;

namespace ErAnalyzers.Tool.Tests;

/// <summary>The check command's output and exit codes.</summary>
public class CliTests
{
    [Fact]
    public void Findings_print_like_compiler_diagnostics_and_warnings_exit_clean()
    {
        string file = TestTool.Fixture("RouteTables/OnePath/er-lon.AzurePrivatePeering.primary.json");
        var (exit, output, error) = TestTool.Run("check", file, TestTool.Fixture("RouteTables/OnePath/er-lon.AzurePrivatePeering.secondary.json"));
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(
            $"{file}(2,3): warning ER1001: Peering 'AzurePrivatePeering' (IPv4) of circuit 'er-lon' has no primary connection: add the primary link, because Microsoft's SLA requires both BGP sessions{Environment.NewLine}",
            output);
    }

    [Fact]
    public void Warnaserror_makes_a_warning_fail()
    {
        Assert.Equal(1, TestTool.Run("check", TestTool.Fixture("Templates/QuickStart.json"), "--warnaserror").Exit);
        Assert.Equal(0, TestTool.Run("check", TestTool.Fixture("Templates/MaximumResiliency.json"), "--warnaserror").Exit);
    }

    [Fact]
    public void Bad_input_and_bad_command_lines_exit_with_2_and_a_message_without_a_stack_trace()
    {
        var (exit, output, error) = TestTool.Run("check", TestTool.Fixture("BadInput/unknown-type.json"));
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("unknown-type.json(5,7): error: resource \"contosodata\"", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);

        Assert.Equal(2, TestTool.Run("check").Exit);
        Assert.Equal(2, TestTool.Run("check", TestTool.Fixture("Templates/QuickStart.json"), "--no-such-option").Exit);
    }

    [Fact]
    public void Parameters_file_is_applied()
    {
        var (exit, output, _) = TestTool.Run("check", TestTool.Fixture("Expressions/template.json"), "--parameters", TestTool.Fixture("Expressions/template.parameters.json"));
        Assert.Equal(0, exit);
        Assert.Contains("warning ER4004: VLAN 4095", output, StringComparison.Ordinal);
    }
}
