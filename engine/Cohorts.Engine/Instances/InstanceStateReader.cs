using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Cohorts.Engine.Bookmarks;

namespace Cohorts.Engine.Instances;

/// <summary>
/// Reads the state document as this build writes it, straight from its UTF-8 tokens: every step of a waiting instance
/// reads one, and System.Text.Json's generated code writes the document fast but reads it through its metadata
/// converters (a fifth of a resume's CPU, docs/PERFORMANCE.md). Anything this reader does not expect exactly (a property
/// it does not know or meets twice, a number written as a string, an enum name in another case, a fault, an older or
/// newer format version) makes it decline, and <see cref="InstanceStateSerializer"/> reads the document with
/// System.Text.Json as before: a document is never read differently, only faster when it is the usual one.
/// </summary>
/// <remarks>
/// The JSON values a state holds (variables, input, output) are made as System.Text.Json's own converters make them with
/// the published options (an object or array over its parsed element, a scalar by the converter itself), so they are
/// the very nodes it makes; an activity's empty own state is made directly.
/// </remarks>
internal static class InstanceStateReader
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };

    /// <summary>Reads a state document of the current format, or returns null when it is left to System.Text.Json.</summary>
    public static InstanceState? TryRead(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        try
        {
            if (!reader.Read() || !TryReadState(ref reader, out var read) || reader.Read())
            {
                return null;
            }

            if (read.InputEnd > read.InputStart)
            {
                // Kept as the bytes it was stored as, made into nodes only if the step reads it; its structure was
                // checked in passing, its text is checked here (the reader checks a string's UTF-8 only when read).
                var input = utf8Json[(int)read.InputStart..(int)read.InputEnd];
                if (!Utf8.IsValid(input))
                {
                    return null;
                }

                read.State.StoreInput(input.ToArray());
            }

            return read.State;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Malformed (a token out of place, text that is not UTF-8): System.Text.Json reads it again and reports it
            // as it always did.
            return null;
        }
    }

    private static bool TryReadState(ref Utf8JsonReader reader, out StateFields read)
    {
        read = new StateFields { State = new InstanceState() };

        // The format version is always written: a document without one is left to System.Text.Json.
        var seen = TryReadProperties(ref reader, ref read, StateProperty, TryReadStateProperty);
        return seen >= 0 && (seen & 1) != 0;
    }

    /// <summary>The input the instance keeps as its stored bytes, made into nodes as System.Text.Json would make them.</summary>
    public static JsonNode? ReadStoredNode(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        reader.Read();
        return ReadNode(ref reader);
    }

    /// <summary>
    /// Reads an object's properties into <paramref name="target"/>, each a known one (<paramref name="index"/>) met once.
    /// </summary>
    /// <returns>The properties met, one bit each by index; -1 when the object is left to System.Text.Json.</returns>
    private static int TryReadProperties<T>(ref Utf8JsonReader reader, ref T target, PropertyIndex index, PropertyReader<T> read)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return -1;
        }

        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = index(ref reader);
            if (property < 0 || (seen & (1 << property)) != 0 || !reader.Read() || !read(ref reader, property, ref target))
            {
                return -1;
            }

            seen |= 1 << property;
        }

        return reader.TokenType == JsonTokenType.EndObject ? seen : -1;
    }

    private static bool TryReadStateProperty(ref Utf8JsonReader reader, int property, ref StateFields read)
    {
        var state = read.State;
        switch (property)
        {
            case 0:
                return TryReadInt(ref reader, out var format) && format == InstanceState.CurrentFormatVersion;
            case 1:
                if (!TryReadObject(ref reader, out var variables))
                {
                    return false;
                }

                state.Variables = variables;
                return true;
            case 2:
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    // An object or an array is checked and passed over here, and kept as its bytes (TryRead).
                    read.InputStart = reader.TokenStartIndex;
                    reader.Skip();
                    read.InputEnd = reader.BytesConsumed;
                    return true;
                }

                state.Input = ReadNode(ref reader);
                return true;
            case 3:
                state.Output = ReadNode(ref reader);
                return true;
            case 4:
                if (!TryReadInt(ref reader, out var next))
                {
                    return false;
                }

                state.NextExecutionId = next;
                return true;
            case 5:
                return TryReadList(ref reader, state.Executions, TryReadExecution);
            case 6:
                return TryReadList(ref reader, state.Bookmarks, TryReadBookmark);
            default:
                return TryReadList(ref reader, state.AppliedSignalIds, TryReadString);
        }
    }

    private static int StateProperty(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("formatVersion"u8) ? 0
        : reader.ValueTextEquals("variables"u8) ? 1
        : reader.ValueTextEquals("input"u8) ? 2
        : reader.ValueTextEquals("output"u8) ? 3
        : reader.ValueTextEquals("nextExecutionId"u8) ? 4
        : reader.ValueTextEquals("executions"u8) ? 5
        : reader.ValueTextEquals("bookmarks"u8) ? 6
        : reader.ValueTextEquals("appliedSignalIds"u8) ? 7
        : -1;

    private static bool TryReadExecution(ref Utf8JsonReader reader, out ActivityExecution execution)
    {
        execution = new ActivityExecution();
        return TryReadProperties(ref reader, ref execution, ExecutionProperty, TryReadExecutionProperty) >= 0;
    }

    private static int ExecutionProperty(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("id"u8) ? 0
        : reader.ValueTextEquals("activityId"u8) ? 1
        : reader.ValueTextEquals("parentId"u8) ? 2
        : reader.ValueTextEquals("startedAt"u8) ? 3
        : reader.ValueTextEquals("state"u8) ? 4
        : -1;

    private static bool TryReadExecutionProperty(ref Utf8JsonReader reader, int property, ref ActivityExecution execution)
    {
        switch (property)
        {
            case 0:
                if (!TryReadInt(ref reader, out var id))
                {
                    return false;
                }

                execution.Id = id;
                return true;
            case 1:
                if (!TryReadString(ref reader, out var activityId))
                {
                    return false;
                }

                execution.ActivityId = activityId;
                return true;
            case 2:
                if (!TryReadInt(ref reader, out var parentId))
                {
                    return false;
                }

                execution.ParentId = parentId;
                return true;
            case 3:
                if (!TryReadDate(ref reader, out var startedAt))
                {
                    return false;
                }

                execution.StartedAt = startedAt;
                return true;
            default:
                if (!TryReadObject(ref reader, out var own))
                {
                    return false;
                }

                execution.State = own;
                return true;
        }
    }

    private static bool TryReadBookmark(ref Utf8JsonReader reader, out Bookmark bookmark)
    {
        bookmark = null!;
        var read = new BookmarkFields();
        if (TryReadProperties(ref reader, ref read, BookmarkProperty, TryReadBookmarkProperty) < 0 || read.ActivityId is null || read.Name is null)
        {
            return false;
        }

        bookmark = new Bookmark(read.Id, read.InstanceId, read.ExecutionId, read.ActivityId, read.Kind, read.Name, read.CorrelationKey, read.DueAt, read.CreatedAt);
        return true;
    }

    private static int BookmarkProperty(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("id"u8) ? 0
        : reader.ValueTextEquals("instanceId"u8) ? 1
        : reader.ValueTextEquals("executionId"u8) ? 2
        : reader.ValueTextEquals("activityId"u8) ? 3
        : reader.ValueTextEquals("kind"u8) ? 4
        : reader.ValueTextEquals("name"u8) ? 5
        : reader.ValueTextEquals("correlationKey"u8) ? 6
        : reader.ValueTextEquals("dueAt"u8) ? 7
        : reader.ValueTextEquals("createdAt"u8) ? 8
        : -1;

    private static bool TryReadBookmarkProperty(ref Utf8JsonReader reader, int property, ref BookmarkFields fields)
    {
        switch (property)
        {
            case 0:
                return TryReadGuid(ref reader, out fields.Id);
            case 1:
                return TryReadGuid(ref reader, out fields.InstanceId);
            case 2:
                return TryReadInt(ref reader, out fields.ExecutionId);
            case 3:
                return TryReadString(ref reader, out fields.ActivityId!);
            case 4:
                return TryReadKind(ref reader, out fields.Kind);
            case 5:
                return TryReadString(ref reader, out fields.Name!);
            case 6:
                if (!TryReadString(ref reader, out var key))
                {
                    return false;
                }

                fields.CorrelationKey = key;
                return true;
            case 7:
                if (!TryReadDate(ref reader, out var dueAt))
                {
                    return false;
                }

                fields.DueAt = dueAt;
                return true;
            default:
                return TryReadDate(ref reader, out fields.CreatedAt);
        }
    }

    private static bool TryReadList<T>(ref Utf8JsonReader reader, List<T> list, ItemReader<T> readItem)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!readItem(ref reader, out var item))
            {
                return false;
            }

            list.Add(item);
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    private static bool TryReadInt(ref Utf8JsonReader reader, out int value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value);
    }

    private static bool TryReadGuid(ref Utf8JsonReader reader, out Guid value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out value);
    }

    private static bool TryReadDate(ref Utf8JsonReader reader, out DateTimeOffset value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out value);
    }

    private static bool TryReadString(ref Utf8JsonReader reader, out string value)
    {
        value = reader.TokenType == JsonTokenType.String ? reader.GetString()! : null!;
        return value is not null;
    }

    private static bool TryReadKind(ref Utf8JsonReader reader, out BookmarkKind kind)
    {
        kind = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        (var known, kind) = reader.ValueTextEquals("Signal"u8) ? (true, BookmarkKind.Signal)
            : reader.ValueTextEquals("Timer"u8) ? (true, BookmarkKind.Timer)
            : (false, default);
        return known;
    }

    /// <summary>An object value as System.Text.Json reads it with the published options; an empty one made directly.</summary>
    private static bool TryReadObject(ref Utf8JsonReader reader, out JsonObject value)
    {
        value = null!;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var next = reader;
        if (next.Read() && next.TokenType == JsonTokenType.EndObject)
        {
            reader = next;
            value = new JsonObject(NodeOptions);
            return true;
        }

        // As System.Text.Json's converter reads an object: its element, parsed once, wrapped.
        value = JsonObject.Create(JsonElement.ParseValue(ref reader), NodeOptions)!;
        return true;
    }

    /// <summary>Any value as System.Text.Json reads a <see cref="JsonNode"/> with the published options.</summary>
    private static JsonNode? ReadNode(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.StartObject => JsonObject.Create(JsonElement.ParseValue(ref reader), NodeOptions),
        JsonTokenType.StartArray => JsonArray.Create(JsonElement.ParseValue(ref reader), NodeOptions),
        _ => JsonSerializer.Deserialize(ref reader, InstanceStateJsonContext.Default.JsonNode),
    };

    private delegate bool ItemReader<T>(ref Utf8JsonReader reader, out T item);

    /// <summary>Which of a type's properties the current name is (its index), or -1 for one this reader does not know.</summary>
    private delegate int PropertyIndex(ref Utf8JsonReader reader);

    /// <summary>Reads the value of property <paramref name="property"/> into <paramref name="target"/>.</summary>
    private delegate bool PropertyReader<T>(ref Utf8JsonReader reader, int property, ref T target);

    /// <summary>The state being read, and where its input's object or array lies in the document (none when both are 0).</summary>
    private struct StateFields
    {
        public InstanceState State;
        public long InputStart;
        public long InputEnd;
    }

    /// <summary>A bookmark's values as read, missing ones at their defaults (as System.Text.Json passes them to its constructor).</summary>
    private struct BookmarkFields
    {
        public Guid Id;
        public Guid InstanceId;
        public int ExecutionId;
        public string? ActivityId;
        public BookmarkKind Kind;
        public string? Name;
        public string? CorrelationKey;
        public DateTimeOffset? DueAt;
        public DateTimeOffset CreatedAt;
    }
}
