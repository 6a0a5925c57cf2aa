using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Cohorts.Engine.Instances;

/// <summary>
/// A JSON value of the state document, either as the bytes it was stored as (written back as they are) or as nodes.
/// </summary>
[JsonConverter(typeof(StoredJsonConverter))]
internal sealed class StoredJson
{
    /// <summary>Initializes a value kept as its stored UTF-8 bytes (a complete object or array, already checked).</summary>
    public StoredJson(byte[] utf8) => Utf8 = utf8;

    /// <summary>Initializes a value held as nodes.</summary>
    public StoredJson(JsonNode node) => Node = node;

    /// <summary>Gets the stored bytes, or null when the value is held as nodes.</summary>
    public byte[]? Utf8 { get; }

    /// <summary>Gets the nodes, or null when the value is kept as its stored bytes.</summary>
    public JsonNode? Node { get; }
}
