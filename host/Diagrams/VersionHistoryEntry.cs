namespace Cohorts.Host.Diagrams;

/// <summary>One published version in a definition's history.</summary>
/// <param name="Version">The version, from 1.</param>
/// <param name="Name">The name it was published with.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="PublishedBy">Who published it (their e-mail), or null when the installation did (a template's first version) or before publishers were recorded.</param>
public sealed record VersionHistoryEntry(int Version, string Name, DateTimeOffset PublishedAt, string? PublishedBy);
