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

        // One counter and writer per thread, reset for each measure (a step measures each variable it changes).
        var counter = t_counter ??= new CountingWriter();
        var writer = t_writer ??= new Utf8JsonWriter(counter, new JsonWriterOptions { SkipValidation = true });
        counter.Start(limit);
        writer.Reset(counter);
        try
        {
            node.WriteTo(writer);
            writer.Flush();
        }
        catch (LimitReachedException)
        {
            // Measured far enough.
        }

        return counter.Written;
    }

    [ThreadStatic]
    private static CountingWriter? t_counter;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Counts what is written and throws it away, stopping the writer once past the limit.</summary>
    private sealed class CountingWriter : IBufferWriter<byte>
    {
        private const int MaxKeptBuffer = 64 * 1024;
        private byte[] _buffer = new byte[256];
        private long _limit;

        public long Written { get; private set; }

        /// <summary>Starts counting again, up to <paramref name="limit"/>; a scratch buffer grown for a long string is let go.</summary>
        public void Start(long limit)
        {
            _limit = limit;
            Written = 0;
            if (_buffer.Length > MaxKeptBuffer)
            {
                _buffer = new byte[256];
            }
        }

        public void Advance(int count)
        {
            Written += count;
            if (Written > _limit)
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
