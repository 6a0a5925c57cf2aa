using System.Text.Json.Nodes;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Runtime;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Services;

/// <summary>
/// Creates cohorts from a programme and launches them: one workflow instance per company (its id is the company's id,
/// correlated by the company's id) on the latest version of the programme's definition, and one cohort-wide instance
/// (collective events) when the programme has a cohort definition. Launching again starts nothing new.
/// </summary>
public sealed class CohortLauncher
{
    private readonly CohortsStore _store;
    private readonly WorkflowRuntime _runtime;
    private readonly WorkflowDefinitionCatalog _definitions;
    private readonly TimeProvider _time;

    internal CohortLauncher(CohortsStore store, WorkflowRuntime runtime, WorkflowDefinitionCatalog definitions, TimeProvider time)
    {
        _store = store;
        _runtime = runtime;
        _definitions = definitions;
        _time = time;
    }

    /// <summary>Creates a cohort and launches it.</summary>
    /// <exception cref="DomainRuleException">The plan breaks a rule (every problem is listed), or names an unknown programme.</exception>
    public async Task<CohortLaunch> CreateAndLaunchAsync(CohortPlan plan, string? actor = null, CancellationToken cancellationToken = default)
    {
        var cohortId = await CreateAsync(plan, actor, launch: true, cancellationToken);
        return await LaunchAsync(cohortId, actor, cancellationToken);
    }

    /// <summary>Creates a cohort with its companies, coaches and funders, without starting anything (recorded with <paramref name="actor"/>).</summary>
    /// <returns>The cohort's id.</returns>
    /// <exception cref="DomainRuleException">The plan breaks a rule (every problem is listed), or names an unknown programme.</exception>
    public Task<Guid> CreateAsync(CohortPlan plan, string? actor = null, CancellationToken cancellationToken = default) =>
        CreateAsync(plan, actor, launch: false, cancellationToken);

    /// <summary>
    /// Creates a cohort with its companies, coaches and funders; with <paramref name="launch"/>, marks it launched in
    /// the same transaction (the definition versions, each company's instance id), so that a process that dies before
    /// <see cref="LaunchAsync"/> has started its instances leaves a launch <see cref="ResumeLaunchesAsync"/> completes
    /// at the next start, never a cohort created without the launch it was asked with.
    /// </summary>
    /// <returns>The cohort's id.</returns>
    /// <exception cref="DomainRuleException">The plan breaks a rule (every problem is listed), or names an unknown programme.</exception>
    public Task<Guid> CreateAsync(CohortPlan plan, string? actor, bool launch, CancellationToken cancellationToken = default) =>
        CreateAsync(plan, actor, launch, alongside: null, cancellationToken);

    /// <summary>
    /// Creates a cohort as <see cref="CreateAsync(CohortPlan, string?, bool, CancellationToken)"/> does, with
    /// <paramref name="alongside"/>'s rows in the same transaction (the invitations the new cohort owes its people).
    /// </summary>
    /// <returns>The cohort's id.</returns>
    /// <exception cref="DomainRuleException">The plan breaks a rule (every problem is listed), or names an unknown programme.</exception>
    public async Task<Guid> CreateAsync(CohortPlan plan, string? actor, bool launch, AlongsideWrite? alongside, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var programme = await _store.ReadAsync(db => db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == plan.ProgrammeId, cancellationToken), cancellationToken)
            ?? throw DomainRuleException.NotFound("programmeId", "programme", plan.ProgrammeId);
        if (programme.ArchivedAt is not null)
        {
            throw new DomainRuleException("programmeId", $"Programme '{programme.Name}' is archived: restore it to start a new cohort.");
        }

        // A programme of events (a cohort workflow, no coaching hours per company) runs them with or without companies
        // and coaches: visitors may be enrolled as they come.
        CohortPlanValidator.Validate(plan, runsEvents: CohortPlanValidator.RunsEvents(programme));
        var definition = await LatestAsync(programme.DefinitionId, cancellationToken);
        if (programme.CohortDefinitionId is { } cohortDefinitionId)
        {
            await LatestAsync(cohortDefinitionId, cancellationToken);
        }

        var now = _time.GetUtcNow();
        var cohort = new Cohort(plan.CohortId ?? Guid.CreateVersion7(now), programme.Id, plan.Name.Trim(), plan.StartDate, plan.EndDate);
        var companies = (plan.Companies ?? []).Select(c => NewCompany(cohort.Id, c, now)).ToList();
        var coaches = (plan.Coaches ?? []).Select(c => NewCoach(cohort.Id, c, now)).ToList();
        var funders = (plan.Funders ?? []).Select(f => new Funder(f.Id ?? Guid.CreateVersion7(now), cohort.Id, f.Name.Trim(), f.Email.Trim(), f.Share)).ToList();
        await _store.WriteAsync(
            async db =>
            {
                if (await db.Cohorts.AnyAsync(c => c.Id == cohort.Id, cancellationToken))
                {
                    throw new DomainRuleException("cohortId", $"A cohort with id '{cohort.Id}' exists already.");
                }

                var companyIds = companies.Select(c => c.Id).ToList();
                var taken = await db.Companies.Where(c => companyIds.Contains(c.Id)).Select(c => c.Id).FirstOrDefaultAsync(cancellationToken);
                if (taken != Guid.Empty)
                {
                    throw new DomainRuleException($"companies[{companyIds.IndexOf(taken)}].id", $"A company with id '{taken}' exists already.");
                }

                await RequireOrganisationsAsync(db, plan, cancellationToken);
                db.Cohorts.Add(cohort);
                db.Companies.AddRange(companies);
                db.Coaches.AddRange(coaches);
                db.Funders.AddRange(funders);
                AuditLog.Add(db, now, actor, AuditActions.CohortCreated, cohort.Id, data: new JsonObject { ["name"] = cohort.Name, ["programmeId"] = programme.Id, ["companies"] = companies.Count });
                if (launch)
                {
                    MarkLaunched(db, cohort, companies, definition.Version, programme.CohortDefinitionId is not null, now, actor);
                }

                if (alongside is not null)
                {
                    await alongside(db, cancellationToken);
                }
            },
            cancellationToken);
        return cohort.Id;
    }

    /// <summary>
    /// Starts the cohort's instances: one per company and the cohort-wide one, and records the definition version on
    /// the cohort. Idempotent: a cohort launched already (or in part, before a crash) starts only what is missing, on
    /// the version recorded the first time. Once the cohort is marked launched, <paramref name="cancellationToken"/>
    /// no longer applies: a caller that goes away (an aborted request) does not leave the launch half done. A process
    /// that dies in between leaves it for <see cref="ResumeLaunchesAsync"/> at the next start, or for
    /// <see cref="ResumeLaunchAsync"/> when the board or a timeline finds an instance missing.
    /// </summary>
    /// <exception cref="DomainRuleException">No cohort has that id, or its programme's definition is not published.</exception>
    public async Task<CohortLaunch> LaunchAsync(Guid cohortId, string? actor = null, CancellationToken cancellationToken = default)
    {
        var (cohort, programme) = await _store.ReadAsync(
            async db =>
            {
                var found = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("cohortId", "cohort", cohortId);
                return (found, await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == found.ProgrammeId, cancellationToken));
            },
            cancellationToken);
        var zone = ZonedTime.FindZone(programme.TimeZoneId)
            ?? throw new DomainRuleException("programmeId", $"Programme '{programme.Name}' has an unknown time zone '{programme.TimeZoneId}'.");
        var definition = cohort.DefinitionVersion is { } version
            ? await _definitions.GetAsync(programme.DefinitionId, version, cancellationToken)
            : await LatestAsync(programme.DefinitionId, cancellationToken);
        var cohortDefinition = programme.CohortDefinitionId is { } cohortDefinitionId && (cohort.LaunchedAt is null || cohort.CohortInstanceId is not null)
            ? await LatestAsync(cohortDefinitionId, cancellationToken)
            : null;

        var companies = await _store.WriteAsync(
            async db =>
            {
                var tracked = await db.Cohorts.SingleAsync(c => c.Id == cohortId, cancellationToken);
                var all = await db.Companies.Where(c => c.CohortId == cohortId).OrderBy(c => c.Name).ToListAsync(cancellationToken);
                if (tracked.LaunchedAt is null)
                {
                    MarkLaunched(db, tracked, all, definition.Version, cohortDefinition is not null, _time.GetUtcNow(), actor);
                }
                else
                {
                    // Launched already: the companies that joined since get their instance ids.
                    AttachInstances(all);
                }

                cohort = tracked;
                return all;
            },
            cancellationToken);

        // The cohort is marked launched and its companies point to their instances: from here on every start runs,
        // whatever the caller's token says (each is idempotent by its instance id, the company's id).
        foreach (var company in companies)
        {
            await _runtime.StartAsync(
                definition,
                new StartWorkflowOptions { InstanceId = company.Id, CorrelationId = company.Id.ToString(), Input = CohortInput.ForCompany(cohort, company, zone) },
                CancellationToken.None);
        }

        // Started last, so that its instance existing means the whole launch ran (see IsLaunchCompleteAsync).
        if (cohort.CohortInstanceId is { } cohortInstanceId && cohortDefinition is not null)
        {
            await _runtime.StartAsync(
                cohortDefinition,
                new StartWorkflowOptions { InstanceId = cohortInstanceId, CorrelationId = cohort.Id.ToString(), Input = CohortInput.ForCohort(cohort, zone) },
                CancellationToken.None);
        }

        return new CohortLaunch(cohort.Id, cohort.DefinitionVersion ?? definition.Version, [.. companies.Select(c => c.Id)], cohort.CohortInstanceId);
    }

    /// <summary>
    /// Marks a cohort launched on a definition version (with its cohort-wide instance when its programme has one) and
    /// gives each of its companies not started yet its instance id (the company's), audited: what a launch commits
    /// before it starts anything.
    /// </summary>
    private static void MarkLaunched(CohortsDbContext db, Cohort cohort, IEnumerable<Company> companies, int version, bool cohortWide, DateTimeOffset now, string? actor)
    {
        cohort.MarkLaunched(version, now, cohortWide ? cohort.Id : null);
        AttachInstances(companies);
        AuditLog.Add(db, now, actor, AuditActions.CohortLaunched, cohort.Id, data: new JsonObject { ["name"] = cohort.Name, ["version"] = version });
    }

    /// <summary>Gives each company not started yet its instance id: the company's own.</summary>
    private static void AttachInstances(IEnumerable<Company> companies)
    {
        foreach (var company in companies.Where(c => c.InstanceId is null))
        {
            company.AttachInstance(company.Id);
        }
    }

    /// <summary>
    /// Completes every launch left half done (a cohort marked launched whose instances were not all started, because
    /// the process died in between): the host calls it at start. A launch starts its instances one after the other in
    /// a fixed order (companies by name, then the cohort-wide one), so only the last one is looked up per cohort, with
    /// the instances of the companies that joined it since, in one read of their ids.
    /// </summary>
    /// <returns>The cohorts whose launch was completed.</returns>
    public async Task<IReadOnlyList<Guid>> ResumeLaunchesAsync(CancellationToken cancellationToken = default)
    {
        var launched = await _store.ReadAsync(
            db => db.Cohorts.AsNoTracking().Where(c => c.LaunchedAt != null).Select(c => c.Id).ToListAsync(cancellationToken),
            cancellationToken);
        var resumed = new List<Guid>();
        foreach (var cohortId in launched)
        {
            if (!await IsLaunchCompleteAsync(cohortId, cancellationToken) && await ResumeLaunchAsync(cohortId, cancellationToken))
            {
                resumed.Add(cohortId);
            }
        }

        return resumed;
    }

    /// <summary>
    /// Starts what a cohort's launch left unstarted, if it is launched (a cohort not launched yet stays so).
    /// </summary>
    /// <returns>True when the cohort is launched (and now every instance of it exists).</returns>
    public async Task<bool> ResumeLaunchAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        var launched = await _store.ReadAsync(db => db.Cohorts.AnyAsync(c => c.Id == cohortId && c.LaunchedAt != null, cancellationToken), cancellationToken);
        if (launched)
        {
            await LaunchAsync(cohortId, cancellationToken: cancellationToken);
        }

        return launched;
    }

    /// <summary>
    /// Whether the last instance a launch starts exists (the cohort-wide one, else the last company's by name), and the
    /// instance of every company that joined the running cohort since (a company added or a walk-in, each started
    /// after its own commit, so a process that dies in between leaves it unstarted whatever the launch's last).
    /// </summary>
    private async Task<bool> IsLaunchCompleteAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        var (last, joined) = await _store.ReadAsync(
            async db => (
                await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => c.CohortInstanceId).SingleAsync(cancellationToken)
                    ?? await db.Companies.AsNoTracking().Where(c => c.CohortId == cohortId).OrderByDescending(c => c.Name).Select(c => c.InstanceId).FirstOrDefaultAsync(cancellationToken),
                await db.Companies.AsNoTracking().Where(c => c.CohortId == cohortId && c.JoinedAt != null).Select(c => c.InstanceId).ToListAsync(cancellationToken)),
            cancellationToken);
        if (last is null || joined.Any(id => id is null))
        {
            return false;
        }

        // One read of the ids alone, however many companies joined since the launch.
        IReadOnlyCollection<Guid> expected = [.. joined.Prepend(last).Select(id => id!.Value).Distinct()];
        return (await _runtime.FindExistingAsync(expected, cancellationToken)).Count == expected.Count;
    }

    private static Company NewCompany(Guid cohortId, CompanyApplication application, DateTimeOffset now)
    {
        var company = new Company(
            application.Id ?? Guid.CreateVersion7(now),
            cohortId,
            application.Name.Trim(),
            application.Sector.Trim(),
            application.Headcount,
            application.Location.Trim(),
            application.ContactEmail.Trim())
        {
            OrganisationId = application.OrganisationId,
            ContactLanguage = application.ContactLanguage,
        };
        company.Needs.AddRange(Tags(application.Needs));
        return company;
    }

    /// <summary>A coach of a cohort from a checked profile.</summary>
    internal static Coach NewCoach(Guid cohortId, CoachProfile profile, DateTimeOffset now)
    {
        var coach = new Coach(profile.Id ?? Guid.CreateVersion7(now), cohortId, profile.Name.Trim(), profile.Email.Trim(), profile.Capacity)
        {
            OrganisationId = profile.OrganisationId,
        };
        coach.Expertise.AddRange(Tags(profile.Expertise));
        coach.AvailableDays.AddRange((profile.AvailableDays ?? []).Distinct());
        coach.SetWorkingHours(profile.WorkStart ?? WorkingHours.DefaultStart, profile.WorkEnd ?? WorkingHours.DefaultEnd);
        return coach;
    }

    /// <summary>The organisations the plan's companies and coaches name exist and are not archived (400 at their path).</summary>
    private static async Task RequireOrganisationsAsync(CohortsDbContext db, CohortPlan plan, CancellationToken cancellationToken)
    {
        for (var i = 0; i < plan.Companies.Count; i++)
        {
            if (plan.Companies[i].OrganisationId is { } id)
            {
                await Organisations.OrganisationLinkService.RequireLinkableAsync(db, id, $"companies[{i}].organisationId", cancellationToken);
            }
        }

        for (var i = 0; i < plan.Coaches.Count; i++)
        {
            if (plan.Coaches[i].OrganisationId is { } id)
            {
                await Organisations.OrganisationLinkService.RequireLinkableAsync(db, id, $"coaches[{i}].organisationId", cancellationToken);
            }
        }
    }

    /// <summary>Tags (a company's needs, a coach's expertise) as stored: blank ones dropped, trimmed, each once whatever its letter case.</summary>
    internal static IEnumerable<string> Tags(IReadOnlyList<string>? tags) =>
        (tags ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase);

    private async Task<WorkflowDefinition> LatestAsync(string definitionId, CancellationToken cancellationToken)
    {
        try
        {
            return await _definitions.GetLatestAsync(definitionId, cancellationToken);
        }
        catch (NotFoundException)
        {
            throw new DomainRuleException("programmeId", $"The programme's workflow definition '{definitionId}' has no published version: publish it before creating or launching a cohort.");
        }
    }
}
