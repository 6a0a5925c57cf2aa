using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Kpis;

namespace Cohorts.Host.Reporting;

/// <summary>
/// The English words for the domain's values shown to a person (the keys of <c>FunderText</c>, which has the French).
/// </summary>
public static class ProgressLabels
{
    /// <summary>Gets an indicator's name.</summary>
    public static string Kpi(KpiKind kind) => kind switch
    {
        KpiKind.CompaniesEnrolled => "Companies enrolled",
        KpiKind.SessionsHeld => "Sessions and events held",
        KpiKind.AttendanceRate => "Attendance rate",
        KpiKind.MilestonesPassed => "Milestones passed",
        KpiKind.CompaniesGraduated => "Companies graduated",
        KpiKind.Visitors => "Visitors",
        KpiKind.QuestionnairesCollected => "Questionnaires collected",
        KpiKind.Members => "Member companies",
        _ => kind.ToString(),
    };

    /// <summary>Gets where an indicator stands.</summary>
    public static string Status(KpiStatus status) => status switch
    {
        KpiStatus.Met => "Met",
        KpiStatus.OnTrack => "On track",
        KpiStatus.AtRisk => "At risk",
        KpiStatus.Missed => "Missed",
        KpiStatus.NoData => "No data yet",
        KpiStatus.TooEarly => "Too early to forecast",
        _ => "No target",
    };

    /// <summary>Gets the style class of a status: ok (met, on track), warn (at risk), late (missed), muted otherwise.</summary>
    public static string CssClass(KpiStatus status) => status switch
    {
        KpiStatus.Met or KpiStatus.OnTrack => "ok",
        KpiStatus.AtRisk => "warn",
        KpiStatus.Missed => "late",
        _ => "muted",
    };

    /// <summary>Gets a company's journey status.</summary>
    public static string Company(CompanyStatus status) => status switch
    {
        CompanyStatus.Applied => "Applied",
        CompanyStatus.Accepted => "Accepted",
        CompanyStatus.Waitlisted => "Waitlisted",
        CompanyStatus.Rejected => "Rejected",
        CompanyStatus.Active => "Active",
        CompanyStatus.Graduated => "Graduated",
        _ => "Dropped out",
    };

    /// <summary>Gets a milestone decision.</summary>
    public static string Outcome(MilestoneOutcome outcome) => outcome switch
    {
        MilestoneOutcome.Passed => "Passed",
        MilestoneOutcome.NeedsWork => "Needs work",
        MilestoneOutcome.Cancelled => "Cancelled",
        _ => "Failed",
    };

    /// <summary>Gets whether a status is on track: true when met or on track, false when at risk or missed, null without a target or data.</summary>
    public static bool? OnTrack(KpiStatus status) => status switch
    {
        KpiStatus.Met or KpiStatus.OnTrack => true,
        KpiStatus.AtRisk or KpiStatus.Missed => false,
        _ => null,
    };
}
