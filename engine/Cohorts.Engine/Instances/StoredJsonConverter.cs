using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Cohorts.Engine.Instances;

/// <summary>
/// Writes a <see cref="StoredJson"/> as the very bytes it was stored as, or its nodes as System.Text.Json writes a
/// <see cref="JsonNode"/>; reads one as nodes, as System.Text.Json reads a <see cref="JsonNode"/> property.
/// </summary>
internal sealed class StoredJsonConverter : JsonConverter<StoredJson>
{
    public override StoredJson? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, InstanceStateJsonContext.Default.JsonNode) is { } node ? new StoredJson(node) : null;

    public override void Write(Utf8JsonWriter writer, StoredJson value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Utf8 is { } utf8)
        {
            writer.WriteRawValue(utf8, skipInputValidation: true);
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Node, InstanceStateJsonContext.Default.JsonNode);
        }
    }
}
