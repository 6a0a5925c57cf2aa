using Cohorts.Host.Access;
using Cohorts.Host.Coaching;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Manage;

/// <summary>Reads a cohort's coaches and their time, for its managers.</summary>
public sealed class CoachHoursReader(UserAccess access, IDbContextFactory<CohortsDbContext> domain)
{
    /// <summary>Reads the cohort's coaches, by name, with their companies, sessions and hours.</summary>
    /// <exception cref="Cohorts.Workflows.Services.DomainRuleException">No cohort has that id (404).</exception>
    /// <exception cref="AccessDeniedException">The user does not manage the cohort's programme.</exception>
    public async Task<CohortCoachHours> ReadAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        var cohort = (await access.RequireCohortManagerAsync(cohortId, cancellationToken)).Cohort;
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == cohort.ProgrammeId, cancellationToken);
        var coaches = await db.Coaches.AsNoTracking().Where(c => c.CohortId == cohortId).ToListAsync(cancellationToken);
        var companies = await db.Companies.AsNoTracking().Where(c => c.CohortId == cohortId && c.CoachId != null).ToListAsync(cancellationToken);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.Kind == SessionKind.Coaching && s.CancelledAt == null).ToListAsync(cancellationToken); // a cancelled session takes no time
        decimal? perCompany = programme.HoursPerCompany is { } hours ? Math.Round((decimal)hours.TotalHours, 2) : null;
        var organisationIds = coaches.Where(c => c.OrganisationId != null).Select(c => c.OrganisationId!.Value).Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return new CohortCoachHours(
            cohortId,
            cohort.Name,
            programme.SessionLength,
            perCompany,
            [.. coaches.OrderBy(c => c.Name, StringComparer.CurrentCulture).Select(c => Describe(c, companies.Where(x => x.CoachId == c.Id).ToList(), sessions.Where(s => s.CoachId == c.Id).ToList(), perCompany) with
            {
                Organisation = c.OrganisationId is { } id ? organisations.GetValueOrDefault(id) : null,
            })]);
    }

    private static CoachHoursView Describe(Coach coach, List<Company> companies, List<Session> sessions, decimal? perCompany)
    {
        var ordered = sessions.OrderBy(s => s.PlannedAt).ToList();
        var overlaps = ordered.Skip(1).Where((s, i) => s.PlannedAt < ordered.Take(i + 1).Max(p => p.EndsAt)).Count();
        var planned = CoachingHours.Of(sessions.Select(s => (s.PlannedAt, s.EndsAt)));
        decimal? budget = perCompany * companies.Count;
        List<string> warnings = [];
        if (companies.Count > coach.Capacity)
        {
            warnings.Add("OverCapacity");
        }

        if (planned > budget)
        {
            warnings.Add("OverBudget");
        }

        if (overlaps > 0)
        {
            warnings.Add("Overlaps");
        }

        return new CoachHoursView(
            coach.Id,
            coach.Name,
            coach.Capacity,
            [.. coach.AvailableDays],
            coach.WorkStart,
            coach.WorkEnd,
            [.. companies.OrderBy(c => c.Name, StringComparer.CurrentCulture).Select(c =>
            {
                var theirs = sessions.Where(s => s.CompanyIds.Contains(c.Id)).ToList();
                return new CompanyHoursView(
                    c.Id,
                    c.Name,
                    theirs.Count,
                    CoachingHours.Of(theirs.Select(s => (s.PlannedAt, s.EndsAt))),
                    CoachingHours.Of(theirs.Where(s => s.IsHeld).Select(s => (s.PlannedAt, s.EndsAt))),
                    perCompany);
            })],
            sessions.Count,
            planned,
            CoachingHours.Of(sessions.Where(s => s.IsHeld).Select(s => (s.PlannedAt, s.EndsAt))),
            budget,
            overlaps,
            warnings);
    }
}
