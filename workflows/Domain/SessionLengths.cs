namespace Cohorts.Workflows.Domain;

/// <summary>
/// How long a session lasts when nothing else says so: a coaching session is a morning's hour and a half (a programme
/// sets its own, <see cref="Programme.SessionLength"/>), a feedback session an hour, a networking evening two hours,
/// a visit, a conference or a workshop half a day (a CollectiveEvent step may set its own length).
/// </summary>
public static class SessionLengths
{
    /// <summary>The length of a coaching session when the programme names none.</summary>
    public static readonly TimeSpan Coaching = TimeSpan.FromMinutes(90);

    /// <summary>Gets the default length of a session of a kind.</summary>
    public static TimeSpan Of(SessionKind kind) => kind switch
    {
        SessionKind.Coaching => Coaching,
        SessionKind.Feedback => TimeSpan.FromHours(1),
        SessionKind.Networking => TimeSpan.FromHours(2),
        SessionKind.Visit or SessionKind.Conference or SessionKind.Workshop => TimeSpan.FromHours(3),
        _ => TimeSpan.FromHours(1),
    };
}
