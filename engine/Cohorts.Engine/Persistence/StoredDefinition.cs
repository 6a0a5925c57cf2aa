namespace Cohorts.Engine.Persistence;

/// <summary>One published version of a definition, as stored.</summary>
/// <param name="DefinitionId">The stable id shared by all versions.</param>
/// <param name="Version">The version, from 1.</param>
/// <param name="Name">The human name (copied out of the JSON for lists).</param>
/// <param name="Json">The definition document (docs/definition-format.md).</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="PublishedBy">Who published it (an e-mail address, say), when known: versions published by the host itself, or before the publisher was recorded, have none.</param>
public sealed record StoredDefinition(string DefinitionId, int Version, string Name, string Json, DateTimeOffset PublishedAt, string? PublishedBy = null);
