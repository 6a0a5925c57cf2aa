using Cohorts.Host.Access;
using Cohorts.Host.Reporting.FormSynthesis;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Reporting.TourSynthesis;

/// <summary>
/// Reads what a tour cohort's synthesis needs: the reader must read the cohort's progress
/// (<see cref="ProgressAccess.RequireProgressReaderAsync(UserAccess, Guid, CancellationToken)"/>) and its answers
/// (<see cref="FormSummaryQuery"/>, through <see cref="UserAccess"/>); the programme must have the needs questionnaire
/// (<see cref="FormId"/>, else 404 at <c>formId</c>).
/// </summary>
/// <param name="access">The signed-in user's rights.</param>
/// <param name="query">The forms' summaries.</param>
/// <param name="domain">The domain's contexts.</param>
public sealed class TourSynthesisReader(UserAccess access, FormSummaryQuery query, IDbContextFactory<CohortsDbContext> domain)
{
    /// <summary>The needs questionnaire's id in the Tournée de l'innovation's template.</summary>
    public const string FormId = "besoins-competences";

    /// <summary>The questionnaire's question whose options are the skills sought: the skills framework's rows.</summary>
    public const string SkillsQuestionId = "competences";

    /// <summary>Reads the cohort's figures and its questionnaire's answers.</summary>
    /// <exception cref="Workflows.Services.DomainRuleException">No such cohort (404 at <c>cohortId</c>), or its programme has no needs questionnaire (404 at <c>formId</c>).</exception>
    /// <exception cref="AccessDeniedException">The user neither manages the cohort's programme nor funds the cohort.</exception>
    public async Task<TourSynthesisData> ReadAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        var cohort = await access.RequireProgressReaderAsync(cohortId, cancellationToken);
        var programmeId = cohort.Programme.Id;
        var (scope, all) = await query.RunAsync(programmeId, FormId, cohortId, null, null, cancellationToken);
        var (_, byTown) = await query.RunAsync(programmeId, FormId, cohortId, "town", null, cancellationToken);
        var (_, bySector) = await query.RunAsync(programmeId, FormId, cohortId, "sector", null, cancellationToken);
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.CoachId == null).ToListAsync(cancellationToken);
        var companies = await db.Companies.AsNoTracking().CountAsync(c => c.CohortId == cohortId, cancellationToken);
        var held = sessions.Where(s => s.IsHeld).OrderBy(s => s.PlannedAt).ToList();
        var met = held.SelectMany(s => s.Outcome!.Attendance.Where(a => a.Present).Select(a => a.CompanyId)).Distinct().Count();
        var figures = new TourFigures(
            sessions.Count(s => !s.IsCancelled),
            held.Count,
            met,
            companies,
            [.. held.Select(s => new TourStop(s.Title, s.PlannedAt, s.Location, s.Outcome!.Attendance.Count(a => a.Present)))]);
        return new TourSynthesisData(cohort.Cohort.Name, cohort.Programme.Name, cohort.Programme.TimeZoneId, figures, scope, all, byTown, bySector);
    }
}
