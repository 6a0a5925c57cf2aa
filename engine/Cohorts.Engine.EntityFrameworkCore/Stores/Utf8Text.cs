using System.Buffers;
using System.Text;
using System.Text.Json;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// A step's state document written as UTF-8 into a buffer the writer keeps from step to step, and bound as SQLite text
/// from those bytes (<see cref="RawStatement"/>): no UTF-16 string is made and converted back to UTF-8 on every commit.
/// The text is the one <see cref="InstanceStateSerializer.Serialize(InstanceState)"/> returns. Used by one writer at a
/// time, under its write gate.
/// </summary>
internal sealed class Utf8Text
{
    // A buffer grown past this for an unusually large state is let go after its step, so that a writer does not keep it.
    private const int MaxKeptBuffer = 256 * 1024;
    private const int InitialBuffer = 4 * 1024;

    private ArrayBufferWriter<byte> _buffer = new(InitialBuffer);
    private Utf8JsonWriter? _writer;

    /// <summary>Gets the text last written.</summary>
    public ReadOnlySpan<byte> Utf8 => _buffer.WrittenSpan;

    /// <summary>Writes <paramref name="state"/>, replacing what the buffer held.</summary>
    public Utf8Text Write(InstanceState state)
    {
        if (_buffer.Capacity > MaxKeptBuffer)
        {
            _buffer = new ArrayBufferWriter<byte>(InitialBuffer);
        }
        else
        {
            _buffer.ResetWrittenCount();
        }

        var writer = _writer ??= InstanceStateSerializer.CreateWriter(_buffer);
        writer.Reset(_buffer);
        InstanceStateSerializer.Serialize(state, writer);
        writer.Flush();
        return this;
    }

    /// <summary>Gets the text as a string (for a statement that runs as a command, reported to EF's diagnostics).</summary>
    public override string ToString() => Encoding.UTF8.GetString(Utf8);
}
