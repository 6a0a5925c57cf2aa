namespace Cohorts.Host.Manage;

/// <summary>One published version of a definition.</summary>
/// <param name="Version">The version, from 1.</param>
/// <param name="Name">The name it was published with.</param>
/// <param name="PublishedAt">When it was published.</param>
public sealed record DefinitionVersionInfo(int Version, string Name, DateTimeOffset PublishedAt);
