using System;
using System.IO;
using ErAnalyzers.Tool.Reading;

namespace ErAnalyzers.Tool.Tests;

/// <summary>Line and column of JSON values, from the byte offsets System.Text.Json reads.</summary>
public class JsonFileTests
{
    [Fact]
    public void Columns_count_characters_not_bytes_and_a_property_is_located_at_its_name()
    {
        string path = Path.Combine(Path.GetTempPath(), $"eranalyzers-json-{Guid.NewGuid():N}.json");
        try
        {
            // "é" and "€" take two and three bytes in UTF-8.
            File.WriteAllText(path, "{\n  \"é€\": [1,\n    {\"vlanId\": 7}]\n}\n");
            var file = JsonFile.Load(path);
            Assert.Equal((2, 3), (file.Locate("/é€").Line, file.Locate("/é€").Column));
            Assert.Equal((2, 10), (file.Locate("/é€/0").Line, file.Locate("/é€/0").Column));
            Assert.Equal((3, 6), (file.Locate("/é€/1/vlanId").Line, file.Locate("/é€/1/vlanId").Column));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
