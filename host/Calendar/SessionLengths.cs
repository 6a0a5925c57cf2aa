using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Calendar;

/// <summary>
/// How long a calendar blocks for a session. The domain plans when sessions start, not how long they last; these
/// are the usual lengths in the programmes (a coaching session is a morning's hour and a half, a visit or a workshop
/// half a day).
/// </summary>
internal static class SessionLengths
{
    public static TimeSpan Of(SessionKind kind) => kind switch
    {
        SessionKind.Coaching => TimeSpan.FromMinutes(90),
        SessionKind.Feedback => TimeSpan.FromHours(1),
        SessionKind.Networking => TimeSpan.FromHours(2),
        SessionKind.Visit or SessionKind.Conference or SessionKind.Workshop => TimeSpan.FromHours(3),
        _ => TimeSpan.FromHours(1),
    };
}
