namespace Cohorts.Workflows.Organisations;

/// <summary>An event an organisation hosts or organises.</summary>
/// <param name="SessionId">The event (a session of a cohort).</param>
/// <param name="CohortId">Its cohort.</param>
/// <param name="CohortName">The cohort's name.</param>
/// <param name="Title">The event's title.</param>
/// <param name="PlannedAt">When it takes place.</param>
/// <param name="Role">Host or organiser.</param>
public sealed record OrganisationEvent(Guid SessionId, Guid CohortId, string CohortName, string Title, DateTimeOffset PlannedAt, EventOrganisationRole Role);
