namespace Cohorts.Host.Manage;

/// <summary>A session on a cohort board.</summary>
/// <param name="SessionId">The session's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="PlannedAt">When it is planned.</param>
public sealed record BoardSession(Guid SessionId, string Title, DateTimeOffset PlannedAt);
