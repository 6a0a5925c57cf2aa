using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Coaching;

/// <summary>The English names of session kinds and company statuses on the coach pages (keys of their French texts).</summary>
public static class CoachLabels
{
    /// <summary>The name of a session kind, e.g. "Company visit".</summary>
    public static string Kind(SessionKind kind) => kind switch
    {
        SessionKind.Coaching => "Coaching session",
        SessionKind.Visit => "Company visit",
        SessionKind.Networking => "Networking evening",
        SessionKind.Conference => "Conference",
        SessionKind.Feedback => "Feedback session",
        SessionKind.Workshop => "Workshop",
        _ => kind.ToString(),
    };

    /// <summary>The name of a company status, e.g. "Coached".</summary>
    public static string Status(CompanyStatus status) => status switch
    {
        CompanyStatus.Applied => "Applied",
        CompanyStatus.Accepted => "Accepted, waiting for a coach",
        CompanyStatus.Waitlisted => "Waitlisted",
        CompanyStatus.Rejected => "Not selected",
        CompanyStatus.Active => "Coached",
        CompanyStatus.Graduated => "Graduated",
        CompanyStatus.DroppedOut => "Dropped out",
        CompanyStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };
}
