using System.Globalization;
using System.Security.Claims;
using Cohorts.Host.Access;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Manage;

/// <summary>
/// Reads cohorts and their companies as the signed-in user may see them: a manager or a funder every company of their
/// cohorts, a coach only the companies they coach.
/// </summary>
public sealed class CohortReader(UserAccess access, IDbContextFactory<CohortsDbContext> domain, TimeProvider clock, CohortListCache lists)
{
    /// <summary>Lists the cohorts the user sees, newest first, but the archived ones (or those of an archived programme).</summary>
    public Task<IReadOnlyList<CohortSummary>> ListVisibleAsync(CancellationToken cancellationToken = default) => ListVisibleAsync(includeArchived: false, cancellationToken);

    /// <summary>
    /// Lists the cohorts the user sees, newest first, the archived ones too when <paramref name="includeArchived"/>:
    /// every cohort and its counts come from the list's rows (kept until the next commit, see
    /// <see cref="CohortListCache"/>), and <see cref="UserAccess"/> decides for each whether, and how much of it, the
    /// user sees; the list it makes is kept for the user until the next commit or the next session of theirs that
    /// becomes late.
    /// </summary>
    public async Task<IReadOnlyList<CohortSummary>> ListVisibleAsync(bool includeArchived, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        // Whom the list is decided for, and the culture that orders its names.
        var roles = access.User.Identities.Select(i => i.RoleClaimType).ToHashSet();
        var user = string.Join(
            '\n',
            access.User.FindFirstValue(ClaimTypes.NameIdentifier),
            access.Email,
            string.Join(',', access.User.Claims.Where(c => roles.Contains(c.Type)).Select(c => c.Value).Order(StringComparer.Ordinal)),
            CultureInfo.CurrentCulture.Name,
            includeArchived ? "archived" : "current");
        return await lists.GetListAsync(user, now, rows => SummarizeAllAsync(rows, includeArchived, now, cancellationToken), cancellationToken);
    }

    private async Task<(IReadOnlyList<CohortSummary> List, DateTimeOffset Until)> SummarizeAllAsync(CohortListRows rows, bool includeArchived, DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<CohortSummary> summaries = [];
        foreach (var cohort in rows.Cohorts)
        {
            if (!includeArchived && IsArchived(cohort, rows.Programmes[cohort.ProgrammeId]))
            {
                continue;
            }

            var cohortAccess = await access.GetCohortAccessAsync(cohort, rows.Programmes[cohort.ProgrammeId], cancellationToken);
            if (cohortAccess.CanView)
            {
                var (all, coachId) = (cohortAccess.SeesAllCompanies, cohortAccess.CoachId);
                summaries.Add(Summary(cohortAccess, rows.CountCompanies(cohort.Id, all, coachId), rows.CountLate(cohort.Id, all, coachId, now)));
            }
        }

        return ([.. summaries.OrderByDescending(s => s.StartDate).ThenBy(s => s.Name, StringComparer.CurrentCulture)], rows.NextLate(summaries.Select(s => s.Id), now));
    }

    /// <summary>Reads a cohort the user has a part in.</summary>
    /// <exception cref="Cohorts.Workflows.Services.DomainRuleException">No cohort has that id (404).</exception>
    /// <exception cref="AccessDeniedException">The user has no part in it.</exception>
    public async Task<CohortDetails> GetAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        var cohortAccess = await access.RequireCohortViewerAsync(cohortId, cancellationToken);
        var summary = await SummarizeAsync(cohortAccess, cancellationToken);
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var coaches = await db.Coaches.AsNoTracking().Where(c => c.CohortId == cohortId).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var funders = await db.Funders.AsNoTracking().Where(f => f.CohortId == cohortId).OrderBy(f => f.Name).ToListAsync(cancellationToken);
        var cohort = cohortAccess.Cohort;
        return new CohortDetails(
            summary,
            cohort.DefinitionVersion,
            cohort.CohortInstanceId,
            [.. coaches.Select(c => new CoachView(c.Id, c.Name, c.Email, c.Capacity, [.. c.Expertise]))],
            [.. funders.Select(f => new FunderView(f.Id, f.Name, f.Share))]);
    }

    /// <summary>Lists the cohort's companies the user sees (a coach: their own), by name.</summary>
    /// <exception cref="Cohorts.Workflows.Services.DomainRuleException">No cohort has that id (404).</exception>
    /// <exception cref="AccessDeniedException">The user has no part in it.</exception>
    public async Task<IReadOnlyList<CompanyView>> ListCompaniesAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        var cohortAccess = await access.RequireCohortViewerAsync(cohortId, cancellationToken);
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var companies = await VisibleCompanies(db, cohortAccess).ToListAsync(cancellationToken);
        var coaches = await db.Coaches.AsNoTracking().Where(c => c.CohortId == cohortId).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return [.. companies.OrderBy(c => c.Name, StringComparer.CurrentCulture).Select(c => CompanyView.Of(c, coaches))];
    }

    /// <summary>Reads a company the user may see.</summary>
    /// <exception cref="Cohorts.Workflows.Services.DomainRuleException">No company has that id (404).</exception>
    /// <exception cref="AccessDeniedException">It is not the user's to see.</exception>
    public async Task<CompanyView> GetCompanyAsync(Guid companyId, CancellationToken cancellationToken = default)
    {
        var company = await access.RequireCompanyAsync(companyId, cancellationToken: cancellationToken);
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var coaches = await db.Coaches.AsNoTracking().Where(c => c.CohortId == company.CohortId).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return CompanyView.Of(company, coaches);
    }

    /// <summary>The cohort's companies the user sees: all of them for its manager or funder, their own for a coach.</summary>
    internal static IQueryable<Company> VisibleCompanies(CohortsDbContext db, CohortAccess cohortAccess)
    {
        var cohortId = cohortAccess.Cohort.Id;
        var coachId = cohortAccess.CoachId;
        return db.Companies.AsNoTracking().Where(c => c.CohortId == cohortId && (cohortAccess.SeesAllCompanies || c.CoachId == coachId));
    }

    private async Task<CohortSummary> SummarizeAsync(CohortAccess cohortAccess, CancellationToken cancellationToken)
    {
        var cohort = cohortAccess.Cohort;
        var now = clock.GetUtcNow();
        var coachId = cohortAccess.CoachId;
        var all = cohortAccess.SeesAllCompanies;
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var companies = await VisibleCompanies(db, cohortAccess).CountAsync(cancellationToken);
        var late = await db.Sessions.AsNoTracking()
            .Where(s => s.CohortId == cohort.Id && s.Outcome == null && s.CancelledAt == null && s.PlannedAt < now && (all || s.CoachId == coachId))
            .CountAsync(cancellationToken);
        return Summary(cohortAccess, companies, late);
    }

    private static CohortSummary Summary(CohortAccess cohortAccess, int companies, int late)
    {
        var cohort = cohortAccess.Cohort;
        return new CohortSummary(
            cohort.Id,
            cohort.Name,
            cohort.ProgrammeId,
            cohortAccess.Programme.Name,
            cohort.StartDate,
            cohort.EndDate,
            cohort.LaunchedAt,
            companies,
            late,
            cohortAccess.Manages)
        {
            Archived = IsArchived(cohort, cohortAccess.Programme),
        };
    }

    private static bool IsArchived(Cohort cohort, Programme programme) => cohort.ArchivedAt is not null || programme.ArchivedAt is not null;
}
