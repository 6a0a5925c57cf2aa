using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;

namespace Cohorts.Host.Manage;

/// <summary>Reads where a workflow instance stands: its status and the activities it waits at, named from the definition version it runs.</summary>
public sealed class InstanceSteps(IWorkflowInstanceStore instances, WorkflowDefinitionCatalog catalog, ActivityRegistry registry)
{
    /// <summary>Reads an instance's status and waiting steps; null status when there is no such instance.</summary>
    public async Task<(WorkflowStatus? Status, IReadOnlyList<WaitingStep> Steps)> ReadAsync(Guid? instanceId, CancellationToken cancellationToken = default)
    {
        if (instanceId is not { } id || await instances.FindAsync(id, cancellationToken) is not { } instance)
        {
            return (null, []);
        }

        return (instance.Status, await StepsAsync(instance, cancellationToken));
    }

    /// <summary>
    /// Reads an instance's status, waiting steps and how many coaching sessions its definition plans (the counts of its
    /// recurring coaching sessions plus its single ones; null when the definition cannot be read or holds none).
    /// </summary>
    public async Task<InstanceJourney> ReadJourneyAsync(Guid? instanceId, CancellationToken cancellationToken = default)
    {
        if (instanceId is not { } id || await instances.FindAsync(id, cancellationToken) is not { } instance)
        {
            return new InstanceJourney(null, [], null);
        }

        var definition = await FindDefinitionAsync(instance, cancellationToken);
        var steps = instance.State.Bookmarks.OrderBy(b => b.CreatedAt).Select(b => Step(b, definition)).ToList();
        return new InstanceJourney(instance.Status, steps, definition is null ? null : CoachingPlans.Count(definition));
    }

    /// <summary>Gets the ids of a definition's faulted instances (at most 1,000, the newest), in one query.</summary>
    public async Task<IReadOnlySet<Guid>> FaultedAsync(string definitionId, CancellationToken cancellationToken = default) =>
        (await instances.ListAsync(new InstanceQuery { DefinitionId = definitionId, Status = WorkflowStatus.Faulted, Take = 1_000 }, cancellationToken)).Select(i => i.Id).ToHashSet();

    /// <summary>Gets how many coaching sessions a definition version plans (null when it cannot be read or does not say).</summary>
    public async Task<int?> CoachingPlannedAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        try
        {
            return CoachingPlans.Count(await catalog.GetAsync(definitionId, version, cancellationToken));
        }
        catch (Engine.Exceptions.NotFoundException)
        {
            return null;
        }
    }

    /// <summary>Lists the activities a loaded instance waits at, oldest bookmark first.</summary>
    public async Task<IReadOnlyList<WaitingStep>> StepsAsync(WorkflowInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var definition = await FindDefinitionAsync(instance, cancellationToken);
        return [.. instance.State.Bookmarks.OrderBy(b => b.CreatedAt).Select(b => Step(b, definition))];
    }

    private async Task<WorkflowDefinition?> FindDefinitionAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        try
        {
            return await catalog.GetAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken);
        }
        catch (Engine.Exceptions.NotFoundException)
        {
            // The version is not in the store: the steps show by their ids only.
            return null;
        }
    }

    private WaitingStep Step(Bookmark bookmark, WorkflowDefinition? definition)
    {
        var activity = definition?.FindActivity(bookmark.ActivityId);
        return new WaitingStep(
            bookmark.ActivityId,
            activity is null ? string.Empty : registry.GetTypeName(activity),
            activity?.DisplayName,
            bookmark.Kind == BookmarkKind.Signal ? bookmark.Name : null,
            bookmark.DueAt);
    }
}
