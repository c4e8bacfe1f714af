using System;
using System.IO;
using System.Text;
using ErAnalyzers.Dsl.Tests.Support;

namespace ErAnalyzers.Dsl.Tests;

/// <summary>WriteArmTemplate replaces the target whole or not at all, and leaves nothing else behind.</summary>
public sealed class AtomicWriteTests
{
    private static readonly byte[] Previous = Encoding.UTF8.GetBytes("{ \"previous\": \"template\" }\n");

    private static NetworkDesign ValidDesign() => DesignKit.Create(k => k.Gateway(configure: g => g.Connect(k.Circuit())));

    private static NetworkDesign DesignWithError() => DesignKit.Create(k => k.D.Site("lon-dc", asn: 65515));

    [Fact]
    public void Missing_folders_are_created()
    {
        using var folder = new TempFolder();
        string target = folder.Combine("a", "b", "c", "azuredeploy.json");

        ValidDesign().WriteArmTemplate(target);

        Assert.Equal(["azuredeploy.json"], folder.Entries(folder.Combine("a", "b", "c")));
        Assert.Equal(ValidDesign().ToArmTemplate(), File.ReadAllText(target));
    }

    [Fact]
    public void A_design_with_errors_leaves_the_existing_file_byte_identical_and_no_temporary_file()
    {
        using var folder = new TempFolder();
        string target = folder.Combine("azuredeploy.json");
        File.WriteAllBytes(target, Previous);

        Assert.Throws<DesignValidationException>(() => DesignWithError().WriteArmTemplate(target));

        Assert.Equal(Previous, File.ReadAllBytes(target));
        Assert.Equal(["azuredeploy.json"], folder.Entries());
    }

    [Fact]
    public void A_failed_rename_leaves_no_temporary_file()
    {
        // The target is a folder: the template can be written to the temporary file but not renamed over the target.
        using var folder = new TempFolder();
        string target = folder.Combine("azuredeploy.json");
        Directory.CreateDirectory(target);

        Assert.ThrowsAny<IOException>(() => ValidDesign().WriteArmTemplate(target));

        Assert.Equal(["azuredeploy.json"], folder.Entries());
        Assert.Empty(folder.Entries(target));
    }

    [Fact]
    public void A_successful_write_replaces_the_file_and_leaves_exactly_the_target()
    {
        using var folder = new TempFolder();
        string target = folder.Combine("azuredeploy.json");
        File.WriteAllBytes(target, Previous);

        ValidDesign().WriteArmTemplate(target);

        Assert.Equal(["azuredeploy.json"], folder.Entries());
        Assert.Equal(Encoding.UTF8.GetBytes(ValidDesign().ToArmTemplate()), File.ReadAllBytes(target));
    }

    [Fact]
    public void Writing_twice_gives_identical_bytes()
    {
        using var folder = new TempFolder();
        string first = folder.Combine("first.json");
        string second = folder.Combine("second.json");

        ValidDesign().WriteArmTemplate(first);
        byte[] once = File.ReadAllBytes(first);
        ValidDesign().WriteArmTemplate(first);
        ValidDesign().WriteArmTemplate(second);

        Assert.Equal(once, File.ReadAllBytes(first));
        Assert.Equal(once, File.ReadAllBytes(second));
        Assert.Equal(["first.json", "second.json"], folder.Entries());
    }

    [Fact]
    public void A_template_of_several_megabytes_is_written_byte_for_byte_as_ToArmTemplate_gives_it()
    {
        // Written to the file a megabyte at a time, as each chunk fills: the chunk boundaries must not show.
        var design = DesignKit.Create(k =>
        {
            for (int i = 0; i < 4_000; i++)
            {
                k.D.Circuit($"er-{i:D4}", c => DesignKit.Provider(c));
            }
        });
        using var folder = new TempFolder();
        string target = folder.Combine("azuredeploy.json");

        design.WriteArmTemplate(target);

        byte[] expected = Encoding.UTF8.GetBytes(design.ToArmTemplate());
        Assert.InRange(expected.Length, 2 << 20, int.MaxValue); // three chunks
        Assert.Equal(expected, File.ReadAllBytes(target));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_path_is_rejected(string path)
    {
        var exception = Assert.Throws<ArgumentException>(() => ValidDesign().WriteArmTemplate(path));

        Assert.Equal("path", exception.ParamName);
        Assert.Contains($"got '{path}'", exception.Message, StringComparison.Ordinal);
    }
}
