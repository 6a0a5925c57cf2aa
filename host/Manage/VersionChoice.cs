namespace Cohorts.Host.Manage;

/// <summary>The version a journey runs, and the newest of its definition: a faulted journey may move there.</summary>
/// <param name="ProgrammeId">The journey's programme.</param>
/// <param name="DefinitionId">Its definition.</param>
/// <param name="Version">The version it runs.</param>
/// <param name="Latest">The newest published version.</param>
public sealed record VersionChoice(string ProgrammeId, string DefinitionId, int Version, int Latest)
{
    /// <summary>Gets a value indicating whether a newer version exists.</summary>
    public bool CanMove => Latest > Version;
}
