using Cohorts.Engine.Persistence;
using Cohorts.Host.Access;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Manage;

/// <summary>
/// Reads programmes as the signed-in user may see them: a manager the programmes they manage, a coach or a funder the
/// programmes of their cohorts; and, for a programme's manager, its definitions' versions and documents.
/// </summary>
public sealed class ProgrammeReader(UserAccess access, IDbContextFactory<CohortsDbContext> domain, IWorkflowDefinitionStore definitions)
{
    /// <summary>Lists the programmes the user sees, by name, but the archived ones.</summary>
    public Task<IReadOnlyList<ProgrammeSummary>> ListVisibleAsync(CancellationToken cancellationToken = default) => ListVisibleAsync(includeArchived: false, cancellationToken);

    /// <summary>Lists what the user sees as <see cref="ListVisibleAsync(CancellationToken)"/> does, the archived ones too when <paramref name="includeArchived"/>.</summary>
    public async Task<IReadOnlyList<ProgrammeSummary>> ListVisibleAsync(bool includeArchived, CancellationToken cancellationToken = default)
    {
        var managed = await access.GetManagedProgrammeIdsAsync(cancellationToken);
        var cohortIds = await access.GetVisibleCohortIdsAsync(cancellationToken);
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => cohortIds.Contains(c.Id)).Select(c => c.ProgrammeId).ToListAsync(cancellationToken);
        var ids = managed.Concat(cohorts).Distinct(StringComparer.Ordinal).ToList();
        var programmes = await db.Programmes.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        return [.. programmes
            .Where(p => includeArchived || p.ArchivedAt is null)
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .Select(p => new ProgrammeSummary(p.Id, p.Name, p.Description, p.DurationMonths, cohorts.Count(c => c == p.Id), managed.Contains(p.Id)) { Archived = p.ArchivedAt is not null })];
    }

    /// <summary>Reads a programme the user sees (its manager, or a coach or funder of one of its cohorts).</summary>
    /// <exception cref="DomainRuleException">No programme has that id (404).</exception>
    /// <exception cref="AccessDeniedException">The user has no part in it.</exception>
    public async Task<ProgrammeDetails> GetAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        var programme = await FindAsync(programmeId, cancellationToken);
        var manages = (await access.GetManagedProgrammeIdsAsync(cancellationToken)).Contains(programme.Id);
        if (!manages)
        {
            var visible = await access.GetVisibleCohortIdsAsync(cancellationToken);
            await using var db = await domain.CreateDbContextAsync(cancellationToken);
            if (!await db.Cohorts.AnyAsync(c => c.ProgrammeId == programme.Id && visible.Contains(c.Id), cancellationToken))
            {
                throw new AccessDeniedException("You have no part in this programme.");
            }
        }

        List<DefinitionSummary> summaries = [];
        foreach (var (definitionId, role) in DefinitionsOf(programme))
        {
            var versions = await definitions.ListVersionsAsync(definitionId, cancellationToken);
            summaries.Add(new DefinitionSummary(
                definitionId,
                role,
                versions.Count > 0 ? versions[^1].Name : definitionId,
                versions.Count > 0 ? versions[^1].Version : 0,
                [.. versions.Reverse().Select(v => new DefinitionVersionInfo(v.Version, v.Name, v.PublishedAt))]));
        }

        return new ProgrammeDetails(
            programme.Id,
            programme.Name,
            programme.Description,
            programme.DurationMonths,
            programme.TimeZoneId,
            programme.CofundingShare,
            programme.FunderName,
            manages,
            [.. programme.Targets.OrderBy(t => t.Kpi).Select(t => new TargetView(t.Kpi, t.Target))],
            summaries)
        {
            DescriptionEn = programme.DescriptionEn,
            Budget = programme.Budget,
            Currency = programme.Currency,
            CoFunders = [.. programme.CoFunders.Select(f => new CoFunderSettings(f.Name, f.Share))],
            SessionLength = programme.SessionLength,
            HoursPerCompany = programme.HoursPerCompany,
            Archived = programme.ArchivedAt is not null,
        };
    }

    /// <summary>Lists a definition's versions, newest first; the user must manage the programme.</summary>
    /// <exception cref="DomainRuleException">No such programme, or the definition is not one of its own (404).</exception>
    public async Task<IReadOnlyList<DefinitionVersionInfo>> ListVersionsAsync(string programmeId, string definitionId, CancellationToken cancellationToken = default)
    {
        await RequireDefinitionAsync(programmeId, definitionId, cancellationToken);
        var versions = await definitions.ListVersionsAsync(definitionId, cancellationToken);
        return [.. versions.Reverse().Select(v => new DefinitionVersionInfo(v.Version, v.Name, v.PublishedAt))];
    }

    /// <summary>Reads a version's JSON document (the latest when <paramref name="version"/> is null); the user must manage the programme.</summary>
    /// <exception cref="DomainRuleException">No such programme, definition or version (404).</exception>
    public async Task<StoredDefinition> GetVersionAsync(string programmeId, string definitionId, int? version, CancellationToken cancellationToken = default)
    {
        await RequireDefinitionAsync(programmeId, definitionId, cancellationToken);
        return await definitions.FindAsync(definitionId, version, cancellationToken)
            ?? throw new DomainRuleException("version", version is null ? $"Definition '{definitionId}' has no published version." : $"Definition '{definitionId}' has no version {version}.", isNotFound: true);
    }

    /// <summary>Reads a programme the user manages and checks that the definition is one of its own.</summary>
    /// <exception cref="DomainRuleException">No such programme, or the definition is not one of its own (404).</exception>
    /// <exception cref="AccessDeniedException">The user does not manage the programme.</exception>
    public async Task<Programme> RequireDefinitionAsync(string programmeId, string definitionId, CancellationToken cancellationToken = default)
    {
        var programme = await RequireManagedAsync(programmeId, cancellationToken);
        if (!DefinitionsOf(programme).Any(d => d.Id == definitionId))
        {
            throw new DomainRuleException("definitionId", $"Programme '{programme.Name}' has no definition '{definitionId}'; its definitions are {string.Join(", ", DefinitionsOf(programme).Select(d => d.Id))}.", isNotFound: true);
        }

        return programme;
    }

    /// <summary>Reads a programme the user manages.</summary>
    /// <exception cref="DomainRuleException">No programme has that id (404).</exception>
    /// <exception cref="AccessDeniedException">The user does not manage it.</exception>
    public async Task<Programme> RequireManagedAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        var programme = await FindAsync(programmeId, cancellationToken);
        await access.RequireProgrammeManagerAsync(programme.Id, cancellationToken);
        return programme;
    }

    /// <summary>Gets a programme's definition ids with what they run (<c>company</c> or <c>cohort</c>).</summary>
    public static IEnumerable<(string Id, string Role)> DefinitionsOf(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        yield return (programme.DefinitionId, "company");
        if (programme.CohortDefinitionId is { } cohort)
        {
            yield return (cohort, "cohort");
        }
    }

    private async Task<Programme> FindAsync(string programmeId, CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        return await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
            ?? throw DomainRuleException.NotFound("programmeId", "programme", programmeId);
    }
}
