using Cohorts.Engine.Definitions;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.InstanceMigration;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;
using Cohorts.Engine.Runtime;
using Cohorts.Host.Access;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Manage;

/// <summary>
/// Moves a programme's running journeys to another version of its definition, for its manager: one journey, a
/// selection, a cohort's, or all of those on a version. The request is checked whole before anything moves (a mapping
/// naming an activity that does not exist, a journey already on the version: 400 naming the field); a dry run answers
/// each journey's plan; otherwise each movable journey moves in its own engine step, audited in that step with the
/// manager's e-mail, and the others are listed with their reasons, untouched.
/// </summary>
public sealed class JourneyMigrations(UserAccess access, IDbContextFactory<CohortsDbContext> domain, IWorkflowInstanceStore store, WorkflowRuntime runtime, WorkflowDefinitionCatalog catalog)
{
    /// <summary>Plans (dry run) or carries out a migration.</summary>
    /// <exception cref="DomainRuleException">The request is wrong (400, by field) or names what does not exist (404).</exception>
    /// <exception cref="AccessDeniedException">The user does not manage the programme.</exception>
    public async Task<MigrationOutcome> RunAsync(string programmeId, string definitionId, MigrationOrder order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        await access.RequireProgrammeManagerAsync(programmeId, cancellationToken);
        CheckShape(order);
        var (owners, cohortIds) = await OwnersAsync(programmeId, definitionId, cancellationToken);
        var target = order.TargetVersion!.Value;
        await RequireVersionAsync(definitionId, target, "targetVersion", cancellationToken);
        if (order.FromVersion is { } from)
        {
            await RequireVersionAsync(definitionId, from, "fromVersion", cancellationToken);
        }

        if (order.CohortId is { } cohortId && !cohortIds.Contains(cohortId))
        {
            throw DomainRuleException.NotFound("cohortId", "cohort of this programme", cohortId);
        }

        var selected = await SelectAsync(owners, definitionId, order, cancellationToken);
        var plans = new List<(InstanceOwner Owner, MigrationPlan Plan)>();
        foreach (var (owner, instance) in selected)
        {
            plans.Add((owner, await runtime.PlanMigrationAsync(instance.Id, target, order.Mapping, cancellationToken)));
        }

        var requestProblems = plans.SelectMany(p => p.Plan.RequestProblems).Distinct().ToList();
        if (requestProblems.Count > 0)
        {
            throw new DomainRuleException([.. requestProblems.Select(p => new KeyValuePair<string, string>(p.Path, p.Message))]);
        }

        List<JourneyMigrationView> views = [];
        foreach (var (owner, plan) in plans)
        {
            views.Add(order.DryRun || !plan.CanMigrate ? View(owner, plan, plan.Status, false, plan.Refusals) : await MoveAsync(owner, plan, order, cancellationToken));
        }

        return new MigrationOutcome(order.DryRun, definitionId, target, views);
    }

    private static JourneyMigrationView View(InstanceOwner owner, MigrationPlan plan, WorkflowStatus status, bool migrated, IReadOnlyList<MigrationProblem> reasons) =>
        new(owner, plan.FromVersion, plan.ToVersion, status, plan.CanMigrate, migrated, plan.Activities, plan.Bookmarks, plan.VariablesAdded, reasons);

    private static void CheckShape(MigrationOrder order)
    {
        List<KeyValuePair<string, string>> problems = [];
        void Add(string path, string message) => problems.Add(new(path, message));
        if (order.TargetVersion is not { } target)
        {
            Add("targetVersion", "Say which version to move the journeys to.");
        }
        else if (target < 1)
        {
            Add("targetVersion", $"Versions are numbered from 1, not {target}.");
        }

        if (order.FromVersion < 1)
        {
            Add("fromVersion", $"Versions are numbered from 1, not {order.FromVersion}.");
        }
        else if (order.FromVersion is { } from && from == order.TargetVersion)
        {
            Add("targetVersion", $"The journeys are on version {from} already: choose another version.");
        }

        if (order.InstanceIds is not null && (order.CohortId is not null || order.FromVersion is not null))
        {
            Add("instanceIds", "Choose the journeys one way: instanceIds, or cohortId and/or fromVersion.");
        }
        else if (order.InstanceIds is null && order.CohortId is null && order.FromVersion is null)
        {
            Add("instanceIds", "Choose the journeys: instanceIds, cohortId or fromVersion.");
        }
        else if (order.InstanceIds is { Count: 0 })
        {
            Add("instanceIds", "Name at least one journey.");
        }
        else if (order.InstanceIds?.Count > MigrationLimits.MaxInstances)
        {
            Add("instanceIds", $"At most {MigrationLimits.MaxInstances:N0} journeys move at once, not {order.InstanceIds.Count:N0}.");
        }

        CheckMapping(order.Mapping, Add);
        if (problems.Count > 0)
        {
            throw new DomainRuleException(problems);
        }
    }

    private static void CheckMapping(IReadOnlyDictionary<string, string>? mapping, Action<string, string> add)
    {
        if (mapping is null)
        {
            return;
        }

        if (mapping.Count > MigrationLimits.MaxMappingEntries)
        {
            add("mapping", $"A mapping has at most {MigrationLimits.MaxMappingEntries:N0} entries, not {mapping.Count:N0}.");
            return;
        }

        foreach (var (from, to) in mapping)
        {
            var path = from.Length > MigrationLimits.MaxActivityIdLength ? "mapping" : $"mapping.{from}";
            if (string.IsNullOrWhiteSpace(from) || from.Length > MigrationLimits.MaxActivityIdLength)
            {
                add(path, $"An activity id has 1 to {MigrationLimits.MaxActivityIdLength} characters.");
            }
            else if (string.IsNullOrWhiteSpace(to) || to.Length > MigrationLimits.MaxActivityIdLength)
            {
                add(path, $"Name the target version's activity: an id of 1 to {MigrationLimits.MaxActivityIdLength} characters.");
            }
        }
    }

    private async Task RequireVersionAsync(string definitionId, int version, string field, CancellationToken cancellationToken)
    {
        try
        {
            await catalog.GetAsync(definitionId, version, cancellationToken);
        }
        catch (NotFoundException)
        {
            throw new DomainRuleException(field, $"'{definitionId}' has no version {version}.", isNotFound: true);
        }
    }

    /// <summary>The journeys of the programme's cohorts that run the definition: each company's and each cohort's.</summary>
    private async Task<(List<InstanceOwner> Owners, List<Guid> CohortIds)> OwnersAsync(string programmeId, string definitionId, CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var programme = await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
            ?? throw DomainRuleException.NotFound("id", "programme", programmeId);
        if (definitionId != programme.DefinitionId && definitionId != programme.CohortDefinitionId)
        {
            throw DomainRuleException.NotFound("definitionId", "definition of this programme", definitionId);
        }

        var cohorts = await db.Cohorts.AsNoTracking().Where(c => c.ProgrammeId == programmeId).Select(c => new { c.Id, c.Name, c.CohortInstanceId }).ToListAsync(cancellationToken);
        var cohortIds = cohorts.Select(c => c.Id).ToList();
        var names = cohorts.ToDictionary(c => c.Id, c => c.Name);
        var companies = await db.Companies.AsNoTracking()
            .Where(c => cohortIds.Contains(c.CohortId) && c.InstanceId != null)
            .Select(c => new { c.InstanceId, c.CohortId, c.Id, c.Name })
            .ToListAsync(cancellationToken);
        List<InstanceOwner> owners = definitionId == programme.DefinitionId
            ? [.. companies.OrderBy(c => names[c.CohortId], StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => new InstanceOwner(c.InstanceId!.Value, c.CohortId, names[c.CohortId], c.Id, c.Name))]
            : [.. cohorts.Where(c => c.CohortInstanceId != null).OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new InstanceOwner(c.CohortInstanceId!.Value, c.Id, c.Name, null, null))];
        return (owners, cohortIds);
    }

    private async Task<List<(InstanceOwner Owner, WorkflowInstance Instance)>> SelectAsync(List<InstanceOwner> owners, string definitionId, MigrationOrder order, CancellationToken cancellationToken)
    {
        List<(InstanceOwner, WorkflowInstance)> selected = [];
        if (order.InstanceIds is { } ids)
        {
            var byId = owners.ToDictionary(o => o.InstanceId);
            for (var i = 0; i < ids.Count; i++)
            {
                if (!byId.TryGetValue(ids[i], out var owner) || await store.FindAsync(ids[i], cancellationToken) is not { } instance)
                {
                    throw new DomainRuleException($"instanceIds[{i}]", $"No journey of this programme runs '{definitionId}' with instance id '{ids[i]}'.", isNotFound: true);
                }

                selected.Add((owner, instance));
            }

            return selected;
        }

        foreach (var owner in owners.Where(o => order.CohortId is null || o.CohortId == order.CohortId))
        {
            if (await store.FindAsync(owner.InstanceId, cancellationToken) is { } instance
                && instance.DefinitionId == definitionId
                && instance.Status is WorkflowStatus.Suspended or WorkflowStatus.Faulted
                && instance.DefinitionVersion != order.TargetVersion
                && (order.FromVersion is null || instance.DefinitionVersion == order.FromVersion))
            {
                selected.Add((owner, instance));
            }
        }

        if (selected.Count > MigrationLimits.MaxInstances)
        {
            throw new DomainRuleException(order.CohortId is null ? "fromVersion" : "cohortId", $"{selected.Count:N0} journeys match, and at most {MigrationLimits.MaxInstances:N0} move at once: choose a cohort.");
        }

        return selected;
    }

    private async Task<JourneyMigrationView> MoveAsync(InstanceOwner owner, MigrationPlan plan, MigrationOrder order, CancellationToken cancellationToken)
    {
        try
        {
            var moved = await runtime.MigrateAsync(owner.InstanceId, plan.ToVersion, order.Mapping, access.Email, cancellationToken);
            return View(owner, plan, moved.Status, true, []);
        }
        catch (MigrationRefusedException refused)
        {
            return View(owner, refused.Plan, refused.Plan.Status, false, [.. refused.Plan.RequestProblems, .. refused.Plan.Refusals]);
        }
        catch (Exception exception) when (exception is InvalidInstanceStateException or ConcurrencyConflictException)
        {
            return View(owner, plan, plan.Status, false, [new MigrationProblem("status", exception.Message)]);
        }
    }
}
