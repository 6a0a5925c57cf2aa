using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cohorts.Engine.Instances;

/// <summary>Reads and writes the persisted <see cref="InstanceState"/> document.</summary>
public static class InstanceStateSerializer
{
    /// <summary>
    /// Gets the options of the persisted formats: camelCase, enums as strings, nulls omitted, names read exactly as
    /// written. The web defaults' case-insensitive reading is off: the state holds JavaScript's values, whose names are
    /// case-sensitive, and an object read back with <c>a</c> and <c>A</c> (or variables <c>stage</c> and <c>Stage</c>)
    /// would throw at its first use and strand the instance.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    // System.Text.Json's depth when the options set none.
    private const int DefaultMaxDepth = 64;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Serializes a state document.</summary>
    public static string Serialize(InstanceState state) => JsonSerializer.Serialize(state, InstanceStateJsonContext.Default.InstanceState);

    /// <summary>Serializes a state document to <paramref name="writer"/> (one made by <see cref="CreateWriter"/>): the same UTF-8 as <see cref="Serialize(InstanceState)"/>.</summary>
    public static void Serialize(InstanceState state, Utf8JsonWriter writer) => JsonSerializer.Serialize(writer, state, InstanceStateJsonContext.Default.InstanceState);

    /// <summary>
    /// Makes a writer for <see cref="Serialize(InstanceState, Utf8JsonWriter)"/> with the options System.Text.Json gives
    /// the writer it makes itself (default escaping, compact, the serializer's depth, no validation): reused through
    /// <see cref="Utf8JsonWriter.Reset(IBufferWriter{byte})"/>, it writes the text <see cref="Serialize(InstanceState)"/> returns.
    /// </summary>
    public static Utf8JsonWriter CreateWriter(IBufferWriter<byte> output) =>
        new(output, new JsonWriterOptions { Encoder = Options.Encoder, MaxDepth = Options.MaxDepth == 0 ? DefaultMaxDepth : Options.MaxDepth, SkipValidation = true });

    /// <summary>Serializes a state document as UTF-8 (for a store that keeps bytes: no UTF-16 text in between).</summary>
    public static byte[] SerializeToUtf8(InstanceState state) => JsonSerializer.SerializeToUtf8Bytes(state, InstanceStateJsonContext.Default.InstanceState);

    /// <summary>
    /// Deserializes a state document written by this or an older format version: the usual document of this format
    /// straight from its tokens (<see cref="InstanceStateReader"/>), any other through System.Text.Json.
    /// </summary>
    /// <exception cref="JsonException">The document is not a valid state.</exception>
    public static InstanceState Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var buffer = ArrayPool<byte>.Shared.Rent(StrictUtf8.GetMaxByteCount(json.Length));
        InstanceState? read;
        try
        {
            read = InstanceStateReader.TryRead(buffer.AsSpan(0, StrictUtf8.GetBytes(json, buffer)));
        }
        catch (EncoderFallbackException)
        {
            // Text that is not valid UTF-16 (a lone surrogate) is left to System.Text.Json, which refuses it.
            read = null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return read ?? Checked(JsonSerializer.Deserialize(json, InstanceStateJsonContext.Default.InstanceState));
    }

    /// <summary>Deserializes a UTF-8 state document written by this or an older format version.</summary>
    /// <exception cref="JsonException">The document is not a valid state.</exception>
    public static InstanceState Deserialize(ReadOnlySpan<byte> utf8Json) =>
        InstanceStateReader.TryRead(utf8Json) ?? Checked(JsonSerializer.Deserialize(utf8Json, InstanceStateJsonContext.Default.InstanceState));

    private static InstanceState Checked(InstanceState? read)
    {
        var state = read ?? throw new JsonException("The instance state document is empty.");
        if (state.FormatVersion > InstanceState.CurrentFormatVersion)
        {
            throw new JsonException($"The instance state has format version {state.FormatVersion}; this build reads up to {InstanceState.CurrentFormatVersion}.");
        }

        return state;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = false,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
