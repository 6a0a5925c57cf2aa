using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;

namespace Cohorts.Workflows.Tests.Support;

/// <summary>Outcome reports for tests.</summary>
public static class Attend
{
    /// <summary>A coach reports their session: every expected company was there.</summary>
    public static SessionOutcomeReport ByCoach(Session session) =>
        new(session.Id, session.CoachId, "coach", [.. session.CompanyIds.Select(id => new Attendance(id, true))], "Went well.", [new ActionItem("Send the quote", "Acme", null)]);

    /// <summary>The organiser reports an event.</summary>
    public static SessionOutcomeReport ByOrganiser(Session session, int? visitors = null) =>
        new(session.Id, null, "Programme team", [.. session.CompanyIds.Select(id => new Attendance(id, true))], "Full room.", [], visitors);
}
