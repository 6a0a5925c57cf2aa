using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;
using Cohorts.Engine.Runtime;
using Cohorts.Host.Access;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Manage;

/// <summary>
/// A manager's view of the workflow instances of their cohorts: an instance's timeline from the execution log, the
/// incidents of faulted instances, and retrying one from the activity that faulted. An instance belongs to a company
/// (its journey) or a cohort (the collective events); only the manager of that cohort's programme sees it.
/// </summary>
public sealed class InstanceReader(UserAccess access, IDbContextFactory<CohortsDbContext> domain, IWorkflowInstanceStore store, InstanceSteps steps, WorkflowRuntime runtime, CohortLauncher launcher)
{
    /// <summary>The most faulted instances the incident list looks at.</summary>
    private const int MaxFaulted = 1_000;

    /// <summary>Reads an instance's timeline.</summary>
    /// <exception cref="DomainRuleException">No company or cohort has that instance (404).</exception>
    /// <exception cref="AccessDeniedException">The user does not manage its cohort.</exception>
    public async Task<InstanceTimeline> TimelineAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var owner = await RequireManagedAsync(instanceId, cancellationToken);
        var instance = await store.FindAsync(instanceId, cancellationToken);
        if (instance is null && await launcher.ResumeLaunchAsync(owner.CohortId, cancellationToken))
        {
            // A company or cohort points to it, so its cohort's launch was left half done: complete it, then read.
            instance = await store.FindAsync(instanceId, cancellationToken);
        }

        if (instance is null)
        {
            throw DomainRuleException.NotFound("instanceId", "workflow instance", instanceId);
        }

        var log = await store.GetLogAsync(instanceId, cancellationToken);
        var incidents = await store.GetIncidentsAsync(instanceId, cancellationToken);
        return new InstanceTimeline(
            owner,
            instance.DefinitionId,
            instance.DefinitionVersion,
            instance.Status,
            instance.CreatedAt,
            instance.FinishedAt,
            await steps.StepsAsync(instance, cancellationToken),
            [.. log.Select(e => new TimelineEntry(e.At, e.Event, e.ActivityId, e.ActivityType, e.Detail))],
            [.. incidents.Select(i => View(i, owner))]);
    }

    /// <summary>Lists the open incidents of the faulted instances of the cohorts the user manages, newest first.</summary>
    public async Task<IReadOnlyList<IncidentView>> ListIncidentsAsync(CancellationToken cancellationToken = default)
    {
        var managed = (await access.GetManagedProgrammeIdsAsync(cancellationToken)).ToList();
        if (managed.Count == 0)
        {
            return [];
        }

        // Faulted instances of the managed programmes' own definitions only, so another programme's faults never crowd
        // them out of the window.
        List<string> definitionIds;
        await using (var db = await domain.CreateDbContextAsync(cancellationToken))
        {
            var programmes = await db.Programmes.AsNoTracking().Where(p => managed.Contains(p.Id)).Select(p => new { p.DefinitionId, p.CohortDefinitionId }).ToListAsync(cancellationToken);
            definitionIds = [.. programmes.SelectMany(p => new[] { p.DefinitionId, p.CohortDefinitionId }).OfType<string>().Distinct(StringComparer.Ordinal)];
        }

        List<Guid> faulted = [];
        foreach (var definitionId in definitionIds)
        {
            faulted.AddRange((await store.ListAsync(new InstanceQuery { DefinitionId = definitionId, Status = WorkflowStatus.Faulted, Take = MaxFaulted }, cancellationToken)).Select(f => f.Id));
        }

        var owners = await OwnersAsync(faulted, managed, cancellationToken);
        List<IncidentView> open = [];
        foreach (var owner in owners)
        {
            var incidents = await store.GetIncidentsAsync(owner.InstanceId, cancellationToken);
            open.AddRange(incidents.Where(i => i.ResolvedAt is null).Select(i => View(i, owner)));
        }

        return [.. open.OrderByDescending(i => i.At)];
    }

    /// <summary>Retries a faulted instance from the activity that faulted.</summary>
    /// <exception cref="DomainRuleException">No company or cohort has that instance (404).</exception>
    /// <exception cref="AccessDeniedException">The user does not manage its cohort.</exception>
    /// <exception cref="Engine.Exceptions.InvalidInstanceStateException">The instance is not faulted (409).</exception>
    public async Task<RetryOutcome> RetryAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        await RequireManagedAsync(instanceId, cancellationToken);
        var result = await runtime.RetryAsync(instanceId, cancellationToken);
        return new RetryOutcome(result.InstanceId, result.Status, result.IncidentId);
    }

    /// <summary>
    /// Cancels a journey with a reason: its timers and signals go, its open incident is resolved, and in the same step
    /// its sessions to come and undecided milestones are cancelled and the cancel is audited with the user's e-mail.
    /// </summary>
    /// <exception cref="DomainRuleException">No company or cohort has that instance (404); the reason missing or too long (400).</exception>
    /// <exception cref="AccessDeniedException">The user does not manage its cohort.</exception>
    /// <exception cref="Engine.Exceptions.InvalidInstanceStateException">The journey has finished (409).</exception>
    public async Task<RetryOutcome> CancelAsync(Guid instanceId, string? reason, CancellationToken cancellationToken = default)
    {
        var given = CheckReason(reason);
        await RequireManagedAsync(instanceId, cancellationToken);
        var result = await runtime.CancelAsync(instanceId, given, access.Email, cancellationToken);
        return new RetryOutcome(result.InstanceId, result.Status, result.IncidentId);
    }

    /// <summary>Skips the step a faulted journey stopped in, with a reason: it completes and the journey goes on (audited in the same step).</summary>
    /// <exception cref="DomainRuleException">No company or cohort has that instance (404); the reason missing or too long (400).</exception>
    /// <exception cref="AccessDeniedException">The user does not manage its cohort.</exception>
    /// <exception cref="Engine.Exceptions.InvalidInstanceStateException">The journey is not faulted (409).</exception>
    public async Task<RetryOutcome> SkipAsync(Guid instanceId, string? reason, CancellationToken cancellationToken = default)
    {
        var given = CheckReason(reason);
        await RequireManagedAsync(instanceId, cancellationToken);
        var result = await runtime.SkipAsync(instanceId, given, access.Email, cancellationToken);
        return new RetryOutcome(result.InstanceId, result.Status, result.IncidentId);
    }

    /// <summary>Finds whose an instance is, and refuses unless the user manages its cohort.</summary>
    /// <exception cref="DomainRuleException">No company or cohort has that instance (404).</exception>
    /// <exception cref="AccessDeniedException">The user does not manage its cohort.</exception>
    public async Task<InstanceOwner> RequireManagedAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var owner = (await OwnersAsync([instanceId], null, cancellationToken)).SingleOrDefault()
            ?? throw DomainRuleException.NotFound("instanceId", "workflow instance of a company or cohort", instanceId);
        await access.RequireCohortManagerAsync(owner.CohortId, cancellationToken);
        return owner;
    }

    private static string CheckReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("reason", "Say why.");
        }

        return reason.Length > InputLimits.MaxReasonLength
            ? throw new DomainRuleException("reason", $"The reason has at most {InputLimits.MaxReasonLength:N0} characters, not {reason.Length:N0}.")
            : reason.Trim();
    }

    private static IncidentView View(Incident incident, InstanceOwner owner) =>
        new(incident.Id, owner, incident.ActivityId, incident.ActivityType, incident.Message, incident.At, incident.ResolvedAt);

    /// <summary>Maps instances to their company or cohort (optionally only in some programmes).</summary>
    private async Task<List<InstanceOwner>> OwnersAsync(List<Guid> instanceIds, List<string>? programmeIds, CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var cohorts = db.Cohorts.AsNoTracking().Where(c => programmeIds == null || programmeIds.Contains(c.ProgrammeId));
        var companies = await db.Companies.AsNoTracking()
            .Where(c => c.InstanceId != null && instanceIds.Contains(c.InstanceId.Value))
            .Join(cohorts, c => c.CohortId, k => k.Id, (c, k) => new InstanceOwner(c.InstanceId!.Value, k.Id, k.Name, c.Id, c.Name))
            .ToListAsync(cancellationToken);
        var cohortWide = await cohorts
            .Where(k => k.CohortInstanceId != null && instanceIds.Contains(k.CohortInstanceId.Value))
            .Select(k => new InstanceOwner(k.CohortInstanceId!.Value, k.Id, k.Name, null, null))
            .ToListAsync(cancellationToken);
        return [.. companies.Concat(cohortWide)];
    }
}
