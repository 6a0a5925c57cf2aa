using Cohorts.Host.Identity;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Cohorts.Host.Access;

/// <summary>
/// The reads <see cref="UserAccess"/> makes on nearly every request, compiled once per model (as
/// <c>DomainQueries</c>: a process may hold a SQLite and a PostgreSQL model): who the user manages, coaches and funds
/// (everywhere, or in one cohort), a cohort with its programme in one statement, and the company, session or milestone
/// a check starts from.
/// </summary>
internal sealed class AccessQueries
{
    private static readonly ConditionalWeakTable<IModel, AccessQueries> ByModel = [];

    private readonly Func<CohortsIdentityDbContext, string, IAsyncEnumerable<string>> ManagedProgrammes =
        EF.CompileAsyncQuery((CohortsIdentityDbContext db, string userId) =>
            db.ProgrammeManagers.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.ProgrammeId));

    private readonly Func<CohortsDbContext, string, IAsyncEnumerable<Coach>> Coaches =
        EF.CompileAsyncQuery((CohortsDbContext db, string email) =>
            db.Coaches.AsNoTracking().Where(c => EF.Functions.Collate(c.Email, "NOCASE") == email));

    private readonly Func<CohortsDbContext, string, IAsyncEnumerable<Funder>> Funders =
        EF.CompileAsyncQuery((CohortsDbContext db, string email) =>
            db.Funders.AsNoTracking().Where(f => EF.Functions.Collate(f.Email, "NOCASE") == email));

    private readonly Func<CohortsDbContext, Guid, CancellationToken, Task<Company?>> CompanyById =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid id, CancellationToken _) => db.Companies.AsNoTracking().SingleOrDefault(c => c.Id == id));

    private readonly Func<CohortsDbContext, Guid, CancellationToken, Task<Session?>> SessionById =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid id, CancellationToken _) => db.Sessions.AsNoTracking().SingleOrDefault(s => s.Id == id));

    private readonly Func<CohortsDbContext, Guid, CancellationToken, Task<Milestone?>> MilestoneById =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid id, CancellationToken _) => db.Milestones.AsNoTracking().SingleOrDefault(m => m.Id == id));

    private readonly Func<CohortsDbContext, Guid, string, IAsyncEnumerable<Guid>> CoachInCohort =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid cohortId, string email) =>
            db.Coaches.AsNoTracking().Where(c => c.CohortId == cohortId && EF.Functions.Collate(c.Email, "NOCASE") == email).OrderBy(c => c.Id).Select(c => c.Id).Take(1));

    private readonly Func<CohortsDbContext, Guid, string, IAsyncEnumerable<Guid>> FunderInCohort =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid cohortId, string email) =>
            db.Funders.AsNoTracking().Where(f => f.CohortId == cohortId && EF.Functions.Collate(f.Email, "NOCASE") == email).OrderBy(f => f.Id).Select(f => f.Id).Take(1));

    private readonly Func<CohortsDbContext, Guid, IAsyncEnumerable<CohortWithProgramme>> CohortById =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid cohortId) =>
            from cohort in db.Cohorts.AsNoTracking()
            join programme in db.Programmes.AsNoTracking() on cohort.ProgrammeId equals programme.Id
            where cohort.Id == cohortId
            select new CohortWithProgramme(cohort, programme));

    public static async Task<HashSet<string>> ManagedProgrammeIdsAsync(CohortsIdentityDbContext identity, string userId, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var id in For(identity).ManagedProgrammes(identity, userId).WithCancellation(cancellationToken))
        {
            ids.Add(id);
        }

        return ids;
    }

    public static async Task<List<Coach>> CoachRecordsAsync(IDbContextFactory<CohortsDbContext> domain, string email, CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        return await For(db).Coaches(db, email).ToListAsync(cancellationToken);
    }

    public static async Task<List<Funder>> FunderRecordsAsync(IDbContextFactory<CohortsDbContext> domain, string email, CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        return await For(db).Funders(db, email).ToListAsync(cancellationToken);
    }

    /// <summary>Reads a company (not tracked), or null.</summary>
    public static async Task<Company?> CompanyAsync(IDbContextFactory<CohortsDbContext> domain, Guid companyId, CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        return await For(db).CompanyById(db, companyId, cancellationToken);
    }

    /// <summary>Reads a session (not tracked), or null.</summary>
    public static async Task<Session?> SessionAsync(IDbContextFactory<CohortsDbContext> domain, Guid sessionId, CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        return await For(db).SessionById(db, sessionId, cancellationToken);
    }

    /// <summary>Reads a milestone and, with <paramref name="withCompany"/>, its company (not tracked); null when no milestone has that id.</summary>
    public static async Task<(Milestone Milestone, Company? Company)?> MilestoneAsync(IDbContextFactory<CohortsDbContext> domain, Guid milestoneId, bool withCompany, CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var queries = For(db);
        if (await queries.MilestoneById(db, milestoneId, cancellationToken) is not { } milestone)
        {
            return null;
        }

        return (milestone, withCompany && milestone.CompanyId is { } companyId ? await queries.CompanyById(db, companyId, cancellationToken) : null);
    }

    /// <summary>Reads the id of the user's coach record in one cohort (an index lookup by cohort), or null.</summary>
    public static async Task<Guid?> CoachIdAsync(IDbContextFactory<CohortsDbContext> domain, Guid cohortId, string email, CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        return await FirstOrNullAsync(For(db).CoachInCohort(db, cohortId, email), cancellationToken);
    }

    /// <summary>Reads the id of the user's funder record in one cohort (an index lookup by cohort), or null.</summary>
    public static async Task<Guid?> FunderIdAsync(IDbContextFactory<CohortsDbContext> domain, Guid cohortId, string email, CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        return await FirstOrNullAsync(For(db).FunderInCohort(db, cohortId, email), cancellationToken);
    }

    /// <summary>Reads a cohort and its programme, or null when no cohort has that id.</summary>
    public static async Task<(Cohort Cohort, Programme Programme)?> CohortAsync(IDbContextFactory<CohortsDbContext> domain, Guid cohortId, CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        await foreach (var found in For(db).CohortById(db, cohortId).WithCancellation(cancellationToken))
        {
            return (found.Cohort, found.Programme);
        }

        return null;
    }

    private static async Task<Guid?> FirstOrNullAsync(IAsyncEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        await foreach (var id in ids.WithCancellation(cancellationToken))
        {
            return id;
        }

        return null;
    }

    private static AccessQueries For(DbContext db) => ByModel.GetValue(db.Model, _ => new AccessQueries());

    private sealed record CohortWithProgramme(Cohort Cohort, Programme Programme);
}
