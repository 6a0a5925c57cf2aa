using System.Globalization;
using System.Text.Json.Nodes;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Runtime;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Text;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Services;

/// <summary>
/// A running cohort's companies change: one joins after the launch (its journey starts where the cohort is), one is
/// withdrawn or drops out (its journey ends, its upcoming sessions are cancelled, events no longer expect it).
/// </summary>
public sealed class CompanyChangeService
{
    private readonly CohortsStore _store;
    private readonly WorkflowRuntime _runtime;
    private readonly WorkflowDefinitionCatalog _definitions;
    private readonly SignalOutbox _outbox;
    private readonly TimeProvider _time;

    internal CompanyChangeService(CohortsStore store, WorkflowRuntime runtime, WorkflowDefinitionCatalog definitions, SignalOutbox outbox, TimeProvider time)
    {
        _store = store;
        _runtime = runtime;
        _definitions = definitions;
        _outbox = outbox;
        _time = time;
    }

    /// <summary>
    /// Adds a company to a launched cohort that has not ended, and starts its journey on the cohort's definition version:
    /// it applies like the others (screening as the programme does it), and its recurring sessions start from now
    /// (<see cref="Company.JoinedAt"/>), never in the past.
    /// </summary>
    /// <returns>The company added.</returns>
    /// <exception cref="DomainRuleException">
    /// No such cohort (404); the application is wrong, or the cohort is not launched, has ended or is full (400); its name or
    /// id is taken (409).
    /// </exception>
    public Task<Company> AddAsync(Guid cohortId, CompanyApplication application, string? actor = null, CancellationToken cancellationToken = default) =>
        AddAsync(cohortId, application, actor, alongside: null, cancellationToken);

    /// <summary>
    /// Adds a company as <see cref="AddAsync(Guid, CompanyApplication, string?, CancellationToken)"/> does, writing
    /// <paramref name="alongside"/>'s rows (an application's answers) in the same transaction as the company.
    /// </summary>
    internal async Task<Company> AddAsync(Guid cohortId, CompanyApplication application, string? actor, Func<CohortsDbContext, Company, Task>? alongside, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        CompanyApplicationRules.Check(application);
        var now = _time.GetUtcNow();
        var (company, cohort, zoneId) = await _store.WriteAsync(
            async db =>
            {
                var found = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("cohortId", "cohort", cohortId);
                var zone = await DomainQueries.For(db).ProgrammeTimeZone(db, found.ProgrammeId, cancellationToken) ?? "UTC";
                if (found.LaunchedAt is null)
                {
                    throw new DomainRuleException("cohortId", $"Cohort '{found.Name}' is not launched yet: add the company to its plan.");
                }

                var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ZonedTime.FindZone(zone) ?? TimeZoneInfo.Utc).DateTime);
                if (today > found.EndDate)
                {
                    throw new DomainRuleException("cohortId", $"Cohort '{found.Name}' ended on {InputLimits.Iso(found.EndDate)}: no company joins it now.");
                }

                // Compared here rather than by SQLite's NOCASE, which folds ASCII letters only ("École" and "école").
                var name = Spacing.Collapse(application.Name);
                var names = await db.Companies.AsNoTracking().Where(c => c.CohortId == cohortId).Select(c => c.Name).ToListAsync(cancellationToken);
                if (names.Exists(n => string.Equals(Spacing.Collapse(n), name, StringComparison.OrdinalIgnoreCase)))
                {
                    throw DomainRuleException.RecordedAlready("name", $"Cohort '{found.Name}' has a company named '{name}' already.");
                }

                if (names.Count >= InputLimits.MaxCompaniesPerCohort)
                {
                    throw new DomainRuleException("cohortId", string.Create(CultureInfo.InvariantCulture, $"Cohort '{found.Name}' holds {InputLimits.MaxCompaniesPerCohort:N0} companies already, the most a cohort may."));
                }

                var id = application.Id ?? Guid.CreateVersion7(now);
                if (await db.Companies.AnyAsync(c => c.Id == id, cancellationToken))
                {
                    throw DomainRuleException.RecordedAlready("id", $"A company with id '{id}' exists already.");
                }

                if (application.OrganisationId is { } organisationId)
                {
                    await Organisations.OrganisationLinkService.RequireLinkableAsync(db, organisationId, "organisationId", cancellationToken);
                }

                var added = Joining(cohortId, id, application, now);
                db.Companies.Add(added);
                AuditLog.Add(db, now, actor, AuditActions.CompanyAdded, cohortId, added.Id, added.Id.ToString(), new JsonObject { ["name"] = added.Name });
                if (alongside is not null)
                {
                    await alongside(db, added);
                }

                return (added, found, zone);
            },
            cancellationToken);

        await StartJourneyAsync(cohort, company, zoneId);
        return company;
    }

    /// <summary>A company joining a launched cohort at <paramref name="now"/>: its row, whose journey is still to start.</summary>
    internal static Company Joining(Guid cohortId, Guid id, CompanyApplication application, DateTimeOffset now)
    {
        var added = new Company(id, cohortId, application.Name.Trim(), application.Sector.Trim(), application.Headcount, application.Location.Trim(), application.ContactEmail.Trim())
        {
            OrganisationId = application.OrganisationId,
            ContactLanguage = application.ContactLanguage,
        };
        added.Needs.AddRange(CohortLauncher.Tags(application.Needs));
        added.JoinLate(now);
        added.AttachInstance(added.Id);
        return added;
    }

    /// <summary>
    /// Starts the journey of a company that joined (<see cref="Joining"/>), committed, on the cohort's definition version,
    /// from when it joined (<see cref="Company.JoinedAt"/>, in its input).
    /// </summary>
    internal async Task StartJourneyAsync(Cohort cohort, Company company, string zoneId)
    {
        // Committed: its instance starts now, on the cohort's version (idempotent by its id: the cohort's launch
        // recovery starts it if the process dies in between, as for a company of the launch).
        var programme = await _store.ReadAsync(db => db.Programmes.AsNoTracking().SingleAsync(p => p.Id == cohort.ProgrammeId, CancellationToken.None), CancellationToken.None);
        var definition = cohort.DefinitionVersion is { } version
            ? await _definitions.GetAsync(programme.DefinitionId, version, CancellationToken.None)
            : await _definitions.GetLatestAsync(programme.DefinitionId, CancellationToken.None);
        var input = CohortInput.ForCompany(cohort, company, ZonedTime.FindZone(zoneId) ?? TimeZoneInfo.Utc);
        await _runtime.StartAsync(definition, new StartWorkflowOptions { InstanceId = company.Id, CorrelationId = company.Id.ToString(), Input = input }, CancellationToken.None);
    }

    /// <summary>
    /// Ends a company's journey before its end, with a reason: withdrawn by its manager, or dropped out
    /// (<paramref name="droppedOut"/>). In one transaction: its status, its coaching sessions still to come cancelled,
    /// the events still to come no longer expecting it, the audit entry. Then its workflow instance is cancelled (no
    /// incident). Asked again after a crash in between, it cancels the instance left running.
    /// </summary>
    /// <returns>The company, and how many of its sessions were cancelled.</returns>
    /// <exception cref="DomainRuleException">No such company (404); the reason missing or too long (400); its journey is over (409).</exception>
    public async Task<(Company Company, int SessionsCancelled)> WithdrawAsync(Guid companyId, string? reason, bool droppedOut, string? actor = null, CancellationToken cancellationToken = default)
    {
        var problems = new Problems();
        problems.Required("reason", reason, "The reason");
        problems.Text("reason", reason, InputLimits.MaxReasonLength);
        problems.ThrowIfAny();
        var now = _time.GetUtcNow();
        var by = string.IsNullOrWhiteSpace(actor) ? AuditLog.System : actor.Trim();
        var (company, cancelled, owed, finishedBefore) = await _store.WriteAsync(
            async db =>
            {
                var found = await DomainQueries.For(db).CompanyById(db, companyId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("companyId", "company", companyId);
                if (found.HasFinished)
                {
                    return (found, 0, new List<PendingSignal>(), true);
                }

                found.Leave(droppedOut, reason!);
                var sessions = await db.Sessions
                    .Where(s => s.CohortId == found.CohortId && s.PlannedAt > now && s.Outcome == null && s.CancelledAt == null)
                    .ToListAsync(cancellationToken);
                var signals = new List<PendingSignal>();
                var count = 0;
                foreach (var session in sessions.Where(s => s.CompanyIds.Contains(companyId)))
                {
                    if (session.CoachId is null)
                    {
                        session.Unexpect(companyId);
                        continue;
                    }

                    session.Cancel(reason!, by, now);
                    signals.Add(SessionChangeService.Cancelled(db, session, now));
                    count++;
                    await SessionChangeService.TellCoachOfCancellationAsync(db, session, now, cancellationToken); // as for a session cancelled alone
                }

                AuditLog.Add(db, now, actor, AuditActions.CompanyWithdrawn, found.CohortId, found.Id, found.Id.ToString(), new JsonObject { ["status"] = found.Status.ToString(), ["reason"] = found.StatusReason, ["sessionsCancelled"] = count });
                return (found, count, signals, false);
            },
            cancellationToken);

        var ended = await EndJourneyAsync(company, cancellationToken);
        if (finishedBefore && !ended)
        {
            throw DomainRuleException.RecordedAlready("companyId", $"Company '{company.Name}' has finished its journey ({company.Status}).");
        }

        // The instance is cancelled, so these find nothing waiting; they are delivered so the outbox owes nothing.
        foreach (var signal in owed)
        {
            await _outbox.DeliverAsync(signal.Id, CancellationToken.None);
        }

        return (company, cancelled);
    }

    /// <summary>Cancels the company's instance if it has not finished. True when it did.</summary>
    private async Task<bool> EndJourneyAsync(Company company, CancellationToken cancellationToken)
    {
        if (company.InstanceId is not { } instanceId || company.Status is not (CompanyStatus.DroppedOut or CompanyStatus.Withdrawn))
        {
            return false;
        }

        try
        {
            await _runtime.CancelAsync(instanceId, company.StatusReason ?? company.Status.ToString(), CancellationToken.None); // the reason the person gave: it is shown as the milestones' and sessions' own
            return true;
        }
        catch (Exception exception) when (exception is InvalidInstanceStateException or NotFoundException)
        {
            _ = cancellationToken;
            return false;
        }
    }
}
