using Cohorts.Host.Manage;

namespace Cohorts.Host.Api.Manager;

/// <summary>Moves journeys to another version of their definition.</summary>
/// <param name="TargetVersion">The version to move them to (required).</param>
/// <param name="InstanceIds">These journeys' instances (at most 1,000); or else</param>
/// <param name="CohortId">the journeys of this cohort (on <paramref name="FromVersion"/> when given), or</param>
/// <param name="FromVersion">every journey of the programme on this version.</param>
/// <param name="Mapping">Explicit moves: source activity id to target activity id (others keep their id).</param>
/// <param name="DryRun">True (the default when absent): the plan per journey, nothing changes.</param>
public sealed record MigrationRequest(
    int? TargetVersion,
    IReadOnlyList<Guid>? InstanceIds,
    Guid? CohortId,
    int? FromVersion,
    IReadOnlyDictionary<string, string>? Mapping,
    bool? DryRun)
{
    /// <summary>Gets the order for <see cref="JourneyMigrations"/>.</summary>
    public MigrationOrder ToOrder() => new(TargetVersion, InstanceIds, CohortId, FromVersion, Mapping, DryRun ?? true);
}
