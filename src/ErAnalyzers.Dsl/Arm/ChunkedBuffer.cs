using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ErAnalyzers.Dsl.Arm;

/// <summary>
/// UTF-8 written in chunks of 1 MB: a template of tens of megabytes is never copied from array to ever larger array,
/// as a growing stream would, which would leave twice its size in garbage. Given a stream, the buffer writes each
/// chunk to it as the chunk fills and reuses the chunk: a template written to a file is never held whole in memory.
/// </summary>
internal sealed class ChunkedBuffer(Stream? output = null) : IBufferWriter<byte>
{
    private const int ChunkSize = 1 << 20;

    private readonly List<ArraySegment<byte>> full = [];
    private byte[] current = [];
    private int used;

    public void Advance(int count) => used += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint).AsMemory(used);

    public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).AsSpan(used);

    /// <summary>Writes what the buffer holds: all of it, or, when it writes to a stream, what it has not written yet.</summary>
    public void WriteTo(Stream stream)
    {
        foreach (var chunk in Chunks())
        {
            stream.Write(chunk);
        }
    }

    /// <summary>The text, decoded straight into the string (a character can span two chunks).</summary>
    public string ToText()
    {
        var decoder = Encoding.UTF8.GetDecoder();
        int length = 0;
        foreach (var chunk in Chunks())
        {
            length += decoder.GetCharCount(chunk, flush: false);
        }

        decoder.Reset();
        return string.Create(length, (Buffer: this, Decoder: decoder), static (text, state) =>
        {
            foreach (var chunk in state.Buffer.Chunks())
            {
                text = text[state.Decoder.GetChars(chunk, text, flush: false)..];
            }
        });
    }

    private IEnumerable<ArraySegment<byte>> Chunks()
    {
        foreach (var chunk in full)
        {
            yield return chunk;
        }

        yield return new ArraySegment<byte>(current, 0, used);
    }

    private byte[] Reserve(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (current.Length - used >= needed)
        {
            return current;
        }

        if (output is not null)
        {
            output.Write(current, 0, used);
            used = 0;
            if (current.Length >= needed)
            {
                return current;
            }
        }
        else if (used > 0)
        {
            full.Add(new ArraySegment<byte>(current, 0, used));
        }

        current = new byte[Math.Max(ChunkSize, needed)];
        used = 0;
        return current;
    }
}
