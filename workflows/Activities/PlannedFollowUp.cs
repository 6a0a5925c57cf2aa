namespace Cohorts.Workflows.Activities;

/// <summary>A follow-up that <see cref="RecurringSessions"/> has still to start (kept in its state).</summary>
/// <param name="Occurrence">The occurrence it follows.</param>
/// <param name="DueAt">When it starts.</param>
internal sealed record PlannedFollowUp(int Occurrence, DateTimeOffset DueAt);
