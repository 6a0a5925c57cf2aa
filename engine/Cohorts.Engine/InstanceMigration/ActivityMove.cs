namespace Cohorts.Engine.InstanceMigration;

/// <summary>Where one live activity execution of an instance goes in the target version.</summary>
/// <param name="ExecutionId">The execution.</param>
/// <param name="FromActivityId">Its activity in the instance's version.</param>
/// <param name="ToActivityId">Its activity in the target version (null when it cannot move: see the plan's refusals).</param>
/// <param name="ActivityType">The activity's type.</param>
/// <param name="Name">The activity's display name in the target (else in the source), when it has one.</param>
/// <param name="Faulted">True when the instance faulted in this execution.</param>
public sealed record ActivityMove(int ExecutionId, string FromActivityId, string? ToActivityId, string ActivityType, string? Name, bool Faulted);
