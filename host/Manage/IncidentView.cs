namespace Cohorts.Host.Manage;

/// <summary>An incident: the activity that faulted an instance, and why.</summary>
/// <param name="IncidentId">The incident's id.</param>
/// <param name="Owner">Whose instance it is.</param>
/// <param name="ActivityId">The activity that failed.</param>
/// <param name="ActivityType">Its type.</param>
/// <param name="Message">What went wrong.</param>
/// <param name="At">When.</param>
/// <param name="ResolvedAt">When a retry resolved it (null while open).</param>
public sealed record IncidentView(Guid IncidentId, InstanceOwner Owner, string ActivityId, string ActivityType, string Message, DateTimeOffset At, DateTimeOffset? ResolvedAt);
