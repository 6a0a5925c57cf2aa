namespace Cohorts.Host.Manage;

/// <summary>Which journeys to move to which version, and how (<see cref="JourneyMigrations"/>).</summary>
/// <param name="TargetVersion">The version to move them to.</param>
/// <param name="InstanceIds">These journeys' instances; or else:</param>
/// <param name="CohortId">the journeys of this cohort (on <paramref name="FromVersion"/> when given);</param>
/// <param name="FromVersion">the journeys of the programme on this version.</param>
/// <param name="Mapping">Explicit moves: source activity id to target activity id.</param>
/// <param name="DryRun">True: only the plan, nothing changes.</param>
public sealed record MigrationOrder(
    int? TargetVersion,
    IReadOnlyList<Guid>? InstanceIds,
    Guid? CohortId,
    int? FromVersion,
    IReadOnlyDictionary<string, string>? Mapping,
    bool DryRun);
