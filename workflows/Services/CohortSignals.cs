namespace Cohorts.Workflows.Services;

/// <summary>The signals the domain's activities wait for, and their correlation keys.</summary>
public static class CohortSignals
{
    /// <summary>A session's outcome was recorded (key: <see cref="SessionKey"/>).</summary>
    public const string SessionRecorded = "session-recorded";

    /// <summary>A form request was answered (key <c>form-request-{id}</c>, payload <c>{ requestId, answers }</c>).</summary>
    public const string FormAnswered = "form-answered";

    /// <summary>A session was moved to another time (key: <see cref="SessionKey"/>): its reminders move with it.</summary>
    public const string SessionRescheduled = "session-rescheduled";

    /// <summary>A session was cancelled (key: <see cref="SessionKey"/>): its workflow stops waiting for its outcome.</summary>
    public const string SessionCancelled = "session-cancelled";

    /// <summary>A manager screened a company (key: <see cref="CompanyKey"/>).</summary>
    public const string ScreeningDecided = "screening-decided";

    /// <summary>A manager assigned a coach to a company (key: <see cref="CompanyKey"/>).</summary>
    public const string CoachAssigned = "coach-assigned";

    /// <summary>A manager or a funder decided a milestone (key: <see cref="MilestoneKey"/>).</summary>
    public const string MilestoneDecided = "milestone-decided";

    /// <summary>Gets the correlation key of a session's signals: <c>session-{id}</c>.</summary>
    public static string SessionKey(Guid sessionId) => $"session-{sessionId:D}";

    /// <summary>Gets the correlation key of a company's signals: <c>company-{id}</c>.</summary>
    public static string CompanyKey(Guid companyId) => $"company-{companyId:D}";

    /// <summary>Gets the correlation key of a milestone's signals: <c>milestone-{id}</c>.</summary>
    public static string MilestoneKey(Guid milestoneId) => $"milestone-{milestoneId:D}";
}
