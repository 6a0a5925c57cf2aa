using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;

namespace Cohorts.Host.Diagrams;

/// <summary>
/// The JSON Schema of the definition format served at <see cref="Path"/>, written once from the
/// <see cref="ActivityRegistry"/> (every activity type the host registered, its own included) and kept for the life of
/// the process: the registry is complete once the host has started.
/// </summary>
public sealed class DefinitionSchemaDocument(ActivityRegistry registry)
{
    /// <summary>Where the schema is published.</summary>
    public const string Path = "/schemas/definition.json";

    private readonly Lazy<string> _json = new(() => DefinitionSchema.Create(registry, Path).ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

    /// <summary>Gets the schema's JSON text.</summary>
    public string Json => _json.Value;
}
