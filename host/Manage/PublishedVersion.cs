namespace Cohorts.Host.Manage;

/// <summary>What publishing a definition document did.</summary>
/// <param name="DefinitionId">The definition.</param>
/// <param name="Version">The version the document is now (the latest).</param>
/// <param name="PublishedAt">When that version was published.</param>
/// <param name="IsNew">False when the document was the latest version already (nothing new was published).</param>
public sealed record PublishedVersion(string DefinitionId, int Version, DateTimeOffset PublishedAt, bool IsNew);
