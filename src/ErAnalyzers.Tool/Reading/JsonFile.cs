using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using ErAnalyzers.Model;

namespace ErAnalyzers.Tool.Reading;

/// <summary>
/// A JSON file with the line and column of each of its values: System.Text.Json gives byte offsets only while
/// reading, so one pass of <see cref="Utf8JsonReader"/> records them by JSON pointer.
/// </summary>
internal sealed class JsonFile
{
    /// <summary>The largest file read; Azure's own limit for a template is 4 MB, CLI output of a large estate is more.</summary>
    public const long MaximumBytes = 256L * 1024 * 1024;

    // Templates may hold comments and trailing commas (Azure accepts both).
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly byte[] bytes;
    private readonly List<int> lineStarts = [0];
    private readonly Dictionary<string, int> offsets = new(StringComparer.Ordinal);

    private JsonFile(string path, byte[] bytes, JsonDocument document)
    {
        Path = path;
        this.bytes = bytes;
        Document = document;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        RecordOffsets();
    }

    /// <summary>The path as given.</summary>
    public string Path { get; }

    /// <summary>The parsed file.</summary>
    public JsonDocument Document { get; }

    /// <summary>The root value.</summary>
    public JsonNode Root => new(this, Document.RootElement, "");

    /// <summary>Reads <paramref name="path"/>; a missing, huge or malformed file is a <see cref="BadInputException"/>.</summary>
    public static JsonFile Load(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new BadInputException($"{path}: error: the file does not exist");
            }

            if (info.Length > MaximumBytes)
            {
                throw new BadInputException($"{path}: error: the file has {info.Length / (1024 * 1024)} MB; the most eranalyzers reads is {MaximumBytes / (1024 * 1024)} MB");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"{path}: error: the file cannot be read: {e.Message}");
        }

        // A byte order mark is no JSON.
        var json = bytes.AsMemory();
        if (json.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            json = json[Encoding.UTF8.Preamble.Length..];
        }

        try
        {
            return new JsonFile(path, bytes, JsonDocument.Parse(json, DocumentOptions));
        }
        catch (JsonException e)
        {
            long line = (e.LineNumber ?? 0) + 1, column = (e.BytePositionInLine ?? 0) + 1;
            throw new BadInputException($"{path}({line},{column}): error: the file is not valid JSON: {FirstSentence(e.Message)}");
        }
    }

    /// <summary>Where the value at <paramref name="pointer"/> is; its property name when it is a property's value.</summary>
    public SourceLocation Locate(string pointer)
    {
        int offset = offsets.TryGetValue(pointer, out int found) ? found : 0;
        int line = lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        // Columns count characters: UTF-8 continuation bytes are part of the character before them.
        int column = 1;
        for (int i = lineStarts[line]; i < offset; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return new SourceLocation(Path, line + 1, column);
    }

    // JsonException's message ends with the position, which the caller writes its own way.
    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        end = end < 0 ? message.IndexOf(" Path:", StringComparison.Ordinal) : end;
        return end < 0 ? message : message[..end];
    }

    private void RecordOffsets()
    {
        var preamble = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var reader = new Utf8JsonReader(bytes.AsSpan(preamble), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

        // The pointer of each open container, and for an array the index of its next item.
        var containers = new Stack<(string Pointer, int NextIndex)>();
        string? pendingProperty = null;
        int pendingOffset = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = containers.Peek().Pointer + "/" + Escape(reader.GetString()!);
                    pendingOffset = (int)reader.TokenStartIndex + preamble;
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    containers.Pop();
                    continue;
            }

            // A value: of a property (located at its name) or an array item (located at itself), or the root.
            string pointer;
            int offset;
            if (pendingProperty is not null)
            {
                (pointer, offset, pendingProperty) = (pendingProperty, pendingOffset, null);
            }
            else if (containers.Count > 0)
            {
                var (parent, index) = containers.Pop();
                containers.Push((parent, index + 1));
                pointer = parent + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                offset = (int)reader.TokenStartIndex + preamble;
            }
            else
            {
                (pointer, offset) = ("", (int)reader.TokenStartIndex + preamble);
            }

            offsets[pointer] = offset;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                containers.Push((pointer, 0));
            }
        }
    }

    /// <summary>A property name as a JSON pointer segment (RFC 6901).</summary>
    public static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
