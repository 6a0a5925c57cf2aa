using Cohorts.Engine.Persistence;

namespace Cohorts.Engine.EntityFrameworkCore.Records;

/// <summary>A row of WorkflowDefinitions: one published version.</summary>
public sealed class DefinitionRecord
{
    /// <summary>Gets or sets the definition id shared by all versions.</summary>
    public string DefinitionId { get; set; } = string.Empty;

    /// <summary>Gets or sets the version.</summary>
    public int Version { get; set; }

    /// <summary>Gets or sets the human name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the definition document.</summary>
    public string Json { get; set; } = string.Empty;

    /// <summary>Gets or sets when it was published.</summary>
    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>Gets or sets who published it, when known.</summary>
    public string? PublishedBy { get; set; }

    internal static DefinitionRecord FromDefinition(StoredDefinition definition) => new()
    {
        DefinitionId = definition.DefinitionId,
        Version = definition.Version,
        Name = definition.Name,
        Json = definition.Json,
        PublishedAt = definition.PublishedAt,
        PublishedBy = definition.PublishedBy,
    };

    internal StoredDefinition ToDefinition() => new(DefinitionId, Version, Name, Json, PublishedAt, PublishedBy);
}
