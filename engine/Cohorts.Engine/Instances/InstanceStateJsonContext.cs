using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cohorts.Engine.Instances;

/// <summary>
/// The instance state document's serialization code, generated at build time with <see cref="InstanceStateSerializer.Options"/>'
/// settings (the web defaults, camelCase, enums as strings, nulls omitted, names read as written): the same JSON as
/// the reflection-based serializer writes and reads, without its per-property indirection on every step.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(InstanceState))]
internal sealed partial class InstanceStateJsonContext : JsonSerializerContext;
