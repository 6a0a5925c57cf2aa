using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cohorts.Engine.Runtime;

/// <summary>Measures JSON as the state document stores it (UTF-8, compact, default escaping), without keeping the text.</summary>
internal static class JsonSize
{
    /// <summary>
    /// Measures <paramref name="node"/>, stopping once past <paramref name="limit"/> bytes: a value a thousand times too
    /// large costs no more to refuse than one just past the limit.
    /// </summary>
    /// <returns>The size in bytes, or a number past <paramref name="limit"/> when it is larger.</returns>
    public static long Measure(JsonNode? node, long limit)
    {
        if (node is null)
        {
            return 4; // null
        }

        var counter = new CountingWriter(limit);
        try
        {
            using var writer = new Utf8JsonWriter(counter, new JsonWriterOptions { SkipValidation = true });
            node.WriteTo(writer);
            writer.Flush();
        }
        catch (LimitReachedException)
        {
            // Measured far enough.
        }

        return counter.Written;
    }

    /// <summary>Counts what is written and throws it away, stopping the writer once past the limit.</summary>
    private sealed class CountingWriter(long limit) : IBufferWriter<byte>
    {
        private byte[] _buffer = new byte[256];

        public long Written { get; private set; }

        public void Advance(int count)
        {
            Written += count;
            if (Written > limit)
            {
                throw new LimitReachedException();
            }
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => Buffer(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => Buffer(sizeHint);

        private byte[] Buffer(int sizeHint)
        {
            if (sizeHint > _buffer.Length)
            {
                _buffer = new byte[sizeHint];
            }

            return _buffer;
        }
    }

#pragma warning disable CA1064, CA1032 // private: never leaves Measure
    private sealed class LimitReachedException : Exception;
#pragma warning restore CA1064, CA1032
}
