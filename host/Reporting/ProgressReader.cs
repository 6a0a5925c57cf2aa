using Cohorts.Engine.Definitions;
using Cohorts.Engine.Exceptions;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Kpis;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Reporting;

/// <summary>
/// Reads a cohort's recorded data (read-only, one context) and computes its progress at the clock's now. Nothing is
/// stored: the figures always agree with the sessions, milestones and companies in the database. With a
/// <see cref="ProgressCache"/>, the counted rows are kept until the next commit to the database, and only the clock's
/// part is computed again.
/// </summary>
/// <param name="domain">The cohort domain's contexts.</param>
/// <param name="clock">The clock.</param>
/// <param name="catalog">The published workflows (the milestones and sessions the programme's workflows plan).</param>
/// <param name="cache">Where counted rows are kept, if anywhere.</param>
public sealed class ProgressReader(IDbContextFactory<CohortsDbContext> domain, TimeProvider clock, WorkflowDefinitionCatalog catalog, ProgressCache? cache = null)
{
    /// <summary>Reads and computes a cohort's progress (rights are the caller's to check first).</summary>
    /// <exception cref="DomainRuleException">No cohort has that id (404 naming <c>cohortId</c>).</exception>
    public async Task<CohortProgress> ReadAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        var entry = cache is null
            ? await ReadBasisAsync(cohortId, cancellationToken)
            : await cache.GetAsync(cohortId, () => ReadBasisAsync(cohortId, cancellationToken));
        var basis = entry.Basis;
        return new CohortProgress(basis.Cohort, basis.Programme, basis.At(clock.GetUtcNow()), entry.Companies, entry.Coaches, entry.Funders, entry.Months);
    }

    private async Task<ProgressBasisEntry> ReadBasisAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken)
            ?? throw DomainRuleException.NotFound("cohortId", "cohort", cohortId);
        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == cohort.ProgrammeId, cancellationToken);
        var companies = await db.Companies.AsNoTracking().Where(c => c.CohortId == cohortId).ToListAsync(cancellationToken);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId).ToListAsync(cancellationToken);
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.CohortId == cohortId).ToListAsync(cancellationToken);
        var coaches = await db.Coaches.AsNoTracking().Where(c => c.CohortId == cohortId).ToListAsync(cancellationToken);
        var funders = await db.Funders.AsNoTracking().Where(f => f.CohortId == cohortId).ToListAsync(cancellationToken);

        var members = await db.ProgrammeOrganisations.AsNoTracking().CountAsync(p => p.ProgrammeId == programme.Id && p.Role == Workflows.Organisations.ProgrammeOrganisationRole.Member, cancellationToken);
        var answered = await db.FormRequests.AsNoTracking()
            .CountAsync(r => r.CohortId == cohortId && r.Status == FormRequestStatus.Answered && (r.Respondent == RespondentKind.Company || r.Respondent == RespondentKind.Attendee), cancellationToken);
        var journey = await LatestAsync(programme.DefinitionId, cancellationToken);
        var snapshot = new ProgressSnapshot(cohort, programme, companies, sessions, milestones, clock.GetUtcNow())
        {
            Funders = funders,
            Members = members,
            QuestionnairesAnswered = answered,
            MilestonesPerCompany = journey is null ? null : JourneyMilestones.PerCompany(journey),
            SessionsPlanned = journey is null ? null : JourneySessions.Of(journey, await LatestAsync(programme.CohortDefinitionId, cancellationToken)),
        };
        var basis = ProgressBasis.Of(snapshot);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(programme.TimeZoneId);
        return new ProgressBasisEntry(
            basis,
            companies.ToDictionary(c => c.Id),
            coaches.ToDictionary(c => c.Id),
            [.. funders.OrderBy(f => f.Name, StringComparer.Ordinal)],
            SessionMonth.Count(cohort, sessions, zone));
    }

    /// <summary>A workflow's latest version; null when it is not published.</summary>
    private async Task<WorkflowDefinition?> LatestAsync(string? definitionId, CancellationToken cancellationToken)
    {
        if (definitionId is null)
        {
            return null;
        }

        try
        {
            return await catalog.GetLatestAsync(definitionId, cancellationToken);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
